import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { InquiryStatus } from "@/lib/generated/prisma/enums";
import { INBOX_PAGE_SIZE, listInbox } from "@/lib/triage/inbox";
import { inboxHref, inboxSearch, parseInboxQuery, type InboxQuery } from "@/lib/triage/inbox-query";
import { createStaff, newInquiry, uniqueToken } from "@/tests/inquiry-fixtures";

const query = (fields: Partial<InboxQuery> = {}): InboxQuery => ({ q: undefined, sort: "newest", page: 1, ...fields });

describe("parseInboxQuery", () => {
  it("reads every filter from the URL", () => {
    const params = new URLSearchParams(
      "kind=QUOTE&status=IN_REVIEW&assignee=mine&overdue=1&from=2026-03-01&to=2026-03-31&q=%20cold%20chain%20&sort=due&page=3",
    );
    expect(parseInboxQuery(params)).toEqual({
      kind: "QUOTE",
      status: "IN_REVIEW",
      assignee: "mine",
      overdue: "1",
      from: "2026-03-01",
      to: "2026-03-31",
      q: "cold chain",
      sort: "due",
      page: 3,
    });
  });

  it("drops bad values instead of failing, so a stale link still shows a list", () => {
    expect(
      parseInboxQuery({
        kind: "PIZZA",
        status: "DONE",
        assignee: "x'; drop table",
        overdue: "yes",
        from: "2026-13-45",
        to: "yesterday",
        q: "   ",
        sort: "random",
        page: "-2",
      }),
    ).toEqual({ sort: "newest", page: 1 });
    expect(parseInboxQuery({ page: "abc" }).page).toBe(1);
    expect(parseInboxQuery({ q: "x".repeat(201) }).q).toBeUndefined();
  });

  it("takes the first of a repeated parameter", () => {
    expect(parseInboxQuery({ kind: ["SUPPORT", "QUOTE"], status: undefined })).toEqual({ kind: "SUPPORT", sort: "newest", page: 1 });
  });
});

describe("inboxHref", () => {
  it("round-trips every filter through the URL", () => {
    const full = query({
      kind: "CUSTOM_SYNTHESIS",
      status: "QUOTED",
      assignee: "unassigned",
      overdue: "1",
      from: "2026-03-01",
      to: "2026-03-09",
      q: "Kelvin & Sons",
      sort: "oldest",
      page: 4,
    });
    const href = inboxHref(full, { page: 4 });
    expect(href.startsWith("/staff/inquiries?")).toBe(true);
    expect(parseInboxQuery(new URL(href, "https://desk.example").searchParams)).toEqual(full);
  });

  it("gives the bare inbox for the default view, and returns to page 1 on any other change", () => {
    expect(inboxHref(query())).toBe("/staff/inquiries");
    expect(inboxHref(query({ page: 5 }), { kind: "SUPPORT" })).toBe("/staff/inquiries?kind=SUPPORT");
    expect(inboxSearch(query({ kind: "SUPPORT" }), { page: 2 })).toBe("kind=SUPPORT&page=2");
    expect(inboxHref(query({ status: "NEW" }), { status: undefined })).toBe("/staff/inquiries");
  });
});

