// How every message to a requester threads under their acknowledgment: staff replies (lib/triage)
// and sent quotes (lib/quotes) alike.

// Mail clients cope with long References headers, but a few hundred IDs help nobody.
const MAX_REFERENCES = 20;

/**
 * Threading headers for the next message to the requester: In-Reply-To names the latest message of
 * the conversation (their last email, or our last reply, or the acknowledgment), References lists
 * the acknowledgment and the conversation in order, so every client files it under the acknowledgment.
 */
export function threadHeaders(ackMessageId: string, conversation: string[]) {
  const chain = [ackMessageId, ...conversation];
  const references = [chain[0]!, ...chain.slice(1).slice(-(MAX_REFERENCES - 1))];
  return { inReplyTo: chain[chain.length - 1]!, references: references.join(" ") };
}

/** The subject of every reply: the acknowledgment's, so the thread and the reference stay visible. */
export function replySubject(reference: string, kindNoun: string) {
  return `Re: [${reference}] We received your ${kindNoun}`;
}
