// A server started the way the README's quick start does it: `next start -p <port>`, without -H and
// without SITE_URL, on a port other than 3000, browsed through http://127.0.0.1:<port>. The main e2e
// server is started with -H 127.0.0.1 and SITE_URL, which hid both problems: forms refused as
// cross-site on any host but the one the server was started with, and links naming port 3000.
import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { mainSinkPort, readMailFrom, receivedMail, uniqueEmail, type SinkMessage } from "./mail";
import { literal, withE2eDatabase } from "./db";
import { signInThroughEmail } from "./staff";

const port = Number(process.env.E2E_PORT ?? 3100) + 1;
const origin = `http://127.0.0.1:${port}`;
const siteUrl = `http://localhost:${port}`; // what the server must call itself with SITE_URL unset
const dataDir = ".data/e2e-any-host";
// On its own embedded database this server numbers inquiries from 1 again, so it gets its own mail
// server too. On PostgreSQL both servers' workers send from one outbox, to the main mail server.
const ownDatabase = !process.env.E2E_DATABASE_URL;
const smtpPort = ownDatabase ? mainSinkPort + 2 : mainSinkPort;
// An admin of this spec's own: a staff address is sent one sign-in link a minute at most, and on
// PostgreSQL the desktop project's setup has just asked for links for the seeded ones.
const admin = `any-host.${Date.now()}@reagentdesk.example`;

test.describe.configure({ mode: "serial" });
test.use({ baseURL: origin });

let server: ChildProcess | undefined;
let sink: ChildProcess | undefined;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  // Its own embedded database: a second process on the main server's embedded database would share
  // one PGlite session with it. On PostgreSQL (CI) both servers use the same database.
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(`${dataDir}.lock.json`, { force: true });
  if (process.env.E2E_DATABASE_URL) {
    await withE2eDatabase((query) =>
      query(
        `INSERT INTO "StaffMember" (id, email, name, role, "updatedAt") VALUES (${literal(admin)}, ${literal(admin)}, 'Any-host Admin', 'ADMIN', now())`,
      ),
    );
  }
  if (ownDatabase) {
    sink = spawn("npx", ["tsx", "scripts/smtp-sink.ts"], {
      detached: true,
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, SMTP_SINK_PORT: String(smtpPort) },
    });
    readMailFrom(smtpPort);
  }
  const env = { ...process.env };
  for (const name of ["SITE_URL", "NEXTAUTH_URL", "PORT", "HOSTNAME"]) delete env[name];
  server = spawn("npx", ["next", "start", "-p", String(port)], {
    detached: true, // its own process group, so afterAll stops npx and the server alike
    stdio: ["ignore", "inherit", "inherit"],
    env: {
      ...env,
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? `pglite:./${dataDir}`,
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      OUTBOX_POLL_MS: "500",
      NEXT_TELEMETRY_DISABLED: "1",
      // The desktop project's staff setup already asked for links for these addresses (the limits
      // are shared through the database on PostgreSQL).
      SIGN_IN_LIMIT_PER_IP: "1000",
      // The embedded database is seeded with this allowlist at start-up.
      STAFF_EMAILS: `${admin}:admin`,
    },
  });
  await expect
    .poll(async () => (await fetch(`${origin}/products`).catch(() => undefined))?.status, { timeout: 220_000, intervals: [1_000] })
    .toBe(200);
});

test.afterAll(() => {
  for (const child of [server, sink]) if (child?.pid) process.kill(-child.pid, "SIGTERM");
  readMailFrom(mainSinkPort);
});

/**
 * Send the browser's server-action POSTs to `pathname` on with a foreign Origin, so the server
 * really refuses them, and hand its answer back to the page. (Chromium will not let a route rewrite
 * the Origin of a request it sends itself.)
 */
async function refuseServerActions(page: Page, pathname: string) {
  await page.route(
    (url) => url.pathname === pathname,
    async (route) => {
      const request = route.request();
      if (request.method() !== "POST" || !request.headers()["next-action"]) return route.continue();
      const response = await route.fetch({ headers: { ...request.headers(), origin: "https://evil.example" } });
      expect(response.status()).toBe(403);
      return route.fulfill({ response });
    },
  );
}

async function fillQuote(page: Page, email: string) {
  await page.getByLabel("Full name").fill("Dr Ana Ruiz");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Institution or company").fill("Example University");
  await page.getByLabel("Country").fill("Spain");
  await page.getByLabel("Research use only").check();
  await page.getByLabel("Quantity").fill("10");
}

test("a quote request works through 127.0.0.1 on a server started without -H, and its emails link to the server's own port", async ({
  page,
}) => {
  const email = uniqueEmail("anyhost");
  await page.goto("/quote?products=B8105958");
  await fillQuote(page, email);
  await page.getByRole("button", { name: "Send quote request" }).click();
  const reference = page.getByTestId("inquiry-reference");
  await expect(reference).toHaveText(/^Q-\d{4}-\d{6}$/);
  const ref = (await reference.textContent())!;

  let notification: SinkMessage | undefined;
  await expect
    .poll(async () => (notification = (await receivedMail()).find((m) => m.to === "quotes@reagentdesk.example" && m.replyTo === email)), {
      timeout: 20_000,
    })
    .toBeTruthy();
  expect(notification?.html).toContain(`href="${siteUrl}/staff/inquiries/${ref}"`);
});

test("robots.txt names the sitemap on the port the server listens on", async ({ request }) => {
  expect(await (await request.get("/robots.txt")).text()).toContain(`Sitemap: ${siteUrl}/sitemap.xml`);
});

test("a refused form shows a message with a retry and a way back, not Next's bare error screen", async ({ page }) => {
  await page.goto("/quote?products=B8105958");
  await refuseServerActions(page, "/quote");
  await fillQuote(page, uniqueEmail("refused"));
  await page.getByRole("button", { name: "Send quote request" }).click();

  const alert = page.getByRole("alert").filter({ hasText: "Something went wrong" });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText("may not have been saved");
  await expect(page.getByText("This page couldn't load")).toHaveCount(0);
  // The site's header stays, with a way back and a retry.
  await expect(page.getByRole("banner")).toBeVisible();
  await expect(alert.getByRole("link", { name: "Product catalog" })).toHaveAttribute("href", "/products");
  await page.unrouteAll();
  await alert.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByLabel("Full name")).toBeVisible();
  await expect(alert).toHaveCount(0);
});

test("staff sign in through the emailed link with no SITE_URL; a refused staff action keeps the staff navigation", async ({ page }) => {
  const link = await signInThroughEmail(page, admin);
  expect(link.startsWith(`${siteUrl}/api/auth/callback/email?`)).toBe(true);
  // next-auth's callback redirect stays on the server's own port too.
  expect(page.url()).toBe(`${siteUrl}/staff/inquiries`);

  await page.goto(`${siteUrl}/staff/team`);
  await refuseServerActions(page, "/staff/team");
  const add = page.getByRole("form", { name: "Add a staff member" });
  await add.getByLabel("Email").fill(uniqueEmail("refused.staff"));
  await add.getByLabel("Name").fill("Refused Member");
  await add.getByRole("button", { name: "Add staff member" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "Something went wrong" });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole("link", { name: "Staff dashboard" })).toHaveAttribute("href", "/staff");
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
});
