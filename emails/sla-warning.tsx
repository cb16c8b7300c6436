import { Heading, Link, Text } from "@react-email/components";
import { EmailLayout } from "./components/email-layout";

export type SlaWarningProps = {
  reference: string;
  kindLabel: string;
  requesterName: string;
  institution: string;
  assigneeName: string;
  /** The due time as the team reads it, in the business timezone. */
  dueAt: string;
  /** Business time left, e.g. "2 business hours". */
  remaining: string;
  staffUrl: string;
};

/** To the assignee, once per inquiry, when its first response falls due soon and none was sent. */
export default function SlaWarning(props: SlaWarningProps) {
  return (
    <EmailLayout preview={`${props.reference}: first response due ${props.dueAt}`}>
      <Heading as="h1" style={{ fontSize: "20px", margin: "0 0 8px" }}>
        First response due soon: {props.reference}
      </Heading>
      <Text>
        {props.assigneeName}, the {props.kindLabel.toLowerCase()} {props.reference} from {props.requesterName} ({props.institution}) is
        assigned to you and has had no reply yet. Its first response is due by {props.dueAt}, within {props.remaining}.
      </Text>
      <Text>
        <Link href={props.staffUrl}>Open {props.reference} in Reagent Desk</Link>
      </Text>
      <Text style={{ color: "#44546a", fontSize: "13px" }}>
        You get this warning once per inquiry. Reassign the inquiry if someone else should answer it.
      </Text>
    </EmailLayout>
  );
}

SlaWarning.PreviewProps = {
  reference: "Q-2026-000123",
  kindLabel: "Quote request",
  requesterName: "Dr Ana Ruiz",
  institution: "Example University",
  assigneeName: "Dana Okafor",
  dueAt: "Tue, 5 May 2026, 17:00 (Europe/London)",
  remaining: "2 business hours",
  staffUrl: "http://localhost:3000/staff/inquiries/Q-2026-000123",
} satisfies SlaWarningProps;
