import "server-only";
import { createHash } from "node:crypto";
import { cacheTags } from "@/lib/cache-tags";
import { MAX_SDS_BYTES, SDS_LANGUAGES, type SdsLanguage } from "@/lib/catalog/sds-schema";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/core/audit";
import { DomainError } from "@/lib/core/domain-error";
import { cleanName, isPdf } from "@/lib/core/uploaded-file";

// The product page lists the sheets from its cached product data: an upload or removal expires it.
const tagsFor = (catalogNumber: string) => [cacheTags.product(catalogNumber)];

export type CheckedSds = { filename: string; size: number; sha256: string; content: Uint8Array<ArrayBuffer> };

/**
 * The SDS file of the upload form, checked by what it is rather than what it is called or declared
 * as: one non-empty file, at most MAX_SDS_BYTES, starting with the PDF signature. The message is the
 * field's error.
 */
export async function checkSdsFile(formData: FormData): Promise<{ ok: true; file: CheckedSds } | { ok: false; message: string }> {
  const files = formData.getAll("file").filter((f): f is File => typeof f === "object" && f !== null && f.size > 0);
  if (files.length !== 1) return { ok: false, message: "Choose the safety data sheet (a PDF file)" };
  const file = files[0]!;
  const filename = cleanName(file.name);
  if (file.size > MAX_SDS_BYTES) return { ok: false, message: `${filename} is over ${MAX_SDS_BYTES / 1024 / 1024} MB` };
  const content = new Uint8Array(await file.arrayBuffer());
  if (!isPdf(content)) return { ok: false, message: `${filename} is not a PDF file (its content does not start as a PDF does)` };
  return { ok: true, file: { filename, size: content.length, sha256: createHash("sha256").update(content).digest("hex"), content } };
}

const described = (sds: { language: string; filename: string; size: number; sha256: string }) => ({
  language: sds.language,
  filename: sds.filename,
  size: sds.size,
  sha256: sds.sha256,
});

/** A product's sheets for the staff page, without their bytes. */
export async function listSds(catalogNumber: string) {
  return db.productSds.findMany({
    where: { product: { catalogNumber } },
    select: { language: true, filename: true, size: true, uploadedAt: true, uploadedBy: { select: { name: true } } },
  });
}

/** Store the product's SDS in this language, replacing the one there was. */
export async function saveSds(
  { catalogNumber, language, file }: { catalogNumber: string; language: SdsLanguage; file: CheckedSds },
  actor: { id: string },
) {
  return db.$transaction(async (tx) => {
    const product = await tx.product.findUnique({ where: { catalogNumber }, select: { id: true } });
    if (!product) throw new DomainError("not-found", `There is no product ${catalogNumber}.`);
    const where = { productId_language: { productId: product.id, language } };
    const existing = await tx.productSds.findUnique({ where, select: { language: true, filename: true, size: true, sha256: true } });
    const data = { ...file, uploadedById: actor.id, uploadedAt: new Date() };
    await tx.productSds.upsert({ where, create: { productId: product.id, language, ...data }, update: data });
    await recordAudit(tx, {
      actorId: actor.id,
      action: existing ? "sds.replace" : "sds.upload",
      before: existing ? { catalogNumber, ...described(existing) } : undefined,
      after: { catalogNumber, ...described({ language, ...file }) },
    });
    return { language: SDS_LANGUAGES[language], replaced: Boolean(existing), tags: tagsFor(catalogNumber) };
  });
}

export async function removeSds({ catalogNumber, language }: { catalogNumber: string; language: SdsLanguage }, actor: { id: string }) {
  return db.$transaction(async (tx) => {
    const row = await tx.productSds.findFirst({
      where: { language, product: { catalogNumber } },
      select: { id: true, language: true, filename: true, size: true, sha256: true },
    });
    if (!row) throw new DomainError("not-found", `There is no ${SDS_LANGUAGES[language]} safety data sheet for ${catalogNumber}.`);
    await tx.productSds.delete({ where: { id: row.id } });
    await recordAudit(tx, { actorId: actor.id, action: "sds.remove", before: { catalogNumber, ...described(row) } });
    return { language: SDS_LANGUAGES[language], tags: tagsFor(catalogNumber) };
  });
}

/** The stored file for the public download, or null. */
export async function getSdsFile({ catalogNumber, language }: { catalogNumber: string; language: SdsLanguage }) {
  return db.productSds.findFirst({
    where: { language, product: { catalogNumber } },
    select: { content: true, sha256: true, uploadedAt: true },
  });
}
