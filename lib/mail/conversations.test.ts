import { describe, expect, it } from "vitest";
import { groupConversations } from "@/lib/mail/conversations";

const at = (minute: number) => new Date(Date.UTC(2026, 11, 6, 9, minute));
const message = (id: string, inquiryId: string | null, minute: number) => ({ id, inquiryId, createdAt: at(minute) });

describe("groupConversations (issue 17.7)", () => {
  it("threads each inquiry's acknowledgment and replies together, newest conversation first", () => {
    // As the outbox lists them: newest first, two inquiries interleaved with a sign-in link.
    const listed = [
      message("reply-2", "q1", 40),
      message("sign-in", null, 30),
      message("ack-2", "q2", 20),
      message("staff-2", "q2", 20),
      message("reply-1", "q1", 15),
      message("ack-1", "q1", 1),
      message("staff-1", "q1", 1),
    ];
    const conversations = groupConversations(listed);
    expect(conversations.map((c) => [c.key, c.messages.map((m) => m.id)])).toEqual([
      ["q1", ["ack-1", "staff-1", "reply-1", "reply-2"]],
      ["message:sign-in", ["sign-in"]],
      ["q2", ["ack-2", "staff-2"]],
    ]);
    expect(conversations[0]!.latestAt).toEqual(at(40));
  });
});
