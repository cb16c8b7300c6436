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

// Providers that deliver "j.a.n.e@gmail.com" to "jane@gmail.com", and their canonical domain.
const DOTS_IGNORED: Record<string, string> = { "gmail.com": "gmail.com", "googlemail.com": "gmail.com" };

/**
 * The mailbox an address delivers to, for counting: lower case, "+tag" dropped (every major provider
 * delivers "jane+1@…" to "jane@…"), and dots dropped where the provider ignores them. A limit keyed on
 * this cannot be reset by writing the same mailbox another way.
 */
export function canonicalMailbox(email: string) {
  const address = email.trim().toLowerCase();
  const at = address.lastIndexOf("@");
  if (at < 1) return address;
  let local = address.slice(0, at);
  const domain = mailDomainOf(address);
  const plus = local.indexOf("+");
  if (plus > 0) local = local.slice(0, plus);
  if (DOTS_IGNORED[address.slice(at + 1)]) local = local.replaceAll(".", "");
  return `${local}@${domain}`;
}

/** The domain an address delivers to, lower case ("googlemail.com" is "gmail.com"). */
export function mailDomainOf(email: string) {
  const domain = email.trim().toLowerCase().split("@").pop() ?? "";
  return DOTS_IGNORED[domain] ?? domain;
}
