// Bulk catalog import from CSV or SDF records. Every record is checked on its own (required fields,
// catalog-number format, CAS check digit, a structure RDKit can parse, supplied formula/MW/InChIKey
// against RDKit's) and against the rest of the file and the catalog (duplicate catalog numbers, the
// same CAS number twice within one salt form, the same structure twice). A record that fails any check
// is rejected with every reason found and its line; the others are written in batches, one transaction
// per batch, so a bad record never stops the good ones.
//
// Column semantics (CSV header or SDF data field names; case, spaces and punctuation are ignored):
//   catalog_number  required; stored upper-case
//   name            required
//   smiles          the structure (CSV); in an SDF the molblock is the structure and a smiles field is
//                   only used when the molblock has no atoms
//   salt_form       e.g. "hydrochloride". Absent or empty: the stored value for an existing product,
//                   else "free form" for a one-component structure; a multi-component structure (a salt,
//                   a hydrate) without a salt form is rejected, since "free form" would be wrong
//   parent          the parent compound, by slug or name; salt forms sharing a parent are linked to one
//                   compound. Absent or empty: an existing product keeps its compound; a new one gets the
//                   compound named by its own name minus a trailing salt form ("Lidocaine hydrochloride"
//                   with salt form "hydrochloride" → "Lidocaine")
//   cas             checked with its check digit
//   synonyms        ";"-separated
//   formula, mw, inchikey
//                   NOT stored: they are checked against the values RDKit computes from the structure,
//                   and a record that disagrees is rejected (never silently corrected), because a wrong
//                   value in a supplier file usually means the wrong structure or the wrong salt
//   purity, appearance, storage, availability, description
//   (no solubility: it is per solvent with its source, entered on the staff product page; a
//   "solubility" column is reported as ignored)
//   pack_sizes      ";"-separated, each an amount and a unit ("1 mg; 5 mg; 10 mg"); the product's pack
//                   sizes become exactly these, in this order (a pack size kept keeps its prices)
//   price_usd, price_eur, price_gbp
//                   list prices, ";"-separated in the order of pack_sizes, which they need ("165.00;
//                   595.00;"); an empty entry is "on request". Checked with parseMoney: at most two
//                   decimals, no currency sign (pack-columns.ts)
// An optional column that is absent from a record leaves the stored value alone; one that is present
// but empty clears it. Categories, references and the featured flag are not imported.
import "server-only";
import { compareWithComputed, type ExpectedProperties, type StructureProperties } from "@/lib/catalog/chemistry";
import type { StructureJob, StructureOutcome } from "@/lib/catalog/import/resolve-structure";
import { structureSourceHash } from "@/lib/catalog/import/structure-source";
import { workerStructureComputer, type StructureComputer } from "@/lib/catalog/import/structure-computer";
import {
  findExistingProducts,
  findIdentityConflicts,
  writeProductBatch,
  type ExistingProduct,
  type ProductWrite,
} from "@/lib/catalog/import/write-batch";
import { db as defaultDb } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { catalogNumberField, isValidCas } from "@/lib/core/catalog-identifiers";
import { readPackColumns, type PackWrite } from "@/lib/catalog/import/pack-columns";

/** One record of a catalog file: column (or SDF field) → value, the line it starts on, parse problems. */
export type CatalogSourceRecord = {
  line: number;
  record: Readonly<Record<string, string | undefined>>;
  /** Problems the file parser found (a row with too many fields, a molblock without "M  END"). */
  problems?: readonly string[];
};

export type RejectedRecord = { line: number; catalogNumber?: string; reasons: string[] };

export type ImportProgress = { read: number; inserted: number; updated: number; unchanged: number; rejected: number };

export type ImportReport = {
  read: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: RejectedRecord[];
  /** Catalog numbers inserted or updated: the products whose cached pages are now out of date. */
  changed: string[];
  /** Columns no catalog field maps to (a misspelt header shows up here). */
  ignoredFields: string[];
  durationMs: number;
};

