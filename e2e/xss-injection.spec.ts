// A fixed corpus of XSS, template, spreadsheet-formula and header-injection payloads
// (tests/fixtures/xss-payloads.ts), typed into every free-text field of the three public forms and
// the staff note and reply, then looked for wherever the text is shown: the staff inbox, the inquiry
// page, the CSV export and every email (HTML rendered in Chromium, plain text, headers, envelope).
// Nothing may run (no dialog opens), no injected element may exist, the text must be shown as typed,
// formula cells must be neutralised and the emails must go where they were meant to, with the
// headers they were meant to have.
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { inquiryKinds } from "../lib/inquiries/kinds";
import {
  FORMULA_START,
  injectedSelectors,
  invisiblePayloads,
  isInjectedScript,
  multiLinePayloads,
  singleLinePayloads,
} from "../tests/fixtures/xss-payloads";
import { mailFor, receivedMail, type SinkMessage } from "./mail";
import { authFile } from "./staff";

type Kind = keyof typeof inquiryKinds;
type FormSpec = {
  kind: Kind;
  path: string;
  button: string;
  inbox: string;
  /** Free-text fields: form name → label. */
  lines: Record<string, string>;
  paragraphs: Record<string, string>;
  fillRest: (page: Page) => Promise<void>;
};

const requesterLines = { name: "Full name", institution: "Institution or company", country: "Country" };
const forms: FormSpec[] = [
  {
    kind: "QUOTE",
    path: "/quote?products=B8105958",
    button: "Send quote request",
    inbox: "quotes@reagentdesk.example",
    lines: { ...requesterLines, poReference: "PO number or your reference" },
    paragraphs: { notes: "Notes" },
    fillRest: async (page) => {
      await page.getByLabel("Quantity").fill("10");
      await page.getByLabel("Research use only").check();
    },
  },
  {
    kind: "CUSTOM_SYNTHESIS",
    path: "/custom-synthesis",
    button: "Send synthesis request",
    inbox: "synthesis@reagentdesk.example",
    lines: { ...requesterLines, compoundName: "Compound name", labelPositions: "Label positions" },
    paragraphs: { notes: "Notes" },
    fillRest: async (page) => {
      await page.getByLabel("Quantity").fill("2");
      await page.getByLabel("End use").fill("Reference standard for an LC-MS method in our university laboratory");
      await page.getByLabel("Research use only").check();
    },
  },
  {
    kind: "SUPPORT",
    path: "/support",
    button: "Send question",
    inbox: "support@reagentdesk.example",
    lines: {
      ...requesterLines,
      application: "Application or assay",
      solvent: "Solvent or vehicle",
      concentration: "Concentration or dose",
      temperature: "Temperature",
      system: "Cell type or species",
    },
    paragraphs: { question: "Your question", notes: "Notes" },
    fillRest: async (page) => {
      await page.getByLabel("Catalog number(s)").fill("B8105958");
      await page.getByLabel("Research use only").check();
    },
  },
];

