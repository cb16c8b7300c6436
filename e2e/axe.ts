import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/**
 * What axe finds on the page that must not ship: serious and critical violations, and the empty table
 * header a guide once had (minor to axe, but a screen reader announces a header that names nothing).
 * One line per rule, naming the first elements, so a failure says where to look.
 */
export async function blockingViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical" || v.id === "empty-table-header")
    .map(
      (v) =>
        `${v.id} (${v.impact}, ${v.nodes.length}): ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(" "))
          .join(" | ")}`,
    );
}