export type ImportOptions = {
  batchSize?: number;
  /** Called after each batch is written. */
  onProgress?: (progress: ImportProgress) => void;
  client?: PrismaClient;
  /**
   * Recompute structure properties even for products whose SMILES is unchanged. By default the stored
   * ones are reused (they were computed from the same SMILES), and a record whose structure is
   * byte-identical to the one its product was imported from is not parsed at all (structure-source.ts),
   * which makes re-importing a catalog fast; catalog:check recomputes everything.
   */
  recompute?: boolean;
  /**
   * Where RDKit runs (default: the app's RDKit worker threads, rdkit-pool.ts). RDKit is nearly all of an
   * import's CPU time, so the CLI passes a pool with one thread per core. Closed when the import ends.
   */
  structures?: StructureComputer;
};

const FIELD_NAMES = {
  catalog_number: ["catalog_number", "catalog_no", "catalognumber", "cat_no", "catalog", "catalog_num"],
  name: ["name", "product_name"],
  smiles: ["smiles", "canonical_smiles", "isomeric_smiles"],
  molblock: ["molblock"],
  salt_form: ["salt_form", "saltform", "salt"],
  parent: ["parent", "parent_compound", "compound"],
  cas: ["cas", "cas_number", "cas_no", "cas_rn", "casnumber", "casrn"],
  synonyms: ["synonyms"],
  formula: ["formula", "molecular_formula"],
  mw: ["mw", "molecular_weight", "molweight", "mol_weight"],
  inchikey: ["inchikey", "inchi_key"],
  purity: ["purity"],
  appearance: ["appearance"],
  storage: ["storage"],
  availability: ["availability"],
  description: ["description"],
  pack_sizes: ["pack_sizes", "pack_size", "packs"],
  price_usd: ["price_usd", "usd_price"],
  price_eur: ["price_eur", "eur_price"],
  price_gbp: ["price_gbp", "gbp_price"],
} as const;

type Field = keyof typeof FIELD_NAMES;
type Values = Partial<Record<Field, string>>;

const FIELD_BY_NAME = new Map<string, Field>(
  Object.entries(FIELD_NAMES).flatMap(([field, names]) => names.map((n): [string, Field] => [n, field as Field])),
);
type OptionalText = "purity" | "appearance" | "storage" | "availability";
const DEFAULT_SALT_FORM = "free form";

const normalizeKey = (key: string) =>
  key
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");

/** A record on its way through the checks. */
type Draft = {
  line: number;
  catalogNumber?: string;
  reasons: string[];
  values: Values;
  existing?: ExistingProduct;
  smiles?: string;
  /** Freshly computed properties; undefined when the stored ones are reused. */
  computed?: StructureProperties;
  inchiKey?: string;
  saltForm?: string;
  casNumber?: string | null;
  /** Undefined: the record has no pack_sizes column. */
  packs?: PackWrite[];
  /** structureSourceHash of the record with the stored SMILES, once computed. */
  storedSourceHash?: string;
};

type FirstSeen = { line: number; catalogNumber: string };

/** What the import remembers across batches: the file-wide duplicate checks and the running counts. */
class ImportRun {
  readonly catalogNumbers = new Map<string, number>();
  readonly casBySaltForm = new Map<string, FirstSeen>();
  readonly inchiKeys = new Map<string, FirstSeen>();
  readonly ignored = new Set<string>();
  readonly keyCache = new Map<string, Field | null>();
  read = 0;
  inserted = 0;
  updated = 0;
  unchanged = 0;
  readonly rejected: RejectedRecord[] = [];
  readonly changed: string[] = [];

  constructor(
    readonly client: PrismaClient,
    readonly recompute: boolean,
    readonly structures: StructureComputer,
  ) {}

  reject(draft: Draft, reasons = draft.reasons) {
    this.rejected.push({ line: draft.line, ...(draft.catalogNumber ? { catalogNumber: draft.catalogNumber } : {}), reasons });
  }

