import "server-only";
import { isUniqueViolation } from "@/lib/core/db-errors";
import { createHash, timingSafeEqual } from "node:crypto";
import { simpleParser, type AddressObject, type ParsedMail } from "mailparser";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { readBodyWithin } from "@/lib/http/read-body";
import { Prisma } from "@/lib/generated/prisma/client";
import type { InquiryStatus } from "@/lib/generated/prisma/enums";
import { log } from "@/lib/core/log";
import { truncate } from "@/lib/core/plain-text";
import { recordAudit } from "@/lib/core/audit";
import { senderVerified } from "@/lib/triage/authentication-results";
import { referencesIn } from "@/lib/inquiries/kinds";
import { searchTextFor } from "@/lib/inquiries/search-text";
import { DomainError } from "@/lib/core/domain-error";

/** The largest raw message accepted, attachments included. */
export const MAX_RAW_EMAIL_BYTES = 10 * 1024 * 1024;
const MAX_TEXT_CHARS = 100_000;
const MAX_SUBJECT_CHARS = 998;
// Longer IDs are junk or an attack on the unique index (btree entries are limited to ~2.7 kB).
const MAX_MESSAGE_ID_CHARS = 500;
const MAX_THREAD_IDS = 50;
const MAX_SUBJECT_TOKENS = 5;
// Multipart deliveries wrap the message in boundaries and field headers.
const ENVELOPE_ALLOWANCE_BYTES = 64 * 1024;
// Attachments make the transaction slow to write; a stored reply is worth the wait.
const TRANSACTION_LIMITS = { maxWait: 15_000, timeout: 30_000 };

// A customer writing back about a finished inquiry needs someone to look at it again.
const REOPENED_BY_MAIL = new Set<InquiryStatus>(["CLOSED", "WON", "LOST"]);

/** A message the endpoint refuses: too large (413) or not an email (400). */
export class InboundEmailError extends Error {
  constructor(
    readonly code: "too-large" | "unparsable",
    message: string,
  ) {
    super(message);
  }
}

/** Filing under a reference no inquiry has: shown next to the reference field. */
export class UnknownReferenceError extends DomainError {
  constructor(message: string) {
    super("not-found", message);
  }
}

export type MatchedBy = "thread" | "subject" | "staff";
export type InboundResult = { status: "attached" | "unmatched" | "duplicate"; inquiryId?: string; reference?: string; messageId: string };

// Postgres text cannot hold NUL, and mail from broken clients sometimes contains it.
const withoutNul = (value: string) => value.replace(/\u0000/g, "");

/** Message-IDs as stored: each in angle brackets, junk and oversized values dropped. */
function messageIdsOf(values: (string | undefined)[]) {
  const ids = values.flatMap((value) => {
    const clean = withoutNul(value ?? "").trim();
    return clean.match(/<[^<>\s]+>/g) ?? (clean && !/\s/.test(clean) ? [`<${clean}>`] : []);
  });
  return [...new Set(ids.filter((id) => id.length <= MAX_MESSAGE_ID_CHARS))];
}

function addressesOf(field: AddressObject | AddressObject[] | undefined) {
  return [field ?? []]
    .flat()
    .flatMap((object) => object.value)
    .flatMap((entry) => (entry.group ? entry.group : [entry]))
    .map((entry) =>
      withoutNul(entry.address ?? "")
        .trim()
        .toLowerCase(),
    )
    .filter(Boolean);
}

function subjectReferencesOf(subject: string) {
  const tokens = referencesIn(subject.toUpperCase());
  return [...new Set(tokens)].slice(0, MAX_SUBJECT_TOKENS);
}

function attachmentsOf(mail: ParsedMail) {
  return mail.attachments.map((attachment) => ({
    // Only the last path segment: a sender-supplied "../../x" must not look like a path to anyone.
    filename:
      truncate(
        withoutNul(attachment.filename ?? "")
          .split(/[\\/]/)
          .pop()
          ?.replace(/[\u0001-\u001f\u007f]/g, "")
          .trim() ?? "",
        255,
      ) || "attachment",
    contentType: truncate((attachment.contentType || "application/octet-stream").toLowerCase(), 255),
    size: attachment.content.length,
    content: new Uint8Array(attachment.content),
  }));
}

