import { Client } from "pg";

/**
 * The end-to-end server's PostgreSQL database (E2E_DATABASE_URL), for the few facts no page can set
 * up, such as a session's expiry. Not the embedded database: its host runs every connection on one
 * session, so a test's statements could split the running server's own Parse/Bind/Execute exchanges.
 */
export async function withE2eDatabase<T>(work: (query: (sql: string) => Promise<Record<string, unknown>[]>) => Promise<T>): Promise<T> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("withE2eDatabase needs E2E_DATABASE_URL (a PostgreSQL server)");
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
