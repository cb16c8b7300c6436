import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { renderOutboxMessage } from "@/lib/mail/outbox";

type StoredMail = { template: string; props: unknown; html: string | null; text: string | null };

/** An outbox row with its HTML and text as the worker renders them when it sends. */
export async function rendered<T extends StoredMail>(row: T): Promise<T & { html: string; text: string }> {
  return { ...row, ...(await renderOutboxMessage(row)) };
}

export const renderedAll = <T extends StoredMail>(rows: T[]) => Promise.all(rows.map(rendered));

/** `count` plain messages, due now; returns the tag their subjects start with (`[tag] message i`). */
export async function enqueueTestMail(count: number) {
  const batch = randomUUID().slice(0, 8);
  await db.outboxMessage.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      template: "test",
      fromAddress: "no-reply@reagentdesk.example",
      toAddress: `researcher${i}@example.edu`,
      subject: `[${batch}] message ${i}`,
      html: `<p>message ${i}</p>`,
      text: `message ${i}`,
      messageId: `<test.${batch}.${i}@reagentdesk.example>`,
    })),
  });
  return batch;
}
