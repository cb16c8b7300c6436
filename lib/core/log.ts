// Structured logs: one JSON object per line on stdout/stderr, so a log collector can index fields
// (event, reference, messageId) instead of parsing prose. Never pass secrets or whole requests here.
import { env } from "@/lib/env";

type Level = "info" | "warn" | "error";
const RANK: Record<Level, number> = { info: 0, warn: 1, error: 2 };
type Fields = Record<string, unknown> & { error?: unknown };

function describe(error: unknown) {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  return code === undefined ? error.message : `${error.message} (${String(code)})`;
}

function write(level: Level, event: string, { error, ...fields }: Fields = {}) {
  if (RANK[level] < RANK[env.LOG_LEVEL]) return;
  const entry = { time: new Date().toISOString(), level, event, ...fields, ...(error === undefined ? {} : { error: describe(error) }) };
  const line = JSON.stringify(entry);
  if (level === "info") console.log(line);
  else console.error(line);
}

export const log = {
  info: (event: string, fields?: Fields) => write("info", event, fields),
  warn: (event: string, fields?: Fields) => write("warn", event, fields),
  error: (event: string, fields?: Fields) => write("error", event, fields),
};
