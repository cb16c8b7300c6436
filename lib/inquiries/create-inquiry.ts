import "server-only";
import { randomUUID } from "node:crypto";
import type { SummaryRow } from "@/emails/components/email-layout";
import { isUniqueViolation } from "@/lib/core/db-errors";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import type { InquiryKind } from "@/lib/generated/prisma/enums";
import { formatReference, inquiryKindCodes, inquiryKinds } from "@/lib/inquiries/kinds";
import { claimAutoAssigneeSql } from "@/lib/inquiries/round-robin";
import { requesterRows, type ResolvedItem } from "@/lib/inquiries/summary";
import { messageIdFor } from "@/lib/mail/addresses";
import { outboxRow } from "@/lib/mail/enqueue";
import { searchTextFor } from "@/lib/inquiries/search-text";
import { firstResponseDueAt, responsePromise } from "@/lib/inquiries/sla";
import type { CheckedFile } from "@/lib/requesters/files";
import { newRequesterToken, requesterLinkExpiry, requesterPageUrl } from "@/lib/requesters/links";

// Prisma's defaults (2 s to get a connection, 5 s to finish) fail submissions during bursts on the
// single-connection embedded database; a stored inquiry is worth a few seconds' wait.
const TRANSACTION_LIMITS = { maxWait: 15_000, timeout: 20_000 };

export type NewInquiry = {
  kind: InquiryKind;
  idempotencyKey: string;
  requester: { name: string; email: string; institution: string; country: string; phone?: string; notes?: string };
  poReference?: string;
  /** The validated form answers, kept as submitted. */
  details: Record<string, unknown>;
  items: (ResolvedItem & { productId: number | null })[];
  /** What was asked, for the staff notification. */
  rows: SummaryRow[];
  /** The licence sent with a quote request for a controlled product, checked (lib/inquiries/licence-document.ts). */
  licenceDocument?: CheckedFile;
  submitterIp?: string;
  /** Controlled scaffolds the requested structure matched (lib/catalog/scaffold-screen.ts): staff review it. */
  controlledScaffolds?: string[];
  /** When the requester confirmed research use only (every form and the API require it). */
  researchUseAcknowledgedAt?: Date;
  /**
   * False when the requester's domain has had its hourly share of acknowledgments: the inquiry is
   * stored and staff are notified (and told), but no acknowledgment is queued.
   */
  acknowledge?: boolean;
};

/** The staff inbox of each kind, notified of new inquiries and given as Reply-To: the setting the registry names. */
export const staffInboxes = Object.fromEntries(inquiryKindCodes.map((kind) => [kind, env[inquiryKinds[kind].inboxSetting]])) as Record<
  InquiryKind,
  string
>;

/**
 * The next reference number of a kind and, if anyone is in its round robin, the staff member it goes
 * to (lib/inquiries/round-robin.ts), in one statement. Taken before the inquiry's own statement, so
 * the counter row is locked only for this increment and concurrent submissions do not queue behind
 * each other's inserts. A submission that then fails leaves a gap in the numbering, as a database
 * sequence would, and costs the assignee a turn.
 */
async function numberAndAssign(kind: InquiryKind, now: Date) {
  const year = now.getUTCFullYear();
  const prefix = inquiryKinds[kind].prefix;
  const [{ value, assigneeId }] = await db.$queryRaw<[{ value: number; assigneeId: string | null }]>`
    WITH counter AS (
      INSERT INTO "ReferenceCounter" (prefix, year, value) VALUES (${prefix}, ${year}, 1)
      ON CONFLICT (prefix, year) DO UPDATE SET value = "ReferenceCounter".value + 1
      RETURNING value)
    SELECT value, ${claimAutoAssigneeSql(kind)} AS "assigneeId" FROM counter`;
  return { reference: formatReference(kind, year, value), assigneeId: assigneeId ?? undefined };
}

type OutboxRow = ReturnType<typeof outboxRow>;

/**
 * The inquiry, its items, the automatic assignment's audit entry, its emails and the requester's link
 * as one INSERT statement: a statement is atomic on its own, so they are committed together or not at
 * all without a transaction's BEGIN and COMMIT round trips, and the submission path pays one round trip
 * and no query compilation for all of them. Rows go in as JSON through jsonb_to_recordset.
 */
