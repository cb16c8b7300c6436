// A CSV export whose database read fails after the first rows were sent must fail as a download,
// never end as a shorter file that looks complete (issue 12, item 12). The failure is real: the table
// is renamed between two batches.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/staff/inquiries/export/route";
import { db } from "@/lib/db";
import { inquiryCsvStream } from "@/lib/triage/export-csv";
import { newInquiry } from "@/tests/inquiry-fixtures";

vi.mock("@/lib/auth/require-staff", () => ({ requireStaff: async () => ({ id: "csv-failure-viewer", role: "AGENT" }) }));

const breakTable = () => db.$executeRawUnsafe('ALTER TABLE "Inquiry" RENAME TO "InquiryAway"');
const mendTable = () => db.$executeRawUnsafe('ALTER TABLE IF EXISTS "InquiryAway" RENAME TO "Inquiry"');

beforeAll(async () => {
  for (let i = 0; i < 3; i++) await newInquiry();
});
afterEach(mendTable);

/** Reads until the stream ends ("ended") or fails (rejects). */
async function readToEnd(reader: ReadableStreamDefaultReader<Uint8Array>) {
  for (;;) if ((await reader.read()).done) return "ended";
}

describe("an export that fails part-way", () => {
  it("errors the stream after the rows already sent instead of closing it", async () => {
    const reader = inquiryCsvStream({}, { batchSize: 1 }).getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toMatch(/^Reference,/);
    expect((await reader.read()).value?.length).toBeGreaterThan(0);
    await breakTable();
    // The stream may already hold the next batch it read ahead; the read after that fails.
    await expect(readToEnd(reader)).rejects.toThrow();
  });

  it("reaches the route's response body as an error, so the download fails", async () => {
    const response = await GET(new Request("http://127.0.0.1/staff/inquiries/export"));
    expect(response.status).toBe(200);
    // The header is ready before any row is read, and the first batch is read only once a reader
    // takes the header: breaking the table now makes that read fail, however many rows there are and
    // however fast the database answers (on a shared PostgreSQL a read-ahead after the header could
    // otherwise fetch every row before the table broke).
    await breakTable();
    const reader = response.body!.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toMatch(/^Reference,/);
    await expect(readToEnd(reader)).rejects.toThrow();
  });
});
