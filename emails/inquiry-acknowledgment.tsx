import { Heading, Text } from "@react-email/components";
import { site } from "../lib/site";
import { EmailLayout, SummaryTable, type SummaryRow } from "./components/email-layout";

export type InquiryAcknowledgmentProps = {
  reference: string;
  /** In a sentence: "quote request", "PhD support compatibility check". */
  kindNoun: string;
  requesterName: string;
  rows: SummaryRow[];
  /** What the requester will receive, e.g. "a written quote with prices and lead times". */
  reply: string;
};

/** To the requester: their reference number, what they asked, and what happens next. */
export default function InquiryAcknowledgment(props: InquiryAcknowledgmentProps) {
  return (
    <EmailLayout preview={`We received your ${props.kindNoun} — reference ${props.reference}`}>
      <Heading as="h1" style={{ fontSize: "20px", margin: "0 0 8px" }}>
        Your reference: {props.reference}
      </Heading>
      <Text>Dear {props.requesterName},</Text>
      <Text>
        Thank you: we have received your {props.kindNoun}. Our team will reply within one business day with {props.reply}.
        Please quote {props.reference} in any message about this request; you can simply reply to this email.
      </Text>
      <Text style={{ fontWeight: 600, margin: "16px 0 4px" }}>What you sent us</Text>
      <SummaryTable rows={props.rows} />
      <Text style={{ color: "#44546a", fontSize: "13px" }}>
        Questions in the meantime: {site.email} or {site.phone} ({site.hours}).
      </Text>
    </EmailLayout>
  );
}

InquiryAcknowledgment.PreviewProps = {
  reference: "Q-2026-000123",
  kindNoun: "quote request",
  requesterName: "Dr Ana Ruiz",
  rows: [{ label: "B8105958 LY3020371 hydrochloride", value: "10 mg, research grade" }],
  reply: "a written quote with prices and lead times",
} satisfies InquiryAcknowledgmentProps;
