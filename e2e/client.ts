// An HTTP client that connects from a loopback address of its own. On Linux all of 127.0.0.0/8 is
// this machine, so each test can be a separate client to the server (which, trusting no proxy,
// identifies clients by their socket's address) without forging any header.
import http from "node:http";

export const baseURL = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100)}`;

const octet = () => Math.floor(Math.random() * 250) + 2;
/** A random loopback address other than 127.0.0.1, which the browser tests share. */
export const randomLoopback = () => `127.${octet()}.${octet()}.${octet()}`;

export type Reply = { status: number; headers: http.IncomingHttpHeaders; text: string };
type Options = { method?: string; headers?: Record<string, string>; form?: Record<string, string> };

export function clientAt(localAddress: string, base = baseURL) {
  const cookies = new Map<string, string>();
  function request(path: string, { method = "GET", headers = {}, form }: Options = {}): Promise<Reply> {
    const body = form ? new URLSearchParams(form).toString() : undefined;
    const all: Record<string, string> = { ...headers };
    if (cookies.size) all.cookie = [...cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    if (body !== undefined)
      Object.assign(all, { "content-type": "application/x-www-form-urlencoded", "content-length": String(Buffer.byteLength(body)) });
    return new Promise((resolve, reject) => {
      const req = http.request(new URL(path, base), { method, localAddress, headers: all }, (res) => {
        for (const cookie of res.headers["set-cookie"] ?? []) {
          const [pair = ""] = cookie.split(";");
          const eq = pair.indexOf("=");
          cookies.set(pair.slice(0, eq), pair.slice(eq + 1));
        }
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, text }));
      });
      req.on("error", reject);
      req.end(body);
    });
  }
  return { address: localAddress, origin: new URL(base).origin, request };
}
export type Client = ReturnType<typeof clientAt>;

/**
 * Ask next-auth for a sign-in link as its client does (CSRF token, then the form), optionally with a
 * forged X-Forwarded-For. Returns where next-auth sends the browser: the "check your email" page, or
 * the sign-in page with an error.
 */
export async function askForLink(client: Client, email: string, forwardedFor?: string) {
  const { csrfToken } = JSON.parse((await client.request("/api/auth/csrf")).text) as { csrfToken: string };
  const response = await client.request("/api/auth/signin/email", {
    method: "POST",
    form: { email, csrfToken, callbackUrl: "/staff", json: "true" },
    headers: { Origin: client.origin, ...(forwardedFor ? { "X-Forwarded-For": forwardedFor } : {}) },
  });
  if (response.status !== 200) throw new Error(`sign-in answered ${response.status}: ${response.text.slice(0, 200)}`);
  const url = new URL((JSON.parse(response.text) as { url: string }).url);
  return { path: url.pathname, error: url.searchParams.get("error") };
}

/** askForLink's result for every well-formed address, staff or not, within the client's limit. */
export const ON_ITS_WAY = { path: "/api/auth/verify-request", error: null };
