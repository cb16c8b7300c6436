import { describe, expect, it } from "vitest";
import { smilesFromStructureFile } from "@/lib/catalog/structure-file";
import { firstMolblock, MAX_STRUCTURE_FILE_BYTES } from "@/lib/catalog/structure-file-text";
import { MAX_HEAVY_ATOMS, MAX_MOLBLOCK_ATOMS } from "@/lib/catalog/structure-input";

const pad = (value: string | number, width: number) => String(value).padStart(width);
const atomLine = (x: number, y: number, symbol: string) =>
  `${pad(x.toFixed(4), 10)}${pad(y.toFixed(4), 10)}${pad("0.0000", 10)} ${symbol.padEnd(3)} 0  0  0  0  0  0  0  0  0  0  0  0`;
const bondLine = (a: number, b: number, order: number) => `${pad(a, 3)}${pad(b, 3)}${pad(order, 3)}  0`;

/** A V2000 molfile, as ChemDraw, Ketcher or RDKit write one. */
function molfile(title: string, atoms: { symbol: string; x: number; y: number }[], bonds: [number, number, number][]) {
  return [
    title,
    "  Example 2D",
    "",
    `${pad(atoms.length, 3)}${pad(bonds.length, 3)}  0  0  0  0  0  0  0  0999 V2000`,
    ...atoms.map((a) => atomLine(a.x, a.y, a.symbol)),
    ...bonds.map(([a, b, order]) => bondLine(a, b, order)),
    "M  END",
  ].join("\n");
}

const ring = (n: number, symbol = "C") =>
  Array.from({ length: n }, (_, i) => ({ symbol, x: Math.cos((2 * Math.PI * i) / n), y: Math.sin((2 * Math.PI * i) / n) }));
// Kekulé benzene: alternating single and double bonds.
const benzene = molfile(
  "benzene",
  ring(6),
  Array.from({ length: 6 }, (_, i): [number, number, number] => [i + 1, ((i + 1) % 6) + 1, i % 2 ? 1 : 2]),
);
// Chlorobenzene: benzene with a Cl on atom 1.
const chlorobenzene = molfile(
  "chlorobenzene",
  [...ring(6), { symbol: "Cl", x: 2, y: 0 }],
  [...Array.from({ length: 6 }, (_, i): [number, number, number] => [i + 1, ((i + 1) % 6) + 1, i % 2 ? 1 : 2]), [1, 7, 1]],
);
const chain = (n: number) =>
  molfile(
    `C${n}`,
    Array.from({ length: n }, (_, i) => ({ symbol: "C", x: i * 1.5, y: i % 2 })),
    Array.from({ length: n - 1 }, (_, i): [number, number, number] => [i + 1, i + 2, 1]),
  );

describe("firstMolblock", () => {
  it("keeps an SDF's first record up to its M  END and drops its data items and the later records", () => {
    const sdf = `${benzene}\n> <name>\nbenzene\n\n$$$$\n${chlorobenzene}\n$$$$\n`;
    expect(firstMolblock(sdf)).toBe(benzene);
    expect(firstMolblock(benzene.replace(/\n/g, "\r\n"))).toBe(benzene);
  });

  it("finds no molblock without M  END, or when the first record ends without one", () => {
    expect(firstMolblock("c1ccccc1")).toBeUndefined();
    expect(firstMolblock(`${benzene.replace("M  END", "")}\n$$$$\n${chlorobenzene}`)).toBeUndefined();
  });
});

describe("smilesFromStructureFile", () => {
  it("reads a molfile into the SMILES RDKit writes for it", async () => {
    expect(await smilesFromStructureFile({ text: benzene })).toEqual({ ok: true, smiles: "c1ccccc1" });
    expect(await smilesFromStructureFile({ text: `${chlorobenzene}\n$$$$\n${benzene}\n$$$$\n` })).toEqual({
      ok: true,
      smiles: "Clc1ccccc1",
    });
  });

  it("refuses what is not a molfile, or one RDKit cannot read, with a message for the person who sent it", async () => {
    expect(await smilesFromStructureFile({ text: "" })).toMatchObject({ ok: false, error: /Paste a molfile/ });
    expect(await smilesFromStructureFile({ text: "c1ccccc1" })).toMatchObject({ ok: false, error: /no "M {2}END" line/ });
    const pentavalent = molfile(
      "bad",
      [...ring(6), { symbol: "C", x: 2, y: 0 }],
      [
        [1, 2, 2],
        [2, 3, 1],
        [3, 4, 2],
        [4, 5, 1],
        [5, 6, 2],
        [6, 1, 1],
        [1, 7, 3],
      ],
    );
    expect(await smilesFromStructureFile({ text: pentavalent })).toMatchObject({ ok: false, error: /RDKit cannot read this molfile/ });
  });

  it("holds a file to the bounds of a typed SMILES: bytes and declared atoms before RDKit, heavy atoms after", async () => {
    expect(await smilesFromStructureFile({ text: `${benzene}\n${" ".repeat(MAX_STRUCTURE_FILE_BYTES)}` })).toMatchObject({
      ok: false,
      error: /up to 64 kB/,
    });
    const declared = benzene.replace(/^ {2}6 {2}6/m, `${MAX_MOLBLOCK_ATOMS + 1}  6`);
    expect(await smilesFromStructureFile({ text: declared })).toMatchObject({ ok: false, error: /451 atoms/ });
    // Within the molblock bound, but its SMILES has more heavy atoms than a typed query may.
    expect(await smilesFromStructureFile({ text: chain(MAX_HEAVY_ATOMS + 10) })).toMatchObject({
      ok: false,
      error: /160 heavy atoms; structures of up to 150/,
    });
    expect(await smilesFromStructureFile({ text: chain(12) })).toEqual({ ok: true, smiles: "CCCCCCCCCCCC" });
  });
});
