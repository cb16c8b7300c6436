import "server-only";
import type { z } from "zod";
import { findCurrentCatalogNumbers } from "@/lib/catalog/lifecycle";
import { getProductsByCatalogNumbers, type ProductOption } from "@/lib/catalog/products";
import { catalogNumberField } from "@/lib/core/catalog-identifiers";
import { findSimilarProducts } from "@/lib/catalog/structure-search";
import { rdkitPool, RDKitWorkerError } from "@/lib/catalog/rdkit-pool";
import { scaffoldByKey } from "@/lib/catalog/controlled-scaffolds";
import { screenControlledScaffolds } from "@/lib/catalog/scaffold-screen";
import { RDKIT_FAILED_MESSAGE } from "@/lib/catalog/structure-preview";
import { env } from "@/lib/env";
import type { InquiryKind } from "@/lib/generated/prisma/enums";
import { createInquiry, type NewInquiry } from "@/lib/inquiries/create-inquiry";
import { formValues, parseForm, type FieldErrors } from "@/lib/core/form-data";
import type { InquiryFailure, InquiryFormState } from "@/lib/inquiries/form-state";
import { hitRateLimits } from "@/lib/core/rate-limit";
import { checkLicenceDocument } from "@/lib/inquiries/licence-document";
import { customSynthesisSchema, quoteSchema, quoteSchemaFor, supportSchema } from "@/lib/inquiries/schema";
import { customSynthesisRows, quoteRows, supportRows, type ResolvedItem } from "@/lib/inquiries/summary";
import { log } from "@/lib/core/log";
import { canonicalMailbox, mailDomainOf } from "@/lib/mail/addresses";
import { wakeOutboxWorker } from "@/lib/mail/worker";
import { findPriorSubmission } from "@/lib/inquiries/prior-submission";

const HOUR = 3_600_000;

type Prepared = Omit<NewInquiry, "kind" | "submitterIp">;
type Preparation = { ok: true; inquiry: Prepared } | { ok: false; fieldErrors: FieldErrors };

function requesterOf(data: z.infer<typeof quoteSchema> | z.infer<typeof supportSchema> | z.infer<typeof customSynthesisSchema>) {
  const { name, email, institution, country, phone, notes } = data;
  return { name, email, institution, country, phone, notes };
}

/** Details stored with the inquiry: the validated answers minus what has its own columns. */
// The research-use acknowledgement is stored as the time it was given (Inquiry.researchUseAcknowledgedAt).
const OWN_COLUMNS = new Set([
  "name",
  "email",
  "institution",
  "country",
  "phone",
  "notes",
  "poReference",
  "idempotencyKey",
  "website",
  "researchUseAcknowledged",
]);
function detailsOf(data: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(data).filter(([key]) => !OWN_COLUMNS.has(key)));
}

/** The products named, by catalog number (`known`: those already looked up), and the renamed ones' current numbers. */
async function resolveProducts(catalogNumbers: string[], known?: ProductOption[]) {
  const products = known ?? (await getProductsByCatalogNumbers({ catalogNumbers }));
  const found = new Map(products.map((p) => [p.catalogNumber, p]));
  // Former numbers of renamed products are named back, not quietly swapped: the form shows the licence
  // fields for the numbers typed into it, and a controlled product must not slip past them.
  const renamed = await findCurrentCatalogNumbers({ catalogNumbers: catalogNumbers.filter((c) => !found.has(c)) });
  return { found, renamed };
}

const notInCatalog = (catalogNumber: string, renamed: Map<string, string>) => {
  const current = renamed.get(catalogNumber);
  return current
    ? `${catalogNumber} is now ${current} (the same product, renumbered). Enter ${current}.`
    : `We have no product ${catalogNumber}. Check the number, or ask for it as a custom synthesis.`;
};

const longDate = (date: Date) => date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** Why a discontinued product cannot be quoted, and what to ask for instead. */
async function discontinuedMessage(product: ProductOption & { discontinuedOn: Date }) {
  const replacement = product.replacement && !product.replacement.discontinuedOn ? product.replacement : null;
  const similar = replacement ? [] : await findSimilarProducts({ catalogNumber: product.catalogNumber, limit: 3 });
  const named = (p: { catalogNumber: string; name: string }) => `${p.catalogNumber} (${p.name})`;
  const instead = replacement
    ? ` Consider ${named(replacement)} instead.`
    : similar.length
      ? ` Similar compounds we sell: ${similar.map(named).join(", ")}.`
      : "";
  return `${product.catalogNumber} was discontinued on ${longDate(product.discontinuedOn)} and can no longer be quoted.${instead} Or ask for it as a custom synthesis.`;
}

/** Where a submission came from: the site's forms, or the JSON API (app/api/inquiries/route.ts). */
export type InquiryChannel = "form" | "api";
type Submission = { values: ReturnType<typeof formValues>; formData: FormData; channel: InquiryChannel };