async function parse(raw: Buffer | string) {
  const bytes = typeof raw === "string" ? Buffer.from(raw, "utf8") : raw;
  if (bytes.length > MAX_RAW_EMAIL_BYTES)
    throw new InboundEmailError("too-large", `Messages over ${MAX_RAW_EMAIL_BYTES / 1024 / 1024} MB are refused.`);
  let mail: ParsedMail;
  try {
    // HTML is only ever turned into text here, never kept or rendered.
    mail = await simpleParser(bytes, { skipTextToHtml: true, skipImageLinks: true });
  } catch {
    throw new InboundEmailError("unparsable", "The body is not an email message.");
  }
  const fromAddresses = [...new Set(addressesOf(mail.from))];
  const fromAddress = fromAddresses[0];
  if (!fromAddress) throw new InboundEmailError("unparsable", "The message has no sender address.");
  const subject = truncate(
    withoutNul(mail.subject ?? "")
      .replace(/\s+/g, " ")
      .trim(),
    MAX_SUBJECT_CHARS,
  );
  const inReplyTo = messageIdsOf([mail.inReplyTo])[0] ?? null;
  // A long thread's References header lists every message; the most recent ones are what matter.
  const references = messageIdsOf([mail.references ?? []].flat()).slice(-MAX_THREAD_IDS);
  return {
    columns: {
      messageId: messageIdsOf([mail.messageId])[0] ?? `<${createHash("sha256").update(bytes).digest("hex")}@inbound.invalid>`,
      fromAddress,
      toAddress: addressesOf(mail.to).join(", "),
      subject,
      // mailparser converts HTML-only mail to text itself.
      text: truncate(withoutNul(mail.text ?? ""), MAX_TEXT_CHARS),
      inReplyTo,
      references: references.length ? references.join(" ") : null,
    },
    // In-Reply-To first, then References from the newest back: the order in which a match is most telling.
    threadIds: [...new Set([...(inReplyTo ? [inReplyTo] : []), ...[...references].reverse()])],
    subjectReferences: subjectReferencesOf(subject),
    fromAddresses,
    // Top to bottom, as the headers arrived: the receiving provider's own is the topmost.
    authenticationResults: [mail.headers.get("authentication-results") ?? []].flat().filter((v): v is string => typeof v === "string"),
    attachments: attachmentsOf(mail),
  };
}

type ParsedInbound = Awaited<ReturnType<typeof parse>>;

type Match = { inquiryId: string; matchedBy: MatchedBy } | { flagReason: string } | null;

/**
 * The inquiry a message belongs to: by thread headers (Message-IDs only we and the requester have
 * seen), else by a subject reference, which is printed on every acknowledgment and easily guessed.
 * A subject match therefore needs the message to come from that inquiry's requester alone, with the
 * receiving provider vouching for the sender's domain (DKIM or SPF pass): a From header is
 * otherwise just text anyone can write. A message that names a reference but fails that is left
 * unmatched with the reason, for staff to judge.
 */
async function matchInquiry(mail: ParsedInbound, authservId: string | undefined): Promise<Match> {
  if (mail.threadIds.length) {
    const where = { messageId: { in: mail.threadIds }, inquiryId: { not: null } };
    const [outbox, conversation] = await Promise.all([
      db.outboxMessage.findMany({ where, select: { messageId: true, inquiryId: true } }),
      db.inquiryMessage.findMany({ where, select: { messageId: true, inquiryId: true } }),
    ]);
    const inquiryByMessageId = new Map([...outbox, ...conversation].map((m) => [m.messageId, m.inquiryId]));
    for (const id of mail.threadIds) {
      const inquiryId = inquiryByMessageId.get(id);
      if (inquiryId) return { inquiryId, matchedBy: "thread" };
    }
  }
  if (!mail.subjectReferences.length) return null;
  const candidates = await db.inquiry.findMany({
    where: { reference: { in: mail.subjectReferences } },
    select: { id: true, reference: true, email: true },
  });
  const named = mail.subjectReferences.flatMap((reference) => candidates.filter((c) => c.reference === reference));
  if (!named.length) return null;
  const [from] = mail.fromAddresses;
  const own = named.find((c) => c.email.toLowerCase() === from);
  if (!own) return { flagReason: `The subject names ${named[0]!.reference}, but the sender is not its requester.` };
  if (mail.fromAddresses.length > 1)
    return { flagReason: `The subject names ${own.reference}, but the message has several From addresses.` };
  if (!senderVerified({ headers: mail.authenticationResults, fromAddress: from!, authservId })) {
    return {
      flagReason: `The subject names ${own.reference} and the From address is its requester's, but our mail provider did not confirm that sender (no passing DKIM or SPF for its domain). The From address may be forged.`,
    };
  }
  return { inquiryId: own.id, matchedBy: "subject" };
}

type Tx = Prisma.TransactionClient;

/**
 * What attaching a message to an inquiry entails, in the caller's transaction: the search text grows
 * by the message, the audit log says how it was matched, and a finished inquiry is reopened.
 */
