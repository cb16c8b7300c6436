import "server-only";
import { isUniqueViolation } from "@/lib/core/db-errors";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/core/audit";
import { DomainError } from "@/lib/core/domain-error";
import { MAX_TAGS, type TagColour } from "@/lib/triage/tag-schema";

export async function listTags() {
  return db.tag.findMany({ orderBy: { name: "asc" }, take: MAX_TAGS, include: { _count: { select: { inquiries: true } } } });
}

const nameTaken = () => new DomainError("conflict", "Another tag has this name.", { name: "Another tag has this name." });
// The unique index on lower(name) settles a race between two admins; the check before it gives the usual case its words.

export async function saveTag({ id, name, colour, actor }: { id?: string; name: string; colour: TagColour; actor: { id: string } }) {
  const clash = await db.tag.findFirst({ where: { name: { equals: name, mode: "insensitive" } }, select: { id: true } });
  if (clash && clash.id !== id) throw nameTaken();
  if (!id && (await db.tag.count()) >= MAX_TAGS) throw new DomainError("invalid", `There can be at most ${MAX_TAGS} tags.`);
  try {
    await db.$transaction(async (tx) => {
      const before = id ? await tx.tag.findUnique({ where: { id }, select: { name: true, colour: true } }) : null;
      if (id && !before) throw new DomainError("not-found", "This tag no longer exists.");
      const saved = id ? await tx.tag.update({ where: { id }, data: { name, colour } }) : await tx.tag.create({ data: { name, colour } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: id ? "tag.update" : "tag.create",
        before: before ?? undefined,
        after: { id: saved.id, name, colour },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken();
    throw error;
  }
}

export async function deleteTag({ id, actor }: { id: string; actor: { id: string } }) {
  await db.$transaction(async (tx) => {
    const before = await tx.tag.findUnique({ where: { id }, select: { name: true, colour: true } });
    if (!before) return;
    await tx.tag.delete({ where: { id } });
    await recordAudit(tx, { actorId: actor.id, action: "tag.delete", before });
  });
}

/** Put a tag on an inquiry (again is a no-op), audited on the inquiry. */
export async function addInquiryTag({ inquiryId, tagId, actor }: { inquiryId: string; tagId: string; actor: { id: string } }) {
  await db.$transaction(async (tx) => {
    const tag = await tx.tag.findUnique({ where: { id: tagId }, select: { name: true } });
    if (!tag) throw new DomainError("not-found", "This tag no longer exists.", { tagId: "This tag no longer exists." });
    if (!(await tx.inquiry.findUnique({ where: { id: inquiryId }, select: { id: true } })))
      throw new DomainError("not-found", "This inquiry no longer exists.");
    const { count } = await tx.inquiryTag.createMany({ data: [{ inquiryId, tagId }], skipDuplicates: true });
    if (count) await recordAudit(tx, { actorId: actor.id, inquiryId, action: "tag.add", after: { tagId, name: tag.name } });
  });
}

export async function removeInquiryTag({ inquiryId, tagId, actor }: { inquiryId: string; tagId: string; actor: { id: string } }) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.inquiryTag.deleteMany({ where: { inquiryId, tagId } });
    if (!count) return;
    const tag = await tx.tag.findUnique({ where: { id: tagId }, select: { name: true } });
    await recordAudit(tx, { actorId: actor.id, inquiryId, action: "tag.remove", before: { tagId, name: tag?.name ?? null } });
  });
}

export async function tagsOfInquiry(inquiryId: string) {
  const rows = await db.inquiryTag.findMany({
    where: { inquiryId },
    orderBy: { tag: { name: "asc" } },
    select: { tag: { select: { id: true, name: true, colour: true } } },
  });
  return rows.map((r) => r.tag);
}
