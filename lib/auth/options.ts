import "server-only";
import { randomUUID } from "node:crypto";
import type { AuthOptions } from "next-auth";
import EmailProvider from "next-auth/providers/email";
import { after } from "next/server";
import { createAuthAdapter } from "@/lib/auth/adapter";
import { authSecret } from "@/lib/core/auth-secret";
import { allowSignInLinkTo, allowSignInRequestFrom } from "@/lib/auth/sign-in-limit";
import { findActiveStaff } from "@/lib/auth/staff-members";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { requestIp } from "@/lib/http/request-ip";
import { log } from "@/lib/core/log";
import { messageIdFor } from "@/lib/mail/addresses";
import { outboxRow } from "@/lib/mail/enqueue";
import { SIGN_IN_TEMPLATE } from "@/lib/mail/outbox";
import { hasInvisible } from "@/lib/core/plain-text";
import { wakeOutboxWorker } from "@/lib/mail/worker";

// next-auth builds its callback URLs from NEXTAUTH_URL; our public origin is SITE_URL.
process.env.NEXTAUTH_URL ??= env.SITE_URL;

const LINK_VALID_MINUTES = 30;

/**
 * Staff sign in with an emailed link. The link is queued in the outbox like every other email, so it
 * is delivered (and retried) by the same worker; /dev/mailbox never lists it.
 */
async function queueSignInLink({ identifier, url }: { identifier: string; url: string }) {
  await db.outboxMessage.create({
    data: outboxRow(
      SIGN_IN_TEMPLATE,
      { url, host: new URL(url).host, validMinutes: LINK_VALID_MINUTES },
      { toAddress: identifier, messageId: messageIdFor("sign-in", randomUUID()) },
    ),
  });
  wakeOutboxWorker();
}

/**
 * Every well-formed address gets the same answer, so the answer tells nobody who is staff. Only an
 * active member, at most once a minute, is sent a link. Without SMTP_URL the link is not stored at
 * all (it could only wait in the outbox until it expired): it is written to the server's log for the
 * operator. The delivery runs after the response, so that neither does its time tell who is staff.
 */
async function sendSignInLink({ identifier, url }: { identifier: string; url: string }) {
  const staff = await findActiveStaff(identifier);
  const allowed = await allowSignInLinkTo(identifier);
  if (!staff || !allowed) return;
  after(async () => {
    if (!env.SMTP_URL) {
      log.warn("auth.sign-in-link", {
        to: identifier,
        url,
        detail: "SMTP_URL is unset: this link was not emailed; give it to the member yourself",
      });
      return;
    }
    await queueSignInLink({ identifier, url }).catch((error: unknown) => log.error("auth.sign-in-link-failed", { to: identifier, error }));
  });
}

/**
 * next-auth's own normaliser lets control characters through to its user lookup, where PostgreSQL
 * fails on a NUL and the sign-in request ends in a 500. A throw here is answered like any address
 * that cannot get a link.
 */
function normalizeIdentifier(identifier: string) {
  const email = identifier.normalize("NFKC").trim().toLowerCase();
  if (hasInvisible(email) || !/^[^@\s",]+@[^@\s",]+\.[^@\s",]+$/.test(email)) throw new Error("Invalid email address format.");
  return email;
}

export const authOptions: AuthOptions = {
  adapter: createAuthAdapter(),
  secret: authSecret(),
  session: { strategy: "database", maxAge: 8 * 60 * 60, updateAge: 15 * 60 },
  providers: [EmailProvider({ maxAge: LINK_VALID_MINUTES * 60, normalizeIdentifier, sendVerificationRequest: sendSignInLink })],
  pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in" },
  callbacks: {
    // Called when a link is asked for and again when it is used. Asking is limited per client only
    // (sendSignInLink decides, silently, whether a link goes out); using one needs active staff, so
    // nobody else signs in or gets an account.
    async signIn({ user, email }) {
      if (email?.verificationRequest) {
        // An absolute URL: next-auth's client reads the error from it with new URL().
        if (!(await allowSignInRequestFrom(await requestIp()))) return new URL("/sign-in?error=TooManyRequests", env.SITE_URL).toString();
        return true;
      }
      return Boolean(await findActiveStaff(user.email ?? ""));
    },
  },
};
