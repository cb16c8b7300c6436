// The "file under reference" form on /staff/mail, shared by the client form and its server action.
import "@/lib/zod-jitless";
import { z } from "zod";

export const referencePattern = /^(Q|CS|SUP)-\d{4}-\d{6}$/;

export const fileMessageSchema = z.object({
  messageId: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{1,40}$/i, "Unknown message"),
  // Staff copy the reference from a subject line, brackets and all, and type it in any case.
  reference: z.preprocess(
    (v) => (typeof v === "string" ? v.replace(/[[\]\s]/g, "").toUpperCase() : v),
    z.string({ error: "Enter a reference like Q-2026-000123" }).regex(referencePattern, "Enter a reference like Q-2026-000123"),
  ),
});

export type FileMessageInput = z.infer<typeof fileMessageSchema>;
