// The dev mailbox's view of the outbox: one conversation per inquiry, as a mail client threads them.

type Threadable = { id: string; inquiryId: string | null; createdAt: Date };
export type Conversation<T extends Threadable> = { key: string; inquiryId: string | null; messages: T[]; latestAt: Date };

/**
 * Messages of one inquiry (its staff notification, the acknowledgment and every reply, which all
 * thread on the same reference) as one conversation, oldest message first; conversations with the
 * latest activity first. A message of no inquiry (a sign-in link) is a conversation of its own.
 */
export function groupConversations<T extends Threadable>(messages: T[]): Conversation<T>[] {
  const byKey = new Map<string, Conversation<T>>();
  for (const message of messages) {
    const key = message.inquiryId ?? `message:${message.id}`;
    const conversation = byKey.get(key) ?? { key, inquiryId: message.inquiryId, messages: [], latestAt: message.createdAt };
    conversation.messages.push(message);
    if (message.createdAt > conversation.latestAt) conversation.latestAt = message.createdAt;
    byKey.set(key, conversation);
  }
  const conversations = [...byKey.values()];
  for (const c of conversations) c.messages.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
  return conversations.sort((a, b) => b.latestAt.getTime() - a.latestAt.getTime() || a.key.localeCompare(b.key));
}