function insertInquiryStatement(
  row: {
    id: string;
    reference: string;
    kind: InquiryKind;
    messageId: string;
    now: Date;
    assigneeId?: string;
    searchText: string;
    firstResponseDueAt: Date;
  },
  input: NewInquiry,
  emails: OutboxRow[],
  link: { email: string; tokenHash: string; expiresAt: Date } | null,
) {
  const { id, now, assigneeId } = row;
  const requester = input.requester;
  const items = input.items.map((item, position) => ({ ...item, position }));
  return Prisma.sql`
    WITH inquiry AS (
      INSERT INTO "Inquiry" (id, reference, kind, "idempotencyKey", name, email, institution, country, phone, notes, "poReference",
        details, "messageId", "submitterIp", "researchUseAcknowledgedAt", "controlledScaffolds", "createdAt", "updatedAt",
        "firstResponseDueAt", "assigneeId", "searchText")
      VALUES (${id}, ${row.reference}, ${row.kind}::"InquiryKind", ${input.idempotencyKey}, ${requester.name}, ${requester.email},
        ${requester.institution}, ${requester.country}, ${requester.phone ?? null}, ${requester.notes ?? null}, ${input.poReference ?? null},
        ${JSON.stringify(input.details)}::jsonb, ${row.messageId}, ${input.submitterIp ?? null},
        ${input.researchUseAcknowledgedAt ?? null}::timestamp(3), ${input.controlledScaffolds ?? []}::text[], ${now}::timestamp(3),
        ${now}::timestamp(3), ${row.firstResponseDueAt}::timestamp(3), ${assigneeId ?? null}, ${row.searchText})
      RETURNING id),
    items AS (
      INSERT INTO "InquiryItem" ("inquiryId", "productId", "catalogNumber", "productName", quantity, unit, grade, position)
      SELECT inquiry.id, i."productId", i."catalogNumber", i."productName", i.quantity, i.unit, i.grade, i.position
        FROM inquiry, jsonb_to_recordset(${JSON.stringify(items)}::jsonb)
          AS i("productId" int, "catalogNumber" text, "productName" text, quantity float8, unit text, grade text, position int)),
    assignment AS (
      INSERT INTO "AuditLog" (id, "inquiryId", action, before, after, "createdAt")
      SELECT ${randomUUID()}, inquiry.id, 'assign', '{"assigneeId":null}'::jsonb,
             jsonb_build_object('assigneeId', ${assigneeId ?? null}::text, 'automatic', true), ${now}::timestamp(3)
        FROM inquiry WHERE ${assigneeId ?? null}::text IS NOT NULL),
    emails AS (
      INSERT INTO "OutboxMessage" (id, "inquiryId", template, "fromAddress", "toAddress", "replyTo", subject, props, "messageId",
        "inReplyTo", "references", "nextAttemptAt", "createdAt")
      SELECT gen_random_uuid()::text, inquiry.id, m.template, m."fromAddress", m."toAddress", m."replyTo", m.subject, m.props,
             m."messageId", m."inReplyTo", m."references", ${now}::timestamp(3), ${now}::timestamp(3)
        FROM inquiry, jsonb_to_recordset(${JSON.stringify(emails)}::jsonb)
          AS m(template text, "fromAddress" text, "toAddress" text, "replyTo" text, subject text, props jsonb, "messageId" text,
               "inReplyTo" text, "references" text)),
    link AS (
      INSERT INTO "RequesterLink" (id, "tokenHash", "inquiryId", email, "expiresAt", "createdAt")
      SELECT ${randomUUID()}, ${link?.tokenHash ?? null}::text, inquiry.id, ${link?.email ?? null}::text,
             ${link?.expiresAt ?? null}::timestamp(3), ${now}::timestamp(3)
        FROM inquiry WHERE ${link?.tokenHash ?? null}::text IS NOT NULL)
    SELECT id FROM inquiry`;
}

/**
 * Store an inquiry together with its emails (staff notification, requester acknowledgment unless
 * withheld) in one statement, or in one transaction when a licence document comes with it. Submitting
 * the same idempotency key again returns the inquiry already stored.
 */
