import { defineConfig, devices } from "@playwright/test";
import { inboundSecret } from "./e2e/staff";
import { findChromium } from "./scripts/browser.cjs";

const port = Number(process.env.E2E_PORT ?? 3100);
const smtpPort = Number(process.env.E2E_SMTP_PORT ?? 2525);
const baseURL = `http://127.0.0.1:${port}`;
const browser = findChromium();
// Specs about what the browser gets (phone layout, accessibility, headers, escaping of stored text),
// which the database behind the pages does not change: PGlite is PostgreSQL's own engine. .ci/run's
// second pass, on a PostgreSQL server, sets E2E_SKIP_BROWSER_ONLY and leaves them to the first.
const browserOnly = process.env.E2E_SKIP_BROWSER_ONLY
  ? [
      /mobile\.spec\.ts/,
      /accessibility\.spec\.ts/,
      /security-headers\.spec\.ts/,
      /structure-thumbnails\.spec\.ts/,
      /xss-injection\.spec\.ts/,
    ]
  : [];

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: browser?.executablePath,
      // Without the background-networking flags Chromium keeps dialling Google on a closed network.
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    // Signs the staff identities in once, through the emailed link, for the staff tests to reuse.
    { name: "staff-sign-in", testMatch: /staff\.setup\.ts/, use: { ...devices["Desktop Chrome"] } },
    {
      name: "desktop",
      use: { ...devices["Desktop Chrome"] },
      testIgnore: [/mobile\.spec\.ts/, ...browserOnly],
      dependencies: ["staff-sign-in"],
    },
    { name: "phone", use: { ...devices["Pixel 7"] }, testMatch: /mobile\.spec\.ts/, testIgnore: browserOnly },
  ],
  webServer: [
    {
      // The mail server the app delivers to; tests read what arrived from its /messages endpoint.
      command: `npx tsx scripts/smtp-sink.ts`,
      url: `http://127.0.0.1:${smtpPort + 1}/messages`,
      reuseExistingServer: false,
      env: { SMTP_SINK_PORT: String(smtpPort) },
    },
    {
      // A production server on its own embedded database (created, migrated and seeded at start-up),
      // or on the PostgreSQL server that E2E_DATABASE_URL names (prepared by .ci/run).
      command: `npx next start -p ${port} -H 127.0.0.1`,
      url: `${baseURL}/products`,
      reuseExistingServer: false,
      timeout: 180_000,
      env: {
        DATABASE_URL: process.env.E2E_DATABASE_URL ?? "pglite:./.data/e2e",
        SITE_URL: baseURL,
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        OUTBOX_POLL_MS: "500",
        // Every browser test connects from 127.0.0.1, and the XSS corpus alone submits more inquiries
        // than a client may in an hour. The default limit, against forged X-Forwarded-For headers, is
        // proven on a server of its own (e2e/production-defaults.spec.ts).
        RATE_LIMIT_PER_IP: "100000",
        // Likewise structure drawings and searches: the phone and accessibility tests alone open the
        // structure pages often within a minute. The limit is tested in lib/catalog/structure-limit.test.ts.
        STRUCTURE_LIMIT_PER_MINUTE: "100000",
        // Every test's requester is at example.edu, and each test checks its acknowledgment.
        ACK_LIMIT_PER_DOMAIN: "1000",
        INBOUND_EMAIL_SECRET: inboundSecret,
        NEXT_TELEMETRY_DISABLED: "1",
      },
    },
  ],
});
