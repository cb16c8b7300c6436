import { Heading, Link, Text } from "@react-email/components";
import { EmailLayout, SummaryTable, type SummaryRow } from "./components/email-layout";

export type QuoteResponseStaffProps = {
  reference: string;
  /** "accepted QT-2026-000123 — order SO-2026-000045", "declined QT-2026-000123" … */
  headline: string;
  rows: SummaryRow[];
  staffUrl: string;
};

/** To the assignee (or the kind's inbox): the requester answered a quote on their page. */
export default function QuoteResponseStaff({ reference, headline, rows, staffUrl }: QuoteResponseStaffProps) {
  return (
    <EmailLayout preview={`${reference}: ${headline}`}>
      <Heading as="h1" style={{ fontSize: "20px", margin: "0 0 8px" }}>
        {reference}: the requester {headline}
      </Heading>
      <SummaryTable rows={rows} />
      <Text>
        <Link href={staffUrl}>Open {reference} in the staff inbox</Link>
      </Text>
    </EmailLayout>
  );
}

QuoteResponseStaff.PreviewProps = {
  reference: "Q-2026-000123",
  headline: "accepted QT-2026-000123 — order SO-2026-000045",
  rows: [
    { label: "Accepted by", value: "Dr Ana Ruiz" },
    { label: "PO number", value: "PO-7781" },
    { label: "Total", value: "$1,240.00" },
  ],
  staffUrl: "http://localhost:3000/staff/inquiries/Q-2026-000123",
} satisfies QuoteResponseStaffProps;
