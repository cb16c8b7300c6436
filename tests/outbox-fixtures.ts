import { renderOutboxMessage } from "@/lib/mail/outbox";

type StoredMail = { template: string; props: unknown; html: string | null; text: string | null };

/** An outbox row with its HTML and text as the worker renders them when it sends. */
export async function rendered<T extends StoredMail>(row: T): Promise<T & { html: string; text: string }> {
  return { ...row, ...(await renderOutboxMessage(row)) };
}

export const renderedAll = <T extends StoredMail>(rows: T[]) => Promise.all(rows.map(rendered));
