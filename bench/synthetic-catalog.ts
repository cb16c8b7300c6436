// A deterministic synthetic catalog for benchmarks: N products grouped into compounds (one compound,
// 1–3 salt forms), with realistic names, code-name synonyms, CAS numbers with a valid check digit,
// catalog numbers "S" + 7 digits, and SMILES built from ten real scaffolds with substituent variation.
//
// Everything is derived from (seed, index) with a seeded PRNG, so compound k and product i are the
// same in every run and in every process, whatever N is: a run with --append continues the catalog.
//
// Structures: a pool of `structures` distinct parent structures (default 2,000) is drawn once; compound
// k uses parent k mod pool size, each parent with a fixed set of salt forms. RDKit work (bench/
// load-catalog.ts) is then bounded by the pool, not by N: a 1M-product catalog costs no more RDKit time
// than a 4k one. Compounds past the pool reuse a structure under their own code name (as a supplier's
// catalog does list one structure under several codes), so names stay varied.
//
//   npx tsx bench/synthetic-catalog.ts --check     parses every SMILES of every scaffold variant in RDKit
//   npx tsx bench/synthetic-catalog.ts --show 12   prints the first 12 products
import { isValidCas } from "@/lib/core/catalog-identifiers";

// ---------------------------------------------------------------------------------------------
// PRNG: mulberry32, seeded by a hash of (seed, stream, index) so that any record can be generated on its own.

function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export class Random {
  private state: number;

  constructor(...keys: number[]) {
    let h = 0x9e3779b9;
    for (const key of keys) h = mix32(h ^ mix32(key + 0x632be5ab));
    this.state = h;
  }

  /** Uniform in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  pick<T>(items: readonly T[]): T {
    if (!items.length) throw new Error("pick from an empty list");
    return items[this.int(items.length)]!;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((sum, [, w]) => sum + w, 0);
    let x = this.next() * total;
    for (const [item, w] of items) {
      x -= w;
      if (x < 0) return item;
    }
    return items.at(-1)![0];
  }

  /** Log-uniform in [min, max). */
  logUniform(min: number, max: number): number {
    return Math.exp(Math.log(min) + this.next() * (Math.log(max) - Math.log(min)));
  }

  digits(n: number): string {
    let out = "";
    for (let i = 0; i < n; i++) out += String(this.int(10));
    return out;
  }
}

// Independent random streams.
const STREAM = { pool: 1, compound: 2, product: 3, cas: 4 } as const;

// ---------------------------------------------------------------------------------------------
// Scaffolds: SMILES templates with {site} placeholders, each site a list of options.

type Option = { smiles: string; name: string };
type Site = { key: string; options: readonly Option[] };
type SaltKey = keyof typeof SALTS;

type Scaffold = {
  key: string;
  /** Chemical class, used in descriptions. */
  className: string;
  template: string;
  sites: readonly Site[];
  /** Relative share of the structure pool. */
  weight: number;
  /** Salt forms this class is sold as; the first is the most common. */
  salts: readonly SaltKey[];
  /** Systematic-style name from the chosen options. */
  name(sub: (key: string) => Option): string;
  /** Trivial names: the named sites' options (others at their first option) → name. */
  trivial?: readonly (readonly [Record<string, string>, string])[];
  activities: readonly { target: string; mechanism: string; measure: "Ki" | "IC50" | "EC50" }[];
  category: string;
  codePrefixes: readonly string[];
};

const o = (smiles: string, name = ""): Option => ({ smiles, name });
const H = o("");
const F = o("(F)", "fluoro");
const Cl = o("(Cl)", "chloro");
const Br = o("(Br)", "bromo");
const Me = o("(C)", "methyl");
const OMe = o("(OC)", "methoxy");
const OH = o("(O)", "hydroxy");
const CF3 = o("(C(F)(F)F)", "trifluoromethyl");
const NO2 = o("([N+](=O)[O-])", "nitro");
const CN = o("(C#N)", "cyano");
const site = (key: string, options: readonly Option[]): Site => ({ key, options });

export const SALTS = {
  "free base": { smiles: "", suffix: "", short: "" },
  "free acid": { smiles: "", suffix: "", short: "" },
  hydrochloride: { smiles: "Cl", suffix: "hydrochloride", short: "HCl" },
  hydrobromide: { smiles: "Br", suffix: "hydrobromide", short: "HBr" },
  maleate: { smiles: "OC(=O)/C=C\\C(=O)O", suffix: "maleate", short: "maleate" },
  fumarate: { smiles: "OC(=O)/C=C/C(=O)O", suffix: "fumarate", short: "fumarate" },
  oxalate: { smiles: "OC(=O)C(=O)O", suffix: "oxalate", short: "oxalate" },
  "L-tartrate": { smiles: "O[C@H]([C@@H](O)C(=O)O)C(=O)O", suffix: "L-tartrate", short: "tartrate" },
} as const;

const MULTIPLIERS = ["", "", "di", "tri", "tetra"];

