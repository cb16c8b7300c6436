import { readFileSync } from "node:fs";
import { Client } from "pg";

/**
 * The end-to-end server's database: E2E_DATABASE_URL, or the embedded one the server hosts (its port
 * is in the lock file). Only for the few facts no page can set up, such as a session's expiry.
 * Queries go as simple-protocol text (no parameters): the embedded host runs every connection on one
 * session, and a lone Query message cannot split the server's own Parse/Bind/Execute exchanges.
 */
export async function withE2eDatabase<T>(work: (query: (sql: string) => Promise<Record<string, unknown>[]>) => Promise<T>): Promise<T> {
  const url = process.env.E2E_DATABASE_URL ?? `postgresql://postgres:postgres@127.0.0.1:${(JSON.parse(readFileSync(".data/e2e.lock.json", "utf8")) as { port: number }).port}/postgres`;
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(async (sql) => (await client.query(sql)).rows as Record<string, unknown>[]);
  } finally {
    await client.end();
  }
}

/** A SQL string literal of a value the test made itself. */
export const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;
