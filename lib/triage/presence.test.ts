import { describe, expect, it } from "vitest";
import { heartbeat, othersPresent } from "@/lib/triage/presence";
import { createStaff, newInquiry } from "@/tests/inquiry-fixtures";

const at = (seconds: number) => new Date(Date.UTC(2026, 2, 3, 10, 0, seconds));

describe("presence heartbeat", () => {
  it("shows the others with what they do and since when, never oneself", async () => {
    const inquiry = await newInquiry();
    const dana = await createStaff({ name: "Dana Okafor" });
    const lee = await createStaff({ name: "Lee Chen" });
    expect(await heartbeat({ inquiryId: inquiry.id, staffId: dana.id, activity: "VIEWING", now: at(0) })).toEqual([]);
    const seenByLee = await heartbeat({ inquiryId: inquiry.id, staffId: lee.id, activity: "VIEWING", now: at(10) });
    expect(seenByLee).toEqual([{ staffId: dana.id, name: "Dana Okafor", activity: "VIEWING", since: at(0) }]);
    // Dana keeps viewing (since stays), then starts replying (since restarts).
    await heartbeat({ inquiryId: inquiry.id, staffId: dana.id, activity: "VIEWING", now: at(20) });
    expect(await othersPresent({ inquiryId: inquiry.id, staffId: lee.id, now: at(25) })).toMatchObject([{ since: at(0) }]);
    const seenByDana = await heartbeat({ inquiryId: inquiry.id, staffId: dana.id, activity: "REPLYING", now: at(40) });
    expect(seenByDana.map((o) => o.name)).toEqual(["Lee Chen"]);
    expect(await othersPresent({ inquiryId: inquiry.id, staffId: lee.id, now: at(45) })).toMatchObject([
      { name: "Dana Okafor", activity: "REPLYING", since: at(40) },
    ]);
  });

  it("ignores a heartbeat older than a minute, and restarts its since when it comes back", async () => {
    const inquiry = await newInquiry();
    const dana = await createStaff({ name: "Dana Okafor" });
    const lee = await createStaff({ name: "Lee Chen" });
    await heartbeat({ inquiryId: inquiry.id, staffId: dana.id, activity: "VIEWING", now: at(0) });
    expect(await othersPresent({ inquiryId: inquiry.id, staffId: lee.id, now: at(60) })).toHaveLength(1);
    expect(await othersPresent({ inquiryId: inquiry.id, staffId: lee.id, now: at(61) })).toEqual([]);
    expect(
      await heartbeat({ inquiryId: inquiry.id, staffId: lee.id, activity: "VIEWING", now: new Date(at(0).getTime() + 120_000) }),
    ).toEqual([]);
    await heartbeat({ inquiryId: inquiry.id, staffId: dana.id, activity: "VIEWING", now: new Date(at(0).getTime() + 130_000) });
    expect(await othersPresent({ inquiryId: inquiry.id, staffId: lee.id, now: new Date(at(0).getTime() + 131_000) })).toMatchObject([
      { since: new Date(at(0).getTime() + 130_000) },
    ]);
  });

  it("keeps presence per inquiry", async () => {
    const [one, two] = [await newInquiry(), await newInquiry()];
    const dana = await createStaff();
    const lee = await createStaff();
    await heartbeat({ inquiryId: one.id, staffId: dana.id, activity: "VIEWING", now: at(0) });
    expect(await heartbeat({ inquiryId: two.id, staffId: lee.id, activity: "VIEWING", now: at(5) })).toEqual([]);
  });
});