describe("listInbox", () => {
  // Every inquiry of this file carries `tag` in its institution, and every query searches for it,
  // so inquiries stored by other tests (on a shared database) never count.
  const tag = uniqueToken("inbox");
  const now = new Date();
  const past = new Date(now.getTime() - 3_600_000);
  let viewer: { id: string };
  let other: { id: string };
  type Key = "mine" | "review" | "late" | "closed" | "spam" | "old";
  const inq = {} as Record<Key, { id: string; reference: string }>;

  const list = (fields: Partial<InboxQuery> = {}) =>
    listInbox(query({ ...fields, q: [tag, fields.q].filter(Boolean).join(" ") }), viewer.id, now);
  const refs = async (fields: Partial<InboxQuery> = {}) => (await list(fields)).rows.map((r) => r.reference).sort();
  const expectRefs = (...keys: Key[]) => keys.map((k) => inq[k].reference).sort();

  beforeAll(async () => {
    [viewer, other] = await Promise.all([createStaff({ name: "Viewer" }), createStaff({ name: "Other" })]);
    const make = async (
      key: Key,
      {
        kind = "QUOTE",
        status = "NEW",
        assigneeId = null,
        dueAt,
        createdAt = now,
        institution = `Example University ${tag}`,
        notes,
      }: {
        kind?: "QUOTE" | "SUPPORT" | "CUSTOM_SYNTHESIS";
        status?: InquiryStatus;
        assigneeId?: string | null;
        dueAt?: Date;
        createdAt?: Date;
        institution?: string;
        notes?: string;
      },
    ) => {
      const stored = await newInquiry({ kind, institution, notes });
      await db.inquiry.update({
        where: { id: stored.id },
        data: {
          status,
          assigneeId,
          createdAt,
          ...(dueAt ? { firstResponseDueAt: dueAt } : {}),
          ...(status === "SPAM" ? { statusBeforeSpam: "NEW" } : {}),
        },
      });
      inq[key] = stored;
    };
    await make("mine", { assigneeId: viewer.id, institution: `Kelvin Institute of Pharmacology ${tag}` });
    await make("review", { status: "IN_REVIEW", notes: "Needs Cold-Chain shipping to the lab" });
    await make("late", { kind: "SUPPORT", assigneeId: other.id, dueAt: past });
    await make("closed", { kind: "CUSTOM_SYNTHESIS", status: "CLOSED", dueAt: past });
    await make("spam", { status: "SPAM", dueAt: past });
    await make("old", { kind: "SUPPORT", createdAt: new Date("2025-03-10T23:30:00Z") });
  });

  it("hides spam from the inbox but shows it under the spam status", async () => {
    expect(await refs()).toEqual(expectRefs("mine", "review", "late", "closed", "old"));
    expect(await refs({ status: "SPAM" })).toEqual(expectRefs("spam"));
  });

  it("filters by kind and by status", async () => {
    expect(await refs({ kind: "SUPPORT" })).toEqual(expectRefs("late", "old"));
    expect(await refs({ kind: "CUSTOM_SYNTHESIS" })).toEqual(expectRefs("closed"));
    expect(await refs({ status: "IN_REVIEW" })).toEqual(expectRefs("review"));
    expect(await refs({ kind: "QUOTE", status: "NEW" })).toEqual(expectRefs("mine"));
  });

  it("filters by assignee: mine, unassigned, or a named colleague", async () => {
    expect(await refs({ assignee: "mine" })).toEqual(expectRefs("mine"));
    expect(await refs({ assignee: "unassigned" })).toEqual(expectRefs("review", "closed", "old"));
    expect(await refs({ assignee: other.id })).toEqual(expectRefs("late"));
  });

  it("shows as overdue only open inquiries past their due time without a reply", async () => {
    expect(await refs({ overdue: "1" })).toEqual(expectRefs("late"));
    await db.inquiry.update({ where: { id: inq.late.id }, data: { firstResponseAt: past } });
    try {
      expect(await refs({ overdue: "1" })).toEqual([]);
    } finally {
      await db.inquiry.update({ where: { id: inq.late.id }, data: { firstResponseAt: null } });
    }
  });

  it("filters by submission date, both ends inclusive", async () => {
    expect(await refs({ from: "2025-03-10", to: "2025-03-10" })).toEqual(expectRefs("old"));
    expect(await refs({ to: "2025-03-09" })).toEqual([]);
    expect(await refs({ from: "2025-03-11" })).toEqual(expectRefs("mine", "review", "late", "closed"));
  });

  it("searches references, institutions and notes, whatever the case", async () => {
    expect(await refs({ q: inq.review.reference.toLowerCase() })).toEqual(expectRefs("review"));
    expect(await refs({ q: inq.late.reference })).toEqual(expectRefs("late"));
    expect(await refs({ q: "KELVIN" })).toEqual(expectRefs("mine"));
    expect(await refs({ q: "cold-chain" })).toEqual(expectRefs("review"));
    expect(await refs({ q: "Shipping LAB" })).toEqual(expectRefs("review"));
    expect(await refs({ q: "kelvin shipping" })).toEqual([]);
  });

  it("counts every status under the other filters, whatever status is selected", async () => {
    const expected = { NEW: 3, IN_REVIEW: 1, QUOTED: 0, ANSWERED: 0, WON: 0, LOST: 0, CLOSED: 1, SPAM: 1 };
    const all = await list();
    expect(all.counts).toEqual(expected);
    expect(all.total).toBe(5);
    const inReview = await list({ status: "IN_REVIEW" });
    expect(inReview.counts).toEqual(expected);
    expect(inReview.total).toBe(1);
    const spam = await list({ status: "SPAM" });
    expect(spam.counts).toEqual(expected);
    expect(spam.total).toBe(1);
    expect((await list({ kind: "SUPPORT", status: "NEW" })).counts).toEqual({ ...expected, NEW: 2, IN_REVIEW: 0, CLOSED: 0, SPAM: 0 });
  });

  it("pages through the results, newest first by default, without overlap", async () => {
    const pageTag = uniqueToken("page");
    const extra = INBOX_PAGE_SIZE + 2;
    const base = Date.UTC(2026, 0, 5, 9);
    await db.inquiry.createMany({
      data: Array.from({ length: extra }, (_, i) => {
        const id = randomUUID();
        return {
          id,
          reference: `T-${pageTag}-${String(i).padStart(3, "0")}`,
          kind: "QUOTE" as const,
          idempotencyKey: randomUUID(),
          name: "Paged Requester",
          email: `paged+${i}@example.edu`,
          institution: "Paging University",
          country: "Spain",
          details: {},
          messageId: `<inquiry.${id}@test.example>`,
          createdAt: new Date(base + i * 60_000),
          firstResponseDueAt: new Date(base + 86_400_000),
          searchText: `${pageTag} paging university`,
        };
      }),
    });
    const q = (page: number, sort: InboxQuery["sort"] = "newest") => listInbox(query({ q: pageTag, page, sort }), viewer.id, now);
    const [first, second, third] = await Promise.all([q(1), q(2), q(3)]);
    expect(first.rows).toHaveLength(INBOX_PAGE_SIZE);
    expect(second.rows).toHaveLength(2);
    expect(third.rows).toHaveLength(0);
    expect([first.total, first.pages]).toEqual([extra, 2]);
    const seen = [...first.rows, ...second.rows].map((r) => r.reference);
    expect(new Set(seen).size).toBe(extra);
    expect(first.rows[0]!.reference).toBe(`T-${pageTag}-${String(extra - 1).padStart(3, "0")}`);
    expect((await q(1, "oldest")).rows[0]!.reference).toBe(`T-${pageTag}-000`);
  });
});
