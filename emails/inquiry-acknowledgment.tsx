import { Heading, Link, Text } from "@react-email/components";
import { site } from "../lib/site";
import { EmailLayout, SummaryTable } from "./components/email-layout";

export type AcknowledgedProduct = { catalogNumber: string; name: string; url: string };

/**
 * Only what we wrote: the acknowledgment goes to whatever address was typed, so any text of the
 * sender's (a name, notes, a compound name) would let a stranger mail anyone their words under our
 * name. Products appear as the catalog names them.
 */
export type InquiryAcknowledgmentProps = {
  reference: string;
  /** The kind as a label: "Quote request", "PhD support compatibility check". */
  kindLabel: string;
  /** In a sentence: "quote request". */
  kindNoun: string;
  /** Catalog products the inquiry concerns (none for custom synthesis). */
  products: AcknowledgedProduct[];
  /** What the requester will receive, e.g. "a written quote with prices and lead times". */
  reply: string;
  /** When we answer, from the kind's SLA setting: "within one business day". */
  responsePromise: string;
  /** The private link to the request's own page (status, conversation, quotes). */
  pageUrl: string;
  siteUrl: string;
};

/** To the requester: their reference number, what kind of request it is, and what happens next. */
export default function InquiryAcknowledgment(props: InquiryAcknowledgmentProps) {
  return (
    <EmailLayout preview={`We received your ${props.kindNoun}, reference ${props.reference}`}>
      <Heading as="h1" style={{ fontSize: "20px", margin: "0 0 8px" }}>
        Your reference: {props.reference}
      </Heading>
      <Text>Hello,</Text>
      <Text>
        Thank you: we have received your {props.kindNoun}. Our team will reply {props.responsePromise} with {props.reply}. Please quote{" "}
        {props.reference} in any message about this request; you can simply reply to this email.
      </Text>
      <SummaryTable
        rows={[
          { label: "Reference", value: props.reference },
          { label: "Request", value: props.kindLabel },
          ...props.products.map((p) => ({ label: p.catalogNumber, value: p.name })),
        ]}
      />
      <Text>
        Follow your request, read our answers and quotes, and write to us on its own page: <Link href={props.pageUrl}>{props.pageUrl}</Link>
        <br />
        <span style={{ color: "#44546a", fontSize: "13px" }}>This link is private to you: please do not forward it.</span>
      </Text>
      {props.products.length ? (
        <Text>
          Product pages:{" "}
          {props.products.map((p, i) => (
            <span key={p.catalogNumber}>
              {i > 0 ? ", " : null}
              <Link href={p.url}>{p.catalogNumber}</Link>
            </span>
          ))}
        </Text>
      ) : null}
      <Text style={{ color: "#44546a", fontSize: "13px" }}>
        If you did not send this request, reply to tell us and we will not write to you about it. Questions in the meantime: {site.email} or{" "}
        {site.phone} ({site.hours}). <Link href={props.siteUrl}>{props.siteUrl}</Link>
      </Text>
    </EmailLayout>
  );
}

InquiryAcknowledgment.PreviewProps = {
  reference: "Q-2026-000123",
  kindLabel: "Quote request",
  kindNoun: "quote request",
  products: [{ catalogNumber: "B8105958", name: "LY3020371 hydrochloride", url: "http://localhost:3000/products/B8105958" }],
  reply: "a written quote with prices and lead times",
  responsePromise: "within one business day",
  pageUrl: "http://localhost:3000/requests/Q-2026-000123?token=preview",
  siteUrl: "http://localhost:3000/",
} satisfies InquiryAcknowledgmentProps;