  progress(): ImportProgress {
    return { read: this.read, inserted: this.inserted, updated: this.updated, unchanged: this.unchanged, rejected: this.rejected.length };
  }

  fieldOf(key: string): Field | null {
    let field = this.keyCache.get(key);
    if (field === undefined) {
      field = FIELD_BY_NAME.get(normalizeKey(key)) ?? null;
      this.keyCache.set(key, field);
      if (field === null && key.trim() !== "") this.ignored.add(key);
    }
    return field;
  }
}

export async function importCatalog(source: AsyncIterable<CatalogSourceRecord>, options: ImportOptions = {}): Promise<ImportReport> {
  const started = performance.now();
  const { batchSize = 500, onProgress, client = defaultDb, recompute = false, structures = workerStructureComputer() } = options;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError("batchSize must be a positive integer");
  const run = new ImportRun(client, recompute, structures);

  // One batch is prepared (read from the database, structures computed) while the previous one is
  // being checked against the catalog and written; checks and writes stay in file order.
  let writing: Promise<void> = Promise.resolve();
  let batch: CatalogSourceRecord[] = [];
  const flush = async () => {
    const drafts = await prepareBatch(run, batch);
    batch = [];
    await writing;
    writing = commitBatch(run, drafts).then(() => onProgress?.(run.progress()));
    // Handled here so a failure while the next batch is being prepared is not an unhandled
    // rejection; the next `await writing` still throws it.
    writing.catch(() => {});
  };
  try {
    for await (const record of source) {
      run.read++;
      batch.push(record);
      if (batch.length >= batchSize) await flush();
    }
    if (batch.length > 0) await flush();
  } finally {
    // Never return (or throw) while a batch transaction is still open.
    await writing.catch(() => {});
    await run.structures.close();
  }
  await writing;

  run.rejected.sort((a, b) => a.line - b.line);
  return {
    read: run.read,
    inserted: run.inserted,
    updated: run.updated,
    unchanged: run.unchanged,
    rejected: run.rejected,
    changed: run.changed,
    ignoredFields: [...run.ignored],
    durationMs: Math.round(performance.now() - started),
  };
}

/** Field checks, the file-wide catalog-number check, stored values, structures: everything before the catalog-wide checks. */
async function prepareBatch(run: ImportRun, batch: CatalogSourceRecord[]): Promise<Draft[]> {
  const drafts = batch.map((source) => readRecord(run, source));
  const existing = await findExistingProducts(
    run.client,
    drafts.flatMap((d) => (d.catalogNumber ? [d.catalogNumber] : [])),
  );
  // A structure the stored product was imported from, byte for byte, needs no RDKit (structure-source.ts).
  const outcomes: StructureOutcome[] = new Array(drafts.length);
  const pending: number[] = [];
  const jobs: StructureJob[] = [];
  for (const [i, draft] of drafts.entries()) {
    const stored = (draft.existing = draft.catalogNumber ? existing.get(draft.catalogNumber) : undefined);
    const reusable = stored?.hasDerived && !run.recompute;
    if (stored) draft.storedSourceHash = structureSourceHash(draft.values, stored.smiles);
    if (reusable && stored.structureSourceHash === draft.storedSourceHash) {
      outcomes[i] = { kind: "unchanged", smiles: stored.smiles };
      continue;
    }
    pending.push(i);
    jobs.push({ smiles: draft.values.smiles, molblock: draft.values.molblock, ...(reusable ? { storedSmiles: stored.smiles } : {}) });
  }
  await refuseFormerNumbers(run, drafts);
  const resolved = await run.structures.resolve(jobs);
  for (const [j, i] of pending.entries()) outcomes[i] = resolved[j]!;
  const again = drafts.filter((draft, i) => applyStructure(draft, outcomes[i]!));
  if (again.length > 0) {
    const recomputed = await run.structures.resolve(again.map((d) => ({ smiles: d.smiles! })));
    again.forEach((draft, i) => applyStructure(draft, recomputed[i]!));
  }
  for (const draft of drafts) checkSaltFormAndCas(draft);
  return drafts;
}

