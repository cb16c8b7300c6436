import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { env } from "@/lib/env";

const SECRET_FILE = ".data/auth-secret";

/**
 * NEXTAUTH_SECRET, or for the zero-setup quick start a random secret generated once and kept beside
 * the embedded database (git-ignored), so sessions survive restarts without a secret in the repo.
 */
export function authSecret(): string {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  // A public deployment keeps its secrets in its environment, never in a file beside the app. (The
  // build imports this module too, but signs nothing: it need not hold the secret.)
  if (env.NODE_ENV === "production" && env.SITE_URL.startsWith("https:") && env.NEXT_PHASE !== "phase-production-build") {
    throw new Error("NEXTAUTH_SECRET must be set in production (SITE_URL is https); generate one with `openssl rand -base64 32`.");
  }
  try {
    const existing = readFileSync(SECRET_FILE, "utf8").trim();
    if (existing.length >= 32) return existing;
  } catch {
    // First start: create it below.
  }
  const secret = randomBytes(32).toString("base64url");
  mkdirSync(".data", { recursive: true });
  // "wx": if another process wrote it first, keep theirs.
  try {
    writeFileSync(SECRET_FILE, secret, { flag: "wx", mode: 0o600 });
    return secret;
  } catch {
    return readFileSync(SECRET_FILE, "utf8").trim();
  }
}