async function attachToInquiry(
  tx: Tx,
  {
    inquiryId,
    message,
    matchedBy,
    actorId,
  }: { inquiryId: string; message: { messageId: string; subject: string; text: string }; matchedBy: MatchedBy; actorId: string | null },
) {
  const inquiry = await tx.inquiry.findUniqueOrThrow({ where: { id: inquiryId }, select: { reference: true, status: true } });
  // Appended in SQL so two messages arriving together cannot overwrite each other's text.
  await tx.$executeRaw`
    UPDATE "Inquiry" SET "searchText" = LEFT("searchText" || ' ' || ${searchTextFor([message.subject, message.text])}, 200000)
    WHERE id = ${inquiryId}`;
  await recordAudit(tx, {
    actorId,
    inquiryId,
    action: matchedBy === "staff" ? "file-message" : "inbound-mail",
    after: { messageId: message.messageId, matchedBy },
  });
  if (REOPENED_BY_MAIL.has(inquiry.status)) {
    const { count } = await tx.inquiry.updateMany({
      where: { id: inquiryId, status: inquiry.status },
      data: { status: "IN_REVIEW", closedAt: null },
    });
    if (count === 1)
      await recordAudit(tx, { actorId, inquiryId, action: "status", before: { status: inquiry.status }, after: { status: "IN_REVIEW" } });
  }
  return inquiry.reference;
}

async function alreadyStored(messageId: string): Promise<InboundResult | null> {
  const stored = await db.inquiryMessage.findUnique({
    where: { messageId },
    select: { inquiryId: true, inquiry: { select: { reference: true } } },
  });
  if (stored) return { status: "duplicate", inquiryId: stored.inquiryId ?? undefined, reference: stored.inquiry?.reference, messageId };
  // One of our own emails delivered back to us (a staff inbox that forwards to this endpoint).
  const ours = await db.outboxMessage.findUnique({
    where: { messageId },
    select: { inquiryId: true, inquiry: { select: { reference: true } } },
  });
  if (ours) return { status: "duplicate", inquiryId: ours.inquiryId ?? undefined, reference: ours.inquiry?.reference, messageId };
  return null;
}

/**
 * Store one raw inbound email (RFC 5322 / MIME) in the conversation of the inquiry it answers, or
 * unmatched for staff to file. Posting the same message again stores nothing more.
 */
export async function receiveInboundEmail(
  raw: Buffer | string,
  { authservId = env.INBOUND_AUTHSERV_ID }: { authservId?: string } = {},
): Promise<InboundResult> {
  const mail = await parse(raw);
  const { messageId } = mail.columns;
  const duplicate = await alreadyStored(messageId);
  if (duplicate) return duplicate;

  const match = await matchInquiry(mail, authservId);
  const data = { ...mail.columns, direction: "INBOUND" as const, attachments: { create: mail.attachments } };
  try {
    if (!match || "flagReason" in match) {
      await db.inquiryMessage.create({ data: { ...data, flagReason: match?.flagReason }, select: { id: true } });
      return { status: "unmatched", messageId };
    }
    const reference = await db.$transaction(async (tx) => {
      await tx.inquiryMessage.create({ data: { ...data, inquiryId: match.inquiryId, matchedBy: match.matchedBy }, select: { id: true } });
      return attachToInquiry(tx, { inquiryId: match.inquiryId, message: mail.columns, matchedBy: match.matchedBy, actorId: null });
    }, TRANSACTION_LIMITS);
    return { status: "attached", inquiryId: match.inquiryId, reference, messageId };
  } catch (error) {
    // The provider retried while the first delivery was still being stored.
    if (isUniqueViolation(error)) {
      const winner = await alreadyStored(messageId);
      if (winner) return winner;
    }
    throw error;
  }
}

/** Inbound mail no inquiry claimed, newest first, with a short excerpt instead of the whole text. */
export async function listUnmatchedMessages({ limit = 50 }: { limit?: number } = {}) {
  const messages = await db.inquiryMessage.findMany({
    where: { direction: "INBOUND", inquiryId: null },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      id: true,
      fromAddress: true,
      toAddress: true,
      subject: true,
      text: true,
      flagReason: true,
      createdAt: true,
      attachments: { select: { id: true, filename: true, contentType: true, size: true }, orderBy: { id: "asc" } },
    },
  });
  return messages.map(({ text, ...message }) => ({ ...message, excerpt: text.length > 600 ? `${text.slice(0, 600)}…` : text }));
}

export type UnmatchedMessage = Awaited<ReturnType<typeof listUnmatchedMessages>>[number];