// Every inquiry of this run carries the tag in its email address, so the inbox and the export can be
// filtered to this run's inquiries alone.
const run = `xss${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
let counter = 0;
const nextEmail = () => `${run}.${++counter}@example.edu`;

type Submitted = { reference: string; email: string; values: Record<string, string> };

/** Fail on any dialog a page of this context opens: a payload ran. */
function watchDialogs(context: BrowserContext) {
  const dialogs: string[] = [];
  context.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

async function expectNothingInjected(page: Page, dialogs: string[]) {
  for (const selector of injectedSelectors) await expect(page.locator(selector), selector).toHaveCount(0);
  const scripts = await page.locator("script").evaluateAll((elements) => elements.map((e) => e.textContent ?? ""));
  expect(scripts.filter(isInjectedScript)).toEqual([]);
  expect(dialogs).toEqual([]);
}

const collapse = (text: string) => text.replace(/\s+/g, " ").trim();

async function fillForm(page: Page, form: FormSpec, values: Record<string, string>, email: string) {
  await page.goto(form.path);
  await form.fillRest(page);
  await page.getByLabel("Email").fill(email);
  // What the browser will send: a text input turns line breaks into spaces as it is filled.
  const sent: Record<string, string> = {};
  for (const [name, label] of Object.entries({ ...form.lines, ...form.paragraphs })) {
    const field = page.getByLabel(label);
    await field.fill(values[name]!);
    sent[name] = await field.inputValue();
  }
  return sent;
}

async function submit(page: Page, form: FormSpec, values: Record<string, string>): Promise<Submitted> {
  const email = nextEmail();
  const sent = await fillForm(page, form, values, email);
  await page.getByRole("button", { name: form.button }).click();
  const reference = page.getByTestId("inquiry-reference");
  await expect(reference).toHaveText(new RegExp(`^${inquiryKinds[form.kind].prefix}-\\d{4}-\\d{6}$`));
  return { reference: (await reference.textContent())!, email, values: sent };
}

/** RFC 4180, as a spreadsheet reads it: quoted cells may hold commas, quotes ("") and line breaks. */
function parseCsv(csv: string) {
  const cell = /"((?:[^"]|"")*)"|([^",\r\n]*)/y;
  const rows: string[][] = [];
  let row: string[] = [];
  let at = 0;
  while (at < csv.length) {
    cell.lastIndex = at;
    const match = cell.exec(csv)!;
    row.push(match[1] !== undefined ? match[1].replaceAll('""', '"') : match[2]!);
    at = cell.lastIndex;
    if (csv[at] === ",") {
      at += 1;
    } else {
      expect(csv.slice(at, at + 2), "a row ends with CRLF").toBe("\r\n");
      rows.push(row);
      row = [];
      at += 2;
    }
  }
  return rows;
}

/** The HTML part, opened in Chromium as a mail client would show it. */
async function expectMailHtmlInert(context: BrowserContext, dialogs: string[], mail: SinkMessage, shown: string[]) {
  const page = await context.newPage();
  await page.setContent(mail.html ?? "", { waitUntil: "load" });
  await expectNothingInjected(page, dialogs);
  const body = collapse((await page.locator("body").textContent()) ?? "");
  for (const text of shown) expect(body, `the HTML of "${mail.subject}" shows the text as typed`).toContain(collapse(text));
  await page.close();
}

function expectHeaders(mail: SinkMessage, { to, replyTo, subject }: { to: string; replyTo: string; subject: string | RegExp }) {
  expect(mail.envelopeTo).toEqual([to]);
  expect(mail.to).toBe(to);
  expect(mail.replyTo).toBe(replyTo);
  if (typeof subject === "string") expect(mail.subject).toBe(subject);
  else expect(mail.subject).toMatch(subject);
  expect(mail.headerNames.filter((h) => h === "bcc" || h === "cc")).toEqual([]);
  expect(mail.headerNames.filter((h) => h === "subject" || h === "to" || h === "reply-to")).toHaveLength(3);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

test.describe.configure({ mode: "parallel" });
// A missing field should fail in seconds, not after the long timeout the corpus tests need.
test.use({ actionTimeout: 15_000 });

for (const form of forms) {
  test(`${inquiryKinds[form.kind].label}: every payload in every text field is stored, shown, exported and mailed as inert text`, async ({
    browser,
    page,
  }) => {
    test.setTimeout(300_000);
    const publicDialogs = watchDialogs(page.context());
    const fields = [...Object.keys(form.lines), ...Object.keys(form.paragraphs)];
    const n = singleLinePayloads.length;

    // Invisible characters are refused in the browser, field by field, before anything is sent.
    const invisible = Object.fromEntries(fields.map((name, i) => [name, invisiblePayloads[i % invisiblePayloads.length]!]));
    await fillForm(page, form, invisible, nextEmail());
    await page.getByRole("button", { name: form.button }).click();
    for (const name of fields) await expect(page.locator(`#field-${name}-error`), name).toHaveText(/invisible control characters/);
    await expectNothingInjected(page, publicDialogs);

    // Rotating the corpus over the fields puts every payload in every field once.
    const submitted: Submitted[] = [];
    for (let k = 0; k < n; k++) {
      submitted.push(await submit(page, form, Object.fromEntries(fields.map((name, i) => [name, singleLinePayloads[(i + k) % n]!]))));
      await expectNothingInjected(page, publicDialogs);
    }
    // Line breaks: a textarea keeps them, a text input does not (submit() records what was sent).
    submitted.push(
      await submit(page, form, Object.fromEntries(fields.map((name, i) => [name, multiLinePayloads[i % multiLinePayloads.length]!]))),
    );

    const staff = await browser.newContext({ storageState: authFile("admin") });
    const staffDialogs = watchDialogs(staff);
    const staffPage = await staff.newPage();

    // The inbox, filtered to this run's inquiries of this kind.
    await staffPage.goto(`/staff/inquiries?kind=${form.kind}&q=${run}`);
    for (const { reference, values } of submitted) {
      const row = staffPage.getByRole("row").filter({ has: staffPage.getByRole("link", { name: reference }) });
      await expect(row).toContainText(values.name!);
      await expect(row).toContainText(values.institution!);
    }
    await expectNothingInjected(staffPage, staffDialogs);

    // Each inquiry page shows every answer as the text that was typed.
    for (const { reference, values } of submitted) {
      await staffPage.goto(`/staff/inquiries/${reference}`);
      await expect(staffPage.getByRole("heading", { level: 1 })).toHaveText(reference);
      const main = staffPage.getByRole("main");
      for (const [name, value] of Object.entries(values)) {
        for (const line of value.split(/\r?\n/).filter(Boolean)) await expect(main, `${reference} ${name}`).toContainText(line);
      }
      await expectNothingInjected(staffPage, staffDialogs);
    }

    // The CSV export: every cell a spreadsheet would run as a formula is neutralised, the rest verbatim.
    const response = await staff.request.get(`/staff/inquiries/export?kind=${form.kind}&q=${run}`);
    expect(response.status()).toBe(200);
    const [header, ...rows] = parseCsv((await response.body()).toString("utf8").replace(/^\uFEFF/, ""));
    expect(rows).toHaveLength(submitted.length);
    for (const row of rows) for (const cell of row) expect(cell, `CSV cell ${JSON.stringify(cell)}`).not.toMatch(FORMULA_START);
    const column = (name: string) => header!.indexOf(name);
    for (const { reference, values } of submitted) {
      const row = rows.find((r) => r[0] === reference)!;
      for (const [field, title] of [
        ["name", "Requester name"],
        ["institution", "Institution"],
        ["country", "Country"],
      ] as const) {
        const value = values[field]!;
        expect(row[column(title)]).toBe(FORMULA_START.test(value) ? `'${value}` : value);
      }
    }

    // Every email: where it was meant to go, with the headers meant, the text as typed, the HTML inert.
    const label = inquiryKinds[form.kind].label;
    for (const { reference, email, values } of submitted) {
      const mail = await mailFor(reference);
      const toStaff = mail.find((m) => m.to === form.inbox)!;
      const ack = mail.find((m) => m.to === email)!;
      expectHeaders(toStaff, {
        to: form.inbox,
        replyTo: email,
        subject: `[${reference}] ${label} from ${values.name}, ${values.institution}`,
      });
      expectHeaders(ack, {
        to: email,
        replyTo: form.inbox,
        subject: new RegExp(`^${escapeRegExp(`[${reference}] We received your ${inquiryKinds[form.kind].noun}`)}$`),
      });
      const answers = Object.values(values).flatMap((v) => v.split(/\r?\n/).filter(Boolean));
      for (const text of answers) expect(collapse(toStaff.text ?? ""), `staff email text of ${reference}`).toContain(collapse(text));
      await expectMailHtmlInert(staff, staffDialogs, toStaff, answers);
      // The acknowledgment goes to whatever address was typed, so it repeats nothing the sender wrote.
      await expectMailHtmlInert(staff, staffDialogs, ack, []);
      for (const text of [values.name!, values.institution!])
        expect(collapse(ack.text ?? ""), `acknowledgment of ${reference}`).not.toContain(collapse(text));
    }
    expect((await receivedMail()).filter((m) => m.envelopeTo.some((to) => to.endsWith("@evil.example")))).toEqual([]);
    await staff.close();
  });
}

