// The route handlers, called as Next calls them (a Request, and the route's params), with random and
// hostile input: they never throw and never answer 500, only one of the statuses they document.
// Staff-only handlers (CSV export, attachments) are exercised below their requireStaff() gate,
// through the lib functions they call; e2e/xss-injection.spec.ts requests them signed in.
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as citeGuide } from "@/app/(site)/guides/[slug]/cite/[format]/route";
import { GET as suggest } from "@/app/api/search/suggest/route";
import { GET as structureSvg } from "@/app/structures/[file]/route";
import { getProduct } from "@/lib/catalog/products";
import { seedCatalog } from "@/lib/catalog/seed-catalog";
import { getGuide } from "@/lib/guides/guides";
import { seedGuides } from "@/lib/guides/seed-guides";
import { db } from "@/lib/db";
import { inquiryCsvStream } from "@/lib/triage/export-csv";
import { getAttachment, handleInboundRequest, MAX_RAW_EMAIL_BYTES } from "@/lib/triage/inbound-email";
import { listInbox } from "@/lib/triage/inbox";
import { inboxWhere, parseInboxQuery } from "@/lib/triage/inbox-query";
import * as catalog from "@/prisma/seed-data/catalog";
import { guideReferences, guides } from "@/prisma/seed-data/guides";
import { createStaff } from "@/tests/inquiry-fixtures";
import { hostileString, RUNS } from "@/tests/property/hostile";

const secret = "property-test-inbound-secret";
const inboundUrl = "http://127.0.0.1/api/inbound-email";
const authorised = { authorization: `Bearer ${secret}` };
const params = <T extends Record<string, string>>(value: T) => ({ params: Promise.resolve(value) });

