import path from "node:path";
import { describe, expect, it } from "vitest";
import { CsvFormatError, parseCsv, parseCsvRows, type CsvRecord, type CsvRow } from "@/lib/catalog/import/parse-csv";
import { readCatalogFile } from "@/lib/catalog/import/read-catalog-file";

const SAMPLE = path.resolve("tests/fixtures/catalog/sample.csv");

async function rows(chunks: Iterable<string> | AsyncIterable<string>) {
  const out: CsvRow[] = [];
  for await (const row of parseCsvRows(chunks)) out.push(row);
  return out;
}

async function records(chunks: Iterable<string> | AsyncIterable<string>) {
  const out: CsvRecord[] = [];
  for await (const record of parseCsv(chunks)) out.push(record);
  return out;
}

/** The same text cut into pieces of `size` characters: chunk boundaries must not matter. */
function pieces(text: string, size: number) {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

const TRICKY = [
  "\uFEFFid,name,notes\r\n",
  '1,plain,"a, b"\r\n',
  '2,"say ""hi""","line one\r\nline two"\r\n',
  "\r\n", // a blank line is not a record
  '3,"",last\r\n',
  '4,"multi\nline\nvalue",x', // no line break at the end
].join("");

describe("parseCsvRows", () => {
  it("handles quotes, doubled quotes, embedded commas and line breaks, CRLF and a BOM", async () => {
    expect(await rows([TRICKY])).toEqual([
      { line: 1, fields: ["id", "name", "notes"], problems: [] },
      { line: 2, fields: ["1", "plain", "a, b"], problems: [] },
      // Embedded line breaks are stored as \n whatever the file used.
      { line: 3, fields: ["2", 'say "hi"', "line one\nline two"], problems: [] },
      { line: 6, fields: ["3", "", "last"], problems: [] },
      { line: 7, fields: ["4", "multi\nline\nvalue", "x"], problems: [] },
    ]);
  });

  it("gives the same rows however the text is cut into chunks", async () => {
    const whole = await rows([TRICKY]);
    for (const size of [1, 2, 3, 5, 7, 64]) expect(await rows(pieces(TRICKY, size)), `chunks of ${size}`).toEqual(whole);
  });

  it("accepts LF-only and CR-only line ends", async () => {
    expect((await rows(["a,b\nc,d\n"])).map((r) => [r.line, r.fields])).toEqual([
      [1, ["a", "b"]],
      [2, ["c", "d"]],
    ]);
    expect((await rows(["a,b\rc,d\r"])).map((r) => [r.line, r.fields])).toEqual([
      [1, ["a", "b"]],
      [2, ["c", "d"]],
    ]);
  });

  it("keeps an empty last field and empty fields in between", async () => {
    expect((await rows(["a,,c,\n"]))[0]!.fields).toEqual(["a", "", "c", ""]);
  });

  it("keeps stray quotes inside an unquoted field as written", async () => {
    expect((await rows(['5" disk,x\n']))[0]!.fields).toEqual(['5" disk', "x"]);
  });

  it("reads a 100k-row file without running ahead of the reader", async () => {
    let produced = 0;
    let furthestAhead = 0;
    function* source() {
      yield "id,name\n";
      for (let i = 1; i <= 100_000; i++) {
        produced++;
        yield `${i},row ${i}\n`;
      }
    }
    let count = 0;
    for await (const row of parseCsvRows(source())) {
      if (row.line > 1) count++;
      furthestAhead = Math.max(furthestAhead, produced - count);
    }
    expect(count).toBe(100_000);
    // Only a few buffers' worth of rows are ever read ahead: the file is never held whole.
    expect(furthestAhead).toBeLessThan(5_000);
  });

  it("reports a quoted field that is never closed", async () => {
    const [first, second] = await rows(['a,b\n1,"open\n2,x\n']);
    expect(first!.problems).toEqual([]);
    expect(second).toMatchObject({ line: 2, problems: ["the quoted field opened on line 2 is never closed"] });
  });
});

describe("parseCsv", () => {
  it("keys rows by the header and flags rows with the wrong number of fields", async () => {
    expect(await records(["id,name\n1,a\n2,b,extra\n3\n"])).toEqual([
      { line: 2, record: { id: "1", name: "a" } },
      {
        line: 3,
        record: { id: "2", name: "b" },
        problems: ["the row has 3 field(s) but the header has 2 (an unquoted comma or line break?)"],
      },
      {
        line: 4,
        record: { id: "3", name: "" },
        problems: ["the row has 1 field(s) but the header has 2 (an unquoted comma or line break?)"],
      },
    ]);
  });

  it("refuses an empty file and a header naming a column twice", async () => {
    await expect(records([""])).rejects.toThrow(CsvFormatError);
    await expect(records(["id,ID\n1,2\n"])).rejects.toThrow(/names the column "ID" twice/);
  });

  it("streams the sample file with each record's starting line", async () => {
    const out: CsvRecord[] = [];
    for await (const r of readCatalogFile(SAMPLE)) out.push(r as CsvRecord);
    expect(out.map((r) => r.line)).toEqual([2, 3, 4, 5, 7, 8, 9, 10]);
    expect(out.every((r) => !r.problems)).toBe(true);
    const aspirin = out.find((r) => r.record.catalog_number === "T1000004")!;
    expect(aspirin.record.description).toBe(
      'Irreversible COX-1 and COX-2 inhibitor, the "classic" NSAID.\nStore dry: hydrolyses to salicylic acid.',
    );
    expect(out[0]!.record.synonyms).toBe("1,3,7-Trimethylxanthine;Guaranine");
  });
});
