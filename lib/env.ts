// The only reader of process.env. Each variable is documented in .env.example with its default.
import { z } from "zod";

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  // Unset: embedded PGlite in ./.data/pglite. "pglite:memory" or "pglite:<dir>": embedded PGlite.
  // "postgresql://…": a PostgreSQL server.
  DATABASE_URL: z.string().trim().optional(),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  PGLITE_MAX_CONN: z.coerce.number().int().min(2).max(64).default(8),
  PGLITE_DEBUG: z.string().optional(),
  // Public origin used for canonical URLs, the sitemap and links in emails.
  SITE_URL: z.url().default("http://localhost:3000"),
  // "false" stops the app from migrating and seeding an empty embedded database at start-up.
  AUTO_SETUP_DB: z.enum(["true", "false"]).default("true"),
  // --- Mail ---
  // smtp://user:pass@host:587 or smtps://…; unset: mail stays in the outbox, visible at /dev/mailbox.
  SMTP_URL: z.string().trim().optional().transform((v) => v || undefined),
  // "true" shows /dev/mailbox even with SMTP_URL or in production (it shows every email: keep it off in production).
  DEV_MAILBOX: z.enum(["true", "false", ""]).optional(),
  MAIL_FROM: z.string().default("Reagent Desk <no-reply@reagentdesk.example>"),
  QUOTES_INBOX: z.email().default("quotes@reagentdesk.example"),
  SYNTHESIS_INBOX: z.email().default("synthesis@reagentdesk.example"),
  SUPPORT_INBOX: z.email().default("support@reagentdesk.example"),
  // How often the outbox worker looks for due messages (it is also woken after each submission).
  OUTBOX_POLL_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  // --- Abuse limits (per rolling hour, shared by all app processes through the database) ---
  RATE_LIMIT_PER_IP: z.coerce.number().int().min(1).default(20),
  RATE_LIMIT_PER_EMAIL: z.coerce.number().int().min(1).default(10),
  // Set by Next.js itself; "phase-production-build" while `next build` runs.
  NEXT_PHASE: z.string().optional(),
});

export const env = envSchema.parse(process.env);
export type Env = z.infer<typeof envSchema>;
