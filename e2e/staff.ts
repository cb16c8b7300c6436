import { expect, type Browser, type Page } from "@playwright/test";
import { receivedMail } from "./mail";

/** Known to the tests, which post mail to the inbound webhook as a mail provider would. */
export const inboundSecret = "e2e-inbound-secret-0123456789";

export const staff = {
  admin: "admin@reagentdesk.example",
  agent: "agent@reagentdesk.example",
  // Added, signed in, then deactivated by the admin in the setup: a session that is no longer staff.
  former: "former.e2e@reagentdesk.example",
} as const;
export type Identity = keyof typeof staff;

export const authFile = (identity: Identity) => `.data/e2e-auth/${identity}.json`;

/** What the sign-in page answers for every address, on the staff list or not. */
export const NEUTRAL_ANSWER = "If this address belongs to a staff member, a link is on its way.";

const SIGN_IN_SUBJECT = "Sign in to Reagent Desk staff";

/** Sign-in emails to `email` that reached the SMTP server after the first `before` messages. */
export async function signInMailTo(email: string, before = 0) {
  return (await receivedMail()).slice(before).filter((m) => m.to === email && m.subject === SIGN_IN_SUBJECT);
}

/** Wait for a sign-in email to `email` (after the first `before` messages) and return its link. */
export async function waitForLink(email: string, before: number) {
  let link: string | undefined;
  await expect
    .poll(
      async () => (link = (await signInMailTo(email, before)).at(-1)?.text?.match(/https?:\/\/\S+\/api\/auth\/callback\/email\S+/)?.[0]),
      { timeout: 20_000 },
    )
    .toBeTruthy();
  return link!;
}

/** Ask for a sign-in link on the sign-in page, read it from the SMTP server, and open it; returns the link. */
export async function signInThroughEmail(page: Page, email: string) {
  const before = (await receivedMail()).length;
  await page.goto("/staff/inquiries");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fstaff%2Finquiries/);
  await page.getByLabel("Work email").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("status")).toHaveText(NEUTRAL_ANSWER);
  const link = await waitForLink(email, before);
  await page.goto(link);
  await expect(page).toHaveURL(/\/staff\/inquiries$/);
  return link;
}

/** The admin adds an agent to the staff list (each test its own, so none shares a link limit). */
export async function addStaffMember(browser: Browser, email: string) {
  const context = await browser.newContext({ storageState: authFile("admin") });
  const admin = await context.newPage();
  await admin.goto("/staff/team");
  const add = admin.getByRole("form", { name: "Add a staff member" });
  await add.getByLabel("Email").fill(email);
  await add.getByLabel("Name").fill("E2E Member");
  await add.getByRole("button", { name: "Add staff member" }).click();
  await expect(add.getByRole("status")).toHaveText(`Added ${email}: they can now sign in.`);
  await context.close();
}
