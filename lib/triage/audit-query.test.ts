// Staff filter dates come from the URL: a well-formed but absurd date (year 100000, year 0) used to
// reach the database and answer 500 (issue 12, item 12). They are ignored instead, and said so.
import { describe, expect, it } from "vitest";
import { listAuditLog } from "@/lib/core/audit";
import { parseAuditQuery } from "@/lib/triage/audit-query";
import { listInbox } from "@/lib/triage/inbox";
import { parseInboxQuery } from "@/lib/triage/inbox-query";
import { createStaff, newInquiry } from "@/tests/inquiry-fixtures";

describe("the audit log's ?before=", () => {
  it("reads the page's own link", () => {
    expect(parseAuditQuery({ before: "2026-11-30T10:00:00.000Z" })).toEqual({
      before: new Date("2026-11-30T10:00:00.000Z"),
      ignored: false,
    });
    expect(parseAuditQuery({})).toEqual({ before: undefined, ignored: false });
  });

  it.each(["100000", "0000-01-01T00:00:00Z", "+100000-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "yesterday", ""])(
    "ignores %j and says so, and the log still loads",
    async (before) => {
      const query = parseAuditQuery({ before });
      expect(query).toEqual({ before: undefined, ignored: true });
      await expect(listAuditLog({ limit: 5, before: query.before })).resolves.toBeInstanceOf(Array);
    },
  );

  it("takes the first of repeated values", () => {
    expect(parseAuditQuery({ before: ["2026-01-01T00:00:00Z", "x"] }).before).toEqual(new Date("2026-01-01T00:00:00Z"));
  });
});

describe("the inbox's ?from= and ?to=", () => {
  it.each([{ from: "0000-01-01" }, { to: "0000-01-01" }, { to: "9999-12-31" }, { from: "275760-09-13" }])(
    "ignores %j, and the inbox still loads",
    async (params) => {
      const staff = await createStaff();
      await newInquiry();
      const query = parseInboxQuery(params);
      expect(query.from ?? query.to).toBeUndefined();
      const { rows } = await listInbox(query, staff.id, new Date());
      expect(rows.length).toBeGreaterThan(0);
    },
  );

  it("keeps a real date range", () => {
    expect(parseInboxQuery({ from: "2026-01-01", to: "2026-12-31" })).toMatchObject({ from: "2026-01-01", to: "2026-12-31" });
  });
});
