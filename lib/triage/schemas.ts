// One zod schema per staff form, shared by the client form and its server action.
import "@/lib/zod-jitless";
import { z } from "zod";
import { InquiryStatus, StaffRole } from "@/lib/generated/prisma/enums";
import { hasInvisible, isSingleLine } from "@/lib/core/plain-text";
import { inquiryKindCodes } from "@/lib/inquiries/kinds";
import { templateVariables, unfilledMessage, unfilledPlaceholders, unknownVariables } from "@/lib/triage/canned-reply-template";

const id = z
  .string()
  .trim()
  .regex(/^[a-z0-9-]{1,40}$/i, "Unknown record");
const text = (what: string, max: number) =>
  z
    .string({ error: `Write ${what}` })
    .trim()
    .min(1, `Write ${what}`)
    .max(max, `Keep ${what} under ${max.toLocaleString("en")} characters`)
    .refine((v) => !hasInvisible(v), "Remove invisible control characters");
const line = (what: string, max: number) => text(what, max).refine(isSingleLine, `Write ${what} on one line`);

export const noteSchema = z.object({ inquiryId: id, body: text("the note", 10_000) });

export const assignSchema = z.object({
  inquiryId: id,
  // Empty: unassign.
  assigneeId: z.preprocess((v) => (v === "" ? null : v), id.nullable()),
});

export const statusSchema = z.object({ inquiryId: id, status: z.enum(InquiryStatus, { error: "Choose a status" }) });

export const spamSchema = z.object({ inquiryId: id, spam: z.enum(["yes", "no"]) });

export const replySchema = z.object({
  inquiryId: id,
  body: text("the reply", 20_000),
  // "" leaves the status as it is.
  thenStatus: z.preprocess((v) => (v === "" ? undefined : v), z.enum(InquiryStatus).optional()),
  // The sender confirmed that bracketed text left from a canned reply is meant to be sent.
  sendAsWritten: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()).default(false),
});

/**
 * The reply form's check in the browser, given the canned replies' placeholders; the server makes
 * the same check in sendReply against the canned replies it holds.
 */
export function replySchemaFor(placeholders: readonly string[]) {
  return replySchema.superRefine((reply, ctx) => {
    const unfilled = reply.sendAsWritten ? [] : unfilledPlaceholders(reply.body, placeholders);
    if (unfilled.length) ctx.addIssue({ code: "custom", path: ["sendAsWritten"], message: unfilledMessage(unfilled) });
  });
}

export const bulkSchema = z.object({
  inquiryIds: z.preprocess(
    (v) => (typeof v === "string" ? [v] : v),
    z.array(id).min(1, "Select at least one inquiry").max(200, "Select at most 200 inquiries at a time"),
  ),
  action: z.enum(["assign", "status", "spam"], { error: "Choose an action" }),
  assigneeId: z.preprocess((v) => (v === "" || v === undefined ? null : v), id.nullable()),
  status: z.preprocess((v) => (v === "" ? undefined : v), z.enum(InquiryStatus).optional()),
});

export const cannedReplySchema = z.object({
  id: z.preprocess((v) => (v === "" ? undefined : v), id.optional()),
  title: line("a title", 120),
  body: text("the reply text", 20_000).refine((body) => unknownVariables(body).length === 0, {
    message: `Use only the variables ${templateVariables.map((v) => `{{${v}}}`).join(", ")}`,
  }),
});

export const deleteCannedReplySchema = z.object({ id });

export const staffMemberSchema = z.object({
  id: z.preprocess((v) => (v === "" ? undefined : v), id.optional()),
  email: z.string().trim().toLowerCase().pipe(z.email("Enter an email address like name@reagentdesk.example")),
  name: line("the name", 120),
  role: z.enum(StaffRole, { error: "Choose a role" }),
  active: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
  autoAssignKinds: z.preprocess((v) => (v === undefined ? [] : typeof v === "string" ? [v] : v), z.array(z.enum(inquiryKindCodes))),
});
