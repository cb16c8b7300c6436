// No "server-only" marker: reached from instrumentation.ts, outside the React server graph.
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

/** The SMTP transport named by SMTP_URL, or undefined: mail then waits in the outbox (see /dev/mailbox). */
export function createSmtpTransport(url = env.SMTP_URL): Transporter | undefined {
  if (!url) return undefined;
  return nodemailer.createTransport(url, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
}

/** /dev/mailbox shows every stored email, sign-in links included: never on by default in production. */
export function isDevMailboxEnabled(config: Pick<typeof env, "DEV_MAILBOX" | "SMTP_URL" | "NODE_ENV"> = env) {
  if (config.DEV_MAILBOX === "true") return true;
  return !config.SMTP_URL && config.NODE_ENV !== "production";
}
