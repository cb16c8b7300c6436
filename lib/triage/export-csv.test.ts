import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/staff/inquiries/export/route";
import { seedCatalog } from "@/lib/catalog/seed-catalog";
import { db } from "@/lib/db";
import { submitInquiry } from "@/lib/inquiries/submit-inquiry";
import { csvCell, csvRow, inquiryCsvStream } from "@/lib/triage/export-csv";
import { inboxWhere, parseInboxQuery } from "@/lib/triage/inbox-query";
import * as catalog from "@/prisma/seed-data/catalog";

const viewer = vi.hoisted(() => ({
  id: "",
  email: "csv.viewer@reagentdesk.example",
  name: "Csv Viewer",
  role: "AGENT" as const,
  active: true,
}));
vi.mock("@/lib/auth/require-staff", () => ({ requireStaff: async () => viewer }));

/** RFC 4180 as the export writes it: every record ends in CRLF; quoted fields may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (quoted) {
      if (c !== '"') cell += c;
      else if (text.charAt(i + 1) === '"') {
        cell += '"';
        i++;
      } else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text.charAt(i + 1) === "\n") {
      rows.push([...row, cell]);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  if (quoted || cell || row.length) throw new Error("The CSV does not end with a complete record");
  return rows;
}

async function readChunks(stream: ReadableStream<Uint8Array>) {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  for (let read = await reader.read(); !read.done; read = await reader.read()) chunks.push(read.value);
  return chunks;
}

const decode = (chunks: Uint8Array[]) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(Buffer.concat(chunks));

describe("csvCell", () => {
  it("quotes commas, quotes, line breaks and edge spaces, doubling the quotes", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell("Ruiz, Ana")).toBe('"Ruiz, Ana"');
    expect(csvCell('5 mg "research" grade')).toBe('"5 mg ""research"" grade"');
    expect(csvCell("line one\nline two")).toBe('"line one\nline two"');
    expect(csvCell("line one\r\nline two")).toBe('"line one\r\nline two"');
    expect(csvCell(" padded ")).toBe('" padded "');
    expect(csvCell("")).toBe("");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
  });

  it("neutralises text a spreadsheet would run as a formula", () => {
    expect(csvCell("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@cmd")).toBe("'@cmd");
    expect(csvCell("\t=x")).toBe("'\t=x");
    expect(csvCell("\r=x")).toBe(`"'\r=x"`);
    expect(csvCell('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvCell("a=b")).toBe("a=b");
  });

  it("writes numbers plainly, negative ones too, and dates in ISO 8601 UTC", () => {
    expect(csvCell(-2)).toBe("-2");
    expect(csvCell(1.5)).toBe("1.5");
    expect(csvCell(0)).toBe("0");
    expect(csvCell(new Date(Date.UTC(2026, 0, 5, 14, 5)))).toBe("2026-01-05T14:05:00.000Z");
  });
});

describe("csvRow", () => {
  it("joins the cells with commas and ends the record with CRLF", () => {
    expect(csvRow(["Q-2026-000001", "a,b", 3, null, "=1"])).toBe(`Q-2026-000001,"a,b",3,,'=1\r\n`);
  });
});

describe("inquiryCsvStream", () => {
  // Every inquiry of this run carries the tag in its institution, so the filter finds only them even
  // on a shared PostgreSQL database.
  const tag = `csv${randomUUID().slice(0, 8)}`;
  const institution = `Lab ${tag}, Example University`;
  const quoteReferences: string[] = [];
  let answeredReference = "";
  let synthesisReference = "";

  async function submit(kind: "QUOTE" | "SUPPORT" | "CUSTOM_SYNTHESIS", name: string, index: number) {
    const data = new FormData();
    const fields: Record<string, string> = {
      idempotencyKey: randomUUID(),
      name,
      email: `requester+${tag}-${index}@example.edu`,
      institution,
      country: "Spain",
      researchUseAcknowledged: "on",
      ...(kind === "QUOTE"
        ? { "items.0.catalogNumber": "B8105958", "items.0.quantity": "10", "items.0.unit": "mg", "items.0.grade": "research" }
        : kind === "CUSTOM_SYNTHESIS"
          ? {
              compoundName: "Ketamine-d4 hydrochloride",
              smiles: "Cl.CNC1(CCCCC1=O)c1ccccc1Cl",
              cas: "1867-66-9",
              quantity: "2.5",
              unit: "g",
              purity: "≥98%",
              labelling: "none",
              grade: "research",
              endUse: "Internal standard for LC-MS quantification of ketamine in plasma samples",
            }
          : { catalogNumbers: "B8105958", application: "Forced-swim test", question: "Which vehicle suits i.p. dosing in mice?" }),
    };
    for (const [key, value] of Object.entries(fields)) data.set(key, value);
    const result = await submitInquiry({ kind, formData: data, submitterIp: `198.51.100.${index}` });
    if (result.status !== "ok") throw new Error(`Submission refused: ${JSON.stringify(result)}`);
    return result.reference;
  }

  beforeAll(async () => {
    await seedCatalog(db, catalog);
    const staff = await db.staffMember.create({ data: { email: `csv.${tag}@reagentdesk.example`, name: "Ines Ortega" } });
    viewer.id = staff.id;
    quoteReferences.push(await submit("QUOTE", '=HYPERLINK("http://evil")', 1));
    quoteReferences.push(await submit("QUOTE", "Dr Ana Ruiz", 2));
    quoteReferences.push(await submit("QUOTE", "Dr Ben Okafor", 3));
    await submit("SUPPORT", "Dr Chen Wei", 4);
    synthesisReference = await submit("CUSTOM_SYNTHESIS", "Dr Dana Ito", 5);

    // Round-robin may have assigned them to staff that other test files created.
    await db.inquiry.updateMany({ where: { institution }, data: { assigneeId: null } });
    answeredReference = quoteReferences[1]!;
    const answered = await db.inquiry.findUniqueOrThrow({ where: { reference: answeredReference } });
    await db.inquiry.update({
      where: { id: answered.id },
      data: { status: "QUOTED", assigneeId: staff.id, firstResponseAt: new Date(answered.createdAt.getTime() + 90 * 60_000) },
    });
  });

  const quoteFilter = () => inboxWhere(parseInboxQuery({ kind: "QUOTE", q: tag }), viewer.id);

  it("writes a BOM, a header and one neutralised, correctly quoted row per matching inquiry", async () => {
    const chunks = await readChunks(inquiryCsvStream(quoteFilter()));
    expect([...Buffer.concat(chunks).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    const [header, ...rows] = parseCsv(decode(chunks).slice(1));
    expect(header).toEqual([
      "Reference",
      "Kind",
      "Status",
      "Assignee",
      "Requester name",
      "Requester email",
      "Institution",
      "Country",
      "Products",
      "Quantities",
      "Compound",
      "SMILES",
      "CAS number",
      "Created (UTC)",
      "First response due (UTC)",
      "First response at (UTC)",
      "First response time (hours)",
      "Closed (UTC)",
    ]);
    // The support request shares the tag but not the kind.
    expect(rows.map((r) => r[0]).sort()).toEqual([...quoteReferences].sort());
    for (const row of rows) {
      expect(row).toHaveLength(header!.length);
      expect(row[1]).toBe("Quote request");
      expect(row[6]).toBe(institution);
      expect(row[8]).toBe("B8105958 LY3020371 hydrochloride");
      expect(row.slice(9, 13)).toEqual(["10 mg", "", "", ""]);
      expect(row[13]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    }

    const byReference = new Map(rows.map((r) => [r[0], r]));
    expect(byReference.get(quoteReferences[0])?.[4]).toBe(`'=HYPERLINK("http://evil")`);
    expect(byReference.get(answeredReference)).toMatchObject({ 2: "Quoted", 3: "Ines Ortega", 16: "1.5" });
    expect(byReference.get(quoteReferences[2])).toMatchObject({ 3: "", 15: "", 16: "", 17: "" });
  });

  it("gives a custom synthesis its compound (name, SMILES, CAS number) and quantity", async () => {
    const [header, ...rows] = parseCsv(
      decode(await readChunks(inquiryCsvStream(inboxWhere(parseInboxQuery({ kind: "CUSTOM_SYNTHESIS", q: tag }), viewer.id)))).slice(1),
    );
    expect(rows.map((r) => r[0])).toEqual([synthesisReference]);
    const row = Object.fromEntries(header!.map((name, i) => [name, rows[0]![i]]));
    expect(row).toMatchObject({
      Products: "",
      Quantities: "2.5 g",
      Compound: "Ketamine-d4 hydrochloride",
      SMILES: "Cl.CNC1(CCCCC1=O)c1ccccc1Cl",
      "CAS number": "1867-66-9",
    });
  });

  it("reads the rows in batches, each starting after the last row of the one before, in the chosen order", async () => {
    const whole = decode(await readChunks(inquiryCsvStream(quoteFilter())));
    const batched = await readChunks(inquiryCsvStream(quoteFilter(), { batchSize: 2 }));
    // The header, then a full batch of two and a last batch of one.
    expect(batched).toHaveLength(3);
    expect(decode(batched)).toBe(whole);

    const oldestFirst = parseCsv(decode(await readChunks(inquiryCsvStream(quoteFilter(), { sort: "oldest", batchSize: 1 }))).slice(1));
    expect(oldestFirst.slice(1).map((r) => r[0])).toEqual(
      parseCsv(whole.slice(1))
        .slice(1)
        .map((r) => r[0])
        .reverse(),
    );
  });

  it("is served by the export route with the inbox's filter as an attachment", async () => {
    const response = await GET(new Request(`http://localhost/staff/inquiries/export?kind=QUOTE&q=${tag}&page=3`));
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; filename="inquiries-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    const rows = parseCsv((await response.text()).replace(/^\uFEFF/, ""));
    // The page parameter of the inbox link does not limit the export.
    expect(rows).toHaveLength(1 + quoteReferences.length);
  });
});
