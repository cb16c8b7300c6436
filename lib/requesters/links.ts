// Private links to the requester's page, /requests/<reference>?token=…: no password, no staff session.
// The token is 32 random bytes; only its SHA-256 is stored, so a database dump opens no page. A link
// belongs to one inquiry and one email address, expires after REQUESTER_LINK_DAYS and can be revoked.
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Pick<Prisma.TransactionClient, "requesterLink">;

export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function hashToken(token: string) {
  return createHash("sha256").update(token).digest("hex");
}

/** A fresh token and its hash. Made before the email is rendered; stored with `storeRequesterLink`. */
export function newRequesterToken() {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

export function requesterPageUrl(reference: string, token?: string) {
  const url = new URL(`/requests/${encodeURIComponent(reference)}`, env.SITE_URL);
  if (token) url.searchParams.set("token", token);
  return url.toString();
}

/** When a link made at `now` stops opening its page. */
export const requesterLinkExpiry = (now: Date) => new Date(now.getTime() + env.REQUESTER_LINK_DAYS * 86_400_000);

/** Store a link in the caller's transaction, beside the email that carries it. */
export async function storeRequesterLink(
  tx: Tx,
  { inquiryId, email, tokenHash, now = new Date() }: { inquiryId: string; email: string; tokenHash: string; now?: Date },
) {
  await tx.requesterLink.create({
    data: {
      inquiryId,
      email: email.toLowerCase(),
      tokenHash,
      createdAt: now,
      expiresAt: requesterLinkExpiry(now),
    },
  });
}

export type LinkCheck =
  | { ok: true; linkId: string; inquiryId: string; email: string; expiresAt: Date }
  | { ok: false; reason: "invalid" | "expired" | "revoked" };

/**
 * The link a token opens, if it opens this reference's page. A token for another reference, a
 * malformed or unknown token all read as "invalid" (the page does not say which).
 */
export async function checkRequesterLink({ reference, token, now = new Date() }: { reference: string; token: string; now?: Date }) {
  if (!TOKEN_PATTERN.test(token)) return { ok: false, reason: "invalid" } satisfies LinkCheck;
  const link = await db.requesterLink.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, inquiryId: true, email: true, expiresAt: true, revokedAt: true, inquiry: { select: { reference: true } } },
  });
  if (!link || link.inquiry.reference !== reference) return { ok: false, reason: "invalid" } satisfies LinkCheck;
  if (link.revokedAt) return { ok: false, reason: "revoked" } satisfies LinkCheck;
  if (link.expiresAt <= now) return { ok: false, reason: "expired" } satisfies LinkCheck;
  return { ok: true, linkId: link.id, inquiryId: link.inquiryId, email: link.email, expiresAt: link.expiresAt } satisfies LinkCheck;
}

/** Revoke every live link to one inquiry (staff action, or the requester's own "sign out everywhere"). */
export async function revokeRequesterLinks({ inquiryId, now = new Date() }: { inquiryId: string; now?: Date }) {
  const { count } = await db.requesterLink.updateMany({ where: { inquiryId, revokedAt: null }, data: { revokedAt: now } });
  return count;
}
