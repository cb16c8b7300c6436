// One zod schema per staff order form, shared by the client form and its server action.
import "@/lib/zod-jitless";
import { z } from "zod";
import { hasInvisible, isSingleLine } from "@/lib/core/plain-text";

const id = z
  .string()
  .trim()
  .regex(/^[a-z0-9-]{1,40}$/i, "Unknown record");

export const CARRIER_MAX = 60;
export const TRACKING_MAX = 40;

export const shipSchema = z.object({
  orderId: id,
  carrier: z
    .string({ error: "Enter the carrier" })
    .trim()
    .min(2, "Enter the carrier, e.g. DHL Express")
    .max(CARRIER_MAX, `Keep the carrier under ${CARRIER_MAX} characters`)
    .refine((v) => !hasInvisible(v), "Remove invisible control characters")
    .refine(isSingleLine, "Write the carrier on one line"),
  // Carriers' numbers are letters and digits, sometimes grouped by spaces or hyphens: anything else is
  // a typo, and this text goes into an email to the requester.
  trackingNumber: z
    .string({ error: "Enter the tracking number" })
    .trim()
    .min(4, "Enter the tracking number")
    .max(TRACKING_MAX, `Keep the tracking number under ${TRACKING_MAX} characters`)
    .regex(/^[A-Za-z0-9]+(?:[ -][A-Za-z0-9]+)*$/, "Use letters and digits (spaces or hyphens between groups)"),
});

export const deliverSchema = z.object({ orderId: id });
