import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createAuthAdapter } from "@/lib/auth/adapter";
import { db } from "@/lib/db";

describe("the next-auth adapter", () => {
  // next-auth deletes the session a browser's cookie names when an emailed link signs in someone
  // else; for a cookie naming no session, that delete used to throw and end the sign-in in error=Callback.
  it("deletes the session a cookie names, and accepts a cookie naming no session", async () => {
    const adapter = createAuthAdapter();
    const user = await db.user.create({ data: { email: `member.${randomUUID()}@reagentdesk.example` } });
    const token = randomUUID();
    await db.session.create({ data: { sessionToken: token, userId: user.id, expires: new Date(Date.now() + 60_000) } });
    await adapter.deleteSession!(token);
    expect(await db.session.count({ where: { sessionToken: token } })).toBe(0);
    await expect(Promise.resolve(adapter.deleteSession!(`stale-${randomUUID()}`))).resolves.toBeUndefined();
  });
});
