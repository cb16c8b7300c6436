import { env } from "@/lib/env";

/** The domain our Message-IDs are minted in: the sender's domain. */
function mailDomain() {
  return /@([^>\s]+)>?\s*$/.exec(env.MAIL_FROM)?.[1] ?? new URL(env.SITE_URL).hostname;
}

/**
 * A Message-ID derived from what the message is, never random: re-sending the same outbox row
 * (after a crash between the SMTP server's accept and our database mark) repeats the same ID, so
 * receivers can drop the duplicate.
 */
export function messageIdFor(kind: string, id: string) {
  return `<${kind}.${id}@${mailDomain()}>`;
}
