import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { allowStructureRequest } from "@/lib/catalog/structure-limit";
import { env } from "@/lib/env";

describe("allowStructureRequest", () => {
  it("allows STRUCTURE_LIMIT_PER_MINUTE drawings and searches a minute from one address, then refuses until the next minute", async () => {
    const ip = `198.51.100.${randomUUID()}`;
    const now = new Date("2026-03-02T10:15:30Z");
    const answers = [];
    for (let i = 0; i <= env.STRUCTURE_LIMIT_PER_MINUTE; i++) answers.push(await allowStructureRequest({ ip, now }));
    expect(answers.filter(Boolean)).toHaveLength(env.STRUCTURE_LIMIT_PER_MINUTE);
    expect(answers.at(-1)).toBe(false);
    // Another visitor is not held up by the first; the first is allowed again a minute later.
    expect(await allowStructureRequest({ ip: `${ip}-other`, now })).toBe(true);
    expect(await allowStructureRequest({ ip, now: new Date("2026-03-02T10:16:00Z") })).toBe(true);
  });
});
