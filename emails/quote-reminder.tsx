import { Heading, Link, Text } from "@react-email/components";
import { site } from "../lib/site";
import { EmailLayout, SummaryTable } from "./components/email-layout";

export type QuoteReminderProps = {
  reference: string;
  /** "QT-2026-000123-R2". */
  quoteLabel: string;
  /** "5 January 2027": the last day the quote can be accepted. */
  validUntil: string;
  /** Formatted already: "$1,234.50". */
  total: string;
  /** The requester's page, with a fresh private link. */
  pageUrl: string;
};

/** To the requester, once, a few days before a sent quote lapses. */
export default function QuoteReminder(props: QuoteReminderProps) {
  return (
    <EmailLayout preview={`Quote ${props.quoteLabel} is valid until ${props.validUntil}`}>
      <Heading as="h1" style={{ fontSize: "20px", margin: "0 0 8px" }}>
        Your quote is valid until {props.validUntil}
      </Heading>
      <Text>Hello,</Text>
      <Text>
        Quote {props.quoteLabel} for your request {props.reference} can be accepted until the end of {props.validUntil} (UTC). After that
        date you can ask us to renew it from the same page.
      </Text>
      <SummaryTable
        rows={[
          { label: "Quote", value: props.quoteLabel },
          { label: "Total", value: props.total },
          { label: "Valid until", value: props.validUntil },
        ]}
      />
      <Text>
        <Link href={props.pageUrl}>View the quote, download its PDF or accept it</Link>. The link is private to you; please do not forward
        it.
      </Text>
      <Text style={{ color: "#44546a", fontSize: "13px" }}>
        Questions: reply to this email, or {site.email}, {site.phone} ({site.hours}).
      </Text>
    </EmailLayout>
  );
}

QuoteReminder.PreviewProps = {
  reference: "Q-2026-000123",
  quoteLabel: "QT-2026-000123",
  validUntil: "5 January 2027",
  total: "$1,234.50",
  pageUrl: "http://localhost:3000/requests/Q-2026-000123?token=example",
} satisfies QuoteReminderProps;
