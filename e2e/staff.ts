import { expect, type Page } from "@playwright/test";
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

/** Ask for a sign-in link on the sign-in page, read it from the SMTP server, and open it; returns the link. */
export async function signInThroughEmail(page: Page, email: string) {
  const before = (await receivedMail()).length;
  await page.goto("/staff/inquiries");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fstaff%2Finquiries/);
  await page.getByLabel("Work email").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("status")).toContainText(`We sent a sign-in link to ${email}`);

  let link: string | undefined;
  await expect
    .poll(async () => {
      const mail = (await receivedMail()).slice(before).filter((m) => m.to === email && m.subject === "Sign in to Reagent Desk staff");
      link = mail.at(-1)?.text?.match(/https?:\/\/\S+\/api\/auth\/callback\/email\S+/)?.[0];
      return link;
    }, { timeout: 20_000 })
    .toBeTruthy();
  await page.goto(link!);
  await expect(page).toHaveURL(/\/staff\/inquiries$/);
  return link!;
}