function readRecord(run: ImportRun, { line, record, problems }: CatalogSourceRecord): Draft {
  const draft: Draft = { line, reasons: [...(problems ?? [])], values: {} };
  const from = new Map<Field, string>();
  for (const [key, raw] of Object.entries(record)) {
    if (raw === undefined) continue;
    const field = run.fieldOf(key);
    if (!field) continue;
    if (from.has(field)) {
      draft.reasons.push(`the columns "${from.get(field)}" and "${key}" both give ${field}`);
      continue;
    }
    from.set(field, key);
    // A molblock's first three lines are positional (title, program, comment) and the title is often
    // blank, as RDKit writes it: trimming its start would shift the counts line and break the parse.
    draft.values[field] = field === "molblock" ? raw.trimEnd() : raw.trim();
  }
  const v = draft.values;

  if (!v.catalog_number) draft.reasons.push("catalog_number is missing");
  else {
    const parsed = catalogNumberField.safeParse(v.catalog_number);
    if (!parsed.success) draft.reasons.push(`catalog number "${v.catalog_number}" is not valid (letters, digits and "-", 2–40 characters)`);
    else {
      draft.catalogNumber = parsed.data;
      const earlier = run.catalogNumbers.get(parsed.data);
      // Every later occurrence is refused, even when the first was rejected: the file is ambiguous.
      if (earlier !== undefined) draft.reasons.push(`duplicate catalog number: ${parsed.data} is already on line ${earlier}`);
      else run.catalogNumbers.set(parsed.data, line);
    }
  }
  if (!v.name) draft.reasons.push("name is missing");
  if (v.cas && !isValidCas(v.cas)) draft.reasons.push(`CAS number "${v.cas}" is not valid (format or check digit)`);
  if (v.mw && !Number.isFinite(Number(v.mw))) draft.reasons.push(`mw "${v.mw}" is not a number`);
  const packs = readPackColumns(v.pack_sizes, { USD: v.price_usd, EUR: v.price_eur, GBP: v.price_gbp });
  draft.reasons.push(...packs.reasons);
  draft.packs = packs.packs;
  return draft;
}

/**
 * A renamed product's old catalog number still leads to it (/products/<old> answers 301), so it
 * cannot name a new product: the record would take over the old number's links and quotes.
 */
async function refuseFormerNumbers(run: ImportRun, drafts: Draft[]) {
  const fresh = drafts.flatMap((d) => (d.catalogNumber && !d.existing ? [d.catalogNumber] : []));
  if (!fresh.length) return;
  const former = await run.client.catalogNumberRedirect.findMany({
    where: { catalogNumber: { in: fresh } },
    select: { catalogNumber: true, product: { select: { catalogNumber: true } } },
  });
  const current = new Map(former.map((row) => [row.catalogNumber, row.product.catalogNumber]));
  for (const draft of drafts) {
    const now = !draft.existing && draft.catalogNumber ? current.get(draft.catalogNumber) : undefined;
    if (now) draft.reasons.push(`${draft.catalogNumber} is a former catalog number of ${now} and still leads there; choose another number`);
  }
}

