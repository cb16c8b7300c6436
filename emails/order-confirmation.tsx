import { Heading, Link, Text } from "@react-email/components";
import { EmailLayout, SummaryTable } from "./components/email-layout";

export type OrderConfirmationProps = {
  reference: string;
  orderNumber: string;
  quoteLabel: string;
  total: string;
  poNumber: string;
  acceptedByName: string;
  pageUrl: string;
};

/** To the requester: their acceptance is recorded and the order exists. */
export default function OrderConfirmation(props: OrderConfirmationProps) {
  return (
    <EmailLayout preview={`Order ${props.orderNumber} confirmed`}>
      <Heading as="h1" style={{ fontSize: "20px", margin: "0 0 8px" }}>
        Order {props.orderNumber} confirmed
      </Heading>
      <Text>Hello,</Text>
      <Text>
        Thank you: we have recorded your acceptance of quote {props.quoteLabel} and confirmed your order. We will write again when it ships.
      </Text>
      <SummaryTable
        rows={[
          { label: "Order", value: props.orderNumber },
          { label: "Quote", value: props.quoteLabel },
          { label: "Request", value: props.reference },
          { label: "Total", value: props.total },
          { label: "Your PO number", value: props.poNumber },
          { label: "Accepted by", value: props.acceptedByName },
        ]}
      />
      <Text>
        Follow the order on your request&apos;s page (private to you): <Link href={props.pageUrl}>{props.pageUrl}</Link>
      </Text>
    </EmailLayout>
  );
}

OrderConfirmation.PreviewProps = {
  reference: "Q-2026-000123",
  orderNumber: "SO-2026-000045",
  quoteLabel: "QT-2026-000123",
  total: "$1,240.00",
  poNumber: "PO-7781",
  acceptedByName: "Dr Ana Ruiz",
  pageUrl: "http://localhost:3000/requests/Q-2026-000123?token=preview",
} satisfies OrderConfirmationProps;
