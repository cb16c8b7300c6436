// "Send me a new link": whatever is typed, the visitor reads the same answer, so the form tells
// nobody which addresses or references exist. Limits per client address and per mailbox keep it
// from mailing someone over and over.
import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { hitRateLimit } from "@/lib/core/rate-limit";
import { log } from "@/lib/core/log";
import { staffInboxes } from "@/lib/inquiries/create-inquiry";
import { canonicalMailbox, messageIdFor } from "@/lib/mail/addresses";
import { outboxRow } from "@/lib/mail/enqueue";
import { wakeOutboxWorker } from "@/lib/mail/worker";
import { newRequesterToken, requesterPageUrl, storeRequesterLink } from "@/lib/requesters/links";

export const NEUTRAL_RESEND_ANSWER = "If this reference belongs to this email address, a new link is on its way to it.";
export const RESEND_LIMIT_PER_IP = 10;
export const RESEND_LIMIT_PER_ADDRESS = 3;
const WINDOW_MS = 3_600_000;

export type ResendResult = { status: "answered" } | { status: "limited"; retryAt: Date };

export async function requestNewLink({
  email,
  reference,
  ip,
  now = new Date(),
}: {
  email: string;
  reference: string;
  ip: string | undefined;
  now?: Date;
}): Promise<ResendResult> {
  // Counted before anything is looked up, so being limited says nothing about the address either.
  const byIp = await hitRateLimit({ key: `requester-link:ip:${ip ?? "unknown"}`, limit: RESEND_LIMIT_PER_IP, windowMs: WINDOW_MS, now });
  if (!byIp.allowed) return { status: "limited", retryAt: byIp.retryAt };
  const byAddress = await hitRateLimit({
    key: `requester-link:to:${canonicalMailbox(email)}`,
    limit: RESEND_LIMIT_PER_ADDRESS,
    windowMs: WINDOW_MS,
    now,
  });
  if (!byAddress.allowed) return { status: "limited", retryAt: byAddress.retryAt };

  const inquiry = await db.inquiry.findFirst({
    where: { reference: reference.trim().toUpperCase(), email: { equals: email.trim(), mode: "insensitive" }, status: { not: "SPAM" } },
    select: { id: true, reference: true, kind: true, email: true },
  });
  if (!inquiry) return { status: "answered" };

  const link = newRequesterToken();
  await db.$transaction(async (tx) => {
    await storeRequesterLink(tx, { inquiryId: inquiry.id, email: inquiry.email, tokenHash: link.tokenHash, now });
    await tx.outboxMessage.create({
      data: outboxRow(
        "requester-link",
        { reference: inquiry.reference, pageUrl: requesterPageUrl(inquiry.reference, link.token), days: env.REQUESTER_LINK_DAYS },
        {
          inquiryId: inquiry.id,
          // The stored address, not the typed one: the link only ever goes where the request came from.
          toAddress: inquiry.email,
          replyTo: staffInboxes[inquiry.kind],
          messageId: messageIdFor("requester-link", randomUUID()),
        },
      ),
    });
  });
  wakeOutboxWorker();
  log.info("requester-link.sent", { reference: inquiry.reference });
  return { status: "answered" };
}