/** Staff file an unmatched message under an inquiry by its reference number. */
export async function fileUnmatchedMessage({ messageId, reference, actorId }: { messageId: string; reference: string; actorId: string }) {
  const message = await db.inquiryMessage.findUnique({
    where: { id: messageId },
    select: { direction: true, messageId: true, subject: true, text: true, inquiry: { select: { reference: true } } },
  });
  if (!message || message.direction !== "INBOUND") throw new DomainError("not-found", "This message no longer exists.");
  if (message.inquiry) throw new DomainError("conflict", `This message is already filed under ${message.inquiry.reference}.`);
  const inquiry = await db.inquiry.findUnique({
    where: { reference: reference.trim().toUpperCase() },
    select: { id: true, reference: true },
  });
  if (!inquiry) throw new UnknownReferenceError(`There is no inquiry ${reference}. Check the number in the email's subject or the inbox.`);

  await db.$transaction(async (tx) => {
    const { count } = await tx.inquiryMessage.updateMany({
      where: { id: messageId, inquiryId: null },
      data: { inquiryId: inquiry.id, matchedBy: "staff" },
    });
    if (count === 0) throw new DomainError("conflict", "Someone filed this message a moment ago. Reload to see where.");
    await attachToInquiry(tx, { inquiryId: inquiry.id, message, matchedBy: "staff", actorId });
  }, TRANSACTION_LIMITS);
  return { inquiryId: inquiry.id, reference: inquiry.reference };
}

/** An attachment's bytes for download; null when there is none with this id. */
export async function getAttachment(id: string) {
  // Ids are cuids; anything else (a NUL would fail the query) names no attachment.
  if (!/^[a-z0-9]{1,40}$/i.test(id)) return null;
  return db.inquiryAttachment.findUnique({ where: { id }, select: { filename: true, contentType: true, size: true, content: true } });
}

const json = (status: number, body: Record<string, unknown>, headers?: Record<string, string>) => Response.json(body, { status, headers });

const sha256 = (value: string) => createHash("sha256").update(value, "utf8").digest();

/** Constant-time: both sides are hashed first, so lengths never differ and never leak. */
function bearerMatches(authorization: string | null, secret: string) {
  const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "")?.[1] ?? "";
  return timingSafeEqual(sha256(token), sha256(secret));
}

/** Media types under which the body is the raw message itself. */
const RAW_TYPES = new Set(["", "message/rfc822", "text/plain", "application/octet-stream"]);

/** The raw message from the body: as sent, or as the form field "email" some providers use. */
async function rawEmailOf(request: Request, body: Buffer) {
  const contentType = request.headers.get("content-type") ?? "";
  const mediaType = contentType.split(";")[0]!.trim().toLowerCase();
  if (RAW_TYPES.has(mediaType)) return body;
  if (mediaType !== "multipart/form-data") return null;
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(body), { headers: { "content-type": contentType } }).formData();
  } catch {
    throw new InboundEmailError("unparsable", "The multipart body could not be read.");
  }
  const field = form.get("email");
  if (field === null) throw new InboundEmailError("unparsable", "Send the message in the form field “email”.");
  return typeof field === "string" ? Buffer.from(field, "utf8") : Buffer.from(await field.arrayBuffer());
}

/**
 * POST /api/inbound-email: the mail provider delivers each raw message here with the shared secret
 * as a bearer token. The secret is passed in so the route reads configuration and tests can set it.
 */
export async function handleInboundRequest(request: Request, { secret }: { secret: string | undefined }): Promise<Response> {
  if (!secret) return json(404, { error: "Not found" });
  if (!bearerMatches(request.headers.get("authorization"), secret)) {
    return json(401, { error: "Missing or wrong bearer token" }, { "WWW-Authenticate": 'Bearer realm="inbound-email"' });
  }
  const bodyLimit = MAX_RAW_EMAIL_BYTES + ENVELOPE_ALLOWANCE_BYTES;
  const tooLarge = () => json(413, { error: `Messages over ${MAX_RAW_EMAIL_BYTES / 1024 / 1024} MB are refused` });
  try {
    const body = await readBodyWithin(request, bodyLimit);
    if (!body) return tooLarge();
    const raw = await rawEmailOf(request, body);
    if (raw === null) return json(415, { error: "Send the raw message as message/rfc822, or as the form field “email”" });
    if (raw.length === 0) return json(400, { error: "The body is empty" });
    const result = await receiveInboundEmail(raw);
    log.info("inbound-email.stored", { status: result.status, reference: result.reference, messageId: result.messageId });
    return json(200, { status: result.status, ...(result.reference ? { reference: result.reference } : {}) });
  } catch (error) {
    if (error instanceof InboundEmailError) return error.code === "too-large" ? tooLarge() : json(400, { error: error.message });
    // Anything else is ours (the database, most likely): 500 makes the provider deliver again later.
    log.error("inbound-email.failed", { error });
    return json(500, { error: "The message could not be stored; deliver it again later" });
  }
}
