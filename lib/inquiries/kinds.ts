// The three inquiry kinds: how each is numbered, named, routed and reached.
import type { InquiryKind } from "@/lib/generated/prisma/enums";

export const inquiryKinds = {
  QUOTE: {
    prefix: "Q",
    label: "Quote request",
    noun: "quote request",
    path: "/quote",
    reply: "a written quote with prices and lead times",
  },
  CUSTOM_SYNTHESIS: {
    prefix: "CS",
    label: "Custom synthesis request",
    noun: "custom synthesis request",
    path: "/custom-synthesis",
    reply: "a feasibility assessment and, where we can make it, a quote with a timeline",
  },
  SUPPORT: {
    prefix: "SUP",
    label: "PhD support compatibility check",
    noun: "PhD support compatibility check",
    path: "/support",
    reply: "an answer from one of our PhD scientists",
  },
} as const satisfies Record<InquiryKind, { prefix: string; label: string; noun: string; path: string; reply: string }>;

/** Q-2026-000123 */
export function formatReference(kind: InquiryKind, year: number, value: number) {
  return `${inquiryKinds[kind].prefix}-${year}-${String(value).padStart(6, "0")}`;
}
