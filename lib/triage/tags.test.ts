import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/core/domain-error";
import { listInbox } from "@/lib/triage/inbox";
import { parseInboxQuery } from "@/lib/triage/inbox-query";
import { tagSchema } from "@/lib/triage/tag-schema";
import { addInquiryTag, deleteTag, listTags, removeInquiryTag, saveTag, tagsOfInquiry } from "@/lib/triage/tags";
import { createStaff, newInquiry, uniqueToken } from "@/tests/inquiry-fixtures";

const tagNamed = async (name: string) => db.tag.findFirstOrThrow({ where: { name } });

describe("tags", () => {
  it("are created, renamed and deleted by admins, with every change audited", async () => {
    const admin = await createStaff({ role: "ADMIN" });
    const name = `Key account ${uniqueToken()}`;
    await saveTag({ name, colour: "blue", actor: admin });
    const tag = await tagNamed(name);
    expect(tag.colour).toBe("blue");
    await saveTag({ id: tag.id, name: `${name} (EU)`, colour: "green", actor: admin });
    expect((await listTags()).find((t) => t.id === tag.id)).toMatchObject({ name: `${name} (EU)`, colour: "green" });
    await deleteTag({ id: tag.id, actor: admin });
    expect(await db.tag.findUnique({ where: { id: tag.id } })).toBeNull();
    const actions = await db.auditLog.findMany({ where: { actorId: admin.id }, orderBy: { createdAt: "asc" }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(["tag.create", "tag.update", "tag.delete"]);
  });

  it("have unique names regardless of case, bounded length and a palette colour", async () => {
    const admin = await createStaff({ role: "ADMIN" });
    const name = `Controlled ${uniqueToken()}`;
    await saveTag({ name, colour: "red", actor: admin });
    const clash = saveTag({ name: name.toUpperCase(), colour: "amber", actor: admin });
    await expect(clash).rejects.toBeInstanceOf(DomainError);
    await expect(clash).rejects.toMatchObject({ fieldErrors: { name: "Another tag has this name." } });
    // The database refuses it too, should two admins race past the check.
    await expect(db.tag.create({ data: { name: name.toLowerCase(), colour: "red" } })).rejects.toThrow();
    expect(tagSchema.safeParse({ name: "x".repeat(41), colour: "red" }).success).toBe(false);
    expect(tagSchema.safeParse({ name: "Fine", colour: "#ff00ff" }).success).toBe(false);
    expect(tagSchema.safeParse({ name: "  ", colour: "red" }).success).toBe(false);
  });

  it("are put on and taken off inquiries (audited on the inquiry), and filter the inbox", async () => {
    const admin = await createStaff({ role: "ADMIN" });
    const agent = await createStaff();
    const name = `Bulk ${uniqueToken()}`;
    await saveTag({ name, colour: "teal", actor: admin });
    const tag = await tagNamed(name);
    const [tagged, other] = [await newInquiry(), await newInquiry()];
    await addInquiryTag({ inquiryId: tagged.id, tagId: tag.id, actor: agent });
    await addInquiryTag({ inquiryId: tagged.id, tagId: tag.id, actor: agent });
    expect(await tagsOfInquiry(tagged.id)).toEqual([{ id: tag.id, name, colour: "teal" }]);

    const inbox = await listInbox(parseInboxQuery({ tag: tag.id }), agent.id);
    expect(inbox.rows.map((r) => r.reference)).toEqual([tagged.reference]);
    expect(inbox.rows[0]!.tags.map((t) => t.tag.name)).toEqual([name]);
    expect((await listInbox(parseInboxQuery({ tag: tag.id, q: other.reference }), agent.id)).total).toBe(0);

    await removeInquiryTag({ inquiryId: tagged.id, tagId: tag.id, actor: agent });
    expect((await listInbox(parseInboxQuery({ tag: tag.id }), agent.id)).total).toBe(0);
    const audit = await db.auditLog.findMany({ where: { inquiryId: tagged.id, action: { startsWith: "tag." } }, select: { action: true } });
    expect(audit.map((a) => a.action).sort()).toEqual(["tag.add", "tag.remove"]);
  });
});
