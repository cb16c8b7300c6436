// The only reader of process.env. Each variable is documented in .env.example with its default.
import { z } from "zod";

// An empty line in .env ("NEXTAUTH_SECRET=") means unset.
const unsetIfEmpty = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" ? undefined : v), schema.optional());

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  // Unset: embedded PGlite in ./.data/pglite. "pglite:memory" or "pglite:<dir>": embedded PGlite.
  // "postgresql://…": a PostgreSQL server.
  DATABASE_URL: z.string().trim().optional(),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  PGLITE_MAX_CONN: z.coerce.number().int().min(2).max(64).default(8),
  PGLITE_DEBUG: z.string().optional(),
  // Tests: a PGlite data-dir dump (made by tests/global-setup.ts) that in-memory databases start from.
  PGLITE_TEMPLATE: unsetIfEmpty(z.string()),
  // Public origin used for canonical URLs, the sitemap and links in emails. Unset: http://localhost:<PORT>.
  SITE_URL: unsetIfEmpty(z.url()),
  // Set by `next start` and `next dev` to the port the server actually listens on (`-p`, or the next
  // free one when `next dev` finds 3000 busy), before any app code loads; unset in scripts: 3000.
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  // Origin of the caching proxy in front of the app (deploy/nginx/reagent-desk.conf), e.g.
  // http://127.0.0.1:8080: staff edits ask it to refresh the pages they change. Unset: no proxy.
  PROXY_REFRESH_URL: unsetIfEmpty(z.url()),
  // "false" stops the app from migrating and seeding an empty embedded database at start-up.
  AUTO_SETUP_DB: z.enum(["true", "false"]).default("true"),
  // --- Mail ---
  // smtp://user:pass@host:587 or smtps://…; unset: mail stays in the outbox, visible at /dev/mailbox,
  // and sign-in links are written to the server's log instead.
  SMTP_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined),
  // "true" shows /dev/mailbox even with SMTP_URL or in production (every email but sign-in links: keep it off in production).
  DEV_MAILBOX: z.enum(["true", "false", ""]).optional(),
  MAIL_FROM: z.string().default("Reagent Desk <no-reply@reagentdesk.example>"),
  QUOTES_INBOX: z.email().default("quotes@reagentdesk.example"),
  SYNTHESIS_INBOX: z.email().default("synthesis@reagentdesk.example"),
  SUPPORT_INBOX: z.email().default("support@reagentdesk.example"),
  // How often the outbox worker looks for due messages (it is also woken after each submission).
  OUTBOX_POLL_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  // How long a claimed message stays reserved for its worker: longer than a batch takes to send, or a
  // second process may send it too. A process that dies holding claims delays them this long.
  OUTBOX_LEASE_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(60_000),
  // First retry delay after a failed send; it doubles per attempt up to one hour.
  OUTBOX_RETRY_BASE_MS: z.coerce.number().int().min(100).max(3_600_000).default(10_000),
  // Days a sent email's body (HTML and text) is kept; its headers and Message-ID stay. See docs/operations.md, "Data retention".
  MAIL_BODY_RETENTION_DAYS: z.coerce.number().min(0).max(3650).default(30),
  // How often each app process runs the retention cleanup (lib/mail/cleanup.ts).
  CLEANUP_INTERVAL_MS: z.coerce.number().int().min(10_000).max(86_400_000).default(600_000),
  // --- Abuse limits (per clock hour, a fixed window, shared by all app processes through the database) ---
  RATE_LIMIT_PER_IP: z.coerce.number().int().min(1).default(20),
  RATE_LIMIT_PER_EMAIL: z.coerce.number().int().min(1).default(10),
  // Acknowledgment emails sent per hour to one recipient domain; past it inquiries are still stored.
  ACK_LIMIT_PER_DOMAIN: z.coerce.number().int().min(1).default(30),
  // Staff sign-in links asked for per hour from one IP address (one address gets one link a minute at most).
  SIGN_IN_LIMIT_PER_IP: z.coerce.number().int().min(1).default(20),
  // Structure drawings and structure searches (RDKit work) per minute from one IP address.
  STRUCTURE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  // Reverse proxies in front of the app that append to X-Forwarded-For; 0: none (the app is reached
  // directly, and the socket's address is the client's).
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  // --- Staff ---
  // Seeded into the staff allowlist: comma-separated "email:role" (role admin or agent, default agent).
  STAFF_EMAILS: z.string().default("admin@reagentdesk.example:admin,agent@reagentdesk.example:agent"),
  // Signs next-auth's tokens and cookies. Unset: a random secret is kept in ./.data/auth-secret.
  NEXTAUTH_SECRET: unsetIfEmpty(z.string().min(32)),
  // Shared secret of the inbound-mail webhook (POST /api/inbound-email). Unset: the endpoint is off.
  INBOUND_EMAIL_SECRET: unsetIfEmpty(z.string().min(16)),
  // The authserv-id your mail provider writes in Authentication-Results (e.g. mx.google.com). Unset:
  // the topmost such header is taken as the provider's.
  INBOUND_AUTHSERV_ID: unsetIfEmpty(z.string().trim().min(1)),
  // First-response targets, in business days: a business day is the opening hours below.
  SLA_QUOTE_DAYS: z.coerce.number().min(0.25).max(30).default(1),
  SLA_CUSTOM_SYNTHESIS_DAYS: z.coerce.number().min(0.25).max(30).default(2),
  SLA_SUPPORT_DAYS: z.coerce.number().min(0.25).max(30).default(2),
  // Business hours the SLA counts (lib/inquiries/sla.ts): an IANA timezone, opening hours on Monday to
  // Friday, and closed dates (YYYY-MM-DD, comma-separated) in that timezone.
  BUSINESS_TIMEZONE: z
    .string()
    .default("Europe/London")
    .refine((zone) => {
      try {
        new Intl.DateTimeFormat("en", { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    }, "not an IANA timezone, e.g. Europe/London"),
  BUSINESS_HOURS: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d$/, "write opening hours as HH:MM-HH:MM, e.g. 09:00-17:30")
    .default("09:00-17:30"),
  BUSINESS_HOLIDAYS: z
    .string()
    .default("2026-12-25,2026-12-28,2027-01-01,2027-03-26,2027-03-29,2027-05-03,2027-05-31,2027-08-30,2027-12-27,2027-12-28")
    .transform((list) =>
      list
        .split(",")
        .map((day) => day.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.iso.date("holidays are dates written YYYY-MM-DD"))),
  // The assignee is warned by email when an inquiry's first response falls due within this many business hours.
  SLA_WARNING_HOURS: z.coerce.number().min(0.25).max(40).default(2),
  // --- Quotes and the requester's page ---
  // Days a quote stays valid unless staff set another date.
  QUOTE_VALIDITY_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  // The requester is reminded once, this many days before a sent quote expires (0: no reminder).
  QUOTE_REMINDER_DAYS: z.coerce.number().int().min(0).max(60).default(5),
  // Days a private link to /requests/<reference> works; a new one can be asked for at any time.
  REQUESTER_LINK_DAYS: z.coerce.number().int().min(1).max(365).default(90),
  // "true" (set by `npm start`) leaves SIGTERM/SIGINT to instrumentation.ts, which lets the mail
  // worker finish its in-flight sends before the process exits; Next's own handler would exit first.
  NEXT_MANUAL_SIG_HANDLE: z.string().optional(),
  // Lowest level written by lib/core/log.ts: "info" (everything), "warn" or "error".
  LOG_LEVEL: z.enum(["info", "warn", "error"]).default("info"),
  // Set by Next.js itself: "nodejs" in a Next server (unset under tsx and Vitest), and
  // "phase-production-build" while `next build` runs.
  NEXT_RUNTIME: z.string().optional(),
  NEXT_PHASE: z.string().optional(),
});

export const env = envSchema
  .transform(({ SITE_URL, ...rest }) => ({ ...rest, SITE_URL: SITE_URL ?? `http://localhost:${rest.PORT}` }))
  .parse(process.env);
export type Env = typeof env;
