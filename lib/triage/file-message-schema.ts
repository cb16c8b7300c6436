// The "file under reference" form on /staff/mail, shared by the client form and its server action.
import "@/lib/zod-jitless";
import { z } from "zod";
import { exampleReference, referencePattern } from "@/lib/inquiries/kinds";

export const fileMessageSchema = z.object({
  messageId: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{1,40}$/i, "Unknown message"),
  // Staff copy the reference from a subject line, brackets and all, and type it in any case.
  reference: z.preprocess(
    (v) => (typeof v === "string" ? v.replace(/[[\]\s]/g, "").toUpperCase() : v),
    z.string({ error: `Enter a reference like ${exampleReference}` }).regex(referencePattern, `Enter a reference like ${exampleReference}`),
  ),
});

export type FileMessageInput = z.infer<typeof fileMessageSchema>;