export async function createInquiry(input: NewInquiry): Promise<{ id: string; reference: string; created: boolean }> {
  const acknowledge = input.acknowledge ?? true;
  const kind = inquiryKinds[input.kind];
  const now = new Date();
  const { reference, assigneeId } = await numberAndAssign(input.kind, now);
  const id = randomUUID();
  const messageId = messageIdFor("inquiry", id);
  // Addresses are bare emails: a display name typed by a user ("Bob, <x@y.z>") must never be
  // parsed as an address list.
  const requester = input.requester.email;
  // The acknowledgment carries the private link to the request's page; its row is stored with the email.
  const link = acknowledge ? newRequesterToken() : null;
  // Only the emails' props are stored: the worker renders them when it sends (lib/mail/templates.ts).
  const staff = outboxRow(
    "inquiry-staff",
    {
      reference,
      kindLabel: kind.label,
      requesterName: input.requester.name,
      requesterEmail: input.requester.email,
      requesterInstitution: input.requester.institution,
      submittedAt: now.toUTCString(),
      rows: [
        ...requesterRows(input.requester),
        ...input.rows,
        ...(acknowledge
          ? []
          : [{ label: "Acknowledgment", value: "Not sent: this email domain reached its hourly limit. Please reply to the requester." }]),
      ],
      staffUrl: new URL(`/staff/inquiries/${reference}`, env.SITE_URL).toString(),
    },
    { inquiryId: id, toAddress: staffInboxes[input.kind], replyTo: requester, messageId },
  );
  const ack = acknowledge
    ? outboxRow(
        "inquiry-ack",
        {
          reference,
          kindLabel: kind.label,
          kindNoun: kind.noun,
          products: input.items.map((item) => ({
            catalogNumber: item.catalogNumber,
            name: item.productName,
            url: new URL(`/products/${encodeURIComponent(item.catalogNumber)}`, env.SITE_URL).toString(),
          })),
          reply: kind.reply,
          responsePromise: responsePromise(input.kind),
          pageUrl: requesterPageUrl(reference, link!.token),
          siteUrl: new URL("/", env.SITE_URL).toString(),
        },
        { inquiryId: id, toAddress: requester, replyTo: staffInboxes[input.kind], messageId: messageIdFor("ack", id) },
      )
    : null;
  const insert = insertInquiryStatement(
    {
      id,
      reference,
      kind: input.kind,
      messageId,
      now,
      assigneeId,
      searchText: searchTextFor([reference, ...Object.values(input.requester), input.poReference, input.details]),
      firstResponseDueAt: firstResponseDueAt(input.kind, now),
    },
    input,
    ack ? [staff, ack] : [staff],
    link && { email: requester.toLowerCase(), tokenHash: link.tokenHash, expiresAt: requesterLinkExpiry(now) },
  );

  try {
    const licence = input.licenceDocument;
    if (!licence) await db.$executeRaw(insert);
    else
      await db.$transaction(async (tx) => {
        await tx.$executeRaw(insert);
        // Kept as the requester page keeps files: an inbound message of the conversation with the file
        // attached, which staff open from the inquiry page (/staff/attachments/<id>).
        await tx.inquiryMessage.create({
          data: {
            inquiryId: id,
            direction: "INBOUND",
            fromAddress: requester.toLowerCase(),
            toAddress: staffInboxes[input.kind],
            subject: `[${reference}] Licence document sent with the quote request`,
            text: "Licence or registration document sent with the quote request (a controlled product was requested).",
            messageId: messageIdFor("licence", id),
            matchedBy: "quote-form",
            createdAt: now,
            attachments: { create: [licence] },
          },
          select: { id: true },
        });
      }, TRANSACTION_LIMITS);
    return { id, reference, created: true };
  } catch (error) {
    // The same key stored already (a retry, or two submissions racing): return that inquiry.
    if (isUniqueViolation(error)) {
      const winner = await db.inquiry.findUnique({
        where: { idempotencyKey: input.idempotencyKey },
        select: { id: true, reference: true },
      });
      if (winner) return { ...winner, created: false };
    }
    throw error;
  }
}
