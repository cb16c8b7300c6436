import "server-only";
import { randomUUID } from "node:crypto";
import type { SummaryRow } from "@/emails/components/email-layout";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import type { InquiryKind } from "@/lib/generated/prisma/enums";
import { formatReference, inquiryKindCodes, inquiryKinds } from "@/lib/inquiries/kinds";
import { requesterRows, type ResolvedItem } from "@/lib/inquiries/summary";
import { messageIdFor } from "@/lib/mail/addresses";
import { outboxRow } from "@/lib/mail/enqueue";
import { claimAutoAssignee } from "@/lib/inquiries/round-robin";
import { searchTextFor } from "@/lib/inquiries/search-text";
import { firstResponseDueAt, responsePromise } from "@/lib/inquiries/sla";
import type { CheckedFile } from "@/lib/requesters/files";
import { newRequesterToken, requesterPageUrl, storeRequesterLink } from "@/lib/requesters/links";

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
 * The next reference number of a kind. Taken in its own short statement, not inside the inquiry's
 * transaction: the counter row is locked only for this increment, so concurrent submissions do not
 * queue behind each other's transactions. A submission that then fails leaves a gap in the
 * numbering, as a database sequence would.
 */
async function nextReference(kind: InquiryKind, now: Date) {
  const year = now.getUTCFullYear();
  const prefix = inquiryKinds[kind].prefix;
  const [{ value }] = await db.$queryRaw<[{ value: number }]>`
    INSERT INTO "ReferenceCounter" (prefix, year, value) VALUES (${prefix}, ${year}, 1)
    ON CONFLICT (prefix, year) DO UPDATE SET value = "ReferenceCounter".value + 1
    RETURNING value`;
  return formatReference(kind, year, value);
}

/**
 * Store an inquiry together with its emails (staff notification, requester acknowledgment unless
 * withheld) in one transaction. Submitting the same idempotency key again returns the inquiry already stored.
 */
export async function createInquiry(input: NewInquiry): Promise<{ id: string; reference: string; created: boolean }> {
  const existing = await db.inquiry.findUnique({ where: { idempotencyKey: input.idempotencyKey }, select: { id: true, reference: true } });
  if (existing) return { ...existing, created: false };
  const acknowledge = input.acknowledge ?? true;

  const kind = inquiryKinds[input.kind];
  const now = new Date();
  const reference = await nextReference(input.kind, now);
  const id = randomUUID();
  const messageId = messageIdFor("inquiry", id);
  // Addresses are bare emails: a display name typed by a user ("Bob, <x@y.z>") must never be
  // parsed as an address list.
  const requester = input.requester.email;
  // Like the reference number, taken outside the transaction; a failed submission costs the
  // assignee a turn, nothing more.
  const assigneeId = await claimAutoAssignee(input.kind);
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

  try {
    // The inquiry and the messages it causes are committed together or not at all.
    await db.$transaction(async (tx) => {
      await tx.inquiry.create({
        data: {
          id,
          reference,
          kind: input.kind,
          idempotencyKey: input.idempotencyKey,
          ...input.requester,
          poReference: input.poReference,
          details: input.details as Prisma.InputJsonValue,
          messageId,
          submitterIp: input.submitterIp,
          researchUseAcknowledgedAt: input.researchUseAcknowledgedAt,
          controlledScaffolds: input.controlledScaffolds ?? [],
          createdAt: now,
          firstResponseDueAt: firstResponseDueAt(input.kind, now),
          assigneeId,
          searchText: searchTextFor([reference, ...Object.values(input.requester), input.poReference, input.details]),
          items: { create: input.items.map((item, position) => ({ ...item, position })) },
        },
        select: { id: true },
      });
      if (assigneeId) {
        await tx.auditLog.create({
          data: { inquiryId: id, action: "assign", before: { assigneeId: null }, after: { assigneeId, automatic: true } },
        });
      }
      await tx.outboxMessage.createMany({ data: ack ? [staff, ack] : [staff] });
      if (link) await storeRequesterLink(tx, { inquiryId: id, email: requester, tokenHash: link.tokenHash, now });
      if (input.licenceDocument) {
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
            attachments: { create: [input.licenceDocument] },
          },
          select: { id: true },
        });
      }
    }, TRANSACTION_LIMITS);
    return { id, reference, created: true };
  } catch (error) {
    // Two submissions with one key raced past the lookup above: the loser returns the winner's inquiry.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await db.inquiry.findUnique({
        where: { idempotencyKey: input.idempotencyKey },
        select: { id: true, reference: true },
      });
      if (winner) return { ...winner, created: false };
    }
    throw error;
  }
}
