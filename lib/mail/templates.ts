// No "server-only" marker: the outbox worker renders these at send time, and it is started from
// instrumentation.ts, outside the React server graph.
import { createElement, type ComponentType, type ReactElement } from "react";
import { z } from "zod";
import InquiryAcknowledgment, { type InquiryAcknowledgmentProps } from "@/emails/inquiry-acknowledgment";
import InquiryStaffNotification, { type InquiryStaffNotificationProps } from "@/emails/inquiry-staff-notification";
import OrderConfirmation, { type OrderConfirmationProps } from "@/emails/order-confirmation";
import OrderUpdate, { type OrderUpdateProps } from "@/emails/order-update";
import QuoteReminder, { type QuoteReminderProps } from "@/emails/quote-reminder";
import QuoteResponseStaff, { type QuoteResponseStaffProps } from "@/emails/quote-response-staff";
import QuoteSent, { type QuoteSentProps } from "@/emails/quote-sent";
import RequesterLink, { type RequesterLinkProps } from "@/emails/requester-link";
import SlaWarning, { type SlaWarningProps } from "@/emails/sla-warning";
import StaffReply, { type StaffReplyProps } from "@/emails/staff-reply";
import StaffSignIn, { type StaffSignInProps } from "@/emails/staff-sign-in";

/**
 * Every email the outbox sends, by the name stored in OutboxMessage.template: its React Email
 * component, the schema its props are checked against (when queued, and again when sent, since a
 * row may outlive a change of the template), and its subject. The request that queues a message
 * stores only these props; the worker renders them when it sends (lib/mail/outbox.ts).
 */
type TemplateEntry<P> = {
  component: ComponentType<P>;
  props: z.ZodType<P>;
  subject: (props: P) => string;
};

const row = z.object({ label: z.string(), value: z.string() });
const define = <P>(entry: TemplateEntry<P>) => entry;

/** Subjects are headers: whatever the props hold, they stay on one line. */
export function sanitizeHeader(value: string) {
  return value.replace(/[\r\n\u0000-\u001F\u007F]+/g, " ").trim();
}

const orderUpdate = define<OrderUpdateProps>({
  component: OrderUpdate,
  props: z.object({
    reference: z.string(),
    orderNumber: z.string(),
    status: z.enum(["SHIPPED", "DELIVERED"]),
    poNumber: z.string(),
    total: z.string(),
    carrier: z.string().nullable(),
    trackingNumber: z.string().nullable(),
    pageUrl: z.string(),
  }),
  subject: (p) => `[${p.reference}] Order ${p.orderNumber} ${p.status === "SHIPPED" ? "has shipped" : "was delivered"}`,
});