/**
 * The well-formed catalog numbers a quote form names, by field name ("items.3.catalogNumber"), as the
 * catalog stores them. Malformed ones are left to the schema's error: they must not reach a query
 * (PostgreSQL refuses a NUL byte in text, which would fail the whole submission).
 */
const namedCatalogNumbers = (values: ReturnType<typeof formValues>) =>
  Object.entries(values).flatMap(([field, value]) => {
    if (!/^items\.\d+\.catalogNumber$/.test(field)) return [];
    const parsed = catalogNumberField.safeParse(value);
    return parsed.success ? [{ field, catalogNumber: parsed.data }] : [];
  });

// The kind-specific part: checks that need the database or RDKit, and the summary for the emails.
const prepare: Record<InquiryKind, (submission: Submission) => Promise<Preparation>> = {
  async QUOTE({ values, formData, channel }) {
    // The controlled products among those named decide whether a licence is required (the same
    // schema the form checks with, given the same list). One lookup serves that and the checks below.
    const named = namedCatalogNumbers(values);
    const products = await getProductsByCatalogNumbers({ catalogNumbers: named.map((n) => n.catalogNumber) });
    const controlled = products.filter((p) => p.controls.length);
    if (controlled.length && channel === "api") {
      // The API takes no licence document (its body is capped at 256 kB and nobody reviews a script's
      // upload as it is sent): a controlled product is requested through the web form.
      const refused = new Set(controlled.map((p) => p.catalogNumber));
      const fieldErrors: FieldErrors = {};
      for (const { field, catalogNumber } of named)
        if (refused.has(catalogNumber))
          fieldErrors[field] =
            `${catalogNumber} is a controlled substance: request it through the quote form at ${new URL("/quote", env.SITE_URL)}, which takes your licence document and end-use statement`;
      return { ok: false, fieldErrors };
    }
    const parsed = parseForm(quoteSchemaFor(controlled.map((p) => p.catalogNumber)), values);
    if (!parsed.ok) return parsed;
    const data = parsed.data;
    const licence = controlled.length ? await checkLicenceDocument(formData) : null;
    if (licence && !licence.ok) return { ok: false, fieldErrors: { licenceDocument: licence.message } };
    const { found, renamed } = await resolveProducts(
      data.items.map((i) => i.catalogNumber),
      products,
    );
    const fieldErrors: FieldErrors = {};
    const items: (ResolvedItem & { productId: number | null })[] = [];
    for (const [i, item] of data.items.entries()) {
      const product = found.get(item.catalogNumber);
      if (!product) fieldErrors[`items.${i}.catalogNumber`] = notInCatalog(item.catalogNumber, renamed);
      else if (product.discontinuedOn)
        fieldErrors[`items.${i}.catalogNumber`] = await discontinuedMessage({ ...product, discontinuedOn: product.discontinuedOn });
      else items.push({ ...item, productId: product.id, productName: product.name });
    }
    if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors };
    return {
      ok: true,
      inquiry: {
        idempotencyKey: data.idempotencyKey,
        requester: requesterOf(data),
        poReference: data.poReference,
        details: detailsOf(controlled.length ? data : { ...data, licenceNumber: undefined, licenceDocument: undefined, endUse: undefined }),
        items,
        rows: quoteRows(data, items),
        licenceDocument: licence?.ok ? licence.file : undefined,
      },
    };
  },
  async CUSTOM_SYNTHESIS({ values }) {
    const parsed = parseForm(customSynthesisSchema, values);
    if (!parsed.ok) return parsed;
    const data = parsed.data;
    if (data.smiles) {
      // The schema has already bounded its size (structure-input.ts); RDKit runs in a worker thread.
      let readable: boolean;
      try {
        readable = await rdkitPool().run("isReadableSmiles", data.smiles);
      } catch (error) {
        if (!(error instanceof RDKitWorkerError)) throw error;
        return { ok: false, fieldErrors: { smiles: RDKIT_FAILED_MESSAGE } };
      }
      if (!readable)
        return { ok: false, fieldErrors: { smiles: "RDKit cannot read this SMILES: check brackets, ring closures and atom symbols" } };
    }
    // A match flags the request for staff review; the requester is answered as for any other request.
    const controlledScaffolds = data.smiles ? await screenControlledScaffolds(data.smiles) : [];
    return {
      ok: true,
      inquiry: {
        idempotencyKey: data.idempotencyKey,
        requester: requesterOf(data),
        details: detailsOf(data),
        items: [],
        // Staff hear of a match in the notification too; the requester's acknowledgment has no rows.
        rows: [
          ...customSynthesisRows(data),
          ...controlledScaffolds.map((key) => ({ label: "Flagged for review", value: `Controlled scaffold: ${scaffoldByKey(key).name}` })),
        ],
        controlledScaffolds,
      },
    };
  },
  async SUPPORT({ values }) {
    const parsed = parseForm(supportSchema, values);
    if (!parsed.ok) return parsed;
    const data = parsed.data;
    const { found: products, renamed } = await resolveProducts(data.catalogNumbers);
    const missing = data.catalogNumbers.filter((c) => !products.has(c));
    if (missing.length) {
      const unknown = missing.filter((c) => !renamed.has(c));
      const reasons = [...missing.filter((c) => renamed.has(c)), ...(unknown.length ? [unknown.join(", ")] : [])];
      return { ok: false, fieldErrors: { catalogNumbers: reasons.map((c) => notInCatalog(c, renamed)).join(" ") } };
    }
    const items = [...new Set(data.catalogNumbers)].map((c) => {
      const product = products.get(c)!;
      return { catalogNumber: c, productName: product.name, productId: product.id };
    });
    return {
      ok: true,
      inquiry: {
        idempotencyKey: data.idempotencyKey,
        requester: requesterOf(data),
        details: detailsOf(data),
        items,
        rows: supportRows(data, items),
      },
    };
  },
};

