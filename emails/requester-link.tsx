import { Heading, Link, Text } from "@react-email/components";
import { EmailLayout } from "./components/email-layout";

export type RequesterLinkProps = { reference: string; pageUrl: string; days: number };

/** A fresh private link to a request's page, asked for on /requests. Nothing the visitor typed is in it. */
export default function RequesterLink({ reference, pageUrl, days }: RequesterLinkProps) {
  return (
    <EmailLayout preview={`Your link to request ${reference}`}>
      <Heading as="h1" style={{ fontSize: "20px", margin: "0 0 8px" }}>
        Your link to request {reference}
      </Heading>
      <Text>Hello,</Text>
      <Text>
        Here is a new private link to the page of your request {reference}, where you can follow its status, read our replies and quotes,
        and write to us:
      </Text>
      <Text>
        <Link href={pageUrl}>{pageUrl}</Link>
      </Text>
      <Text style={{ color: "#44546a", fontSize: "13px" }}>
        The link works for {days} days. Please do not forward it. If you did not ask for it, you can ignore this email.
      </Text>
    </EmailLayout>
  );
}

RequesterLink.PreviewProps = {
  reference: "Q-2026-000123",
  pageUrl: "http://localhost:3000/requests/Q-2026-000123?token=preview",
  days: 90,
} satisfies RequesterLinkProps;
