// Guards in front of the handlers: cross-site writes are refused, request bodies are bounded, and
// sign-in link requests are rate limited per client, whatever X-Forwarded-For the client sends.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { askForLink, baseURL, clientAt, ON_ITS_WAY, randomLoopback } from "./client";
import { TOO_MANY_REQUESTS } from "../app/sign-in/messages";
import { authFile } from "./staff";

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
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

test.describe("cross-site writes", () => {
  test("are refused before any handler runs: next-auth, server actions, forms", async ({ request }) => {
    const evil = { Origin: "https://evil.example" };
    const attempts: { url: string; headers: Record<string, string>; data?: string; form?: Record<string, string> }[] = [
      { url: "/api/auth/signout", headers: evil, form: { csrfToken: "x" } },
      { url: "/api/auth/signin/email", headers: { "Sec-Fetch-Site": "cross-site" }, form: { email: "admin@reagentdesk.example" } },
      { url: "/api/auth/signin/email", headers: { "Sec-Fetch-Site": "same-site" }, form: { email: "admin@reagentdesk.example" } },
      { url: "/api/auth/signin/email", headers: { Origin: "null" }, form: { email: "admin@reagentdesk.example" } },
      // With TRUSTED_PROXY_HOPS=0 a client's own X-Forwarded-Host does not make its Origin ours.
      {
        url: "/api/auth/signin/email",
        headers: { ...evil, "X-Forwarded-Host": "evil.example" },
        form: { email: "admin@reagentdesk.example" },
      },
      {
        url: "/staff/team",
        headers: {
          ...evil,
          Cookie: adminCookie(),
          "Next-Action": actionId("app/staff/team/actions.ts", "saveStaffMemberAction"),
          "Content-Type": "text/plain;charset=UTF-8",
        },
        data: JSON.stringify([{ status: "idle" }, {}]),
      },
      {
        url: "/quote",
        headers: {
          ...evil,
          "Next-Action": actionId("app/(site)/quote/actions.ts", "submitQuote"),
          "Content-Type": "text/plain;charset=UTF-8",
        },
        data: "[]",
      },
    ];
    for (const { url, headers, data, form } of attempts) {
      const response = await request.post(url, { headers, data, form, maxRedirects: 0 });
      expect(response.status(), `${url} ${JSON.stringify(headers).slice(0, 80)}`).toBe(403);
      expect(await response.text()).toBe("Cross-site request refused.");
    }
  });

  test("same-origin writes and cross-site reads pass", async ({ request }) => {
    expect(await askForLink(clientAt(randomLoopback()), `nobody.${unique()}@example.org`)).toEqual(ON_ITS_WAY);
    const read = await request.get("/products", { headers: { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" } });
    expect(read.status()).toBe(200);
  });
});

test.describe("request bodies", () => {
  test("next-auth refuses a body over 8 kB with 413, declared or streamed", async ({ request }) => {
    const big = "email=" + "a".repeat(20_000);
    const declared = await request.post("/api/auth/signin/email", {
      data: big,
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: baseURL },
    });
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
    // The support form's action: the quote form's takes a licence document (its limit is tested in request-hardening).
    const action = await request.post("/support", {
      headers: {
        "Next-Action": actionId("app/(site)/support/actions.ts", "submitSupport"),
        "Content-Type": "text/plain;charset=UTF-8",
        Origin: baseURL,
      },
      data: JSON.stringify([{ status: "idle" }, "x".repeat(300 * 1024)]),
    });
    expect(action.status()).toBe(413);
    const page = await request.post("/support", {
      headers: { "Content-Type": "text/plain", Origin: baseURL },
      data: "x".repeat(1100 * 1024),
    });
    expect(page.status()).toBe(413);
  });
});

test.describe("sign-in link rate limits", () => {
  test("one client asks at most 20 times an hour; a forged X-Forwarded-For does not make it another client", async () => {
    const client = clientAt(randomLoopback());
    for (let i = 0; i < 20; i++) expect((await askForLink(client, `ip.${unique()}@example.org`, randomIp("203.0.113"))).error).toBeNull();
    expect(await askForLink(client, `ip.${unique()}@example.org`, randomIp("198.51.100"))).toEqual({
      path: "/sign-in",
      error: "TooManyRequests",
    });
    // Another client is not affected.
    expect((await askForLink(clientAt(randomLoopback()), `ip.${unique()}@example.org`)).error).toBeNull();
  });

  test("the sign-in page says so in words", async ({ page }) => {
    await page.goto("/sign-in?error=TooManyRequests");
    await expect(page.locator("#email-error")).toHaveText(TOO_MANY_REQUESTS);
  });
});
