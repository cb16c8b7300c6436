// Everything the requester's pages read. Each lookup takes the session's verified email and finds
// nothing unless the inquiry was sent from that address: a reference, quote or file id of someone
// else's request reads exactly like one that does not exist.
import "server-only";
import { db } from "@/lib/db";
import type { RequesterSession } from "@/lib/requesters/session";

const REFERENCE = /^(?:Q|CS|SUP)-\d{4}-\d{6}$/;
const RECORD_ID = /^[a-z0-9-]{1,40}$/i;

/** The inquiry behind `reference`, if it is this requester's own. */
export async function ownInquiry(session: RequesterSession, reference: string) {
  const normalized = reference.trim().toUpperCase();
  if (!REFERENCE.test(normalized)) return null;
  return db.inquiry.findFirst({
    where: { reference: normalized, email: { equals: session.email, mode: "insensitive" } },
    select: { id: true, reference: true, kind: true, status: true, email: true, name: true, assigneeId: true },
  });
}

// What the requester may see of the conversation: our replies, and the messages they sent
// themselves. Inbound mail from another address that staff filed here (a colleague, a forwarder)
// stays on the staff side.
const visibleMessages = (email: string) => ({
  OR: [{ direction: "OUTBOUND" as const }, { direction: "INBOUND" as const, fromAddress: { equals: email, mode: "insensitive" as const } }],
});

/** The whole page of one request, or null when it is not this requester's. */
export async function getRequesterPage(session: RequesterSession, reference: string) {
  const own = await ownInquiry(session, reference);
  if (!own) return null;
  return db.inquiry.findUniqueOrThrow({
    where: { id: own.id },
    select: {
      id: true,
      reference: true,
      kind: true,
      status: true,
      name: true,
      email: true,
      institution: true,
      country: true,
      phone: true,
      poReference: true,
      notes: true,
      details: true,
      createdAt: true,
      items: { orderBy: { position: "asc" }, select: { catalogNumber: true, productName: true, quantity: true, unit: true, grade: true } },
      conversation: {
        where: visibleMessages(own.email),
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          direction: true,
          text: true,
          createdAt: true,
          author: { select: { name: true } },
          attachments: { orderBy: { id: "asc" }, select: { id: true, filename: true, size: true } },
        },
      },
      quotes: {
        where: { status: { not: "DRAFT" }, sentAt: { not: null } },
        orderBy: [{ sentAt: "desc" }, { revision: "desc" }],
        select: {
          id: true,
          number: true,
          revision: true,
          status: true,
          currency: true,
          totalMinor: true,
          validUntil: true,
          sentAt: true,
          acceptedAt: true,
          acceptedByName: true,
          declinedAt: true,
          declineReason: true,
          renewalRequestedAt: true,
          pdf: false,
        },
      },
      orders: {
        orderBy: { createdAt: "desc" },
        select: {
          id: true,
          number: true,
          status: true,
          currency: true,
          totalMinor: true,
          poNumber: true,
          carrier: true,
          trackingNumber: true,
          shippedAt: true,
          deliveredAt: true,
          createdAt: true,
          quoteId: true,
        },
      },
    },
  });
}

export type RequesterPage = NonNullable<Awaited<ReturnType<typeof getRequesterPage>>>;

/** "My requests": every inquiry sent from the session's address, newest first. */
export async function listOwnRequests(session: RequesterSession) {
  return db.inquiry.findMany({
    where: { email: { equals: session.email, mode: "insensitive" } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: {
      reference: true,
      kind: true,
      status: true,
      createdAt: true,
      quotes: {
        where: { status: { not: "DRAFT" }, sentAt: { not: null } },
        orderBy: [{ sentAt: "desc" }, { revision: "desc" }],
        take: 1,
        select: { status: true, validUntil: true, renewalRequestedAt: true },
      },
      orders: {
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { status: true, carrier: true, trackingNumber: true, deliveredAt: true },
      },
    },
  });
}

/** A file of this request's visible conversation, for download. */
export async function getOwnFile(session: RequesterSession, reference: string, fileId: string) {
  if (!RECORD_ID.test(fileId)) return null;
  const own = await ownInquiry(session, reference);
  if (!own) return null;
  return db.inquiryAttachment.findFirst({
    where: { id: fileId, message: { inquiryId: own.id, ...visibleMessages(own.email) } },
    select: { filename: true, contentType: true, content: true },
  });
}

/** A sent quote's PDF, exactly as sent. */
export async function getOwnQuotePdf(session: RequesterSession, reference: string, quoteId: string) {
  if (!RECORD_ID.test(quoteId)) return null;
  const own = await ownInquiry(session, reference);
  if (!own) return null;
  const quote = await db.quote.findFirst({
    where: { id: quoteId, inquiryId: own.id, status: { not: "DRAFT" }, sentAt: { not: null }, pdf: { not: null } },
    select: { number: true, revision: true, pdf: true },
  });
  return quote?.pdf ? { ...quote, pdf: quote.pdf } : null;
}
