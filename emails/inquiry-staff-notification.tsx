import { Heading, Link, Text } from "@react-email/components";
import { EmailLayout, SummaryTable, type SummaryRow } from "./components/email-layout";

export type InquiryStaffNotificationProps = {
  reference: string;
  kindLabel: string;
  requesterName: string;
  requesterEmail: string;
  submittedAt: string;
  rows: SummaryRow[];
  staffUrl: string;
};

/** To the staff inbox of the inquiry's kind; Reply-To is the requester. */
export default function InquiryStaffNotification(props: InquiryStaffNotificationProps) {
  return (
    <EmailLayout preview={`${props.kindLabel} ${props.reference} from ${props.requesterName}`}>
      <Heading as="h1" style={{ fontSize: "20px", margin: "0 0 8px" }}>
        {props.kindLabel} {props.reference}
      </Heading>
      <Text style={{ margin: "0 0 16px", color: "#44546a" }}>
        From {props.requesterName} &lt;{props.requesterEmail}&gt;, received {props.submittedAt}. Reply to this email to answer the requester
        directly.
      </Text>
      <SummaryTable rows={props.rows} />
      <Text>
        <Link href={props.staffUrl}>Open {props.reference} in Reagent Desk</Link>
      </Text>
    </EmailLayout>
  );
}

InquiryStaffNotification.PreviewProps = {
  reference: "Q-2026-000123",
  kindLabel: "Quote request",
  requesterName: "Dr Ana Ruiz",
  requesterEmail: "a.ruiz@example.edu",
  submittedAt: "26 Nov 2026, 14:05 UTC",
  rows: [
    { label: "Institution", value: "Example University" },
    { label: "B8105958 LY3020371 hydrochloride", value: "10 mg, research grade" },
  ],
  staffUrl: "http://localhost:3000/staff/inquiries/Q-2026-000123",
} satisfies InquiryStaffNotificationProps;
