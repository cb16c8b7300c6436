import { describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/inquiries/route";
import { db } from "@/lib/db";
import { submitInquiry } from "@/lib/inquiries/submit-inquiry";
import { renderOutboxMessage } from "@/lib/mail/outbox";
import { customSynthesisForm, submitOk, supportForm, ensureTestProduct, uniqueToken } from "@/tests/inquiry-fixtures";

// The route reads the client address from request headers, which exist only inside Next's request scope.
vi.mock("@/lib/http/request-ip", () => ({ requestIp: async () => uniqueToken("ip-") }));

describe("custom synthesis: controlled-scaffold screen", () => {
  it("accepts a ketamine request, stores the arylcyclohexylamine flag and the time of the research-use acknowledgement", async () => {
    const before = new Date();
    const inquiry = await submitOk("CUSTOM_SYNTHESIS", customSynthesisForm({ smiles: "CNC1(CCCCC1=O)c1ccccc1Cl" }));
    expect(inquiry.controlledScaffolds).toEqual(["arylcyclohexylamine"]);
    expect(inquiry.researchUseAcknowledgedAt!.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    expect(inquiry.details).toMatchObject({ endUse: expect.stringMatching(/LC-MS/) });
    expect(inquiry.details).not.toHaveProperty("researchUseAcknowledged");
    // The requester's acknowledgment is the ordinary one.
    const ack = await db.outboxMessage.findFirstOrThrow({ where: { inquiryId: inquiry.id, template: "inquiry-ack" } });
    expect(ack.subject).toBe(`[${inquiry.reference}] We received your custom synthesis request`);
    // Rendered as the mail worker renders it when it sends.
    expect((await renderOutboxMessage(ack)).text).not.toMatch(/scaffold|flagged/i);
    // Staff are told in the notification.
    const staff = await db.outboxMessage.findFirstOrThrow({ where: { inquiryId: inquiry.id, template: "inquiry-staff" } });
    expect((await renderOutboxMessage(staff)).text).toContain("Controlled scaffold: Arylcyclohexylamine (ketamine / phencyclidine class)");
  });

  it("stores no flag for a structure without a controlled scaffold, or without a structure", async () => {
    expect((await submitOk("CUSTOM_SYNTHESIS", customSynthesisForm({ smiles: "c1ccccc1" }))).controlledScaffolds).toEqual([]);
    expect((await submitOk("CUSTOM_SYNTHESIS", customSynthesisForm())).controlledScaffolds).toEqual([]);
  });
});

describe("POST /api/inquiries: the research-use acknowledgement", () => {
  it("answers 422 beside researchUseAcknowledged without it, and 201 with researchUseAcknowledged=true", async () => {
    await ensureTestProduct();
    const body = supportForm();
    body.delete("researchUseAcknowledged");
    body.set("kind", "SUPPORT");
    const refused = await POST(new Request("http://localhost/api/inquiries", { method: "POST", body }));
    expect(refused.status).toBe(422);
    expect(((await refused.json()) as { fieldErrors: Record<string, string> }).fieldErrors.researchUseAcknowledged).toMatch(
      /research use only/,
    );
    body.set("researchUseAcknowledged", "true");
    const stored = await POST(new Request("http://localhost/api/inquiries", { method: "POST", body }));
    expect(stored.status).toBe(201);
    const { reference } = (await stored.json()) as { reference: string };
    expect((await db.inquiry.findUniqueOrThrow({ where: { reference } })).researchUseAcknowledgedAt).toBeInstanceOf(Date);
  });

  it("a form without the box ticked keeps what was typed", async () => {
    const data = customSynthesisForm({ notes: "Keep this text" });
    data.delete("researchUseAcknowledged");
    const result = await submitInquiry({ kind: "CUSTOM_SYNTHESIS", formData: data, submitterIp: uniqueToken("ip-") });
    expect(result).toMatchObject({
      status: "error",
      fieldErrors: { researchUseAcknowledged: expect.stringMatching(/research use only/) },
      values: { notes: "Keep this text" },
    });
  });
});
