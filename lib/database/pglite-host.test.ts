import { connect } from "node:net";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { networkInterfaces, tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { acquirePGlite, type PGliteHandle } from "@/lib/database/pglite-host";
import { env } from "@/lib/env";

const handles: PGliteHandle[] = [];
const dirs: string[] = [];
afterAll(async () => {
  for (const handle of handles.reverse()) await handle.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function query(url: string) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return (await client.query<{ answer: number }>("SELECT 42 AS answer")).rows[0]?.answer;
  } finally {
    await client.end();
  }
}

const withPassword = (url: string, password: string) => Object.assign(new URL(url), { password }).toString();

describe("the embedded database's socket", () => {
  it("answers a client with the password from its URL, and refuses a wrong or missing one", async () => {
    const handle = await acquirePGlite(undefined, { template: env.PGLITE_TEMPLATE });
    handles.push(handle);
    expect(await query(handle.url)).toBe(42);
    await expect(query(withPassword(handle.url, "postgres"))).rejects.toThrow(/password authentication failed/);
    await expect(query(withPassword(handle.url, ""))).rejects.toThrow();
    // Still serving the right password after the refusals.
    expect(await query(handle.url)).toBe(42);
  });

  it("never lets a client that skips the password exchange reach PGlite", async () => {
    const handle = await acquirePGlite(undefined, { template: env.PGLITE_TEMPLATE });
    handles.push(handle);
    const { port } = new URL(handle.url);
    // A startup message, then a simple query straight away, as a client ignoring the password request would.
    const params = Buffer.from("user\0postgres\0database\0postgres\0\0");
    const startup = Buffer.alloc(8);
    startup.writeInt32BE(8 + params.length, 0);
    startup.writeInt32BE(196608, 4);
    const sql = Buffer.from("SELECT 'leaked'\0");
    const queryMessage = Buffer.alloc(5);
    queryMessage.write("Q");
    queryMessage.writeInt32BE(4 + sql.length, 1);
    const reply = await new Promise<string>((resolve) => {
      const socket = connect(Number(port), "127.0.0.1");
      let received = "";
      socket.on("data", (chunk) => (received += chunk.toString("latin1")));
      socket.on("close", () => resolve(received));
      socket.on("error", () => {});
      socket.write(Buffer.concat([startup, params, queryMessage, sql]));
    });
    expect(reply).not.toContain("leaked");
    expect(reply).toContain("expected a password message");

    // A client that resets the connection mid-exchange leaves the host serving.
    await new Promise<void>((resolve) => {
      const socket = connect(Number(port), "127.0.0.1", () =>
        socket.write(startup.subarray(0, 4), () => {
          socket.resetAndDestroy();
          resolve();
        }),
      );
      socket.on("error", () => {});
    });
    expect(await query(handle.url)).toBe(42);
  });

  it("listens on the loopback interface only", async () => {
    const handle = await acquirePGlite(undefined, { template: env.PGLITE_TEMPLATE });
    handles.push(handle);
    const external = Object.values(networkInterfaces())
      .flat()
      .find((address) => address && address.family === "IPv4" && !address.internal);
    expect(new URL(handle.url).hostname).toBe("127.0.0.1");
    if (!external) return; // a machine with no other interface has nothing more to check
    const outcome = await new Promise<string>((resolve) => {
      const socket = connect(Number(new URL(handle.url).port), external.address);
      socket.on("connect", () => resolve("connected"));
      socket.on("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? "error"));
    });
    expect(outcome).toBe("ECONNREFUSED");
  });

  it("keeps a folder's password in a lock file only its owner can read, for the other processes on that folder", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pglite-auth-"));
    dirs.push(dir);
    const dataDir = join(dir, "db");
    const owner = await acquirePGlite(dataDir);
    handles.push(owner);
    const lock = `${dataDir}.lock.json`;
    expect(statSync(lock).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(lock, "utf8")).password).toBe(new URL(owner.url).password);
    // Another caller (in practice another process) finds the host and its password through the lock.
    const guest = await acquirePGlite(dataDir);
    expect(guest.hosted).toBe(false);
    expect(await query(guest.url)).toBe(42);
  }, 120_000); // initdb on disk: ~20 s on a busy machine
});
