import "server-only";
import { randomUUID } from "node:crypto";
import { createElement } from "react";
import { PrismaAdapter } from "@next-auth/prisma-adapter";
import type { AuthOptions } from "next-auth";
import EmailProvider from "next-auth/providers/email";
import StaffSignIn from "@/emails/staff-sign-in";
import { authSecret } from "@/lib/auth/secret";
import { allowSignInLinkRequest } from "@/lib/auth/sign-in-limit";
import { findActiveStaff } from "@/lib/auth/staff-members";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { messageIdFor } from "@/lib/mail/addresses";
import { renderEmail } from "@/lib/mail/render";
import { hasInvisible } from "@/lib/text/plain-text";
import { wakeOutboxWorker } from "@/lib/mail/worker";

// next-auth builds its callback URLs from NEXTAUTH_URL; our public origin is SITE_URL.
process.env.NEXTAUTH_URL ??= env.SITE_URL;

const LINK_VALID_MINUTES = 30;

/**
 * Staff sign in with an emailed link. The link is queued in the outbox like every other email, so it
 * is delivered (and retried) by the same worker, and shows in /dev/mailbox when there is no SMTP server.
 */
async function queueSignInLink({ identifier, url }: { identifier: string; url: string }) {
  const { html, text } = await renderEmail(createElement(StaffSignIn, { url, host: new URL(url).host, validMinutes: LINK_VALID_MINUTES }));
  await db.outboxMessage.create({
    data: {
      template: "staff-sign-in",
      fromAddress: env.MAIL_FROM,
      toAddress: identifier,
      subject: "Sign in to Reagent Desk staff",
      html,
      text,
      messageId: messageIdFor("sign-in", randomUUID()),
    },
  });
  wakeOutboxWorker();
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
  // The adapter is typed against @prisma/client's default output; ours is generated to lib/generated.
  adapter: PrismaAdapter(db as unknown as Parameters<typeof PrismaAdapter>[0]),
  secret: authSecret(),
  session: { strategy: "database", maxAge: 8 * 60 * 60, updateAge: 15 * 60 },
  providers: [EmailProvider({ maxAge: LINK_VALID_MINUTES * 60, normalizeIdentifier, sendVerificationRequest: queueSignInLink })],
  pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in" },
  callbacks: {
    // Called when the link is requested and again when it is used: only active staff get either,
    // so nobody else receives a link or gets an account.
    async signIn({ user, email }) {
      if (email?.verificationRequest) {
        const address = user.email ?? user.id;
        // An absolute URL: next-auth's client reads the error from it with new URL().
        if (!(await allowSignInLinkRequest(address))) return new URL("/sign-in?error=TooManyRequests", env.SITE_URL).toString();
        return Boolean(await findActiveStaff(address));
      }
      return Boolean(await findActiveStaff(user.email ?? ""));
    },
  },
};
