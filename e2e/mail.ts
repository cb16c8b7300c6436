import { expect, type APIRequestContext } from "@playwright/test";

export type SinkMessage = {
  to: string | null;
  /** Where the message was really delivered: the SMTP envelope's recipients. */
  envelopeTo: string[];
  /** Lower-case names of every header the message arrived with. */
  headerNames: string[];
  from: string | null;
  replyTo: string | null;
  subject: string | null;
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
  text: string | null;
  html: string | null;
  /** Content in base64. */
  attachments: { filename: string | null; contentType: string; content: string }[];
};

export const mainSinkPort = Number(process.env.E2E_SMTP_PORT ?? 2525);
let sinkUrl = sinkUrlFor(mainSinkPort);

function sinkUrlFor(smtpPort: number) {
  return `http://127.0.0.1:${smtpPort + 1}/messages`;
}

/**
 * Read mail from another sink (scripts/smtp-sink.ts on `smtpPort`) until called again. A spec that
 * starts a server on a database of its own gives it its own sink: that database hands out the
 * references the main server uses too, and two servers' "[Q-2026-000005]" in one sink would be
 * counted as one inquiry's mail by every other spec.
 */
export function readMailFrom(smtpPort: number) {
  sinkUrl = sinkUrlFor(smtpPort);
}

export async function receivedMail(): Promise<SinkMessage[]> {
  const response = await fetch(sinkUrl);
  return (await response.json()) as SinkMessage[];
}

/** Wait until the SMTP server has `count` messages whose subject carries `reference`. */
export async function mailFor(reference: string, count = 2) {
  let messages: SinkMessage[] = [];
  await expect
    .poll(async () => (messages = (await receivedMail()).filter((m) => m.subject?.includes(`[${reference}]`))).length, { timeout: 20_000 })
    .toBe(count);
  return messages;
}

/**
 * Wait until the app's outbox has no message waiting (GET /api/health): everything queued so far has
 * reached the SMTP server, so a message that is not there yet was never queued.
 */
export async function outboxDrained(request: APIRequestContext) {
  await expect
    .poll(async () => ((await (await request.get("/api/health")).json()) as { outbox: { pending: number } | null }).outbox?.pending, {
      timeout: 20_000,
    })
    .toBe(0);
}

export const uniqueEmail = (tag: string) => `${tag}.${Date.now()}.${Math.random().toString(36).slice(2, 8)}@example.edu`;