/** A random byte that is never valid UTF-8 on its own (a lone continuation or an over-long lead). */
const invalidUtf8 = fc.constantFrom(0x80, 0xbf, 0xc0, 0xc1, 0xf5, 0xff).map((b) => Uint8Array.of(b));
const bytesOf = (text: string) => new TextEncoder().encode(text);
const concat = (parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

/** A raw message: real header names with hostile values, or hostile text or bytes throughout. */
const rawEmail = fc.oneof(
  fc.uint8Array({ maxLength: 2000 }),
  hostileString.map(bytesOf),
  fc
    .record({
      from: hostileString,
      subject: hostileString,
      inReplyTo: hostileString,
      body: hostileString,
      filename: hostileString,
      bad: invalidUtf8,
    })
    .map(({ from, subject, inReplyTo, body, filename, bad }) =>
      concat([
        bytesOf(
          `From: ${from}\r\nTo: quotes@reagentdesk.example\r\nSubject: ${subject}\r\nIn-Reply-To: ${inReplyTo}\r\nMessage-ID: <${randomUUID()}@fuzz.example>\r\n`,
        ),
        bytesOf(
          `MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b1"\r\n\r\n--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body}`,
        ),
        bad,
        bytesOf(
          `\r\n--b1\r\nContent-Type: text/html; name="${filename}"\r\nContent-Disposition: attachment; filename="${filename}"\r\n\r\n<script>alert(1)</script>\r\n--b1--\r\n`,
        ),
      ]),
    ),
);

beforeAll(async () => {
  await seedCatalog(db, catalog);
  await seedGuides(db, { guides, guideReferences, catalogReferences: catalog.references });
});

describe("POST /api/inbound-email", () => {
  const expected = [200, 400, 401, 413, 415];

  it("answers any body, content type and token with a documented status", async () => {
    const contentType = fc.constantFrom(
      "message/rfc822",
      "text/plain",
      "",
      "application/json",
      "multipart/form-data; boundary=x",
      "multipart/form-data",
      'text/plain; charset="x"',
    );
    const authorization = fc.oneof(
      { weight: 4, arbitrary: fc.constant(authorised.authorization) },
      { weight: 1, arbitrary: hostileString.map((s) => `Bearer ${s}`.replace(/[^\x20-\x7e]/g, "")) },
    );
    await fc.assert(
      fc.asyncProperty(rawEmail, contentType, authorization, async (body, type, auth) => {
        const request = new Request(inboundUrl, { method: "POST", body, headers: { "content-type": type, authorization: auth } });
        const response = await handleInboundRequest(request, { secret });
        expect(expected, `status ${response.status}: ${await response.clone().text()}`).toContain(response.status);
      }),
      { numRuns: RUNS * 2 },
    );
  }, 300_000);

  it("reads the multipart form field whatever its bytes, invalid UTF-8 included", async () => {
    await fc.assert(
      fc.asyncProperty(rawEmail, invalidUtf8, hostileString, async (email, bad, name) => {
        const boundary = `----fuzz${randomUUID()}`;
        const body = concat([
          bytesOf(`--${boundary}\r\nContent-Disposition: form-data; name="${name.replace(/["\r\n]/g, "")}"\r\n\r\n`),
          bad,
          bytesOf(`\r\n--${boundary}\r\nContent-Disposition: form-data; name="email"\r\nContent-Type: message/rfc822\r\n\r\n`),
          email,
          bad,
          bytesOf(`\r\n--${boundary}--\r\n`),
        ]);
        const request = new Request(inboundUrl, {
          method: "POST",
          body,
          headers: { "content-type": `multipart/form-data; boundary=${boundary}`, ...authorised },
        });
        const response = await handleInboundRequest(request, { secret });
        expect(expected, `status ${response.status}: ${await response.clone().text()}`).toContain(response.status);
      }),
      { numRuns: RUNS },
    );
  }, 300_000);

  it("stores a message whose subject, text and attachment name are cut at their limits inside an emoji", async () => {
    // Regression: cutting between the halves of a surrogate pair failed the insert (500).
    const astral = (length: number) => "\u{10000} ".repeat(Math.ceil(length / 3) + 1);
    const raw = [
      "From: a@example.org",
      `Subject: ${astral(1000)}`,
      `Message-ID: <${randomUUID()}@fuzz.example>`,
      "MIME-Version: 1.0",
      'Content-Type: multipart/mixed; boundary="b1"',
      "",
      "--b1",
      "Content-Type: text/plain; charset=utf-8",
      "",
      astral(100_001),
      "--b1",
      `Content-Type: text/plain; name*=UTF-8''${encodeURIComponent(astral(256))}`,
      `Content-Disposition: attachment; filename*=UTF-8''${encodeURIComponent(astral(256))}`,
      "",
      "x",
      "--b1--",
      "",
    ].join("\r\n");
    const response = await handleInboundRequest(
      new Request(inboundUrl, { method: "POST", body: raw, headers: { "content-type": "message/rfc822", ...authorised } }),
      { secret },
    );
    expect(response.status).toBe(200);
  });

  it("refuses an oversized body with 413 whatever Content-Length claims", async () => {
    const big = new Uint8Array(MAX_RAW_EMAIL_BYTES + 128 * 1024).fill(0x41);
    for (const headers of [{}, { "content-length": "10" }]) {
      const stream = new Blob([big]).stream();
      const request = new Request(inboundUrl, {
        method: "POST",
        body: stream,
        headers: { "content-type": "message/rfc822", ...authorised, ...headers },
        duplex: "half",
      } as RequestInit);
      expect((await handleInboundRequest(request, { secret })).status).toBe(413);
    }
  });
});

describe("GET /api/search/suggest", () => {
  it("answers a query cut inside an emoji", async () => {
    const q = "\u{10000} ".repeat(80);
    expect((await suggest(new Request(`http://127.0.0.1/api/search/suggest?${new URLSearchParams({ q })}`))).status).toBe(200);
  });

  it("answers any q with 200 and the suggestion shape", async () => {
    await fc.assert(
      fc.asyncProperty(hostileString, async (q) => {
        const response = await suggest(new Request(`http://127.0.0.1/api/search/suggest?${new URLSearchParams({ q })}`));
        expect(response.status).toBe(200);
        const body = (await response.json()) as { products: unknown[]; guides: unknown[] };
        expect(Array.isArray(body.products) && Array.isArray(body.guides)).toBe(true);
      }),
      { numRuns: RUNS * 2 },
    );
  }, 300_000);
});

describe("GET /guides/[slug]/cite/[format] and /structures/[file]", () => {
  it("answer any slug, format or file name with 200 or 404", async () => {
    const slug = fc.oneof(fc.constantFrom(...guides.map((g) => g.slug)), hostileString);
    const format = fc.oneof(fc.constantFrom("bibtex", "ris", "__proto__", "constructor", "toString"), hostileString);
    const file = fc.oneof(
      fc.constantFrom("B8105958.svg", "b8105958.svg", "B8105958.SVG", "../../etc/passwd.svg"),
      hostileString,
      hostileString.map((s) => `${s}.svg`),
    );
    await fc.assert(
      fc.asyncProperty(slug, format, file, async (s, f, name) => {
        const cite = await citeGuide(new Request("http://127.0.0.1/guides/x/cite/y"), params({ slug: s, format: f }));
        expect([200, 404]).toContain(cite.status);
        const svg = await structureSvg(new Request("http://127.0.0.1/structures/x"), params({ file: name }));
        expect([200, 404]).toContain(svg.status);
      }),
      { numRuns: RUNS * 2 },
    );
  }, 300_000);
});

describe("the product and guide pages' lookups", () => {
  it("find nothing for any hostile catalog number or slug, without failing", async () => {
    await fc.assert(
      fc.asyncProperty(hostileString, hostileString, async (catalogNumber, slug) => {
        expect(await getProduct({ catalogNumber })).toBeNull();
        expect(await getGuide({ slug })).toBeNull();
      }),
      { numRuns: RUNS },
    );
  });
});

describe("below the staff-only handlers", () => {
  it("the inbox and its CSV export read any query string without failing", async () => {
    const staff = await createStaff();
    const keys = fc.constantFrom("q", "q", "assignee", "from", "to", "sort", "kind", "status", "page");
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(keys, hostileString), { maxLength: 4 }), async (pairs) => {
        const query = parseInboxQuery(new URLSearchParams(pairs));
        await listInbox(query, staff.id);
        const csv = new TextDecoder("utf-8", { ignoreBOM: true }).decode(
          await new Response(inquiryCsvStream(inboxWhere(query, staff.id), { sort: query.sort })).arrayBuffer(),
        );
        expect(csv.startsWith("\uFEFFReference,")).toBe(true);
      }),
      { numRuns: RUNS },
    );
  }, 300_000);

  it("an attachment id of any shape finds nothing, without failing", async () => {
    await fc.assert(
      fc.asyncProperty(hostileString, async (id) => {
        expect(await getAttachment(id)).toBeNull();
      }),
      { numRuns: RUNS },
    );
  });
});
