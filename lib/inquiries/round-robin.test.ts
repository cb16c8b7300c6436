import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { claimAutoAssignee } from "@/lib/inquiries/round-robin";
import { addBusinessDays } from "@/lib/inquiries/sla";
import { createStaff, ensureTestProduct, quoteForm, submitOk, uniqueToken } from "@/tests/inquiry-fixtures";

const t = (minutes: number) => new Date(Date.UTC(2026, 2, 2, 9, minutes));

describe("claimAutoAssignee", () => {
  beforeEach(async () => {
    // Only the members each test creates take part.
    await db.staffMember.updateMany({ data: { autoAssignKinds: [] } });
  });

  async function team() {
    const run = uniqueToken("rr");
    const [quoteA, quoteB, inactive, support] = await Promise.all([
      createStaff({ id: `${run}a`, name: "Quote A", autoAssignKinds: ["QUOTE"] }),
      createStaff({ id: `${run}b`, name: "Quote B", autoAssignKinds: ["QUOTE", "SUPPORT"] }),
      createStaff({ id: `${run}c`, name: "Away", active: false, autoAssignKinds: ["QUOTE"] }),
      createStaff({ id: `${run}d`, name: "Support only", autoAssignKinds: ["SUPPORT"] }),
    ]);
    return { quoteA, quoteB, inactive, support };
  }

  it("alternates quotes between the two active quote members, never the inactive or support-only one", async () => {
    const { quoteA, quoteB } = await team();
    const claims: (string | undefined)[] = [];
    for (let i = 0; i < 6; i++) claims.push(await claimAutoAssignee("QUOTE"));
    // Both never assigned: the id decides who starts.
    expect(claims).toEqual([quoteA.id, quoteB.id, quoteA.id, quoteB.id, quoteA.id, quoteB.id]);
    const [a, b] = await Promise.all([quoteA, quoteB].map((m) => db.staffMember.findUniqueOrThrow({ where: { id: m.id } })));
    expect(b!.lastAutoAssignedAt!.getTime()).toBeGreaterThanOrEqual(a!.lastAutoAssignedAt!.getTime());
  });

  it("shares simultaneous submissions evenly", async () => {
    const { quoteA, quoteB } = await team();
    const claims = await Promise.all(Array.from({ length: 10 }, () => claimAutoAssignee("QUOTE")));
    expect(claims.filter((id) => id === quoteA.id)).toHaveLength(5);
    expect(claims.filter((id) => id === quoteB.id)).toHaveLength(5);
  });

  /** Quote members with the given ids (after a per-test prefix) and last turns; nobody else takes quotes. */
  async function queue(turns: Record<string, Date | null>) {
    await db.staffMember.updateMany({ data: { autoAssignKinds: [] } });
    const run = uniqueToken("rr");
    for (const [id, lastAutoAssignedAt] of Object.entries(turns)) {
      const member = await createStaff({ id: `${run}${id}`, name: `Member ${id}`, autoAssignKinds: ["QUOTE"] });
      await db.staffMember.update({ where: { id: member.id }, data: { lastAutoAssignedAt } });
    }
    return async () => (await claimAutoAssignee("QUOTE"))?.slice(run.length);
  }

  it("takes someone never assigned before anyone already assigned", async () => {
    const next = await queue({ a: t(1), z: null, b: t(0) });
    expect(await next()).toBe("z");
  });

  it("otherwise takes whoever was assigned longest ago, then moves them to the back", async () => {
    const { quoteA, quoteB, inactive } = await team();
    await db.staffMember.update({ where: { id: quoteA.id }, data: { lastAutoAssignedAt: t(50) } });
    await db.staffMember.update({ where: { id: quoteB.id }, data: { lastAutoAssignedAt: t(10) } });
    expect(await claimAutoAssignee("QUOTE")).toBe(quoteB.id);
    expect(await claimAutoAssignee("QUOTE")).toBe(quoteA.id);
    expect((await db.staffMember.findUniqueOrThrow({ where: { id: inactive.id } })).lastAutoAssignedAt).toBeNull();

    const next = await queue({ a: t(30), b: t(5), c: t(20) });
    expect([await next(), await next(), await next()]).toEqual(["b", "c", "a"]);
  });

  it("breaks ties by id, whatever order the members were added in", async () => {
    const never = await queue({ m: null, c: null, k: null });
    expect(await never()).toBe("c");
    const sameTurn = await queue({ y: t(3), x: t(3) });
    expect(await sameTurn()).toBe("x");
  });

  it("finds nobody for a kind no active member takes", async () => {
    const { support, quoteB } = await team();
    expect(await claimAutoAssignee("CUSTOM_SYNTHESIS")).toBeUndefined();
    expect([support.id, quoteB.id]).toContain(await claimAutoAssignee("SUPPORT"));
  });
});

describe("a submitted inquiry's triage fields", () => {
  beforeAll(ensureTestProduct);
  beforeEach(async () => {
    await db.staffMember.updateMany({ data: { autoAssignKinds: [] } });
  });

  it("is due the configured number of business days after it was sent", async () => {
    const inquiry = await submitOk("QUOTE", quoteForm());
    expect(inquiry.firstResponseDueAt).toEqual(addBusinessDays(inquiry.createdAt, env.SLA_QUOTE_DAYS));
    expect(inquiry.firstResponseDueAt.getTime()).toBeGreaterThan(inquiry.createdAt.getTime());
    expect(inquiry).toMatchObject({ status: "NEW", firstResponseAt: null, closedAt: null, assigneeId: null });
  });

  it("is searchable by its reference, institution and notes, in lower case", async () => {
    const word = uniqueToken("Kelvin");
    const inquiry = await submitOk(
      "QUOTE",
      quoteForm({ institution: `${word} Institute of Pharmacology`, notes: "Needs COLD-chain shipping" }),
    );
    expect(inquiry.searchText).toContain(inquiry.reference.toLowerCase());
    expect(inquiry.searchText).toContain(`${word.toLowerCase()} institute of pharmacology`);
    expect(inquiry.searchText).toContain("needs cold-chain shipping");
    expect(inquiry.searchText).toBe(inquiry.searchText.toLowerCase());
  });

  it("is assigned to the next quote member of the round robin, with a system audit entry", async () => {
    const member = await createStaff({ name: "Round Robin", autoAssignKinds: ["QUOTE"] });
    const inquiry = await submitOk("QUOTE", quoteForm());
    expect(inquiry.assigneeId).toBe(member.id);
    const audit = await db.auditLog.findMany({ where: { inquiryId: inquiry.id } });
    expect(audit).toEqual([
      expect.objectContaining({
        actorId: null,
        action: "assign",
        before: { assigneeId: null },
        after: { assigneeId: member.id, automatic: true },
      }),
    ]);
    // Their turn is stamped at submission time (by the database clock), putting them at the back of the queue.
    const turn = (await db.staffMember.findUniqueOrThrow({ where: { id: member.id } })).lastAutoAssignedAt!;
    expect(Math.abs(turn.getTime() - inquiry.createdAt.getTime())).toBeLessThan(5_000);
  });
});
