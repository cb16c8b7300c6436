import { describe, expect, it } from "vitest";
import { requesterHistory } from "@/lib/triage/requester-history";
import { newInquiry, uniqueEmail, uniqueToken } from "@/tests/inquiry-fixtures";

describe("requesterHistory", () => {
  it("lists other inquiries from the same email or institution (ignoring case), newest first, never the inquiry itself", async () => {
    const email = uniqueEmail("ana");
    const institution = `Institute ${uniqueToken()}`;
    const first = await newInquiry({ email, institution: "Somewhere else" });
    const colleague = await newInquiry({ email: uniqueEmail("bo"), institution: institution.toUpperCase() });
    await newInquiry({ email: uniqueEmail("stranger"), institution: "Unrelated University" });
    const current = await newInquiry({ email: email.toUpperCase(), institution });

    const history = await requesterHistory(current);
    expect(history.inquiries.map((i) => i.reference)).toEqual([colleague.reference, first.reference]);
    expect(history.inquiries.map((i) => i.sameEmail)).toEqual([false, true]);
    expect(history.moreInquiries).toBe(false);
    expect(history.orders).toEqual([]);
  });

  it("is bounded and says when older ones were left out", async () => {
    const email = uniqueEmail("many");
    for (let i = 0; i < 4; i++) await newInquiry({ email });
    const current = await newInquiry({ email });
    const history = await requesterHistory(current, { limit: 3 });
    expect(history.inquiries).toHaveLength(3);
    expect(history.moreInquiries).toBe(true);
    expect(history.inquiries.map((i) => i.id)).not.toContain(current.id);
  });
});