/** Apply what RDKit found to the draft. Returns the drafts whose stored values must be recomputed. */
function applyStructure(draft: Draft, outcome: StructureOutcome): boolean {
  switch (outcome.kind) {
    case "none":
      draft.reasons.push("no structure: give a smiles column (CSV) or a molblock (SDF)");
      return false;
    case "bad-molblock":
      draft.reasons.push("RDKit cannot parse the molblock");
      return false;
    case "bad-smiles":
      draft.reasons.push(`RDKit cannot parse the SMILES "${outcome.smiles}"`);
      return false;
    case "refused":
      draft.reasons.push(outcome.reason);
      return false;
  }
  draft.smiles = outcome.smiles;
  const expected = expectedValues(draft.values);
  if (outcome.kind === "unchanged") {
    // Same SMILES as stored: its derived columns came from this very string. compareWithComputed reads
    // only formula, MW and InChIKey; the drawing and fingerprints stay in the database untouched.
    const stored = draft.existing!;
    if (compareWithComputed(expected, { ...stored, structureSvg: "", patternFp: "", morganFp: "" }).length > 0) {
      return true; // the file disagrees with a stored value: recompute, in case the stored one is wrong
    }
    draft.inchiKey = stored.inchiKey;
    return false;
  }
  draft.computed = outcome.properties;
  draft.inchiKey = outcome.properties.inchiKey;
  for (const mismatch of compareWithComputed(expected, outcome.properties)) {
    draft.reasons.push(`${mismatch}: the record is rejected, not corrected`);
  }
  return false;
}

function expectedValues(v: Values): ExpectedProperties {
  return {
    formula: v.formula || undefined,
    molecularWeight: v.mw && Number.isFinite(Number(v.mw)) ? Number(v.mw) : undefined,
    inchiKey: v.inchikey ? v.inchikey.toUpperCase() : undefined,
  };
}

function checkSaltFormAndCas(draft: Draft) {
  const { salt_form: saltForm, cas } = draft.values;
  if (saltForm) draft.saltForm = saltForm;
  else if (draft.existing) draft.saltForm = draft.existing.saltForm;
  else if (draft.smiles?.includes(".")) {
    // "." separates components in SMILES (it cannot occur inside a bracket atom).
    draft.reasons.push('salt_form is required for a structure with more than one component (e.g. "hydrochloride", "hydrate")');
  } else draft.saltForm = DEFAULT_SALT_FORM;
  draft.casNumber = cas === undefined ? (draft.existing?.casNumber ?? null) : cas || null;
}

/** File-wide and catalog-wide identity checks, then the write. Runs batch after batch, in file order. */
async function commitBatch(run: ImportRun, drafts: Draft[]) {
  const candidates: Draft[] = [];
  for (const draft of drafts) {
    if (draft.reasons.length > 0) {
      run.reject(draft);
      continue;
    }
    const cn = draft.catalogNumber!;
    const casKey = draft.casNumber ? `${draft.casNumber}|${draft.saltForm!.toLowerCase()}` : undefined;
    const sameCas = casKey ? run.casBySaltForm.get(casKey) : undefined;
    if (sameCas)
      draft.reasons.push(`CAS ${draft.casNumber} (${draft.saltForm}) is also given on line ${sameCas.line} (${sameCas.catalogNumber})`);
    const sameStructure = run.inchiKeys.get(draft.inchiKey!);
    if (sameStructure)
      draft.reasons.push(`same structure (InChIKey ${draft.inchiKey}) as line ${sameStructure.line} (${sameStructure.catalogNumber})`);
    if (draft.reasons.length > 0) {
      run.reject(draft);
      continue;
    }
    if (casKey) run.casBySaltForm.set(casKey, { line: draft.line, catalogNumber: cn });
    run.inchiKeys.set(draft.inchiKey!, { line: draft.line, catalogNumber: cn });
    candidates.push(draft);
  }

  // Products this batch rewrites are left out: their stored CAS/InChIKey is about to be replaced and
  // the file-wide check above already covers their new values.
  const conflicts = await findIdentityConflicts(run.client, {
    casNumbers: [...new Set(candidates.flatMap((d) => (d.casNumber ? [d.casNumber] : [])))],
    inchiKeys: [...new Set(candidates.map((d) => d.inchiKey!))],
    except: candidates.map((d) => d.catalogNumber!),
  });
  const accepted: Draft[] = [];
  for (const draft of candidates) {
    for (const row of conflicts) {
      if (draft.casNumber && row.casNumber === draft.casNumber && row.saltForm.toLowerCase() === draft.saltForm!.toLowerCase()) {
        draft.reasons.push(`CAS ${draft.casNumber} (${draft.saltForm}) is already used by ${row.catalogNumber} in the catalog`);
      }
      if (row.inchiKey === draft.inchiKey)
        draft.reasons.push(`same structure (InChIKey ${draft.inchiKey}) as ${row.catalogNumber} in the catalog`);
    }
    if (draft.reasons.length > 0) run.reject(draft);
    else accepted.push(draft);
  }
  if (accepted.length === 0) return;

  const rows = accepted.map(toProductWrite);
  const existing = new Map(accepted.flatMap((d) => (d.existing ? [[d.catalogNumber!, d.existing.structureSourceHash] as const] : [])));
  try {
    count(run, accepted, await writeProductBatch(run.client, rows, existing));
  } catch {
    // The batch rolled back as a whole; write its records one by one so that only the record the
    // database refuses is rejected, with the database's reason.
    for (const [i, draft] of accepted.entries()) {
      try {
        count(run, [draft], await writeProductBatch(run.client, [rows[i]!], existing));
      } catch (error) {
        run.reject(draft, [`the database refused the record: ${errorSummary(error)}`]);
      }
    }
  }
}

