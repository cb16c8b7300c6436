// A production server as an operator gets it with no settings but the demo's: no SMTP_URL, the dev
// mailbox switched on (DEV_MAILBOX=true), the default limits, no trusted proxy. It runs beside the
// suite's main server, from the same build, on its own in-memory database and a free port.
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createServer } from "node:net";
import { expect, test } from "@playwright/test";
import { askForLink, clientAt, ON_ITS_WAY, randomLoopback } from "./client";

let server: ChildProcess;
let origin: string;
const logLines: string[] = [];

async function freePort() {
  const probe = createServer().listen(0, "127.0.0.1");
  await new Promise((resolve) => probe.once("listening", resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn("node_modules/.bin/next", ["start", "-p", String(port), "-H", "127.0.0.1"], {
    detached: true,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      CHECKPOINT_DISABLE: "1",
      DATABASE_URL: "pglite:memory",
      SITE_URL: origin,
      DEV_MAILBOX: "true",
    },
  });
  for (const stream of [server.stdout!, server.stderr!]) {
    stream.setEncoding("utf8");
    stream.on("data", (chunk: string) => logLines.push(...chunk.split("\n")));
  }
  await expect
    .poll(async () => (await fetch(`${origin}/api/health`).catch(() => undefined))?.status, { timeout: 280_000, intervals: [1_000] })
    .toBe(200);
});

test.afterAll(async () => {
  if (server?.pid && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once("exit", resolve));
    process.kill(-server.pid, "SIGTERM");
    await exited;
  }
});

/** POST /api/inquiries as an integration would: a support question from a unique address. */
function submitSupport(client: ReturnType<typeof clientAt>, tag: string, forwardedFor?: string) {
  return client.request("/api/inquiries", {
    method: "POST",
    headers: forwardedFor ? { "X-Forwarded-For": forwardedFor } : {},
    form: {
      kind: "SUPPORT",
      idempotencyKey: randomUUID(),
      name: "Dr Ana Ruiz",
      email: `${tag}@${tag}.example.edu`,
      institution: "Example University",
      country: "Spain",
      researchUseAcknowledged: "true",
      catalogNumbers: "B8105958",
      application: "Cell viability assay",
      question: "Is it soluble in DMSO at 10 mM?",
    },
  });
}

const unique = () => `t${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

test("the dev mailbox shows a visitor the demo's emails but never a sign-in link; the operator finds the link in the log", async ({
  page,
}) => {
  const client = clientAt(randomLoopback(), origin);
  const submitted = await submitSupport(client, unique());
  expect(submitted.status).toBe(201);
  const { reference } = JSON.parse(submitted.text) as { reference: string };

  expect(await askForLink(client, "admin@reagentdesk.example")).toEqual(ON_ITS_WAY);
  let link: string | undefined;
  await expect
    .poll(
      () => {
        const entry = logLines
          .map((line) => (line.startsWith("{") ? (JSON.parse(line) as { event?: string; to?: string; url?: string }) : {}))
          .find((e) => e.event === "auth.sign-in-link" && e.to === "admin@reagentdesk.example");
        return (link = entry?.url);
      },
      { timeout: 20_000 },
    )
    .toMatch(new RegExp(`^${origin}/api/auth/callback/email\\?`));

  // An anonymous visitor: the inquiry's emails are listed, no sign-in email, no link in any message.
  const mailbox = await client.request("/dev/mailbox");
  expect(mailbox.status).toBe(200);
  expect(mailbox.text).toContain(`[${reference}]`);
  expect(mailbox.text).not.toContain("Sign in to Reagent Desk staff");
  const messages = [...mailbox.text.matchAll(/href="(\/dev\/mailbox\/[^"]+)"/g)].map((m) => m[1]!);
  expect(messages.length).toBeGreaterThan(0);
  for (const path of messages) expect((await client.request(path)).text).not.toContain("/api/auth/callback/email");

  // The operator hands the link from the log to the member, who is signed in by it.
  await page.goto(link!);
  await expect(page).toHaveURL(`${origin}/staff`);
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
});

test("the acknowledgment in the dev mailbox opens the requester's page from its HTML part, in a new tab", async ({ page }) => {
  const client = clientAt(randomLoopback(), origin);
  const submitted = await submitSupport(client, unique());
  const { reference } = JSON.parse(submitted.text) as { reference: string };
  await page.goto(`${origin}/dev/mailbox`);
  await page.getByRole("link", { name: `[${reference}] We received your PhD support compatibility check` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`[${reference}] We received your PhD support compatibility check`);
  // The email is sandboxed (no script, no navigation of the page); its links open a tab, as in a mail client.
  const opening = page.context().waitForEvent("page");
  await page
    .frameLocator(`iframe[title^="HTML part of"]`)
    .getByRole("link", { name: new RegExp(`/requests/${reference}\\?token=`) })
    .click();
  const requestPage = await opening;
  await expect(requestPage).toHaveURL(`${origin}/requests/${reference}`);
  await expect(requestPage.getByRole("heading", { level: 1 })).toHaveText(`Request ${reference}`);
});

test("25 inquiries with forged X-Forwarded-For headers from one client: the per-IP limit (20 an hour) still holds", async () => {
  const client = clientAt(randomLoopback(), origin);
  const statuses: number[] = [];
  for (let i = 0; i < 25; i++) {
    const forged = `203.0.113.${i + 1}, 198.51.100.${i + 1}`;
    statuses.push((await submitSupport(client, `${unique()}${i}`, forged)).status);
  }
  expect(statuses.filter((s) => s === 201)).toHaveLength(20);
  expect(statuses.slice(20)).toEqual([429, 429, 429, 429, 429]);
  // Another client is a separate client.
  expect((await submitSupport(clientAt(randomLoopback(), origin), unique())).status).toBe(201);
});
