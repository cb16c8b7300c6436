import type { Metadata } from "next";
import Link from "next/link";
import { requireStaff } from "@/lib/auth/require-staff";
import { MAX_UPLOAD_BYTES } from "@/lib/catalog/import/import-upload";
import { ImportUploadForm } from "./import-upload-form";

export const metadata: Metadata = { title: "Import products" };

const COLUMNS: [string, string][] = [
  ["catalog_number", "required; one product per catalog number"],
  ["name", "required"],
  ["smiles", "the structure (CSV); in an SDF the molblock is the structure"],
  ["salt_form", "e.g. hydrochloride; required when the structure has several components"],
  ["parent", "the parent compound: salt forms with the same parent are linked"],
  ["cas", "checked with its check digit; unique within a salt form"],
  ["synonyms", "separated by ;"],
  ["formula, mw, inchikey", "not stored: compared with what RDKit computes, and the record is rejected if they disagree"],
  ["purity, appearance, storage, availability, description", "optional text"],
  [
    "solubility",
    "not read (reported as an ignored column): solubility is per solvent with its source, entered on the product's staff page",
  ],
  ["pack_sizes", "separated by ;, e.g. 1 mg;5 mg;10 mg (units µg, mg, g, kg, µL, mL, L); the product's pack sizes become exactly these"],
  [
    "price_usd, price_eur, price_gbp",
    "list prices in the order of pack_sizes, separated by ;, e.g. 165.00;595.00; (at most two decimals, no currency sign); an empty entry is on request",
  ],
];

export default async function CatalogImportPage() {
  await requireStaff("ADMIN");
  return (
    <div className="max-w-4xl space-y-6">
      <div>
        <p className="text-sm">
          <Link href="/staff/catalog">Catalog</Link> /
        </p>
        <h1 className="text-2xl">Import products</h1>
        <p className="mt-1 text-sm text-ink-muted">
          A CSV file with a header row, or an SD file (V2000 or V3000 molfiles with data fields), up to {MAX_UPLOAD_BYTES / 1024 / 1024} MB.
          Every record is checked with RDKit before it is written; records that fail are listed with their line and reasons, and the others
          are imported. Importing the same file again changes nothing.
        </p>
      </div>
      <ImportUploadForm maxBytes={MAX_UPLOAD_BYTES} />
      <details className="card bg-white p-4 text-sm">
        <summary className="cursor-pointer font-medium">Columns and SDF data fields</summary>
        <table className="data-table mt-3">
          <caption className="sr-only">Columns the import reads</caption>
          <thead>
            <tr>
              <th scope="col">Column</th>
              <th scope="col">Meaning</th>
            </tr>
          </thead>
          <tbody>
            {COLUMNS.map(([name, meaning]) => (
              <tr key={name}>
                <td className="identifier">{name}</td>
                <td>{meaning}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mt-3 text-ink-muted">
          A column that is present but empty clears the stored value; an absent column leaves it alone. Larger files:{" "}
          <code>npm run catalog:import -- file.sdf</code>, which uses every core for RDKit.
        </p>
      </details>
    </div>
  );
}
