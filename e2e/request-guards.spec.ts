// Guards in front of the handlers: cross-site writes are refused, request bodies are bounded, and
// sign-in links are rate limited per address and per IP address.
import { readFileSync } from "node:fs";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { authFile } from "./staff";

const baseURL = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100)}`;
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
// A random address in a documentation range, so no two runs or tests share a per-IP counter.
const randomIp = (prefix: string) => `${prefix}.${Math.floor(Math.random() * 250) + 1}`;

type Manifest = { node: Record<string, { exportedName?: string; filename?: string }> };
function actionId(filename: string, exportedName: string) {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as Manifest;
  const entry = Object.entries(manifest.node).find(([, e]) => e.filename === filename && e.exportedName === exportedName);
  if (!entry) throw new Error(`${filename}#${exportedName} is not in the action manifest`);
  return entry[0];
}

function adminCookie() {
  const state = JSON.parse(readFileSync(authFile("admin"), "utf8")) as { cookies: { name: string; value: string }[] };
  return state.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}

/** Ask next-auth for a sign-in link as its client does, and say which error (if any) it answered. */
async function askForLink(request: APIRequestContext, email: string, forwardedFor: string) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/signin/email", {
    form: { email, csrfToken, callbackUrl: "/staff", json: "true" },
    headers: { "X-Forwarded-For": forwardedFor, Origin: baseURL },
  });
  expect(response.status()).toBe(200);
  const { url } = (await response.json()) as { url: string };
  return new URL(url).searchParams.get("error");
}

test.describe("cross-site writes", () => {
  test("are refused before any handler runs: next-auth, server actions, forms", async ({ request }) => {
    const evil = { Origin: "https://evil.example" };
    const attempts: { url: string; headers: Record<string, string>; data?: string; form?: Record<string, string> }[] = [
      { url: "/api/auth/signout", headers: evil, form: { csrfToken: "x" } },
      { url: "/api/auth/signin/email", headers: { "Sec-Fetch-Site": "cross-site" }, form: { email: "admin@reagentdesk.example" } },
      { url: "/api/auth/signin/email", headers: { "Sec-Fetch-Site": "same-site" }, form: { email: "admin@reagentdesk.example" } },
      { url: "/api/auth/signin/email", headers: { Origin: "null" }, form: { email: "admin@reagentdesk.example" } },
      // With TRUSTED_PROXY_HOPS=0 a client's own X-Forwarded-Host does not make its Origin ours.
      { url: "/api/auth/signin/email", headers: { ...evil, "X-Forwarded-Host": "evil.example" }, form: { email: "admin@reagentdesk.example" } },
      {
        url: "/staff/team",
        headers: { ...evil, Cookie: adminCookie(), "Next-Action": actionId("app/staff/team/actions.ts", "saveStaffMemberAction"), "Content-Type": "text/plain;charset=UTF-8" },
        data: JSON.stringify([{ status: "idle" }, {}]),
      },
      { url: "/quote", headers: { ...evil, "Next-Action": actionId("app/(site)/quote/actions.ts", "submitQuote"), "Content-Type": "text/plain;charset=UTF-8" }, data: "[]" },
    ];
    for (const { url, headers, data, form } of attempts) {
      const response = await request.post(url, { headers, data, form, maxRedirects: 0 });
      expect(response.status(), `${url} ${JSON.stringify(headers).slice(0, 80)}`).toBe(403);
      expect(await response.text()).toBe("Cross-site request refused.");
    }
  });

  test("same-origin writes and cross-site reads pass", async ({ request }) => {
    expect(await askForLink(request, `nobody.${unique()}@example.org`, randomIp("192.0.2"))).toBe("AccessDenied");
    const read = await request.get("/products", { headers: { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" } });
    expect(read.status()).toBe(200);
  });
});

test.describe("request bodies", () => {
  test("next-auth refuses a body over 8 kB with 413, declared or streamed", async ({ request }) => {
    const big = "email=" + "a".repeat(20_000);
    const declared = await request.post("/api/auth/signin/email", { data: big, headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: baseURL } });
    expect(declared.status()).toBe(413);

    // Chunked, without Content-Length: counted as it arrives.
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 20; i++) controller.enqueue(new TextEncoder().encode("a".repeat(1024)));
        controller.close();
      },
    });
    const streamed = await fetch(`${baseURL}/api/auth/signin/email`, {
      method: "POST",
      body: chunks,
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: baseURL },
      duplex: "half",
    } as RequestInit & { duplex: "half" });
    expect(streamed.status).toBe(413);
  });

  test("a server action refuses a body over its 200 kB limit with 413; a page post over 1 MB likewise", async ({ request }) => {
    const action = await request.post("/quote", {
      headers: { "Next-Action": actionId("app/(site)/quote/actions.ts", "submitQuote"), "Content-Type": "text/plain;charset=UTF-8", Origin: baseURL },
      data: JSON.stringify([{ status: "idle" }, "x".repeat(300 * 1024)]),
    });
    expect(action.status()).toBe(413);
    const page = await request.post("/support", { headers: { "Content-Type": "text/plain", Origin: baseURL }, data: "x".repeat(1100 * 1024) });
    expect(page.status()).toBe(413);
  });
});

test.describe("sign-in link rate limits", () => {
  test("one address gets at most 5 links an hour, whoever asks", async ({ request }) => {
    const email = `limit.${unique()}@example.org`;
    for (let i = 0; i < 5; i++) expect(await askForLink(request, email, randomIp("198.51.100"))).toBe("AccessDenied");
    expect(await askForLink(request, email, randomIp("198.51.100"))).toBe("TooManyRequests");
    expect(await askForLink(request, email.toUpperCase(), randomIp("198.51.100"))).toBe("TooManyRequests");
  });

  test("one IP address asks at most 20 times an hour; what a client writes before the last hop is ignored", async ({ request }) => {
    const ip = randomIp("203.0.113");
    for (let i = 0; i < 20; i++) expect(await askForLink(request, `ip.${unique()}@example.org`, `10.9.${i}.1, ${ip}`)).toBe("AccessDenied");
    expect(await askForLink(request, `ip.${unique()}@example.org`, `10.9.99.1, ${ip}`)).toBe("TooManyRequests");
  });

  test("the sign-in page says so in words", async ({ page, request }) => {
    const email = `page.${unique()}@example.org`;
    for (let i = 0; i < 5; i++) await askForLink(request, email, randomIp("198.51.100"));
    await page.setExtraHTTPHeaders({ "X-Forwarded-For": randomIp("192.0.2") });
    await page.goto("/sign-in");
    await page.getByLabel("Work email").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.locator("#email-error")).toHaveText(/Too many sign-in links were asked for/);
  });
});
