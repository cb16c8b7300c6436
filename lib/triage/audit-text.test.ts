import { describe, expect, it } from "vitest";
import { describeAudit } from "@/lib/triage/audit-text";

const staff = new Map([
  ["s1", "Ada Admin"],
  ["s2", "Ben Agent"],
]);
const describe_ = (action: string, before: unknown, after: unknown) => describeAudit({ action, before, after }, staff);

describe("describeAudit", () => {
  it("says which catalog number a product changed to, and when it was discontinued", () => {
    expect(describe_("product.rename", { catalogNumber: "B8105958" }, { catalogNumber: "B8105959" })).toBe(
      "changed the catalog number B8105958 to B8105959 (the old one redirects)",
    );
    expect(describe_("product.lifecycle", {}, { catalogNumber: "B8105958", discontinuedOn: "2026-03-01" })).toBe(
      "marked B8105958 discontinued on 2026-03-01",
    );
    expect(describe_("product.lifecycle", {}, { catalogNumber: "B8105958", discontinuedOn: null })).toBe("marked B8105958 as sold");
  });

  it("names both statuses of a status change in words", () => {
    expect(describe_("status", { status: "NEW" }, { status: "IN_REVIEW" })).toBe("changed the status from New to In review");
    expect(describe_("status", { status: "QUOTED" }, { status: "WON" })).toBe("changed the status from Quoted to Won");
  });

  it("names the assignee, marks round-robin assignments, and says who was unassigned", () => {
    expect(describe_("assign", { assigneeId: null }, { assigneeId: "s2" })).toBe("assigned it to Ben Agent");
    expect(describe_("assign", { assigneeId: null }, { assigneeId: "s1", automatic: true })).toBe("assigned it to Ada Admin (round robin)");
    expect(describe_("assign", { assigneeId: "s2" }, { assigneeId: null })).toBe("unassigned it (was Ben Agent)");
    expect(describe_("assign", { assigneeId: null }, { assigneeId: "gone" })).toBe("assigned it to a former staff member");
  });

  it("names the tag put on, taken off, created, renamed and deleted", () => {
    expect(describe_("tag.add", null, { tagId: "t1", name: "Key account" })).toBe("tagged it “Key account”");
    expect(describe_("tag.remove", { tagId: "t1", name: "Key account" }, null)).toBe("removed the tag “Key account”");
    expect(describe_("tag.create", null, { id: "t1", name: "Bulk", colour: "teal" })).toBe("created the tag “Bulk”");
    expect(describe_("tag.update", { name: "Bulk" }, { name: "Bulk order" })).toBe("renamed the tag “Bulk” to “Bulk order”");
    expect(describe_("tag.update", { name: "Bulk", colour: "teal" }, { name: "Bulk", colour: "red" })).toBe(
      "changed the colour of the tag “Bulk”",
    );
    expect(describe_("tag.delete", { name: "Bulk order" }, null)).toBe("deleted the tag “Bulk order”");
  });

  it("says which sender was blocked and unblocked by spam decisions", () => {
    expect(describe_("spam", { status: "NEW" }, { status: "SPAM", blocked: "bot@spam.example" })).toBe(
      "marked it as spam and blocked bot@spam.example",
    );
    expect(describe_("not-spam", { status: "SPAM" }, { status: "QUOTED", unblocked: "bot@spam.example" })).toBe(
      "marked it as not spam, restoring Quoted and unblocking bot@spam.example",
    );
    expect(describe_("not-spam", { status: "SPAM" }, { status: "NEW", unblocked: null })).toBe("marked it as not spam, restoring New");
  });

  it("tells a first reply from a later one", () => {
    expect(describe_("reply", null, { messageId: "<r@x>", firstResponse: true })).toBe("sent the first reply");
    expect(describe_("reply", null, { messageId: "<r@x>", firstResponse: false })).toBe("sent a reply");
  });

  it("names what catalog and guide edits changed", () => {
    expect(describe_("product.create", null, { catalogNumber: "B8105958" })).toBe("created the product B8105958");
    expect(describe_("product-reference.link", null, { catalogNumber: "B8105958", reference: "witkin2017jpet" })).toBe(
      "linked witkin2017jpet to B8105958",
    );
    expect(describe_("product-reference.unlink", { catalogNumber: "B8105958", reference: "witkin2017jpet" }, null)).toBe(
      "unlinked witkin2017jpet from B8105958",
    );
    expect(describe_("reference.update", { key: "witkin2017jpet" }, { key: "witkin2017jpet" })).toBe("edited the reference witkin2017jpet");
    expect(describe_("target.create", null, { name: "mGlu2 receptor" })).toBe("added the target “mGlu2 receptor”");
    expect(describe_("guide.update", { title: "Old" }, { title: "New" })).toBe("edited the guide “New”");
    expect(describe_("activity.add", null, { catalogNumber: "B8105958", target: "mGlu2 receptor" })).toBe(
      "added an activity of B8105958 at mGlu2 receptor",
    );
  });

  it("falls back to the action name for an action it does not know, and copes with missing data", () => {
    expect(describe_("export.csv", null, null)).toBe("export.csv");
    expect(describe_("status", null, { status: "CLOSED" })).toBe("changed the status from ? to Closed");
  });
});
