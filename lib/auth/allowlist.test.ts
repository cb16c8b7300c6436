import { describe, expect, it } from "vitest";
import { parseStaffEmails, seedStaff } from "@/lib/auth/allowlist";
import { db } from "@/lib/db";
import { uniqueToken } from "@/tests/inquiry-fixtures";

describe("parseStaffEmails", () => {
  it("reads email:role pairs, defaulting to agent, lower-casing addresses", () => {
    expect(parseStaffEmails("a@x.org:admin, b@x.org")).toEqual([
      { email: "a@x.org", role: "ADMIN", name: "A" },
      { email: "b@x.org", role: "AGENT", name: "B" },
    ]);
    expect(parseStaffEmails(" Ada.Lovelace@Lab.Example : ADMIN ,ben_okafor@lab.example:Agent,")).toEqual([
      { email: "ada.lovelace@lab.example", role: "ADMIN", name: "Ada Lovelace" },
      { email: "ben_okafor@lab.example", role: "AGENT", name: "Ben Okafor" },
    ]);
  });

  it("returns nobody for an empty list", () => {
    expect(parseStaffEmails("")).toEqual([]);
    expect(parseStaffEmails(" , ")).toEqual([]);
  });

  it("refuses a malformed address, naming it", () => {
    expect(() => parseStaffEmails("a@x.org, not-an-email:admin")).toThrow('STAFF_EMAILS: "not-an-email" is not an email address');
    expect(() => parseStaffEmails("a b@x.org")).toThrow(/is not an email address/);
  });

  it("refuses an unknown role, naming the address and the role", () => {
    expect(() => parseStaffEmails("a@x.org:owner")).toThrow('STAFF_EMAILS: role of a@x.org must be admin or agent, not "owner"');
  });
});

describe("seedStaff", () => {
  it("adds new members and leaves an existing member's role and name as an admin set them", async () => {
    const existing = `${uniqueToken("ada")}@lab.example`;
    const fresh = `${uniqueToken("ben")}@lab.example`;
    await db.staffMember.create({ data: { email: existing, name: "Ada (renamed)", role: "AGENT", active: false } });

    const count = await seedStaff(db, parseStaffEmails(`${existing}:admin, ${fresh}:admin`));
    expect(count).toBe(2);
    expect(await db.staffMember.findUniqueOrThrow({ where: { email: existing } })).toMatchObject({
      role: "AGENT",
      name: "Ada (renamed)",
      active: false,
    });
    expect(await db.staffMember.findUniqueOrThrow({ where: { email: fresh } })).toMatchObject({ role: "ADMIN", active: true });

    // Seeding again changes nothing and adds no duplicate.
    await seedStaff(db, parseStaffEmails(`${fresh}:agent`));
    expect(await db.staffMember.findMany({ where: { email: fresh } })).toMatchObject([{ role: "ADMIN" }]);
  });
});
