import { Heading, Link, Text } from "@react-email/components";
import { site } from "../lib/site";
import { EmailLayout, SummaryTable } from "./components/email-layout";

export type OrderUpdateProps = {
  reference: string;
  orderNumber: string;
  /** Only the steps staff take after the order is confirmed are mailed. */
  status: "SHIPPED" | "DELIVERED";
  poNumber: string;
  /** Formatted already: "€1,234.50". */
  total: string;
  carrier: string | null;
  trackingNumber: string | null;
  /** The requester's page, with a fresh private link. */
  pageUrl: string;
};

/**
 * To the requester: their order moved on. The carrier and tracking number are typed by staff and
 * the PO number by the requester; React escapes them like every other value.
 */
export default function OrderUpdate(props: OrderUpdateProps) {
  const shipped = props.status === "SHIPPED";
  const headline = shipped ? `Order ${props.orderNumber} has shipped` : `Order ${props.orderNumber} was delivered`;
  return (
    <EmailLayout preview={shipped ? `${headline}: tracking number ${props.trackingNumber ?? ""}` : headline}>
      <Heading as="h1" style={{ fontSize: "20px", margin: "0 0 8px" }}>
        {headline}
      </Heading>
      <Text>Hello,</Text>
      <Text>
        {shipped
          ? `Your order ${props.orderNumber} (request ${props.reference}) is on its way.`
          : `Your order ${props.orderNumber} (request ${props.reference}) has been delivered. Thank you for ordering from ${site.name}.`}
      </Text>
      <SummaryTable
        rows={[
          { label: "Order", value: props.orderNumber },
          { label: "Your PO number", value: props.poNumber },
          { label: "Total", value: props.total },
          ...(props.carrier ? [{ label: "Carrier", value: props.carrier }] : []),
          ...(props.trackingNumber ? [{ label: "Tracking number", value: props.trackingNumber }] : []),
        ]}
      />
      <Text>
        Your request, its quotes and this order: <Link href={props.pageUrl}>view request {props.reference}</Link>. The link is private to
        you; please do not forward it.
      </Text>
      <Text style={{ color: "#44546a", fontSize: "13px" }}>
        Questions: reply to this email, or {site.email}, {site.phone} ({site.hours}).
      </Text>
    </EmailLayout>
  );
}

OrderUpdate.PreviewProps = {
  reference: "Q-2026-000123",
  orderNumber: "SO-2026-000045",
  status: "SHIPPED",
  poNumber: "PO-77812",
  total: "€1,234.50",
  carrier: "DHL Express",
  trackingNumber: "1Z999AA10123456784",
  pageUrl: "http://localhost:3000/requests/Q-2026-000123?token=example",
} satisfies OrderUpdateProps;
