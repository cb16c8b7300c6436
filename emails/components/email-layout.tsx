import { Body, Container, Head, Hr, Html, Preview, Section, Text } from "@react-email/components";
import { site } from "../../lib/site";

const styles = {
  body: { backgroundColor: "#f4f7fa", fontFamily: "-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif", color: "#0f1c2e" },
  container: {
    backgroundColor: "#ffffff",
    border: "1px solid #d5dce6",
    borderRadius: "6px",
    margin: "24px auto",
    padding: "24px",
    maxWidth: "600px",
  },
  brand: { fontSize: "18px", fontWeight: 700, color: "#0b5c7a", margin: "0 0 16px" },
  footer: { fontSize: "12px", color: "#44546a", lineHeight: "18px" },
};

export function EmailLayout({ preview, children }: { preview: string; children: React.ReactNode }) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={styles.brand}>{site.name}</Text>
          {children}
          <Hr />
          <Section>
            <Text style={styles.footer}>
              {site.ruoNotice}
              <br />
              {site.legalName} · {site.address.join(", ")} · {site.phone}
            </Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}

export type SummaryRow = { label: string; value: string };

/** Marks a summary table for the plain-text part, which prints it as "Label: value" lines (lib/mail/render.ts). */
export const SUMMARY_TABLE_ATTRIBUTE = "data-summary";

/** Label/value rows; every value is rendered as text, so user input can never become markup. */
export function SummaryTable({ rows }: { rows: SummaryRow[] }) {
  return (
    <table
      {...{ [SUMMARY_TABLE_ATTRIBUTE]: "" }}
      cellPadding={0}
      cellSpacing={0}
      role="presentation"
      style={{ width: "100%", borderCollapse: "collapse", fontSize: "14px" }}
    >
      <tbody>
        {rows.map((row, i) => (
          <tr key={i}>
            <td style={{ padding: "6px 8px", borderBottom: "1px solid #d5dce6", color: "#44546a", width: "38%", verticalAlign: "top" }}>
              {row.label}
            </td>
            <td style={{ padding: "6px 8px", borderBottom: "1px solid #d5dce6", whiteSpace: "pre-wrap", verticalAlign: "top" }}>
              {row.value}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