test("a staff note and reply holding the corpus are shown and mailed as inert text", async ({ browser, page }) => {
  test.setTimeout(120_000);
  const quote = forms[0]!;
  const { reference, email } = await submit(
    page,
    quote,
    Object.fromEntries([...Object.keys(quote.lines), ...Object.keys(quote.paragraphs)].map((name) => [name, "Plain text"])),
  );
  const staff = await browser.newContext({ storageState: authFile("admin") });
  const dialogs = watchDialogs(staff);
  const staffPage = await staff.newPage();
  await staffPage.goto(`/staff/inquiries/${reference}`);

  const corpus = [...singleLinePayloads, ...multiLinePayloads].join("\n");
  const lines = corpus.split("\n").filter(Boolean);

  await staffPage.getByLabel("Internal note").fill(`Check ${invisiblePayloads[0]}`);
  await staffPage.getByRole("button", { name: "Add internal note" }).click();
  await expect(staffPage.locator("#note-body-error")).toHaveText(/invisible control characters/);

  await staffPage.getByLabel("Internal note").fill(corpus);
  await staffPage.getByRole("button", { name: "Add internal note" }).click();
  const note = staffPage.locator('[data-timeline="note"]');
  for (const line of lines) await expect(note).toContainText(line);
  await expectNothingInjected(staffPage, dialogs);

  await staffPage.locator("#reply-body").fill(corpus);
  await staffPage.getByRole("button", { name: "Send reply" }).click();
  const sent = staffPage.locator('[data-timeline="message-out"]');
  for (const line of lines) await expect(sent).toContainText(line);
  await staffPage.reload();
  await expectNothingInjected(staffPage, dialogs);

  let reply: SinkMessage | undefined;
  await expect
    .poll(async () => (reply = (await receivedMail()).find((m) => m.to === email && m.subject?.startsWith("Re: "))) !== undefined, {
      timeout: 20_000,
    })
    .toBe(true);
  expectHeaders(reply!, { to: email, replyTo: quote.inbox, subject: `Re: [${reference}] We received your quote request` });
  for (const line of lines) expect(collapse(reply!.text ?? "")).toContain(collapse(line));
  await expectMailHtmlInert(staff, dialogs, reply!, lines);
  await staff.close();
});

