import { Button, Heading, Link, Text } from "@react-email/components";
import { site } from "../lib/site";
import { EmailLayout, SummaryTable, type SummaryRow } from "./components/email-layout";

export type QuoteSentProps = {
  reference: string;
  /** QT-2026-000123, or QT-2026-000123-R2 for a revision. */
  quoteLabel: string;
  /** The revision this one replaces, when it is one. */
  supersedes?: string;
  /** One row per line ("B8105958 LY3020371 hydrochloride, 10 mg × 1" → "€980.00"), then the totals, all formatted. */
  rows: SummaryRow[];
  validUntil: string;
  /** The private link (with its token) to the requester's page. */
  pageUrl: string;
  staffName: string;
};

/** To the requester: their quote in brief, the PDF attached, and the private link to accept or ask. */
export default function QuoteSent(props: QuoteSentProps) {
  return (
    <EmailLayout preview={`Quote ${props.quoteLabel} for ${props.reference}, valid until ${props.validUntil}`}>
      <Heading as="h1" style={{ fontSize: "20px", margin: "0 0 8px" }}>
        Your quote {props.quoteLabel}
      </Heading>
      <Text>Hello,</Text>
      <Text>
        Thank you for your request {props.reference}. Our quote is attached as a PDF
        {props.supersedes ? `; it replaces quote ${props.supersedes}` : ""}. It is valid until {props.validUntil}.
      </Text>
      <SummaryTable rows={props.rows} />
      <Text>To accept it, decline it, ask a question or send your purchase order, open your request page:</Text>
      <Button href={props.pageUrl} style={{ backgroundColor: "#0b5c7a", color: "#ffffff", padding: "10px 16px", borderRadius: "4px" }}>
        View and accept the quote
      </Button>
      <Text style={{ fontSize: "13px", wordBreak: "break-all" }}>
        <Link href={props.pageUrl}>{props.pageUrl}</Link>
      </Text>
      <Text style={{ color: "#44546a", fontSize: "13px" }}>
        This link is private to you: please do not forward it. You can forward the PDF to your purchasing office.
      </Text>
      <Text>
        {props.staffName}
        <br />
        {site.name} scientific support
      </Text>
    </EmailLayout>
  );
}

QuoteSent.PreviewProps = {
  reference: "Q-2026-000123",
  quoteLabel: "QT-2026-000045",
  rows: [
    { label: "B8105958 LY3020371 hydrochloride, 10 mg × 1", value: "€980.00" },
    { label: "Analytical package", value: "€250.00" },
    { label: "Shipping and handling", value: "€45.00" },
    { label: "Total (EUR)", value: "€1,275.00" },
  ],
  validUntil: "5 Jan 2027",
  pageUrl: "http://localhost:3000/requests/Q-2026-000123?token=example",
  staffName: "Ada Admin",
} satisfies QuoteSentProps;
