// The authorization sweep: every staff page, route handler and server action, listed from the route
// tree (app/staff) and the build's server-action manifest so a new one cannot be forgotten, is
// refused to anonymous visitors, forged cookies, and a former staff member's live session; admin
// pages also to agents.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { authFile } from "./staff";

const STAFF_DIR = join("app", "staff");
// Values for dynamic segments: any value reaches the guard, which runs before the lookup.
const SAMPLE_PARAMS: Record<string, string> = { reference: "Q-2026-000001", id: "sample-id" };

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));
}

function urlOf(file: string) {
  const segments = relative("app", file).split(sep).slice(0, -1);
  return "/" + segments.filter((s) => !/^\(.*\)$/.test(s)).map((s) => s.replace(/^\[(.+)\]$/, (_, name: string) => SAMPLE_PARAMS[name] ?? "sample")).join("/");
}

const files = walk(STAFF_DIR);
const pages = files.filter((f) => /page\.tsx$/.test(f)).map((f) => ({ url: urlOf(f), admin: /requireStaff\("ADMIN"\)/.test(readFileSync(f, "utf8")) }));
const routes = files
  .filter((f) => /route\.ts$/.test(f))
  .flatMap((f) => [...readFileSync(f, "utf8").matchAll(/export (?:async )?function (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => ({ url: urlOf(f), method: m[1]! })));
const actionFiles = files.filter((f) => /actions\.ts$/.test(f));
// Admin-only actions, read the way admin pages are: their first statement is requireStaff("ADMIN").
const adminActionNames = new Set(
  actionFiles.flatMap((f) =>
    [...readFileSync(f, "utf8").matchAll(/export async function (\w+)\([^)]*\)[^{]*\{\s*(?:const \w+ = )?await requireStaff\("ADMIN"\)/g)].map((m) => `${f.split(sep).join("/")}#${m[1]}`),
  ),
);

type Manifest = { node: Record<string, { exportedName?: string; filename?: string; workers: Record<string, unknown> }> };

/** Server actions defined under app/staff, with the page that can invoke them. */
function staffActions() {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as Manifest;
  return Object.entries(manifest.node)
    .filter(([, entry]) => entry.filename?.startsWith("app/staff/"))
    .map(([id, entry]) => ({ id, name: `${entry.filename}#${entry.exportedName}`, page: Object.keys(entry.workers)[0]! }));
}

/** The page an action is posted to, as the browser would: the page that imports it. */
const actionUrl = (action: { page: string }) =>
  "/" + action.page.replace(/^app\//, "").replace(/\/page$/, "").replace(/\[(\w+)\]/g, (_, n: string) => SAMPLE_PARAMS[n] ?? "sample");

const identities = {
  anonymous: undefined,
  forged: undefined,
  former: authFile("former"),
  agent: authFile("agent"),
} as const;
type Who = keyof typeof identities;

function headersFor(who: Who): Record<string, string> {
  if (who === "forged") return { Cookie: "next-auth.session-token=forged-0123456789abcdef" };
  if (who === "anonymous" || !identities[who]) return {};
  const state = JSON.parse(readFileSync(identities[who], "utf8")) as { cookies: { name: string; value: string }[] };
  return { Cookie: state.cookies.map((c) => `${c.name}=${c.value}`).join("; ") };
}

// What each identity must get: anonymous visitors are sent to sign in by the proxy; a forged cookie
// passes the proxy and is refused by the server (401); a former member's session is refused (403).
const expected: Record<Exclude<Who, "agent">, number[]> = { anonymous: [307], forged: [401], former: [403] };

test.describe.configure({ mode: "serial" });

test("the sweep finds the staff pages, route handlers and actions", () => {
  expect(pages.map((p) => p.url)).toEqual(expect.arrayContaining(["/staff", "/staff/inquiries", "/staff/inquiries/Q-2026-000001", "/staff/team"]));
  expect(routes.map((r) => r.url)).toContain("/staff/inquiries/export");
  expect(actionFiles.length).toBeGreaterThan(0);
  // Every exported action of every actions.ts is in the manifest, so none escapes the sweep.
  const names = staffActions().map((a) => a.name);
  for (const file of actionFiles) {
    for (const [, name] of readFileSync(file, "utf8").matchAll(/export async function (\w+)/g)) {
      expect(names).toContain(`${file.split(sep).join("/")}#${name}`);
    }
  }
});

async function expectRefused(request: APIRequestContext, who: Exclude<Who, "agent">, method: string, url: string, extra: Record<string, string> = {}, data?: string) {
  const response = await request.fetch(url, { method, headers: { ...headersFor(who), ...extra }, data, maxRedirects: 0 });
  const body = await response.text();
  expect(expected[who], `${who} ${method} ${url} → ${response.status()}`).toContain(response.status());
  if (response.status() === 307) expect(response.headers().location).toMatch(/\/sign-in\?callbackUrl=/);
  // No staff data leaks in a refusal: no requester address, no reference list.
  expect(body).not.toMatch(/@(neuro-lab|pharma-dmpk|phd|biochem)\.example/);
}

for (const who of ["anonymous", "forged", "former"] as const) {
  test(`every staff page refuses ${who} visitors`, async ({ request }) => {
    for (const page of pages) await expectRefused(request, who, "GET", page.url);
  });

  test(`every staff route handler refuses ${who} visitors`, async ({ request }) => {
    for (const route of routes) await expectRefused(request, who, route.method, route.url);
  });

  test(`every staff server action refuses ${who} visitors`, async ({ request }) => {
    for (const action of staffActions()) {
      const url = actionUrl(action);
      // An action call as the browser makes it: POST to its page with the action id and JSON arguments.
      await expectRefused(request, who, "POST", url, { "Next-Action": action.id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" }, JSON.stringify([{ status: "idle" }, {}]));
    }
  });
}

test("agents are refused the admin pages and admin actions", async ({ request }) => {
  const adminPages = pages.filter((p) => p.admin);
  expect(adminPages.map((p) => p.url)).toEqual(
    expect.arrayContaining([
      "/staff/team",
      "/staff/canned-replies",
      "/staff/audit",
      "/staff/catalog",
      "/staff/catalog/new",
      "/staff/catalog/sample",
      "/staff/catalog/targets",
      "/staff/catalog/targets/sample",
      "/staff/catalog/references",
      "/staff/catalog/references/new",
      "/staff/catalog/references/sample",
      "/staff/guides",
      "/staff/guides/new",
      "/staff/guides/sample",
    ]),
  );
  for (const page of adminPages) {
    const response = await request.get(page.url, { headers: headersFor("agent"), maxRedirects: 0 });
    expect(response.status(), page.url).toBe(403);
  }
  const adminActions = staffActions().filter((a) => adminActionNames.has(a.name));
  expect(adminActions.map((a) => a.name)).toEqual(
    expect.arrayContaining([
      "app/staff/team/actions.ts#saveStaffMemberAction",
      "app/staff/catalog/actions.ts#saveProductAction",
      "app/staff/catalog/[catalogNumber]/actions.ts#linkProductReferenceAction",
      "app/staff/catalog/[catalogNumber]/actions.ts#unlinkProductReferenceAction",
      "app/staff/catalog/[catalogNumber]/actions.ts#addActivityAction",
      "app/staff/catalog/[catalogNumber]/actions.ts#removeActivityAction",
      "app/staff/catalog/targets/actions.ts#saveTargetAction",
      "app/staff/catalog/references/actions.ts#saveReferenceAction",
      "app/staff/guides/actions.ts#saveGuideAction",
      "app/staff/guides/actions.ts#previewGuideAction",
    ]),
  );
  for (const action of adminActions) {
    const response = await request.post(actionUrl(action), {
      headers: { ...headersFor("agent"), "Next-Action": action.id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
      data: JSON.stringify([{ status: "idle" }, {}]),
      maxRedirects: 0,
    });
    expect(response.status(), action.name).toBe(403);
  }
  for (const page of pages.filter((p) => !p.admin)) {
    const response = await request.get(page.url, { headers: headersFor("agent"), maxRedirects: 0 });
    expect([200, 404], page.url).toContain(response.status());
  }
});