/** Substituent prefixes in IUPAC style: [["2","methoxy"],["5","methoxy"],["4","bromo"]] → "4-bromo-2,5-dimethoxy". */
function prefixes(parts: readonly (readonly [string, string])[]): string {
  const groups = new Map<string, string[]>();
  for (const [locant, name] of parts) if (name) groups.set(name, [...(groups.get(name) ?? []), locant]);
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, locants]) => `${locants.sort().join(",")}-${MULTIPLIERS[locants.length] ?? ""}${name}`)
    .join("-");
}

/** Joins name parts: a hyphen before a locant, "N-", "(" or capital, none before a plain word ("fluoro" + "norketamine"). */
function joinName(...parts: string[]): string {
  return parts.filter(Boolean).reduce((name, part) => (name && /^[0-9A-Z(]/.test(part) ? `${name}-${part}` : name + part), "");
}

function capitalize(name: string): string {
  return name.replace(/[a-zA-Z]/, (c) => c.toUpperCase());
}

const ring = (sub: (key: string) => Option, keys: readonly string[]) => prefixes(keys.map((k) => [k, sub(k).name] as const));

export const SCAFFOLDS: readonly Scaffold[] = [
  {
    key: "arylcyclohexylamine",
    className: "arylcyclohexylamine",
    // Ketamine: CNC1(CCCCC1=O)c1ccccc1Cl; sites are the amine and the phenyl ring (2–5).
    template: "{N}C1(CCCCC1=O)c1c{2}c{3}c{4}c{5}c1",
    sites: [
      site("N", [o("N", "nor"), o("CN"), o("CCN", "N-ethylnor"), o("CCCN", "N-propylnor")]),
      site("2", [H, F, Cl, Br, Me, OMe, CF3]),
      site("3", [H, F, Cl, Br, Me, OMe]),
      site("4", [H, F, Cl, Br, Me, OMe]),
      site("5", [H, F, Cl]),
    ],
    weight: 3,
    salts: ["hydrochloride", "free base", "hydrobromide"],
    name: (sub) =>
      sub("2").smiles === Cl.smiles
        ? joinName(ring(sub, ["3", "4", "5"]), sub("N").name, "ketamine")
        : joinName(ring(sub, ["2", "3", "4", "5"]), sub("N").name, "deschloroketamine"),
    trivial: [
      [{ N: "CN", "2": "(Cl)" }, "Ketamine"],
      [{ N: "N", "2": "(Cl)" }, "Norketamine"],
      [{ N: "CCN", "3": "(OC)" }, "Methoxetamine"],
    ],
    activities: [{ target: "nmda", mechanism: "uncompetitive-channel-blocker", measure: "Ki" }],
    category: "nmda-receptor-ligands",
    codePrefixes: ["CI", "RD", "KT"],
  },
  {
    key: "phenethylamine",
    className: "substituted phenethylamine",
    template: "{N}C{a}Cc1c{2}c{3}c{4}c{5}c1",
    sites: [
      site("N", [o("N"), o("CN", "N-methyl"), o("CN(C)", "N,N-dimethyl")]),
      site("a", [H, o("(C)", "alpha")]),
      site("2", [H, OMe, F, Me]),
      site("3", [H, F, Cl, OMe, Me]),
      site("4", [H, F, Cl, Br, Me, OMe, CF3]),
      site("5", [H, OMe, F, Me]),
    ],
    weight: 2,
    salts: ["hydrochloride", "free base", "fumarate", "L-tartrate"],
    name: (sub) => joinName(ring(sub, ["2", "3", "4", "5"]), sub("N").name, sub("a").name ? "amphetamine" : "phenethylamine"),
    activities: [
      { target: "5ht2a", mechanism: "agonist", measure: "EC50" },
      { target: "taar1", mechanism: "agonist", measure: "EC50" },
    ],
    category: "serotonin-receptor-ligands",
    codePrefixes: ["PEA", "RD", "TC"],
  },
  {
    key: "tryptamine",
    className: "indole (tryptamine)",
    // Indole atoms in order: N1 ([nH]), C7a, C7, C6, C5, C4, C3a.
    template: "{N}CCc1c[nH]c2c{7}c{6}c{5}c{4}c12",
    sites: [
      site("N", [
        o("N"),
        o("CN", "N-methyl"),
        o("CN(C)", "N,N-dimethyl"),
        o("CCN(CC)", "N,N-diethyl"),
        o("CC(C)N(C(C)C)", "N,N-diisopropyl"),
        o("CCCN(CCC)", "N,N-dipropyl"),
      ]),
      site("4", [H, OH, OMe, F, Me]),
      site("5", [H, F, Cl, Br, Me, OMe, OH]),
      site("6", [H, F, Cl, Me]),
      site("7", [H, F, Me]),
    ],
    weight: 3,
    salts: ["fumarate", "free base", "hydrochloride", "oxalate"],
    name: (sub) => joinName(ring(sub, ["4", "5", "6", "7"]), sub("N").name, "tryptamine"),
    trivial: [[{ "5": "(OC)", N: "CN(C)" }, "5-MeO-DMT"]],
    activities: [
      { target: "5ht2a", mechanism: "agonist", measure: "EC50" },
      { target: "5ht1a", mechanism: "agonist", measure: "Ki" },
    ],
    category: "serotonin-receptor-ligands",
    codePrefixes: ["TR", "RD", "AL"],
  },
  {
    key: "arylpiperidine",
    className: "4-arylpiperidine",
    template: "{R}N1CCC{X}(CC1)c1cc{3}c{4}c{5}c1",
    sites: [
      site("R", [o(""), o("C", "1-methyl"), o("CC", "1-ethyl"), o("c2ccccc2C", "1-benzyl")]),
      site("X", [o(""), o("(O)", "ol")]),
      site("3", [H, F, Cl, CF3, Me, OMe]),
      site("4", [H, F, Cl, Br, Me, OMe]),
      site("5", [H, F, Cl]),
    ],
    weight: 2,
    salts: ["hydrochloride", "free base", "maleate"],
    name: (sub) => {
      const aryl = ring(sub, ["3", "4", "5"]);
      return joinName(sub("R").name, `4-${aryl ? `(${aryl}phenyl)` : "phenyl"}${sub("X").name ? "piperidin-4-ol" : "piperidine"}`);
    },
    activities: [
      { target: "sigma1", mechanism: "antagonist", measure: "Ki" },
      { target: "dat", mechanism: "inhibitor", measure: "IC50" },
    ],
    category: "sigma-receptor-ligands",
    codePrefixes: ["BD", "NE", "RD"],
  },
  {
    key: "arylpiperazine",
    className: "arylpiperazine",
    template: "{R}N1CCN(CC1)c1c{2}c{3}c{4}cc1",
    sites: [
      site("R", [o(""), o("C", "4-methyl"), o("CC", "4-ethyl"), o("c2ccccc2CC", "4-phenethyl")]),
      site("2", [H, F, Cl, OMe, Me]),
      site("3", [H, F, Cl, Br, CF3, Me, OMe]),
      site("4", [H, F, Cl, Br, Me, OMe]),
    ],
    weight: 2,
    salts: ["hydrochloride", "free base", "maleate"],
    name: (sub) => {
      const aryl = ring(sub, ["2", "3", "4"]);
      return joinName(`1-${aryl ? `(${aryl}phenyl)` : "phenyl"}`, sub("R").name, "piperazine");
    },
    trivial: [
      [{ "3": "(Cl)" }, "mCPP"],
      [{ "3": "(C(F)(F)F)" }, "TFMPP"],
    ],
    activities: [
      { target: "5ht1a", mechanism: "partial-agonist", measure: "Ki" },
      { target: "5ht2c", mechanism: "agonist", measure: "EC50" },
    ],
    category: "serotonin-receptor-ligands",
    codePrefixes: ["WAY", "SB", "RD"],
  },
  {
    key: "benzodiazepine",
    className: "1,4-benzodiazepin-2-one",
    // Diazepam: CN1C(=O)CN=C(c2ccccc2)c2cc(Cl)ccc21.
    template: "{R}N1C(=O)C{3}N=C(c2c{2p}cccc2)c2cc{7}ccc21",
    sites: [site("R", [o(""), o("C", "methyl")]), site("3", [H, OH]), site("2p", [H, F, Cl]), site("7", [H, Cl, Br, F, NO2, CF3, Me])],
    weight: 1,
    salts: ["free base"],
    name: (sub) => {
      const aryl = sub("2p").name ? `(2-${sub("2p").name}phenyl)` : "phenyl";
      const parts: [string, string][] = [
        ["5", aryl],
        ["7", sub("7").name],
        ["1", sub("R").name],
        ["3", sub("3").name],
      ];
      const named = parts.filter(([, n]) => n).sort(([, a], [, b]) => a.replace(/[^a-z]/g, "").localeCompare(b.replace(/[^a-z]/g, "")));
      return `${named.map(([l, n]) => `${l}-${n}`).join("-")}-1,3-dihydro-2H-1,4-benzodiazepin-2-one`;
    },
    trivial: [
      [{ R: "C", "7": "(Cl)" }, "Diazepam"],
      [{ "7": "(Cl)" }, "Nordazepam"],
      [{ R: "C", "7": "(Cl)", "2p": "(F)" }, "Fludiazepam"],
      [{ "7": "([N+](=O)[O-])" }, "Nitrazepam"],
      [{ R: "C", "7": "([N+](=O)[O-])", "2p": "(F)" }, "Flunitrazepam"],
      [{ "7": "([N+](=O)[O-])", "2p": "(Cl)" }, "Clonazepam"],
      [{ "7": "(Cl)", "3": "(O)" }, "Oxazepam"],
      [{ R: "C", "7": "(Cl)", "3": "(O)" }, "Temazepam"],
      [{ "7": "(Cl)", "2p": "(Cl)", "3": "(O)" }, "Lorazepam"],
      [{ "7": "(Cl)", "2p": "(Cl)" }, "Delorazepam"],
    ],
    activities: [{ target: "gabaa", mechanism: "positive-allosteric-modulator", measure: "Ki" }],
    category: "gabaa-receptor-modulators",
    codePrefixes: ["RO", "RD"],
  },
  {
    key: "aminoadamantane",
    className: "aminoadamantane",
    // Memantine: CC12CC3CC(C)(C1)CC(N)(C3)C2 (bridgeheads: r1, r2, the amine).
    template: "{r1}C12CC3CC{r2}(C1)CC({N})(C3)C2",
    sites: [
      site("r1", [o(""), o("C", "methyl"), o("CC", "ethyl")]),
      site("r2", [o(""), o("(C)", "methyl"), o("(CC)", "ethyl")]),
      site("N", [o("N"), o("NC", "N-methyl"), o("N(C)C", "N,N-dimethyl")]),
    ],
    weight: 0.5,
    salts: ["hydrochloride", "free base"],
    name: (sub) => {
      const alkyls = [sub("r1").name, sub("r2").name].filter(Boolean);
      return joinName(sub("N").name, prefixes(alkyls.map((n, i) => [String(3 + 2 * i), n] as const)), "adamantan-1-amine");
    },
    trivial: [
      [{ r1: "C", r2: "(C)" }, "Memantine"],
      [{}, "Amantadine"],
    ],
    activities: [{ target: "nmda", mechanism: "uncompetitive-channel-blocker", measure: "IC50" }],
    category: "nmda-receptor-ligands",
    codePrefixes: ["D", "MRZ", "RD"],
  },
  {
    key: "dizocilpine",
    className: "dibenzocycloheptenimine (MK-801 class)",
    // Dizocilpine: CC12c3ccccc3CC(N1)c1ccccc12.
    template: "{R}C12c3cc{2}c{3}cc3CC(N1)c1cc{8}ccc12",
    sites: [
      site("R", [o("C", "MK-801"), o("", "desmethyl-MK-801"), o("CC", "5-ethyl-desmethyl-MK-801")]),
      site("2", [H, F, Cl, Br, Me, OH, OMe]),
      site("3", [H, F, Cl, Br, Me, OH, OMe]),
      site("8", [H, F, Cl, Me, OH]),
    ],
    weight: 1.5,
    salts: ["maleate", "free base", "hydrochloride"],
    name: (sub) => [ring(sub, ["2", "3", "8"]), sub("R").name].filter(Boolean).join("-"),
    trivial: [[{}, "Dizocilpine"]],
    activities: [{ target: "nmda", mechanism: "uncompetitive-channel-blocker", measure: "Ki" }],
    category: "nmda-receptor-ligands",
    codePrefixes: ["MK", "RD"],
  },
  {
    key: "xanthenyl-amino-acid",
    className: "xanthenylmethyl cyclopropyl amino acid (LY341495 class)",
    // LY341495: N[C@](CC1c2ccccc2Oc2ccccc21)(C(=O)O)[C@H]1C[C@@H]1C(=O)O.
    template: "N[C@](CC1c2cc{2}c{3}cc2Oc2cc{7}ccc21)(C(=O)O)[C@H]1C[C@@H]1C(=O)O",
    sites: [site("2", [H, F, Cl, Br, Me, OMe]), site("3", [H, F, Cl, Br, Me, OMe]), site("7", [H, F, Cl, Me, OMe])],
    weight: 1.5,
    salts: ["free acid", "hydrochloride"],
    name: (sub) => `(2S)-2-Amino-2-[(1S,2S)-2-carboxycycloprop-1-yl]-3-(${ring(sub, ["2", "3", "7"])}xanth-9-yl)propanoic acid`,
    trivial: [[{}, "LY341495"]],
    activities: [
      { target: "mglu2", mechanism: "antagonist", measure: "IC50" },
      { target: "mglu3", mechanism: "antagonist", measure: "IC50" },
    ],
    category: "mglu-receptor-ligands",
    codePrefixes: ["LY", "LY", "MGS"],
  },
  {
    key: "quinoxalinedione",
    className: "quinoxaline-2,3-dione",
    template: "O=c1[nH]c2cc{6}c{7}cc2[nH]c1=O",
    sites: [site("6", [H, F, Cl, Br, Me, NO2, CN, CF3]), site("7", [H, F, Cl, Br, Me, NO2, CN, CF3])],
    weight: 1,
    salts: ["free acid"],
    name: (sub) => joinName(ring(sub, ["6", "7"]), "1,4-dihydroquinoxaline-2,3-dione"),
    trivial: [
      [{ "6": "(C#N)", "7": "([N+](=O)[O-])" }, "CNQX"],
      [{ "6": "([N+](=O)[O-])", "7": "([N+](=O)[O-])" }, "DNQX"],
    ],
    activities: [
      { target: "ampa", mechanism: "antagonist", measure: "IC50" },
      { target: "kainate", mechanism: "antagonist", measure: "IC50" },
    ],
    category: "glutamate-receptor-ligands",
    codePrefixes: ["NS", "YM", "RD"],
  },
];

/** A scaffold's substructure query (its core without substituents), for the structure search bench. */
export const SCAFFOLD_CORES: readonly { scaffold: string; smiles: string }[] = [
  { scaffold: "arylcyclohexylamine", smiles: "NC1(CCCCC1=O)c1ccccc1" },
  { scaffold: "phenethylamine", smiles: "NCCc1ccccc1" },
  { scaffold: "tryptamine", smiles: "NCCc1c[nH]c2ccccc12" },
  { scaffold: "arylpiperidine", smiles: "C1CNCCC1c1ccccc1" },
  { scaffold: "arylpiperazine", smiles: "C1CN(CCN1)c1ccccc1" },
  { scaffold: "benzodiazepine", smiles: "O=C1CN=C(c2ccccc2)c2ccccc2N1" },
  { scaffold: "aminoadamantane", smiles: "NC12CC3CC(CC(C3)C1)C2" },
  { scaffold: "dizocilpine", smiles: "C12c3ccccc3CC(N1)c1ccccc12" },
  { scaffold: "xanthenyl-amino-acid", smiles: "C(C1c2ccccc2Oc2ccccc21)C(N)C(=O)O" },
  { scaffold: "quinoxalinedione", smiles: "O=c1[nH]c2ccccc2[nH]c1=O" },
];

/** Reference data the products point at (upserted by slug; slugs shared with the demo catalog reuse its rows). */
export const SYNTHETIC_TARGETS = [
  { slug: "nmda", name: "NMDA receptor", family: "Ionotropic glutamate receptors", geneSymbol: null },
  { slug: "ampa", name: "AMPA receptor", family: "Ionotropic glutamate receptors", geneSymbol: null },
  { slug: "kainate", name: "Kainate receptor", family: "Ionotropic glutamate receptors", geneSymbol: null },
  { slug: "mglu2", name: "mGlu2 receptor", family: "Metabotropic glutamate receptors", geneSymbol: "GRM2" },
  { slug: "mglu3", name: "mGlu3 receptor", family: "Metabotropic glutamate receptors", geneSymbol: "GRM3" },
  { slug: "5ht2a", name: "5-HT2A receptor", family: "Serotonin receptors", geneSymbol: "HTR2A" },
  { slug: "5ht2c", name: "5-HT2C receptor", family: "Serotonin receptors", geneSymbol: "HTR2C" },
  { slug: "5ht1a", name: "5-HT1A receptor", family: "Serotonin receptors", geneSymbol: "HTR1A" },
  { slug: "taar1", name: "TAAR1", family: "Trace amine-associated receptors", geneSymbol: "TAAR1" },
  { slug: "sigma1", name: "Sigma-1 receptor", family: "Sigma receptors", geneSymbol: "SIGMAR1" },
  { slug: "dat", name: "Dopamine transporter", family: "Monoamine transporters", geneSymbol: "SLC6A3" },
  { slug: "gabaa", name: "GABA-A receptor (benzodiazepine site)", family: "GABA-A receptors", geneSymbol: null },
] as const;

export const SYNTHETIC_MECHANISMS = [
  { slug: "antagonist", name: "Antagonist" },
  { slug: "agonist", name: "Agonist" },
  { slug: "partial-agonist", name: "Partial agonist" },
  { slug: "inhibitor", name: "Inhibitor" },
  { slug: "uncompetitive-channel-blocker", name: "Uncompetitive channel blocker" },
  { slug: "positive-allosteric-modulator", name: "Positive allosteric modulator" },
] as const;

export const SYNTHETIC_CATEGORIES = [
  {
    slug: "glutamate-receptor-ligands",
    name: "Glutamate receptor ligands",
    description: "Compounds that act at metabotropic or ionotropic glutamate receptors.",
  },
  {
    slug: "mglu-receptor-ligands",
    name: "mGlu2/3 receptor ligands",
    description: "Agonists and antagonists of the group II metabotropic glutamate receptors mGlu2 and mGlu3.",
  },
  {
    slug: "nmda-receptor-ligands",
    name: "NMDA receptor ligands",
    description: "Channel blockers, antagonists and modulators of the NMDA-type ionotropic glutamate receptor.",
  },
  { slug: "serotonin-receptor-ligands", name: "Serotonin receptor ligands", description: "Agonists and antagonists of 5-HT receptors." },
  { slug: "sigma-receptor-ligands", name: "Sigma receptor ligands", description: "Ligands of the sigma-1 and sigma-2 receptors." },
  {
    slug: "gabaa-receptor-modulators",
    name: "GABA-A receptor modulators",
    description: "Benzodiazepine-site and other allosteric modulators of GABA-A receptors.",
  },
] as const;

// ---------------------------------------------------------------------------------------------
// Parent structures

export type ParentStructure = {
  scaffold: Scaffold;
  smiles: string;
  /** Trivial name when the variant is a known compound, else the systematic-style name. */
  name: string;
  /** The systematic-style name (equal to `name` unless a trivial name exists). */
  systematic: string;
  /** Salt forms every compound with this structure is sold as, fixed per structure. */
  salts: readonly SaltKey[];
};

export function variantCount(scaffold: Scaffold): number {
  return scaffold.sites.reduce((n, s) => n * s.options.length, 1);
}

/** The parent structure of one choice of options (one index per site). */
export function buildParent(scaffold: Scaffold, choice: readonly number[]): Omit<ParentStructure, "salts"> {
  const chosen = new Map(scaffold.sites.map((s, i) => [s.key, s.options[choice[i] ?? 0]!]));
  const sub = (key: string) => {
    const option = chosen.get(key);
    if (!option) throw new Error(`${scaffold.key}: no site "${key}"`);
    return option;
  };
  const smiles = scaffold.template.replace(/\{(\w+)\}/g, (_, key: string) => sub(key).smiles);
  const systematic = capitalize(scaffold.name(sub));
  const trivial = scaffold.trivial?.find(([spec]) =>
    scaffold.sites.every((s) => (spec[s.key] ?? s.options[0]!.smiles) === sub(s.key).smiles),
  );
  return { scaffold, smiles, name: trivial?.[1] ?? systematic, systematic };
}

/** Every variant of a scaffold, for the RDKit self-check. */
export function* allVariants(scaffold: Scaffold) {
  const total = variantCount(scaffold);
  for (let v = 0; v < total; v++) {
    let rest = v;
    const choice = scaffold.sites.map((s) => {
      const digit = rest % s.options.length;
      rest = Math.floor(rest / s.options.length);
      return digit;
    });
    yield buildParent(scaffold, choice);
  }
}

/** The first free salt form is the common one; up to three per structure. */
function chooseSalts(random: Random, scaffold: Scaffold): SaltKey[] {
  const count = Math.min(
    scaffold.salts.length,
    random.weighted([
      [1, 0.5],
      [2, 0.35],
      [3, 0.15],
    ] as const),
  );
  const first = random.weighted(scaffold.salts.map((s, i) => [s, i === 0 ? 3 : 1] as const));
  const rest = scaffold.salts.filter((s) => s !== first);
  const out: SaltKey[] = [first];
  while (out.length < count && rest.length) out.push(rest.splice(random.int(rest.length), 1)[0]!);
  return out;
}

/** A pool of distinct parent structures, drawn once per (seed, size). */
export function structurePool(seed: number, size: number): ParentStructure[] {
  const weights = SCAFFOLDS.map((s) => [s, s.weight] as const);
  const seen = new Set<string>();
  const pool: ParentStructure[] = [];
  for (let j = 0; j < size; j++) {
    const random = new Random(seed, STREAM.pool, j);
    let parent: Omit<ParentStructure, "salts"> | undefined;
    // Draw until the structure is new; small scaffolds run out of variants, then duplicates are allowed.
    for (let attempt = 0; attempt < 40 && (!parent || seen.has(parent.smiles)); attempt++) {
      const scaffold = random.weighted(weights);
      parent = buildParent(
        scaffold,
        scaffold.sites.map((s) => random.int(s.options.length)),
      );
    }
    seen.add(parent!.smiles);
    pool.push({ ...parent!, salts: chooseSalts(random, parent!.scaffold) });
  }
  return pool;
}

// ---------------------------------------------------------------------------------------------
// Compounds and products

export type SyntheticActivity = {
  target: string;
  mechanism: string;
  measure: string;
  value: number;
  unit: string;
  species: string;
  assay: string;
};

export type SyntheticProduct = {
  /** 0-based position in the synthetic catalog; fixes the catalog number and per-product choices. */
  index: number;
  catalogNumber: string;
  name: string;
  synonyms: string[];
  saltForm: string;
  casNumber: string | null;
  /** The SMILES of the record as sold (salt included), and its parts: RDKit work is cached by these. */
  smiles: string;
  parentSmiles: string;
  saltSmiles: string;
  purity: string;
  appearance: string;
  storage: string;
  availability: string;
  description: string;
  activities: SyntheticActivity[];
  category: string;
};

export type SyntheticCompound = { index: number; slug: string; name: string; scaffold: string; products: SyntheticProduct[] };

/** A bijection on [0, 2^24): a 4-round Feistel network over 12-bit halves. */
function feistel24(value: number): number {
  let left = value >>> 12;
  let right = value & 0xfff;
  for (let round = 0; round < 4; round++) {
    const next = left ^ (mix32(right * 4 + round + 0x5bd1) & 0xfff);
    left = right;
    right = next;
  }
  return (left << 12) | right;
}

/**
 * Catalog number of product i: "S" + 7 digits. A permutation of 0..9,999,999 (the Feistel bijection
 * on 24 bits, cycle-walked into range), so numbers are unique, unordered and evenly spread over prefixes.
 */
export function catalogNumberFor(index: number): string {
  if (index < 0 || index >= 10_000_000) throw new Error("the synthetic catalog numbers run out at 10 million products");
  let n = feistel24(index);
  while (n >= 10_000_000) n = feistel24(n);
  return `S${String(n).padStart(7, "0")}`;
}

export function casCheckDigit(body: string): number {
  const digits = body.split("").reverse();
  return digits.reduce((total, d, i) => total + Number(d) * (i + 1), 0) % 10;
}

function casFor(seed: number, index: number): string {
  const random = new Random(seed, STREAM.cas, index);
  const first = String(
    random.weighted([
      [4, 1],
      [5, 3],
      [6, 4],
      [7, 3],
    ] as const),
  );
  const head = `${1 + random.int(9)}${random.digits(Number(first) - 1)}`;
  const tail = random.digits(2);
  return `${head}-${tail}-${casCheckDigit(head + tail)}`;
}

function codeName(random: Random, scaffold: Scaffold): string {
  const letters = "ABCDEFGHJKLMNPRSTVWXYZ";
  const prefix = random.chance(0.6) ? random.pick(scaffold.codePrefixes) : `${random.pick([...letters])}${random.pick([...letters])}`;
  return random.chance(0.75) ? `${prefix}-${random.digits(6)}` : `${prefix}${random.digits(6)}`;
}

const PURITY = [
  ["≥98% (HPLC)", 5],
  ["≥99% (HPLC)", 3],
  ["≥95% (HPLC)", 2],
  ["≥97% (NMR)", 1],
] as const;
const APPEARANCE = [
  ["White to off-white solid", 5],
  ["White crystalline solid", 2],
  ["Pale yellow solid", 2],
  ["Off-white powder", 2],
  ["Colourless oil", 1],
] as const;
const STORAGE = [
  ["Store at −20 °C, desiccated", 4],
  ["Store at +4 °C", 3],
  ["Store at room temperature, protect from light", 2],
] as const;
const SOLUBILITY = [
  [null, 3],
  ["Soluble to 100 mM in DMSO", 3],
  ["Soluble to 50 mM in DMSO and to 10 mM in water", 2],
  ["Soluble to 25 mM in water", 2],
] as const;
const AVAILABILITY = [
  ["In stock", 6],
  ["Ships in 1–2 weeks", 2],
  ["Made to order: 4–6 weeks", 1],
] as const;
const SPECIES = ["human", "rat", "mouse"] as const;
const ASSAYS = {
  Ki: ["[3H]-radioligand binding, recombinant cells", "Radioligand displacement, rat brain membranes"],
  IC50: ["Functional antagonism, calcium flux", "Electrophysiology, HEK293 cells", "Uptake inhibition, synaptosomes"],
  EC50: ["Calcium flux, recombinant cells", "[35S]GTPγS binding"],
} as const;

const formatValue = (nM: number) => (nM >= 1000 ? `${Number((nM / 1000).toPrecision(2))} µM` : `${Number(nM.toPrecision(2))} nM`);

function describe(scaffold: Scaffold, activities: SyntheticActivity[], saltForm: string, random: Random): string {
  const [first] = activities;
  const actions = activities.map((a) => {
    const mechanism = SYNTHETIC_MECHANISMS.find((m) => m.slug === a.mechanism)!.name.toLowerCase();
    const target = SYNTHETIC_TARGETS.find((t) => t.slug === a.target)!.name;
    return `${mechanism} at the ${target} (${a.measure} ${formatValue(a.value)}, ${a.species})`;
  });
  const opening = random.pick([
    `${/^[aeiou]/.test(scaffold.className) ? "An" : "A"} ${scaffold.className} and ${actions.join("; ")}.`,
    `Research tool from the ${scaffold.className} series: ${actions.join("; ")}.`,
    `${capitalize(scaffold.className)} reported as a selective ${actions.join(" and ")}.`,
  ]);
  const use = random.pick([
    "Used in receptor pharmacology and structure–activity studies.",
    "Suitable for in vitro binding and functional assays.",
    "Used to probe receptor function in cell lines and brain slices.",
    "A reference compound for screening and selectivity profiling.",
  ]);
  const form = saltForm === "free base" || saltForm === "free acid" ? `Supplied as the ${saltForm}.` : `Supplied as the ${saltForm} salt.`;
  return `${opening} ${use} ${form}${first && first.value < 10 ? " High-affinity ligand." : ""} For research use only.`;
}

export type CatalogOptions = { seed?: number; structures?: number };

export class SyntheticCatalog {
  readonly seed: number;
  readonly pool: ParentStructure[];

  constructor({ seed = 20261127, structures = 2000 }: CatalogOptions = {}) {
    this.seed = seed;
    this.pool = structurePool(seed, structures);
  }

  /** Compound k, whose products are numbered from `firstProduct`. */
  compound(k: number, firstProduct: number): SyntheticCompound {
    const parent = this.pool[k % this.pool.length]!;
    const scaffold = parent.scaffold;
    const random = new Random(this.seed, STREAM.compound, k);
    const code = codeName(random, scaffold);
    const altCode = code.includes("-") ? code.replace("-", "") : code.replace(/^([A-Z]+)/, "$1-");
    // The first user of a structure is mostly listed by its chemical name; later ones by code name.
    const byName = k < this.pool.length && random.chance(0.65);
    const name = byName ? parent.name : code;
    const nameSynonyms = byName
      ? [code, ...(parent.systematic !== parent.name ? [parent.systematic] : [])]
      : [...(random.chance(0.3) ? [parent.name] : []), altCode];
    const activities: SyntheticActivity[] = scaffold.activities
      .filter((_, i) => i === 0 || random.chance(0.5))
      .map((a) => ({
        target: a.target,
        mechanism: a.mechanism,
        measure: a.measure,
        value: Number(random.logUniform(0.5, 20_000).toPrecision(2)),
        unit: "nM",
        species: random.pick(SPECIES),
        assay: random.pick(ASSAYS[a.measure]),
      }));
    const products = parent.salts.map((saltKey, j): SyntheticProduct => {
      const index = firstProduct + j;
      const pr = new Random(this.seed, STREAM.product, index);
      const salt = SALTS[saltKey];
      const synonyms = [
        ...nameSynonyms.map((s) => (salt.short ? `${s} ${salt.short}` : s)),
        ...(salt.short ? [`${code}.${salt.short}`] : []),
      ];
      return {
        index,
        catalogNumber: catalogNumberFor(index),
        name: salt.suffix ? `${name} ${salt.suffix}` : name,
        synonyms: synonyms.slice(
          0,
          pr.weighted([
            [0, 2],
            [1, 3.5],
            [2, 3],
            [3, 1.5],
          ] as const),
        ),
        saltForm: saltKey,
        casNumber: pr.chance(0.75) ? casFor(this.seed, index) : null,
        smiles: salt.smiles ? `${parent.smiles}.${salt.smiles}` : parent.smiles,
        parentSmiles: parent.smiles,
        saltSmiles: salt.smiles,
        purity: pr.weighted(PURITY),
        appearance: pr.weighted(APPEARANCE),
        storage: pr.weighted(STORAGE),
        // Drawn and discarded since solubility became per-solvent rows: the draw keeps every later
        // value, and so the benchmark catalog, the same as in earlier runs.
        ...(pr.weighted(SOLUBILITY) && {}),
        availability: pr.weighted(AVAILABILITY),
        description: describe(scaffold, activities, saltKey, pr),
        activities,
        category: scaffold.category,
      };
    });
    return { index: k, slug: `syn-${k}`, name, scaffold: scaffold.key, products };
  }

  /**
   * Compounds from compound `fromCompound` (whose first product is `fromProduct`) until `count`
   * products have been produced; the last compound is cut short so the count is exact.
   */
  *compounds({
    count,
    fromCompound = 0,
    fromProduct = 0,
  }: {
    count: number;
    fromCompound?: number;
    fromProduct?: number;
  }): Generator<SyntheticCompound> {
    let produced = 0;
    for (let k = fromCompound; produced < count; k++) {
      const compound = this.compound(k, fromProduct + produced);
      compound.products = compound.products.slice(0, count - produced);
      produced += compound.products.length;
      yield compound;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Self-check: every variant of every scaffold and salt parses in RDKit; CAS numbers validate.

async function selfCheck() {
  const { loadRDKit } = await import("@/lib/catalog/chemistry");
  const RDKit = await loadRDKit();
  const parses = (smiles: string) => {
    const mol = RDKit.get_mol(smiles);
    const ok = Boolean(mol?.is_valid());
    mol?.delete();
    return ok;
  };
  let checked = 0;
  const failures: string[] = [];
  for (const scaffold of SCAFFOLDS) {
    const names = new Set<string>();
    for (const variant of allVariants(scaffold)) {
      checked++;
      names.add(variant.name);
      if (!parses(variant.smiles)) failures.push(`${scaffold.key}: ${variant.smiles} (${variant.name})`);
    }
    console.log(`${scaffold.key.padEnd(22)} ${String(variantCount(scaffold)).padStart(5)} variants, ${names.size} names`);
  }
  for (const [key, salt] of Object.entries(SALTS)) if (salt.smiles && !parses(salt.smiles)) failures.push(`salt ${key}: ${salt.smiles}`);
  for (const core of SCAFFOLD_CORES) if (!parses(core.smiles)) failures.push(`core ${core.scaffold}: ${core.smiles}`);
  const catalog = new SyntheticCatalog();
  const seen = new Set<string>();
  let products = 0;
  for (const compound of catalog.compounds({ count: 20_000 })) {
    for (const p of compound.products) {
      products++;
      if (p.casNumber && !isValidCas(p.casNumber)) failures.push(`${p.catalogNumber}: invalid CAS ${p.casNumber}`);
      if (seen.has(p.catalogNumber)) failures.push(`${p.catalogNumber}: duplicate catalog number`);
      seen.add(p.catalogNumber);
      if (!/^S\d{7}$/.test(p.catalogNumber)) failures.push(`${p.catalogNumber}: bad catalog number`);
    }
  }
  const distinct = new Set(catalog.pool.map((p) => p.smiles)).size;
  console.log(
    `\n${checked} variant SMILES parsed; pool of ${catalog.pool.length} structures (${distinct} distinct); ${products} products checked`,
  );
  if (failures.length) {
    console.error(`${failures.length} problem(s):\n- ${failures.slice(0, 50).join("\n- ")}`);
    process.exitCode = 1;
  }
}

function show(n: number) {
  const catalog = new SyntheticCatalog();
  for (const compound of catalog.compounds({ count: n })) {
    for (const p of compound.products) {
      console.log(`${p.catalogNumber}  ${p.name}  [${p.synonyms.join(" | ")}]  ${p.casNumber ?? "—"}  ${p.smiles}`);
      console.log(`          ${p.description}`);
    }
  }
}

if (/synthetic-catalog\.ts$/.test(process.argv[1] ?? "")) {
  const args = process.argv.slice(2);
  if (args[0] === "--show") show(Number(args[1] ?? 20));
  else
    selfCheck().catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
