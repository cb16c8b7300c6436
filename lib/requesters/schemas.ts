// One zod schema per form on the requester's pages, shared by the browser and the server action.
// Files are not in these: the action checks them (lib/requesters/files.ts) and answers beside the field.
import "@/lib/zod-jitless";
import { z } from "zod";
import { hasInvisible, isSingleLine } from "@/lib/core/plain-text";
import { exampleReference, referencePattern } from "@/lib/inquiries/kinds";

const reference = z
  .string()
  .trim()
  .refine((v) => referencePattern.test(v.toUpperCase()), `Write the reference as on our email, e.g. ${exampleReference}`);
const recordId = z
  .string()
  .trim()
  .regex(/^[a-z0-9-]{1,40}$/i, "Unknown quote");
const text = (what: string, max: number) =>
  z
    .string({ error: `Write ${what}` })
    .trim()
    .min(1, `Write ${what}`)
    .max(max, `Keep ${what} under ${max.toLocaleString("en")} characters`)
    .refine((v) => !hasInvisible(v), "Remove invisible control characters");
const line = (what: string, max: number) => text(what, max).refine(isSingleLine, `Write ${what} on one line`);

export const MAX_MESSAGE_CHARS = 10_000;

/** A message, files, or both (the action requires one of them). */
export const requesterMessageSchema = z.object({
  reference,
  body: z
    .string()
    .trim()
    .max(MAX_MESSAGE_CHARS, `Keep the message under ${MAX_MESSAGE_CHARS.toLocaleString("en")} characters`)
    .refine((v) => !hasInvisible(v), "Remove invisible control characters")
    .default(""),
});

export const acceptQuoteSchema = z.object({
  reference,
  quoteId: recordId,
  acceptedByName: line("the name of the person accepting", 120),
  poNumber: line("your purchase order number", 60),
  terms: z.literal("on", { error: "Confirm that you accept the quote's terms" }),
});

export const declineQuoteSchema = z.object({ reference, quoteId: recordId, reason: text("a reason", 2_000) });

export const renewalSchema = z.object({ reference, quoteId: recordId });

export const resendLinkSchema = z.object({
  email: z
    .string({ error: "Write your email address" })
    .trim()
    .min(1, "Write your email address")
    .max(254, "This email address is too long")
    .pipe(z.email("Write a valid email address")),
  reference,
});

/** Staff: withdraw an inquiry's private links. */
export const revokeLinksSchema = z.object({
  inquiryId: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{1,40}$/i, "Unknown record"),
});
