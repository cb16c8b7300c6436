import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { submitInquiry } from "@/lib/inquiries/submit-inquiry";
import { DomainError } from "@/lib/core/domain-error";
import { applyBulk, assignInquiry, changeStatus, markNotSpam, markSpam } from "@/lib/triage/workflow";
import { createStaff, customSynthesisForm, newInquiry, submitOk, uniqueEmail, uniqueToken } from "@/tests/inquiry-fixtures";

let actor: { id: string; name: string };
beforeAll(async () => {
  const staff = await createStaff({ name: "Ada Admin", role: "ADMIN" });
  actor = { id: staff.id, name: staff.name };
});

const reload = (id: string) => db.inquiry.findUniqueOrThrow({ where: { id } });
const auditOf = (inquiryId: string, action: string) =>
  db.auditLog.findMany({
    where: { inquiryId, action, actorId: actor.id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { before: true, after: true },
  });

describe("changeStatus", () => {
  it("refuses a jump the workflow does not allow, changing nothing", async () => {
    const inquiry = await newInquiry();
    const attempt = changeStatus({ inquiryId: inquiry.id, to: "WON", actor });
    await expect(attempt).rejects.toBeInstanceOf(DomainError);
    // The code says what kind of refusal it is, so a caller need not read the words.
    await expect(attempt).rejects.toMatchObject({ code: "not-allowed", message: "An inquiry that is new cannot be moved to won." });
    expect((await reload(inquiry.id)).status).toBe("NEW");
    expect(await auditOf(inquiry.id, "status")).toEqual([]);
  });

  it("moves along the workflow and records each step with before and after", async () => {
    const inquiry = await newInquiry();
    await changeStatus({ inquiryId: inquiry.id, to: "IN_REVIEW", actor });
    await changeStatus({ inquiryId: inquiry.id, to: "ANSWERED", actor });
    expect(await reload(inquiry.id)).toMatchObject({ status: "ANSWERED", closedAt: null });
    expect(await auditOf(inquiry.id, "status")).toEqual([
      { before: { status: "NEW" }, after: { status: "IN_REVIEW" } },
      { before: { status: "IN_REVIEW" }, after: { status: "ANSWERED" } },
    ]);
  });

  it("sets closedAt on closing and clears it on reopening", async () => {
    const inquiry = await newInquiry();
    const closedAt = new Date("2026-03-06T16:00:00Z");
    await changeStatus({ inquiryId: inquiry.id, to: "CLOSED", actor, now: closedAt });
    expect(await reload(inquiry.id)).toMatchObject({ status: "CLOSED", closedAt });
    await changeStatus({ inquiryId: inquiry.id, to: "IN_REVIEW", actor });
    expect(await reload(inquiry.id)).toMatchObject({ status: "IN_REVIEW", closedAt: null });
    expect(await auditOf(inquiry.id, "status")).toEqual([
      { before: { status: "NEW" }, after: { status: "CLOSED" } },
      { before: { status: "CLOSED" }, after: { status: "IN_REVIEW" } },
    ]);
  });

  it("does nothing, and records nothing, when the status is already the one asked for", async () => {
    const inquiry = await newInquiry();
    await changeStatus({ inquiryId: inquiry.id, to: "NEW", actor });
    expect(await auditOf(inquiry.id, "status")).toEqual([]);
  });

  it("keeps spam out of the ordinary status control", async () => {
    const inquiry = await newInquiry();
    await expect(changeStatus({ inquiryId: inquiry.id, to: "SPAM", actor })).rejects.toThrow(/Mark as spam/);
    await markSpam({ inquiryId: inquiry.id, actor });
    await expect(changeStatus({ inquiryId: inquiry.id, to: "IN_REVIEW", actor })).rejects.toThrow(/Not spam/);
    expect((await reload(inquiry.id)).status).toBe("SPAM");
  });

  it("refuses an inquiry that does not exist", async () => {
    await expect(changeStatus({ inquiryId: "no-such-inquiry", to: "IN_REVIEW", actor })).rejects.toThrow("This inquiry no longer exists.");
  });
});

describe("assignInquiry", () => {
  it("assigns, reassigns and unassigns, recording who it was before", async () => {
    const inquiry = await newInquiry();
    await db.inquiry.update({ where: { id: inquiry.id }, data: { assigneeId: null } });
    const [ben, cara] = await Promise.all([createStaff({ name: "Ben" }), createStaff({ name: "Cara" })]);
    await assignInquiry({ inquiryId: inquiry.id, assigneeId: ben.id, actor });
    await assignInquiry({ inquiryId: inquiry.id, assigneeId: cara.id, actor });
    await assignInquiry({ inquiryId: inquiry.id, assigneeId: null, actor });
    expect((await reload(inquiry.id)).assigneeId).toBeNull();
    expect(await auditOf(inquiry.id, "assign")).toEqual([
      { before: { assigneeId: null }, after: { assigneeId: ben.id } },
      { before: { assigneeId: ben.id }, after: { assigneeId: cara.id } },
      { before: { assigneeId: cara.id }, after: { assigneeId: null } },
    ]);
  });

  it("refuses an inactive or unknown staff member", async () => {
    const inquiry = await newInquiry();
    const away = await createStaff({ name: "Away", active: false });
    await expect(assignInquiry({ inquiryId: inquiry.id, assigneeId: away.id, actor })).rejects.toMatchObject({
      code: "invalid",
      message: "Choose an active staff member.",
    });
    await expect(assignInquiry({ inquiryId: inquiry.id, assigneeId: "nobody", actor })).rejects.toBeInstanceOf(DomainError);
    expect((await reload(inquiry.id)).assigneeId).not.toBe(away.id);
    expect(await auditOf(inquiry.id, "assign")).toEqual([]);
  });
});

describe("spam", () => {
  const blockOf = (email: string) => db.blockedSender.findUnique({ where: { email: email.toLowerCase() } });

  it("marks spam, remembers the status, blocks the sender in lower case, and refuses their next submission", async () => {
    const email = `Bulk.Sender+${uniqueToken("")}@Spam.Example`;
    const inquiry = await newInquiry({ email });
    await changeStatus({ inquiryId: inquiry.id, to: "IN_REVIEW", actor });
    await markSpam({ inquiryId: inquiry.id, actor });

    expect(await reload(inquiry.id)).toMatchObject({ status: "SPAM", statusBeforeSpam: "IN_REVIEW" });
    expect(await blockOf(email)).toMatchObject({ email: email.toLowerCase(), inquiryId: inquiry.id });
    expect(await auditOf(inquiry.id, "spam")).toEqual([
      { before: { status: "IN_REVIEW" }, after: { status: "SPAM", blocked: email.toLowerCase() } },
    ]);

    for (const variant of [email, email.toLowerCase(), ` ${email.toUpperCase()} `]) {
      const result = await submitInquiry({
        kind: "CUSTOM_SYNTHESIS",
        formData: customSynthesisForm({ email: variant }),
        submitterIp: uniqueToken("ip-"),
      });
      expect(result).toMatchObject({ status: "error", message: expect.stringMatching(/could not be accepted/) });
    }
    expect(await db.inquiry.count({ where: { email: { equals: email, mode: "insensitive" } } })).toBe(1);
  });

  it("marking spam twice changes nothing the second time", async () => {
    const inquiry = await newInquiry();
    await markSpam({ inquiryId: inquiry.id, actor });
    await markSpam({ inquiryId: inquiry.id, actor });
    expect(await reload(inquiry.id)).toMatchObject({ status: "SPAM", statusBeforeSpam: "NEW" });
    expect(await auditOf(inquiry.id, "spam")).toHaveLength(1);
  });

  it("not spam restores the previous status and lifts the block, so the sender can submit again", async () => {
    const inquiry = await newInquiry();
    await changeStatus({ inquiryId: inquiry.id, to: "QUOTED", actor });
    await markSpam({ inquiryId: inquiry.id, actor });
    await markNotSpam({ inquiryId: inquiry.id, actor });

    expect(await reload(inquiry.id)).toMatchObject({ status: "QUOTED", statusBeforeSpam: null });
    expect(await blockOf(inquiry.email)).toBeNull();
    expect(await auditOf(inquiry.id, "not-spam")).toEqual([
      { before: { status: "SPAM" }, after: { status: "QUOTED", unblocked: inquiry.email.toLowerCase() } },
    ]);
    await submitOk("CUSTOM_SYNTHESIS", customSynthesisForm({ email: inquiry.email }));
  });

  it("keeps the sender blocked while another of their inquiries is still spam", async () => {
    const email = uniqueEmail("repeat.sender");
    const first = await newInquiry({ email });
    const second = await newInquiry({ email: email.toUpperCase() });
    await markSpam({ inquiryId: first.id, actor });
    await markSpam({ inquiryId: second.id, actor });

    await markNotSpam({ inquiryId: first.id, actor });
    expect((await reload(first.id)).status).toBe("NEW");
    expect(await blockOf(email)).not.toBeNull();
    expect(await auditOf(first.id, "not-spam")).toEqual([{ before: { status: "SPAM" }, after: { status: "NEW", unblocked: null } }]);

    await markNotSpam({ inquiryId: second.id, actor });
    expect(await blockOf(email)).toBeNull();
  });
});

describe("applyBulk", () => {
  it("applies a status to each inquiry it can and reports the others with the reason", async () => {
    const [fresh, closed, spam] = await Promise.all([newInquiry(), newInquiry(), newInquiry()]);
    await changeStatus({ inquiryId: closed.id, to: "CLOSED", actor });
    await markSpam({ inquiryId: spam.id, actor });

    const result = await applyBulk([fresh.id, closed.id, spam.id, "no-such-inquiry"], { type: "status", status: "QUOTED" }, actor);
    expect(result.done).toBe(1);
    expect(result.skipped).toEqual([
      { reference: closed.reference, reason: "An inquiry that is closed cannot be moved to quoted." },
      { reference: spam.reference, reason: expect.stringMatching(/Not spam/) },
      { reference: "no-such-inquiry", reason: "This inquiry no longer exists." },
    ]);
    expect((await reload(fresh.id)).status).toBe("QUOTED");
    expect((await reload(closed.id)).status).toBe("CLOSED");
    expect((await reload(spam.id)).status).toBe("SPAM");
  });

  it("assigns in bulk, and skips every one when the assignee is inactive", async () => {
    const [a, b] = await Promise.all([newInquiry(), newInquiry()]);
    const [ben, away] = await Promise.all([createStaff({ name: "Ben" }), createStaff({ name: "Away", active: false })]);

    expect(await applyBulk([a.id, b.id], { type: "assign", assigneeId: away.id }, actor)).toEqual({
      done: 0,
      skipped: [
        { reference: a.reference, reason: "Choose an active staff member." },
        { reference: b.reference, reason: "Choose an active staff member." },
      ],
    });
    expect(await applyBulk([a.id, b.id], { type: "assign", assigneeId: ben.id }, actor)).toEqual({ done: 2, skipped: [] });
    expect((await db.inquiry.findMany({ where: { id: { in: [a.id, b.id] } } })).map((i) => i.assigneeId)).toEqual([ben.id, ben.id]);
  });

  it("marks many as spam at once", async () => {
    const [a, b] = await Promise.all([newInquiry(), newInquiry()]);
    expect(await applyBulk([a.id, b.id], { type: "spam" }, actor)).toEqual({ done: 2, skipped: [] });
    expect(await db.blockedSender.count({ where: { email: { in: [a.email.toLowerCase(), b.email.toLowerCase()] } } })).toBe(2);
  });
});
