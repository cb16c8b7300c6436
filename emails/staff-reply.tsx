import { Link, Text } from "@react-email/components";
import { EmailLayout } from "./components/email-layout";

export type StaffReplyProps = {
  reference: string;
  body: string;
  staffName: string;
  /** The private link to the request's own page. */
  pageUrl: string;
};

/**
 * A staff member's reply to a requester. The body is plain text typed by staff: paragraphs split on
 * blank lines, line breaks kept, every character escaped by React.
 */
export default function StaffReply({ reference, body, staffName, pageUrl }: StaffReplyProps) {
  const paragraphs = body.split(/\n{2,}/).map((p) => p.split("\n"));
  return (
    <EmailLayout preview={paragraphs[0]?.join(" ").slice(0, 120) ?? `About ${reference}`}>
      {paragraphs.map((lines, i) => (
        <Text key={i}>
          {lines.map((line, j) => (
            <span key={j}>
              {j > 0 ? <br /> : null}
              {line}
            </span>
          ))}
        </Text>
      ))}
      <Text>
        {staffName}
        <br />
        Reagent Desk scientific support
      </Text>
      <Text style={{ color: "#44546a", fontSize: "13px" }}>
        Reference: {reference}
        <br />
        Reply to this email to continue the conversation, or see the whole request and write to us on its page (private to you):{" "}
        <Link href={pageUrl}>{pageUrl}</Link>
      </Text>
    </EmailLayout>
  );
}

StaffReply.PreviewProps = {
  reference: "Q-2026-000123",
  body: "Dear Dr Ruiz,\n\nThank you for your request. 25 mg of LY3020371 hydrochloride (B8105958) is in stock.\n\nBest regards,",
  staffName: "Ada Admin",
  pageUrl: "http://localhost:3000/requests/Q-2026-000123?token=preview",
} satisfies StaffReplyProps;
