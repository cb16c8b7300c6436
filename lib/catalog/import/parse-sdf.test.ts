import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseSdf, textLines, type SdfRecord } from "@/lib/catalog/import/parse-sdf";
import { readCatalogFile } from "@/lib/catalog/import/read-catalog-file";

const SAMPLE = path.resolve("tests/fixtures/catalog/sample.sdf");
const sampleText = readFileSync(SAMPLE, "utf8");

async function records(chunks: Iterable<string> | AsyncIterable<string>) {
  const out: SdfRecord[] = [];
  for await (const record of parseSdf(chunks)) out.push(record);
  return out;
}

function pieces(text: string, size: number) {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

describe("textLines", () => {
  it("splits on LF and CRLF across chunk boundaries and drops a BOM", async () => {
    const out: string[] = [];
    for await (const line of textLines(["\uFEFFa\r", "\nb\n", "\r\nc"])) out.push(line);
    expect(out).toEqual(["a", "b", "", "c"]);
  });
});

describe("parseSdf", () => {
  it("reads V2000 and V3000 records with their data fields and starting lines", async () => {
    const out = await records([sampleText]);
    expect(out.map((r) => [r.line, r.record.fields.catalog_number])).toEqual([
      [1, "T2000001"],
      [54, "T2000002"],
      [129, "T2000003"],
      [150, "T2000004"],
    ]);
    const [nicotine, procaine] = out;
    expect(nicotine!.record.molblock).toMatch(/^T2000001\n.*V2000/s);
    expect(nicotine!.record.molblock.endsWith("M  END")).toBe(true);
    expect(nicotine!.record.fields).toMatchObject({
      name: "(S)-Nicotine",
      cas: "54-11-5",
      // A multi-line value keeps its line break.
      description: "Nicotinic acetylcholine receptor agonist.\nLight sensitive: store under argon.",
    });
    expect(procaine!.record.molblock).toContain("M  V30 BEGIN CTAB");
    expect(procaine!.record.fields).toMatchObject({ salt_form: "hydrochloride", inchikey: "HCBIBCJNVBAKAB-UHFFFAOYSA-N" });
    expect(out.every((r) => !r.problems)).toBe(true);
  });

  it("gives the same records for CRLF line ends and any chunking", async () => {
    const whole = await records([sampleText]);
    const crlf = sampleText.replace(/\n/g, "\r\n");
    for (const size of [1, 7, 100, 4096]) expect(await records(pieces(crlf, size)), `chunks of ${size}`).toEqual(whole);
  });

  it("accepts the data-header variants and a last record without $$$$", async () => {
    const text = [
      "t",
      "",
      "",
      "  0  0  0  0  0  0  0  0  0  0999 V2000",
      "M  END",
      ">  <id>  (1)",
      "A1",
      "",
      "> 2 <name>",
      "x",
      "y",
      "",
      "",
    ].join("\n");
    const [only] = await records([text]);
    expect(only!.record.fields).toEqual({ id: "A1", name: "x\ny" });
  });

  it("flags a molblock without M  END and a field given twice, and skips blank trailing lines", async () => {
    const text = ["t", "", "", "  1  0  0  0  0  0  0  0  0  0999 V2000", "> <id>", "A1", "", "> <id>", "A2", "", "$$$$", "", ""].join(
      "\n",
    );
    const out = await records([text]);
    expect(out).toHaveLength(1);
    expect(out[0]!.problems).toEqual(['the molblock has no "M  END" line', "the data field <id> appears twice"]);
    expect(out[0]!.record.fields.id).toBe("A2");
  });

  it("flattens records for the importer: data fields become columns, the molblock a molblock column", async () => {
    const out = [];
    for await (const r of readCatalogFile(SAMPLE)) out.push(r);
    expect(out).toHaveLength(4);
    expect(out[1]).toMatchObject({ line: 54, record: { catalog_number: "T2000002", parent: "Procaine" } });
    expect(out[1]!.record.molblock).toContain("V3000");
  });
});