const TRY_AGAIN =
  "We could not store your request just now, so nothing was sent. Please try again in a minute; everything you typed is still here.";

/**
 * The whole submission path of an inquiry form: validate, check, limit, store with its emails in one
 * transaction, then wake the mail worker. The result is acknowledged on screen only once stored.
 */
export async function submitInquiry({
  kind,
  formData,
  submitterIp,
  channel = "form",
}: {
  kind: InquiryKind;
  formData: FormData;
  submitterIp?: string;
  channel?: InquiryChannel;
}): Promise<InquiryFormState> {
  const values = formValues(formData);
  const fail = (reason: InquiryFailure, fieldErrors: FieldErrors, message?: string): InquiryFormState => ({
    status: "error",
    reason,
    message,
    fieldErrors,
    values,
  });

  // Bots fill every field, people never see this one.
  if (typeof values.website === "string" && values.website.trim() !== "") {
    return fail("refused", {}, "Your request could not be accepted. If you are not a robot, please email us instead.");
  }

  try {
    const prepared = await prepare[kind]({ values, formData, channel });
    if (!prepared.ok) return fail("invalid", prepared.fieldErrors, "Please correct the highlighted fields.");
    const { inquiry } = prepared;

    // A retry or resubmission of a stored inquiry is answered as before and costs no quota.
    const prior = await findPriorSubmission({ idempotencyKey: inquiry.idempotencyKey, email: inquiry.requester.email });
    if (prior.stored) {
      log.info("inquiry.retried", { reference: prior.stored.reference, kind });
      return { status: "ok", reference: prior.stored.reference, email: inquiry.requester.email, acknowledged: prior.stored.acknowledged };
    }

    // Staff marked this sender's earlier inquiry as spam. Worded like the honeypot refusal: it tells a
    // spammer nothing, and a real researcher still has a way to reach us.
    if (prior.blocked) {
      return fail("refused", {}, "Your request could not be accepted. If you believe this is a mistake, please email us directly.");
    }

    // Rotating local parts would otherwise let one sender mail a whole domain through us. Past the
    // domain's cap the inquiry still counts: it is stored and staff hear of it; only our email to the
    // typed address waits. One round trip for the three; the domain is counted only if both allow.
    const domain = mailDomainOf(inquiry.requester.email);
    const [byIp, byEmail, byDomain] = await hitRateLimits([
      { key: `inquiry:ip:${submitterIp ?? "unknown"}`, limit: env.RATE_LIMIT_PER_IP, windowMs: HOUR },
      { key: `inquiry:email:${canonicalMailbox(inquiry.requester.email)}`, limit: env.RATE_LIMIT_PER_EMAIL, windowMs: HOUR },
      { key: `ack:domain:${domain}`, limit: env.ACK_LIMIT_PER_DOMAIN, windowMs: HOUR },
    ]);
    const refused = [byIp, byEmail].find((verdict) => !verdict.allowed);
    if (refused && !refused.allowed) {
      const at = refused.retryAt.toISOString().slice(11, 16);
      return fail(
        "rate-limited",
        {},
        `You have sent many requests in the last hour. Please try again after ${at} UTC, or email us directly.`,
      );
    }
    const acknowledge = byDomain.allowed;
    if (!acknowledge) log.warn("inquiry.ack-withheld", { kind, domain });

    // The schema refused the submission unless the research-use box was ticked: it was, now.
    const stored = await createInquiry({ ...inquiry, kind, submitterIp, acknowledge, researchUseAcknowledgedAt: new Date() });
    log.info(stored.created ? "inquiry.stored" : "inquiry.retried", { reference: stored.reference, kind });
    wakeOutboxWorker();
    return { status: "ok", reference: stored.reference, email: inquiry.requester.email, acknowledged: acknowledge };
  } catch (error) {
    log.error("inquiry.failed", { kind, error });
    return fail("unavailable", {}, TRY_AGAIN);
  }
}
