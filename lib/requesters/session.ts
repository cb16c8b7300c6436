// The requester's session: after a private link is checked, the browser holds a signed cookie naming
// the link and the email address it was sent to. Signed rather than a random id with its own table:
// nothing to store or clean up per visit, and the one database read each request makes anyway (the
// link, to see that staff have not revoked it) is what lets a revocation end the session at once.
import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { cookies } from "next/headers";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { authSecret } from "@/lib/core/auth-secret";

export const SESSION_COOKIE = "rd_requester";
/** A session lasts this long, and never past the link that started it. */
export const SESSION_MS = 7 * 86_400_000;

export type RequesterSession = { linkId: string; email: string; expiresAt: Date };

// Its own key, derived from the auth secret, so a value signed here means nothing to next-auth and back.
const key = () => createHmac("sha256", authSecret()).update("reagent-desk requester session v1").digest();

const signatureOf = (payload: string) => createHmac("sha256", key()).update(payload).digest();

export function signSession(session: RequesterSession) {
  const payload = Buffer.from(JSON.stringify({ l: session.linkId, e: session.email, x: session.expiresAt.getTime() })).toString(
    "base64url",
  );
  return `${payload}.${signatureOf(payload).toString("base64url")}`;
}

/** The session a cookie value holds, if its signature is ours and it has not expired. */
export function verifySession(value: string | undefined, now = new Date()): RequesterSession | null {
  if (!value || value.length > 1000) return null;
  const [payload, signature, ...rest] = value.split(".");
  if (!payload || !signature || rest.length) return null;
  const given = Buffer.from(signature, "base64url");
  const expected = signatureOf(payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const { l, e, x } = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Record<string, unknown>;
    if (typeof l !== "string" || typeof e !== "string" || typeof x !== "number" || x <= now.getTime()) return null;
    return { linkId: l, email: e, expiresAt: new Date(x) };
  } catch {
    return null;
  }
}

/** A verified session whose link still stands (staff can revoke it) and still names that address. */
export async function liveSession(value: string | undefined, now = new Date()): Promise<RequesterSession | null> {
  const session = verifySession(value, now);
  if (!session) return null;
  const link = await db.requesterLink.findUnique({ where: { id: session.linkId }, select: { email: true, revokedAt: true } });
  if (!link || link.revokedAt || link.email !== session.email) return null;
  return session;
}

/** The requester signed in on this request, or null. */
export async function currentRequester() {
  return liveSession((await cookies()).get(SESSION_COOKIE)?.value);
}

const cookieOptions = {
  httpOnly: true,
  sameSite: "lax" as const,
  secure: env.SITE_URL.startsWith("https:"),
  path: "/requests",
};

/** Start a session from a checked link (in a route handler or server action, where cookies can be set). */
export async function startRequesterSession(link: { linkId: string; email: string; expiresAt: Date }, now = new Date()) {
  const expiresAt = new Date(Math.min(now.getTime() + SESSION_MS, link.expiresAt.getTime()));
  (await cookies()).set(SESSION_COOKIE, signSession({ linkId: link.linkId, email: link.email, expiresAt }), {
    ...cookieOptions,
    expires: expiresAt,
  });
  await db.requesterLink.update({ where: { id: link.linkId }, data: { lastUsedAt: now } });
}

export async function endRequesterSession() {
  (await cookies()).delete({ name: SESSION_COOKIE, ...cookieOptions });
}