function count(run: ImportRun, drafts: Draft[], result: { inserted: string[]; updated: string[] }) {
  const inserted = new Set(result.inserted);
  const updated = new Set(result.updated);
  for (const draft of drafts) {
    const cn = draft.catalogNumber!;
    if (inserted.has(cn) || updated.has(cn)) run.changed.push(cn);
    if (inserted.has(cn)) run.inserted++;
    else if (updated.has(cn)) run.updated++;
    else if (draft.existing) run.unchanged++;
    else run.reject(draft, ["another process created this catalog number during the import; import the file again"]);
  }
}

function toProductWrite(draft: Draft): ProductWrite {
  const v = draft.values;
  const stored = draft.existing;
  const text = (field: OptionalText) => (v[field] === undefined ? (stored?.[field] ?? null) : v[field] || null);
  const name = v.name!;
  const saltForm = draft.saltForm!;
  let compound: ProductWrite["compound"];
  if (v.parent) compound = { parent: v.parent };
  else if (stored) compound = { id: stored.compoundId };
  else compound = { parent: parentFromName(name, saltForm) };
  return {
    catalogNumber: draft.catalogNumber!,
    name,
    synonyms: v.synonyms === undefined ? (stored?.synonyms ?? []) : splitSynonyms(v.synonyms),
    compound,
    saltForm,
    casNumber: draft.casNumber ?? null,
    smiles: draft.smiles!,
    structureSourceHash:
      stored && draft.smiles === stored.smiles && draft.storedSourceHash ? draft.storedSourceHash : structureSourceHash(v, draft.smiles!),
    ...(draft.computed ? { derived: draft.computed } : {}),
    purity: text("purity"),
    appearance: text("appearance"),
    storage: text("storage"),
    availability: text("availability"),
    description: v.description ?? stored?.description ?? "",
    ...(draft.packs ? { packs: draft.packs } : {}),
  };
}

function splitSynonyms(value: string) {
  return [
    ...new Set(
      value
        .split(";")
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

/** "Lidocaine hydrochloride" with salt form "hydrochloride" → "Lidocaine". */
function parentFromName(name: string, saltForm: string) {
  const suffix = ` ${saltForm}`.toLowerCase();
  const stripped = name.toLowerCase().endsWith(suffix) ? name.slice(0, -suffix.length).trim() : name;
  return stripped || name;
}

/** Prisma's messages put the database's own words on the last line. */
function errorSummary(error: unknown) {
  const message = error instanceof Error ? error.message : String(error);
  return message.trim().split("\n").at(-1)!.slice(0, 300);
}
