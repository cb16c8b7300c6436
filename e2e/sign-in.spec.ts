// Staff sign-in against abuse: the answer tells nobody who is staff, strangers asking for a member's
// links cannot lock the member out, and a browser holding a stale session cookie still signs in.
import { expect, test } from "@playwright/test";
import { askForLink, clientAt, ON_ITS_WAY, randomLoopback } from "./client";
import { receivedMail } from "./mail";
import { addStaffMember, NEUTRAL_ANSWER, signInMailTo, signInThroughEmail, waitForLink } from "./staff";

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

test("staff and strangers get the same answer, in the page and over HTTP; only the member gets a link", async ({ browser, page }) => {
  const member = `member.${unique()}@reagentdesk.example`;
  const stranger = `stranger.${unique()}@example.org`;
  await addStaffMember(browser, member);
  const before = (await receivedMail()).length;

  const client = clientAt(randomLoopback());
  const answers = [await askForLink(client, member), await askForLink(client, stranger), await askForLink(client, member)];
  for (const answer of answers) expect(answer).toEqual(ON_ITS_WAY);

  for (const email of [stranger, member]) {
    await page.goto("/sign-in");
    await page.getByLabel("Work email").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByRole("status")).toHaveText(NEUTRAL_ANSWER);
  }

  await waitForLink(member, before);
  await page.waitForTimeout(1500);
  expect((await receivedMail()).slice(before).filter((m) => m.to === stranger)).toHaveLength(0);
  // Four requests for the member within a minute or two: at most one link per clock minute.
  expect((await signInMailTo(member, before)).length).toBeLessThanOrEqual(2);
});

test("strangers asking for a member's link from many addresses lock nobody out", async ({ browser }) => {
  const member = `busy.${unique()}@reagentdesk.example`;
  await addStaffMember(browser, member);
  const before = (await receivedMail()).length;
  // Six strangers, each from its own address (today's main refused the member after five).
  for (let i = 0; i < 6; i++) expect(await askForLink(clientAt(randomLoopback()), member)).toEqual(ON_ITS_WAY);
  const link = await waitForLink(member, before);
  expect((await signInMailTo(member, before)).length).toBeLessThanOrEqual(2);

  // The member, asking in turn, gets the same answer, and the link in their inbox signs them in.
  expect(await askForLink(clientAt(randomLoopback()), member)).toEqual(ON_ITS_WAY);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  await expect(page).toHaveURL(/\/staff$/);
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  await context.close();
});

test("a member who signed in before, holding an unknown session cookie, signs in with a new link", async ({ browser }) => {
  test.setTimeout(150_000);
  const member = `stale.${unique()}@reagentdesk.example`;
  await addStaffMember(browser, member);
  // A first sign-in makes the member a next-auth user: from then on a link makes next-auth delete
  // the session the browser's cookie names.
  const first = await browser.newContext();
  await signInThroughEmail(await first.newPage(), member);
  await first.close();
  // One link a minute goes to an address: the next is asked for in the next clock minute.
  await new Promise((resolve) => setTimeout(resolve, 60_000 - (Date.now() % 60_000) + 1_000));

  const context = await browser.newContext();
  const stale = `stale-${unique()}`;
  await context.addCookies([{ name: "next-auth.session-token", value: stale, url: new URL(test.info().project.use.baseURL!).origin }]);
  const page = await context.newPage();
  const before = (await receivedMail()).length;
  await page.goto("/sign-in?callbackUrl=%2Fstaff%2Finquiries");
  await page.getByLabel("Work email").fill(member);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("status")).toHaveText(NEUTRAL_ANSWER);
  await page.goto(await waitForLink(member, before));
  // Before the fix: /sign-in?error=Callback, and the link was used up.
  await expect(page).toHaveURL(/\/staff\/inquiries$/);
  await expect(page.getByRole("heading", { name: "Inbox" })).toBeVisible();
  const session = (await context.cookies()).find((c) => c.name === "next-auth.session-token");
  expect(session?.value).not.toBe(stale);
  await context.close();
});
