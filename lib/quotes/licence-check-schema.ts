// The staff form that records the check of a buyer's licence for a controlled product: one schema for
// the browser and the server action.
import "@/lib/zod-jitless";
import { z } from "zod";
import { hasInvisible } from "@/lib/core/plain-text";

export const LICENCE_OUTCOMES = ["APPROVED", "REJECTED"] as const;
export const licenceOutcomeLabels: Record<(typeof LICENCE_OUTCOMES)[number], string> = {
  APPROVED: "Approved — the licence covers this supply",
  REJECTED: "Rejected — no quote may be sent",
};

export const licenceCheckSchema = z
  .object({
    inquiryId: z
      .string()
      .trim()
      .regex(/^[a-z0-9-]{1,40}$/i, "Unknown inquiry"),
    outcome: z.enum(LICENCE_OUTCOMES, { error: "Choose approved or rejected" }),
    note: z.preprocess(
      (v) => (typeof v === "string" ? v.trim() : v),
      z
        .string()
        .max(2000, "Keep the note under 2,000 characters")
        .refine((v) => !hasInvisible(v), "Remove invisible control characters")
        .default(""),
    ),
  })
  .superRefine((value, ctx) => {
    // A refusal is explained to colleagues (and later to the buyer): the note says why.
    if (value.outcome === "REJECTED" && !value.note)
      ctx.addIssue({ code: "custom", path: ["note"], message: "Say why the licence was rejected" });
  });
export type LicenceCheckInput = z.infer<typeof licenceCheckSchema>;
