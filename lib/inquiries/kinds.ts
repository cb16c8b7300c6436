// The registry of inquiry kinds: everything that makes a kind what it is, in one entry. Every other
// place (the API's kind field, reference patterns, inbound-mail matching, staff inboxes, SLA targets,
// email words, badges, charts) reads it from here.
//
// It is imported by client components too (the file-under-reference form, the staff member form, the
// requester's resend form), so it holds no server value: the staff inbox and the SLA target are named
// by their setting in lib/env.ts and read on the server (staffInboxOf in create-inquiry.ts,
// firstResponseDays in sla.ts). The emails are the two shared templates (emails/inquiry-acknowledgment.tsx
// and emails/inquiry-staff-notification.tsx); a kind gives them its words.
//
// Adding a kind: a value in the Prisma enum InquiryKind (and its migration), an entry here, its form
// schema in schema.ts, its page and form under app/(site)/, and the kind-specific parts the compiler
// then asks for (the intake in submit-inquiry.ts, the summary rows in summary.ts).
import type { z } from "zod";
import type { Env } from "@/lib/env";
import type { InquiryKind, InquiryStatus } from "@/lib/generated/prisma/enums";
import { customSynthesisSchema, quoteSchema, supportSchema } from "@/lib/inquiries/schema";

type KindDefinition = {
  /** Starts the reference number: Q-2026-000123. Upper-case letters only, and never a prefix of another kind's. */
  prefix: string;
  /** "Quote request": in email subjects, staff pages and the requester's page. */
  label: string;
  /** A short name where space is tight: badges, chart legends. */
  shortLabel: string;
  /** In a sentence: "we received your quote request". */
  noun: string;
  /** The public form's page. */
  path: string;
  /** What the requester will receive, in the acknowledgment: "a written quote with prices and lead times". */
  reply: string;
  /** The form's schema, shared by the browser and the server. */
  schema: z.ZodType;
  /** The setting (lib/env.ts) holding the first-response target, in business days. */
  slaSetting: Extract<keyof Env, `SLA_${string}_DAYS`>;
  /** The setting holding the staff inbox that is notified, and that requesters' replies go to. */
  inboxSetting: Extract<keyof Env, `${string}_INBOX`>;
  /** The status a staff reply suggests: a quote request is quoted, a question answered. */
  repliedStatus: InquiryStatus;
  /** The requester's page while staff work on it. */
  waitingWords: string;
  /** In the dashboard's charts: at least 3:1 against white, and apart from the others under common colour vision deficiencies. */
  chartColor: string;
};

export const inquiryKinds = {
  QUOTE: {
    prefix: "Q",
    label: "Quote request",
    shortLabel: "Quote",
    noun: "quote request",
    path: "/quote",
    reply: "a written quote with prices and lead times",
    schema: quoteSchema,
    slaSetting: "SLA_QUOTE_DAYS",
    inboxSetting: "QUOTES_INBOX",
    repliedStatus: "QUOTED",
    waitingWords: "We are preparing your quote",
    chartColor: "#0b5c7a",
  },
  CUSTOM_SYNTHESIS: {
    prefix: "CS",
    label: "Custom synthesis request",
    shortLabel: "Custom synthesis",
    noun: "custom synthesis request",
    path: "/custom-synthesis",
    reply: "a feasibility assessment and, where we can make it, a quote with a timeline",
    schema: customSynthesisSchema,
    slaSetting: "SLA_CUSTOM_SYNTHESIS_DAYS",
    inboxSetting: "SYNTHESIS_INBOX",
    repliedStatus: "ANSWERED",
    waitingWords: "We are preparing your quote",
    chartColor: "#d97706",
  },
  SUPPORT: {
    prefix: "SUP",
    label: "PhD support compatibility check",
    shortLabel: "PhD support",
    noun: "PhD support compatibility check",
    path: "/support",
    reply: "an answer from one of our PhD scientists",
    schema: supportSchema,
    slaSetting: "SLA_SUPPORT_DAYS",
    inboxSetting: "SUPPORT_INBOX",
    repliedStatus: "ANSWERED",
    waitingWords: "We are looking into your question",
    chartColor: "#1f2937",
  },
} as const satisfies Record<InquiryKind, KindDefinition>;

/** Every kind, in the registry's order (forms, filters, charts): a tuple, so z.enum takes it. */
export const inquiryKindCodes = Object.keys(inquiryKinds) as [InquiryKind, ...InquiryKind[]];

/** "QUOTE, CUSTOM_SYNTHESIS or SUPPORT" */
export const inquiryKindList = `${inquiryKindCodes.slice(0, -1).join(", ")} or ${inquiryKindCodes.at(-1)}`;

/** Q-2026-000123 */
export function formatReference(kind: InquiryKind, year: number, value: number) {
  return `${inquiryKinds[kind].prefix}-${year}-${String(value).padStart(6, "0")}`;
}

/** What a reference looks like in a hint or placeholder. */
export const exampleReference = formatReference(inquiryKindCodes[0], 2026, 123);

const prefixes = inquiryKindCodes.map((kind) => inquiryKinds[kind].prefix).join("|");
const referenceSource = `(?:${prefixes})-\\d{4}-\\d{6}`;

/** A whole reference of any kind, upper-case: ^(?:Q|CS|SUP)-\d{4}-\d{6}$. */
export const referencePattern = new RegExp(`^${referenceSource}$`);

/** The references of any kind inside a text (an email subject), as whole words; upper-case the text first. */
export const referencesIn = (text: string) => text.match(new RegExp(`\\b${referenceSource}\\b`, "g")) ?? [];

/** The kind a reference belongs to, from its prefix; undefined when it is no reference of ours. */
export function kindOfReference(reference: string): InquiryKind | undefined {
  if (!referencePattern.test(reference)) return undefined;
  const prefix = reference.slice(0, reference.indexOf("-"));
  return inquiryKindCodes.find((kind) => inquiryKinds[kind].prefix === prefix);
}