test("hostile URLs, queries and sign-in addresses are answered, never with a server error", async ({ browser, request }) => {
  const guide = "ly3020371-hydrochloride-vs-ketamine";
  for (const path of [
    "/products/%25",
    "/products/%2500",
    "/products/%00",
    "/guides/%00",
    `/guides/${guide}/cite/constructor`,
    `/guides/${guide}/cite/%00`,
    "/structures/%00.svg",
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBeLessThan(500);
    expect(response.status(), path).not.toBe(200);
  }
  // Control characters in a path are refused before any page or cache sees them.
  expect((await request.get("/products/%00")).status()).toBe(400);
  expect((await request.get("/api/search/suggest?q=%00ketamine%E2%80%AE")).status()).toBe(200);

  const staff = await browser.newContext({ storageState: authFile("admin") });
  for (const path of ["/staff/inquiries?q=%00%01%E2%80%AE", "/staff/inquiries/export?q=%00x", "/staff/attachments/%00"]) {
    expect((await staff.request.get(path)).status(), path).toBeLessThan(500);
  }
  await staff.close();

  // next-auth's email sign-in, as the sign-in form posts it.
  for (const email of [
    "admin\u0000@reagentdesk.example",
    "admin@reagentdesk.example\r\nBcc: victim@evil.example",
    "\u202Eadmin@reagentdesk.example",
    "a@b.c, admin@reagentdesk.example",
  ]) {
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await request.post("/api/auth/signin/email", {
      form: { email, csrfToken, callbackUrl: "/staff/inquiries", json: "true" },
    });
    expect(response.status(), JSON.stringify(email)).toBeLessThan(500);
  }
  await expect
    .poll(async () => (await receivedMail()).filter((m) => m.envelopeTo.some((to) => to.endsWith("@evil.example"))).length)
    .toBe(0);
});
