import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { checkRequesterLink } from "@/lib/requesters/links";
import { requestNewLink, RESEND_LIMIT_PER_ADDRESS } from "@/lib/requesters/resend";
import { countLiveLinks, revokeInquiryLinks } from "@/lib/requesters/revoke";
import { createStaff, newInquiry, uniqueEmail, uniqueToken } from "@/tests/inquiry-fixtures";
import { renderedAll } from "@/tests/outbox-fixtures";

const linkMails = async (inquiryId: string) =>
  renderedAll(await db.outboxMessage.findMany({ where: { inquiryId, template: "requester-link" } }));

describe("requestNewLink", () => {
  it("mails a working link only when address and reference belong together, to the stored address", async () => {
    const inquiry = await newInquiry();
    const ip = uniqueToken("ip");
    expect(await requestNewLink({ email: uniqueEmail("stranger"), reference: inquiry.reference, ip })).toEqual({ status: "answered" });
    expect(await linkMails(inquiry.id)).toHaveLength(0);

    expect(await requestNewLink({ email: inquiry.email.toUpperCase(), reference: inquiry.reference.toLowerCase(), ip })).toEqual({
      status: "answered",
    });
    const [mail] = await linkMails(inquiry.id);
    expect(mail!.toAddress).toBe(inquiry.email);
    const token = new RegExp(`/requests/${inquiry.reference}\\?token=([A-Za-z0-9_-]{43})`).exec(mail!.text)![1]!;
    expect(await checkRequesterLink({ reference: inquiry.reference, token })).toMatchObject({ ok: true });
  });

  it("limits asks per address, whether or not it matches anything", async () => {
    const email = uniqueEmail("often");
    for (let i = 0; i < RESEND_LIMIT_PER_ADDRESS; i++)
      expect(await requestNewLink({ email, reference: "Q-2000-000001", ip: uniqueToken("ip") })).toEqual({ status: "answered" });
    expect(await requestNewLink({ email, reference: "Q-2000-000001", ip: uniqueToken("ip") })).toMatchObject({ status: "limited" });
  });
});

describe("revokeInquiryLinks", () => {
  it("withdraws every live link of the inquiry and audits it, leaving other inquiries' links alone", async () => {
    const [inquiry, other] = [await newInquiry(), await newInquiry()];
    const staff = await createStaff();
    expect(await countLiveLinks(inquiry.id)).toBe(1);
    expect(await revokeInquiryLinks({ inquiryId: inquiry.id, actor: staff })).toBe(1);
    expect(await countLiveLinks(inquiry.id)).toBe(0);
    expect(await countLiveLinks(other.id)).toBe(1);
    expect(await db.auditLog.findFirst({ where: { inquiryId: inquiry.id, action: "requester-links.revoke" } })).toMatchObject({
      actorId: staff.id,
      after: { revoked: 1 },
    });
  });
});
