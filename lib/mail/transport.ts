// No "server-only" marker: reached from instrumentation.ts, outside the React server graph.
import nodemailer, { type Transporter } from "nodemailer";
import SMTPPool from "nodemailer/lib/smtp-pool";
import { env } from "@/lib/env";

/**
 * Connections kept open to the SMTP server, each sending one message at a time. Reusing them skips
 * the connect and greeting per message (smtp-server alone waits 100 ms before greeting).
 */
export const SMTP_CONNECTIONS = 5;

/** The SMTP transport named by SMTP_URL, or undefined: mail then waits in the outbox (see /dev/mailbox). */
export function createSmtpTransport(url = env.SMTP_URL): Transporter | undefined {
  if (!url) return undefined;
  // Given a URL, nodemailer.createTransport ignores every other option (its second argument holds
  // message defaults, not transport options), so the pool gets the URL among its options instead.
  // maxRequeues 0: the pool would otherwise resend a message by itself when its connection closes
  // mid-send, even after the server accepted it; the outbox does the retrying, visibly.
  // (maxRequeues is missing from @types/nodemailer.)
  const options: SMTPPool.Options & { maxRequeues: number } = {
    url,
    pool: true,
    maxConnections: SMTP_CONNECTIONS,
    maxRequeues: 0,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  };
  return nodemailer.createTransport(new SMTPPool(options));
}

/** /dev/mailbox shows every stored email but sign-in links (requesters' messages): never on by default in production. */
export function isDevMailboxEnabled(config: Pick<typeof env, "DEV_MAILBOX" | "SMTP_URL" | "NODE_ENV"> = env) {
  if (config.DEV_MAILBOX === "true") return true;
  return !config.SMTP_URL && config.NODE_ENV !== "production";
}