export const mailTemplates = {
  "inquiry-staff": define<InquiryStaffNotificationProps & { requesterInstitution: string }>({
    component: InquiryStaffNotification,
    props: z.object({
      reference: z.string(),
      kindLabel: z.string(),
      requesterName: z.string(),
      requesterEmail: z.string(),
      requesterInstitution: z.string(),
      submittedAt: z.string(),
      rows: z.array(row),
      staffUrl: z.string(),
    }),
    subject: (p) => `[${p.reference}] ${p.kindLabel} from ${p.requesterName}, ${p.requesterInstitution}`,
  }),
  "inquiry-ack": define<InquiryAcknowledgmentProps>({
    component: InquiryAcknowledgment,
    props: z.object({
      reference: z.string(),
      kindLabel: z.string(),
      kindNoun: z.string(),
      products: z.array(z.object({ catalogNumber: z.string(), name: z.string(), url: z.string() })),
      reply: z.string(),
      responsePromise: z.string(),
      pageUrl: z.string(),
      siteUrl: z.string(),
    }),
    subject: (p) => `[${p.reference}] We received your ${p.kindNoun}`,
  }),
  "staff-reply": define<StaffReplyProps>({
    component: StaffReply,
    props: z.object({ reference: z.string(), body: z.string(), staffName: z.string(), pageUrl: z.string() }),
    subject: (p) => `Re: [${p.reference}]`,
  }),
  "quote-sent": define<QuoteSentProps>({
    component: QuoteSent,
    props: z.object({
      reference: z.string(),
      quoteLabel: z.string(),
      supersedes: z.string().optional(),
      rows: z.array(row),
      validUntil: z.string(),
      pageUrl: z.string(),
      staffName: z.string(),
    }),
    subject: (p) => `Re: [${p.reference}] Quote ${p.quoteLabel}`,
  }),
  "quote-reminder": define<QuoteReminderProps>({
    component: QuoteReminder,
    props: z.object({ reference: z.string(), quoteLabel: z.string(), validUntil: z.string(), total: z.string(), pageUrl: z.string() }),
    subject: (p) => `[${p.reference}] Quote ${p.quoteLabel} is valid until ${p.validUntil}`,
  }),
  "quote-response-staff": define<QuoteResponseStaffProps>({
    component: QuoteResponseStaff,
    props: z.object({ reference: z.string(), headline: z.string(), rows: z.array(row), staffUrl: z.string() }),
    subject: (p) => `[${p.reference}] The requester ${p.headline}`,
  }),
  "order-confirmation": define<OrderConfirmationProps>({
    component: OrderConfirmation,
    props: z.object({
      reference: z.string(),
      orderNumber: z.string(),
      quoteLabel: z.string(),
      total: z.string(),
      poNumber: z.string(),
      acceptedByName: z.string(),
      pageUrl: z.string(),
    }),
    subject: (p) => `[${p.reference}] Order ${p.orderNumber} confirmed`,
  }),
  "order-shipped": orderUpdate,
  "order-delivered": orderUpdate,
  "requester-link": define<RequesterLinkProps>({
    component: RequesterLink,
    props: z.object({ reference: z.string(), pageUrl: z.string(), days: z.number() }),
    subject: (p) => `[${p.reference}] Your link to this request`,
  }),
  "sla-warning": define<SlaWarningProps>({
    component: SlaWarning,
    props: z.object({
      reference: z.string(),
      kindLabel: z.string(),
      requesterName: z.string(),
      institution: z.string(),
      assigneeName: z.string(),
      dueAt: z.string(),
      remaining: z.string(),
      staffUrl: z.string(),
    }),
    subject: (p) => `First response due soon: ${p.reference}`,
  }),
  "staff-sign-in": define<StaffSignInProps>({
    component: StaffSignIn,
    props: z.object({ url: z.string(), host: z.string(), validMinutes: z.number() }),
    subject: () => "Sign in to Reagent Desk staff",
  }),
};

export type MailTemplateName = keyof typeof mailTemplates;
export type MailTemplateProps<T extends MailTemplateName> = z.infer<(typeof mailTemplates)[T]["props"]>;

/** Why a stored message cannot be rendered: sending it again would fail the same way, so it is not retried. */
export class TemplateRenderError extends Error {
  override name = "TemplateRenderError";
}

const isTemplateName = (name: string): name is MailTemplateName => Object.hasOwn(mailTemplates, name);

/**
 * A template's props as its schema reads them, and its subject. Throws TemplateRenderError for an
 * unknown template or props the schema refuses.
 */
export function checkTemplateProps(template: string, props: unknown): { entry: TemplateEntry<unknown>; props: unknown; subject: string } {
  if (!isTemplateName(template)) throw new TemplateRenderError(`Unknown email template "${template}"`);
  const entry = mailTemplates[template] as TemplateEntry<unknown>;
  const parsed = entry.props.safeParse(props);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".") || "props"}: ${issue.message}`).join("; ");
    throw new TemplateRenderError(`Props of email template "${template}" are invalid: ${problems}`);
  }
  return { entry, props: parsed.data, subject: sanitizeHeader(entry.subject(parsed.data)) };
}

/** The element to render for a stored message's template and props (see checkTemplateProps). */
export function templateElement(template: string, props: unknown): ReactElement {
  const checked = checkTemplateProps(template, props);
  return createElement(checked.entry.component as ComponentType<object>, checked.props as object);
}
