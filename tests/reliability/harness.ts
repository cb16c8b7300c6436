// The moving parts the reliability suite starts, stops and kills: a private PostgreSQL server, a
// recording SMTP server and `next start`. Everything listens on 127.0.0.1 only, and every wait is
// bounded in time.
import { execFile, execFileSync, spawn, type ChildProcess } from "node:child_process";
import { chownSync, existsSync, mkdirSync, openSync, rmSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";
import { SMTPServer } from "smtp-server";

/** Poll `check` every `everyMs` until it returns a value, or throw after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined | false> | T | undefined | false,
  { timeoutMs = 60_000, everyMs = 100 } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting ${timeoutMs / 1000} s for ${what}`);
    await sleep(everyMs);
  }
}

// ---------------------------------------------------------------------------------------------
// A private PostgreSQL 15 cluster: restarting it never disturbs the shared server on 5432.

const PG_BIN = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";

export function privatePostgres({ dataDir, port, logFile }: { dataDir: string; port: number; logFile: string }) {
  // initdb and postgres refuse to run as root: run them as the postgres user then.
  const asRoot = process.getuid?.() === 0;
  const run = (tool: string, args: string[]) =>
    promisify(execFile)(asRoot ? "runuser" : `${PG_BIN}/${tool}`, asRoot ? ["-u", "postgres", "--", `${PG_BIN}/${tool}`, ...args] : args, {
      timeout: 60_000,
    });
  const options = `-c listen_addresses=127.0.0.1 -c port=${port} -c unix_socket_directories= -c max_connections=100`;
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    async init() {
      rmSync(dataDir, { recursive: true, force: true });
      mkdirSync(dataDir, { recursive: true });
      if (asRoot) {
        const { uid, gid } = userIds("postgres");
        chownSync(dataDir, uid, gid);
        if (!existsSync(logFile)) openSync(logFile, "a");
        chownSync(logFile, uid, gid);
      }
      await run("initdb", ["-D", dataDir, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8"]);
    },
    start: () => run("pg_ctl", ["start", "-D", dataDir, "-l", logFile, "-w", "-t", "30", "-o", options]),
    /** Fast shutdown: open connections are terminated, in-flight transactions roll back. */
    stop: () => run("pg_ctl", ["stop", "-D", dataDir, "-m", "fast", "-w", "-t", "30"]),
    async stopIfRunning() {
      try {
        await run("pg_ctl", ["stop", "-D", dataDir, "-m", "immediate", "-w", "-t", "30"]);
      } catch {
        // not running
      }
    },
  };
}

function userIds(name: string) {
  const [uid, gid] = execFileSync("id", ["-u", name])
    .toString()
    .trim()
    .concat(" ", execFileSync("id", ["-g", name]).toString().trim())
    .split(" ")
    .map(Number);
  return { uid: uid!, gid: gid! };
}

// ---------------------------------------------------------------------------------------------
// A recording SMTP server. It reads only the headers it counts by (Message-ID) and keeps every
// acceptance with its time, in this process, so the record survives the SMTP server's own
// stops and the app's restarts. Stopped, the port refuses connections.

/** `at`: when the server had the whole message (its acceptance follows after `delayMs`). */
export type Acceptance = { messageId: string; at: number };

/** `onMessage`: each whole message as received, for a test that reads one (a sign-in link). */
export function recordingSmtpServer({ port, onMessage }: { port: number; onMessage?: (raw: string) => void }) {
  const accepted: Acceptance[] = [];
  let server: SMTPServer | undefined;
  const state = { delayMs: 0 };

  const start = () =>
    new Promise<void>((resolve, reject) => {
      const s = new SMTPServer({
        authOptional: true,
        disabledCommands: ["STARTTLS"],
        logger: false,
        disableReverseLookup: true,
        closeTimeout: 1_000,
        onData(stream, _session, callback) {
          const chunks: Buffer[] = [];
          stream.on("data", (chunk: Buffer) => chunks.push(chunk));
          stream.on("end", () => {
            const raw = Buffer.concat(chunks).toString("utf8");
            const headers = raw.slice(0, raw.search(/\r?\n\r?\n/));
            const messageId = /^message-id:\s*(<[^>\r\n]+>)/im.exec(headers)?.[1];
            if (!messageId) return callback(new Error("no Message-ID"));
            onMessage?.(raw);
            // The delay comes before the acceptance, as a slow mail server's would. Like a real
            // server, it keeps a message received in full even if the client is gone by then.
            const at = Date.now();
            setTimeout(() => {
              accepted.push({ messageId, at });
              callback();
            }, state.delayMs);
          });
        },
      });
      s.once("error", reject);
      s.listen(port, "127.0.0.1", () => {
        // From now on errors are clients' connections breaking (the app is killed on purpose).
        s.removeListener("error", reject);
        s.on("error", () => {});
        server = s;
        resolve();
      });
    });

  return {
    url: `smtp://127.0.0.1:${port}`,
    accepted,
    state,
    start,
    /** Stop listening at once (new connections are refused); open sessions end within a second. */
    async stop() {
      const s = server;
      server = undefined;
      if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
    },
    /** Acceptances per Message-ID. */
    counts() {
      const counts = new Map<string, number>();
      for (const { messageId } of accepted) counts.set(messageId, (counts.get(messageId) ?? 0) + 1);
      return counts;
    },
  };
}
export type RecordingSmtpServer = ReturnType<typeof recordingSmtpServer>;

// ---------------------------------------------------------------------------------------------
// `next start` on an existing build, one process, logs appended to a file.

/** `cwd`: the project folder whose .next build to serve (default: this one). */
export function appServer({ port, env, logFile, cwd }: { port: number; env: Record<string, string>; logFile: string; cwd?: string }) {
  let child: ChildProcess | undefined;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    get pid() {
      return child?.pid;
    },
    async start() {
      const log = openSync(logFile, "a");
      child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
        env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", NEXT_MANUAL_SIG_HANDLE: "true", ...env },
        stdio: ["ignore", log, log],
        cwd,
      });
      await waitFor(
        "the app to answer /api/health",
        async () => {
          if (child?.exitCode !== null) throw new Error(`the app exited with ${child?.exitCode}; see ${logFile}`);
          const response = await fetch(`${origin}/api/health`).catch(() => undefined);
          return response?.status === 200;
        },
        { timeoutMs: 90_000, everyMs: 200 },
      );
    },
    /** Send a signal and wait (bounded) for the process to exit; returns how long that took. */
    async signal(signal: NodeJS.Signals, { timeoutMs = 40_000 } = {}) {
      const c = child;
      if (!c || c.exitCode !== null || c.signalCode !== null) return { ms: 0, code: c?.exitCode ?? null };
      const started = Date.now();
      const exited = new Promise<number | null>((resolve) => c.once("exit", (code) => resolve(code)));
      c.kill(signal);
      const code = await Promise.race([exited, sleep(timeoutMs).then(() => "timeout" as const)]);
      if (code === "timeout") {
        c.kill("SIGKILL");
        throw new Error(`the app did not exit within ${timeoutMs / 1000} s of ${signal}`);
      }
      child = undefined;
      return { ms: Date.now() - started, code };
    },
  };
}
export type AppServer = ReturnType<typeof appServer>;
