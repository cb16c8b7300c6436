// Audit entries in words, for the inquiry timeline and the admin audit view.
import type { InquiryStatus } from "@/lib/generated/prisma/enums";
import { statusLabels } from "@/lib/inquiries/status";

type Json = unknown;
const field = (value: Json, key: string) =>
  value && typeof value === "object" && key in value ? (value as Record<string, unknown>)[key] : undefined;
const status = (value: Json) => statusLabels[field(value, "status") as InquiryStatus] ?? String(field(value, "status") ?? "?");

export function describeAudit(entry: { action: string; before: Json; after: Json }, staffNames: Map<string, string>): string {
  const name = (id: unknown) => (typeof id === "string" ? (staffNames.get(id) ?? "a former staff member") : "nobody");
  switch (entry.action) {
    case "status":
      return `changed the status from ${status(entry.before)} to ${status(entry.after)}`;
    case "assign": {
      const to = field(entry.after, "assigneeId");
      const automatic = field(entry.after, "automatic") === true ? " (round robin)" : "";
      return to ? `assigned it to ${name(to)}${automatic}` : `unassigned it (was ${name(field(entry.before, "assigneeId"))})`;
    }
    case "spam":
      return `marked it as spam and blocked ${String(field(entry.after, "blocked") ?? "the sender")}`;
    case "not-spam": {
      const unblocked = field(entry.after, "unblocked");
      return `marked it as not spam, restoring ${status(entry.after)}${unblocked ? ` and unblocking ${String(unblocked)}` : ""}`;
    }
    case "note":
      return "added an internal note";
    case "reply":
      return field(entry.after, "firstResponse") === true ? "sent the first reply" : "sent a reply";
    case "licence-check": {
      const note = field(entry.after, "note");
      return `recorded the licence check: ${field(entry.after, "outcome") === "APPROVED" ? "approved" : "rejected"}${note ? ` (${String(note)})` : ""}`;
    }
    case "quote.create":
      return `created quote ${String(field(entry.after, "quote"))}`;
    case "quote.update":
      return `edited draft quote ${String(field(entry.after, "quote"))}`;
    case "quote.revise":
      return `started ${String(field(entry.after, "quote"))}, a revision of ${String(field(entry.before, "quote"))}`;
    case "quote.send": {
      const supersedes = field(entry.after, "supersedes");
      return `sent quote ${String(field(entry.after, "quote"))}${supersedes ? `, superseding ${String(supersedes)}` : ""}`;
    }
    case "order.shipped":
      return `marked order ${String(field(entry.after, "order"))} shipped (${String(field(entry.after, "carrier"))}, ${String(field(entry.after, "trackingNumber"))})`;
    case "order.delivered":
      return `marked order ${String(field(entry.after, "order"))} delivered`;
    case "quote.reminder":
      return `sent the requester a reminder that quote ${String(field(entry.after, "quote"))} is valid until ${String(field(entry.after, "validUntil"))}`;
    case "tag.add":
      return `tagged it “${String(field(entry.after, "name"))}”`;
    case "tag.remove":
      return `removed the tag “${String(field(entry.before, "name") ?? "a deleted tag")}”`;
    case "tag.create":
      return `created the tag “${String(field(entry.after, "name"))}”`;
    case "tag.update": {
      const [from, to] = [String(field(entry.before, "name")), String(field(entry.after, "name"))];
      return from === to ? `changed the colour of the tag “${to}”` : `renamed the tag “${from}” to “${to}”`;
    }
    case "tag.delete":
      return `deleted the tag “${String(field(entry.before, "name"))}”`;
    case "inbound-mail":
      return `received a reply from the requester (matched by ${String(field(entry.after, "matchedBy") ?? "thread")})`;
    case "requester-links.revoke":
      return `revoked the requester's private links (${String(field(entry.after, "revoked") ?? 0)} withdrawn)`;
    case "quote.accept":
      return `recorded the requester's acceptance of ${String(field(entry.after, "quote"))} (PO ${String(field(entry.after, "poNumber"))}): order ${String(field(entry.after, "order"))}`;
    case "quote.decline":
      return `recorded that the requester declined ${String(field(entry.after, "quote"))}`;
    case "quote.renewal-request":
      return `recorded the requester's request to renew ${String(field(entry.after, "quote"))}`;
    case "file-message":
      return "filed an unmatched email under this inquiry";
    case "mail.requeue":
      return `re-queued the failed email “${String(field(entry.after, "subject"))}” to ${String(field(entry.after, "to"))}`;
    case "canned-reply.create":
      return `created the canned reply “${String(field(entry.after, "title"))}”`;
    case "canned-reply.update":
      return `edited the canned reply “${String(field(entry.after, "title"))}”`;
    case "canned-reply.delete":
      return `deleted the canned reply “${String(field(entry.before, "title"))}”`;
    case "staff.create":
      return `added ${String(field(entry.after, "email"))} to the staff list`;
    case "staff.update":
      return `changed the staff entry of ${String(field(entry.after, "email"))}`;
    case "catalog.import": {
      if (field(entry.after, "failed") === true)
        return `started an import of ${String(field(entry.after, "file"))} that stopped on an error`;
      const n = (key: string) => Number(field(entry.after, key) ?? 0);
      return `imported ${String(field(entry.after, "file"))}: ${n("inserted")} new, ${n("updated")} updated, ${n("unchanged")} unchanged, ${n("rejected")} rejected`;
    }
    case "product.create":
      return `created the product ${String(field(entry.after, "catalogNumber"))}`;
    case "product.update":
      return `edited the product ${String(field(entry.after, "catalogNumber"))}`;
    case "product.rename":
      return `changed the catalog number ${String(field(entry.before, "catalogNumber"))} to ${String(field(entry.after, "catalogNumber"))} (the old one redirects)`;
    case "product.lifecycle": {
      const on = field(entry.after, "discontinuedOn");
      return on
        ? `marked ${String(field(entry.after, "catalogNumber"))} discontinued on ${String(on)}`
        : `marked ${String(field(entry.after, "catalogNumber"))} as sold`;
    }
    case "product-reference.link":
      return `linked ${String(field(entry.after, "reference"))} to ${String(field(entry.after, "catalogNumber"))}`;
    case "product-reference.unlink":
      return `unlinked ${String(field(entry.before, "reference"))} from ${String(field(entry.before, "catalogNumber"))}`;
    case "activity.add":
      return `added an activity of ${String(field(entry.after, "catalogNumber"))} at ${String(field(entry.after, "target"))}`;
    case "activity.remove":
      return `removed an activity of ${String(field(entry.before, "catalogNumber"))} at ${String(field(entry.before, "target"))}`;
    case "reference.create":
      return `added the reference ${String(field(entry.after, "key"))}`;
    case "reference.update":
      return `edited the reference ${String(field(entry.after, "key"))}`;
    case "target.create":
      return `added the target “${String(field(entry.after, "name"))}”`;
    case "target.update":
      return `edited the target “${String(field(entry.after, "name"))}”`;
    case "control.add":
    case "control.update":
      return `recorded ${String(field(entry.after, "catalogNumber"))} as ${String(field(entry.after, "schedule"))} in ${String(field(entry.after, "jurisdiction"))} (source ${String(field(entry.after, "source"))})`;
    case "control.remove":
      return `removed the status ${String(field(entry.before, "schedule"))} in ${String(field(entry.before, "jurisdiction"))} from ${String(field(entry.before, "catalogNumber"))}`;
    case "guide.create":
      return `published the guide “${String(field(entry.after, "title"))}”`;
    case "guide.update":
      return `edited the guide “${String(field(entry.after, "title"))}”`;
    default:
      return entry.action;
  }
}
