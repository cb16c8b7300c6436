import type { Metadata } from "next";
import Link from "next/link";
import { DataTable, ReferenceLink } from "@/app/_components/staff/data-table";
import { notFound } from "next/navigation";
import { formatDateTime } from "@/app/_components/format-date";
import { Formula } from "@/app/_components/formula";
import { requireStaff } from "@/lib/auth/require-staff";
import { listActivityChoices } from "@/lib/catalog/activities";
import { shortCitation } from "@/lib/catalog/citations";
import { listProductReferences, listReferenceChoices } from "@/lib/catalog/references";
import { coaPath, currentLot, dateKindLabel, lcmsResult, listLots, type LotView } from "@/lib/catalog/lots";
import { formatMz } from "@/lib/catalog/mass-spec";
import { getProductForEdit } from "@/lib/catalog/save-product";
import { formatSignificant, mgPerMlToMillimolar } from "@/lib/catalog/calculators";
import { listSds } from "@/lib/catalog/sds";
import { sdsPath } from "@/lib/catalog/document-paths";
import { SDS_LANGUAGES, sdsLanguageOrder, type SdsLanguage } from "@/lib/catalog/sds-schema";
import { listSolubility } from "@/lib/catalog/solubility";
import { listControls } from "@/lib/catalog/controls";
import { jurisdictionOf } from "@/lib/catalog/control-labels";
import { packPrices } from "@/lib/catalog/prices";
import { currencies, minorToDecimal } from "@/lib/core/money";
import { blankProduct } from "../blank-product";
import { CatalogTabs } from "../catalog-tabs";
import { ProductForm, type PackPriceValues, type ProductFormValues } from "../product-form";
import { AddActivityForm, RemoveActivityButton } from "./product-activities";
import { blankLot, LotForm, type LotFormValues } from "./product-lots";
import { LinkReferenceForm, UnlinkReferenceButton } from "./product-references";
import { RemoveSdsButton, UploadSdsForm } from "./product-sds";
import { RemoveSolubilityButton, SaveSolubilityForm } from "./product-solubility";
import { ControlForm, RemoveControlButton } from "./product-controls";
import { LifecycleForm, RenameForm } from "./product-lifecycle";
import { getProductLifecycle, isoDay as lifecycleDay } from "@/lib/catalog/lifecycle";

export const metadata: Metadata = { title: "Edit product" };

export default async function EditProductPage({ params, searchParams }: PageProps<"/staff/catalog/[catalogNumber]">) {
  await requireStaff("ADMIN");
  const { catalogNumber } = await params;
  const product = await getProductForEdit(catalogNumber);
  if (!product) notFound();
  const [references, choices, activityChoices, solubility, lots, controls, lifecycle, sds, { created, renamed }] = await Promise.all([
    listProductReferences(product.catalogNumber),
    listReferenceChoices(),
    listActivityChoices(),
    listSolubility(product.catalogNumber),
    listLots(product.catalogNumber),
    listControls(product.catalogNumber),
    getProductLifecycle({ catalogNumber: product.catalogNumber }),
    listSds(product.catalogNumber),
    searchParams,
  ]);
  const referenceLabel = (c: (typeof choices)[number]) => ({ key: c.key, label: `${shortCitation({ ...c, journal: null })} — ${c.title}` });
  const potency = (a: (typeof product.activities)[number]) =>
    a.value !== null ? `${a.measure ?? ""} ${a.relation ?? ""}${a.value} ${a.unit ?? ""}`.trim() : null;
  const initial: ProductFormValues = {
    ...blankProduct,
    catalogNumber: product.catalogNumber,
    name: product.name,
    saltForm: product.saltForm,
    parent: product.compound.slug,
    smiles: product.smiles,
    cas: product.casNumber ?? "",
    synonyms: product.synonyms.join("\n"),
    purity: product.purity ?? "",
    appearance: product.appearance ?? "",
    storage: product.storage ?? "",
    availability: product.availability ?? "",
    description: product.description,
  };
  const packs: PackPriceValues[] = product.packSizes.map((pack) => {
    const prices = packPrices(pack.prices);
    return {
      size: `${pack.amount} ${pack.unit}`,
      prices: Object.fromEntries(
        currencies.map((c) => [c, prices[c] === null ? "" : minorToDecimal(prices[c])]),
      ) as PackPriceValues["prices"],
    };
  });
  const linked = new Set(references.map((r) => r.reference.key));
  return (
    <div className="space-y-4">
      <CatalogTabs current="products" />
      <Link href="/staff/catalog">← Catalog</Link>
      <h1 className="text-2xl">
        Edit <span className="identifier text-2xl">{product.catalogNumber}</span> {product.name}
      </h1>
      {created ? (
        <p role="status" className="rounded-md border border-green-700 bg-green-50 px-3 py-2 text-sm font-medium text-green-900">
          Created {product.catalogNumber}. Link its sources below.
        </p>
      ) : null}
      <p className="text-sm text-ink-muted">
        Computed: <Formula value={product.formula} /> · {product.molecularWeight} g/mol · InChIKey{" "}
        <span className="identifier">{product.inchiKey}</span> · last changed {formatDateTime(product.updatedAt)} ·{" "}
        <Link href={`/products/${product.catalogNumber}`}>view page</Link>
      </p>
      {typeof renamed === "string" ? (
        <p role="status" className="rounded-md border border-green-700 bg-green-50 px-3 py-2 text-sm font-medium text-green-900">
          Renamed <span className="identifier">{renamed}</span> to <span className="identifier">{product.catalogNumber}</span>; the old
          number redirects here.
        </p>
      ) : null}
      <ProductForm initial={initial} packs={packs} isNew={false} />

      {lifecycle ? <LifecycleSection catalogNumber={product.catalogNumber} lifecycle={lifecycle} /> : null}

      <LotsSection catalogNumber={product.catalogNumber} lots={lots} />

      <SdsSection catalogNumber={product.catalogNumber} sheets={sds} />

      <section aria-labelledby="sources-heading" className="card space-y-3 bg-white p-4">
        <h2 id="sources-heading" className="text-lg">
          Sources on the data sheet
        </h2>
        {references.length ? (
          <ol className="list-decimal space-y-2 pl-6 text-sm">
            {references.map(({ reference, supports }) => (
              <li key={reference.id}>
                <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                  <Link href={`/staff/catalog/references/${reference.key}`} className="identifier">
                    {reference.key}
                  </Link>
                  <span>
                    {shortCitation(reference)} — {reference.title}
                  </span>
                  {supports ? <span className="text-ink-muted">supports: {supports}</span> : null}
                  <UnlinkReferenceButton catalogNumber={product.catalogNumber} referenceId={reference.id} referenceKey={reference.key} />
                </div>
              </li>
            ))}
          </ol>
        ) : (
          <p className="text-sm text-ink-muted">No sources linked yet.</p>
        )}
        <LinkReferenceForm catalogNumber={product.catalogNumber} choices={choices.filter((c) => !linked.has(c.key)).map(referenceLabel)} />
      </section>

      <section aria-labelledby="activities-heading" className="card space-y-3 bg-white p-4">
        <h2 id="activities-heading" className="text-lg">
          Targets and activities
        </h2>
        <DataTable
          caption={`Activities of ${product.catalogNumber}`}
          minWidth="min-w-[36rem]"
          framed={false}
          rows={product.activities}
          rowKey={(a) => a.id}
          empty="No activities recorded."
          columns={[
            { header: "Target", cell: (a) => <Link href={`/staff/catalog/targets/${a.target.slug}`}>{a.target.name}</Link> },
            { header: "Mechanism", cell: (a) => a.mechanism.name },
            { header: "Potency", className: "whitespace-nowrap", cell: (a) => potency(a) ?? "—" },
            { header: "Source", cell: (a) => <ReferenceLink referenceKey={a.reference.key} /> },
            {
              header: "Actions",
              srOnly: true,
              cell: (a) => (
                <RemoveActivityButton
                  catalogNumber={product.catalogNumber}
                  activityId={a.id}
                  description={[a.target.name, a.mechanism.name, potency(a)].filter(Boolean).join(", ")}
                />
              ),
            },
          ]}
        />
        <AddActivityForm
          catalogNumber={product.catalogNumber}
          targets={activityChoices.targets}
          mechanisms={activityChoices.mechanisms}
          references={choices.map(referenceLabel)}
        />
        <p className="text-xs text-ink-muted">
          New targets are added under <Link href="/staff/catalog/targets">Targets</Link>.
        </p>
      </section>

      <section aria-labelledby="controls-heading" className="card space-y-3 bg-white p-4">
        <h2 id="controls-heading" className="text-lg">
          Controlled status
        </h2>
        <p className="text-sm text-ink-muted">
          One status per jurisdiction, each citing the law or register that lists the product. No row means nothing was recorded, not that
          the product is uncontrolled. A controlled product needs a licence with every quote request.
        </p>
        {controls.length ? (
          <ul className="space-y-2">
            {controls.map((c) => {
              const description = `${jurisdictionOf(c.jurisdiction).short} ${c.schedule}`;
              return (
                <li key={c.id} className="rounded-md border border-line p-3 text-sm">
                  <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                    <strong>
                      {jurisdictionOf(c.jurisdiction).country} ({c.jurisdiction}): {c.schedule}
                    </strong>
                    <Link href={`/staff/catalog/references/${c.reference.key}`} className="identifier">
                      {c.reference.key}
                    </Link>
                    <RemoveControlButton catalogNumber={product.catalogNumber} controlId={c.id} description={description} />
                  </div>
                  <p className="mt-1">
                    {c.reference.title}
                    {c.note ? <span className="block text-ink-muted">{c.note}</span> : null}
                  </p>
                  <details className="mt-2">
                    <summary className="cursor-pointer">Edit</summary>
                    <div className="mt-2">
                      <ControlForm
                        catalogNumber={product.catalogNumber}
                        prefix={`control-${c.id}`}
                        initial={{ jurisdiction: c.jurisdiction, schedule: c.schedule, note: c.note ?? "", source: c.reference.key }}
                        references={choices.map(referenceLabel)}
                      />
                    </div>
                  </details>
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="text-sm">No controlled status recorded.</p>
        )}
        <h3 className="border-t border-line pt-3 text-base font-semibold">Add a status</h3>
        <ControlForm catalogNumber={product.catalogNumber} prefix="new-control" references={choices.map(referenceLabel)} />
      </section>

      <section aria-labelledby="solubility-heading" className="card space-y-3 bg-white p-4">
        <h2 id="solubility-heading" className="text-lg">
          Solubility
        </h2>
        {solubility.length ? (
          <div className="overflow-x-auto">
            <table className="data-table min-w-[36rem]">
              <caption className="sr-only">Solubility of {product.catalogNumber}</caption>
              <thead>
                <tr>
                  <th scope="col">Solvent</th>
                  <th scope="col" className="text-right">
                    mg/mL
                  </th>
                  <th scope="col" className="text-right">
                    mM ({product.molecularWeight} g/mol)
                  </th>
                  <th scope="col">Conditions</th>
                  <th scope="col">Source</th>
                  <th scope="col">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {solubility.map((s) => (
                  <tr key={s.id}>
                    <td>{s.solvent}</td>
                    <td className="num">
                      {s.atLeast ? "≥ " : ""}
                      {formatSignificant(s.maxMgPerMl)}
                    </td>
                    <td className="num">
                      {s.atLeast ? "≥ " : ""}
                      {formatSignificant(mgPerMlToMillimolar(s.maxMgPerMl, product.molecularWeight))}
                    </td>
                    <td>{s.conditions ?? "—"}</td>
                    <td>
                      {s.reference ? (
                        <Link href={`/staff/catalog/references/${s.reference.key}`} className="identifier">
                          {s.reference.key}
                        </Link>
                      ) : (
                        "in-house"
                      )}
                    </td>
                    <td>
                      <RemoveSolubilityButton catalogNumber={product.catalogNumber} solubilityId={s.id} solvent={s.solvent} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="text-sm text-ink-muted">No solubility data yet.</p>
        )}
        <SaveSolubilityForm catalogNumber={product.catalogNumber} references={choices.map(referenceLabel)} />
      </section>
    </div>
  );
}

/** The product's safety data sheets, one per language, and the upload form (which replaces one). */
function SdsSection({ catalogNumber, sheets }: { catalogNumber: string; sheets: Awaited<ReturnType<typeof listSds>> }) {
  return (
    <section aria-labelledby="sds-heading" className="card space-y-3 bg-white p-4">
      <h2 id="sds-heading" className="text-lg">
        Safety data sheets
      </h2>
      {sheets.length ? (
        <ul className="space-y-1 text-sm">
          {[...sheets].sort(sdsLanguageOrder).map((sheet) => (
            <li key={sheet.language} className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
              <a href={sdsPath(catalogNumber, sheet.language)} className="font-medium">
                {SDS_LANGUAGES[sheet.language as SdsLanguage] ?? sheet.language} SDS (PDF)
              </a>
              <span className="text-ink-muted">
                {sheet.filename}, {formatKb(sheet.size)} · uploaded {formatDateTime(sheet.uploadedAt)}
                {sheet.uploadedBy ? ` by ${sheet.uploadedBy.name}` : ""}
              </span>
              <RemoveSdsButton catalogNumber={catalogNumber} language={sheet.language as SdsLanguage} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-ink-muted">No safety data sheet on file: the product page says so and offers to send one on request.</p>
      )}
      <UploadSdsForm catalogNumber={catalogNumber} />
    </section>
  );
}

const formatKb = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024)).toLocaleString("en-US")} kB`;

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const text = (value: number | string | null) => (value === null ? "" : String(value));

function lotFormValues(lot: LotView): LotFormValues {
  return {
    lotId: String(lot.id),
    lotNumber: lot.lotNumber,
    manufacturedOn: isoDay(lot.manufacturedOn),
    useBy: isoDay(lot.useBy),
    dateKind: lot.dateKind,
    quantityAvailable: String(lot.quantityAvailable),
    quantityUnit: lot.quantityUnit,
    appearance: lot.appearance,
    waterPercent: text(lot.waterPercent),
    waterMethod: text(lot.waterMethod),
    hplcPurity: text(lot.hplcPurity),
    hplcWavelengthNm: text(lot.hplcWavelengthNm),
    nmrConsistent: lot.nmrConsistent === null ? "" : lot.nmrConsistent ? "yes" : "no",
    nmrConclusion: text(lot.nmrConclusion),
    msAdduct: text(lot.msAdduct),
    msMzFound: text(lot.msMzFound),
    demo: lot.demo,
  };
}

/** The product's lots, newest first, each editable in place, and a form to add one. */
function LotsSection({ catalogNumber, lots }: { catalogNumber: string; lots: LotView[] }) {
  // A staff page is rendered per request: "current" means today.
  const current = currentLot(lots, new Date());
  return (
    <section aria-labelledby="lots-heading" className="card space-y-3 bg-white p-4">
      <h2 id="lots-heading" className="text-lg">
        Lots and certificates
      </h2>
      {lots.length ? (
        <ul className="space-y-2">
          {lots.map((lot) => {
            const ms = lcmsResult(lot);
            return (
              <li key={lot.id} className="rounded-md border border-line p-3">
                <details>
                  <summary className="cursor-pointer">
                    <span className="identifier font-semibold">{lot.lotNumber}</span> · made {isoDay(lot.manufacturedOn)} ·{" "}
                    {dateKindLabel[lot.dateKind].toLowerCase()} {isoDay(lot.useBy)} · {lot.quantityAvailable} {lot.quantityUnit}
                    {lot.hplcPurity !== null ? ` · HPLC ${lot.hplcPurity} %` : ""}
                    {ms ? ` · ${ms.adduct} found ${formatMz(ms.found)}, calc. ${formatMz(ms.calculated)}` : ""}
                    {lot.id === current?.id ? <span className="tag ml-2">current</span> : null}
                    {lot.demo ? <span className="tag ml-2">demo data</span> : null}
                  </summary>
                  <p className="mt-2 text-sm">
                    <a href={coaPath(catalogNumber, lot.lotNumber)}>CoA (PDF)</a> · parent species {lot.parentFormula},{" "}
                    {lot.parentExactMass.toFixed(4)} Da (RDKit)
                  </p>
                  <div className="mt-3">
                    <LotForm
                      key={lot.updatedAt.toISOString()}
                      catalogNumber={catalogNumber}
                      initial={lotFormValues(lot)}
                      prefix={`lot-${lot.id}`}
                    />
                  </div>
                </details>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="text-sm text-ink-muted">No lots recorded: the product page says so.</p>
      )}
      <h3 className="border-t border-line pt-3 text-base font-semibold">Add a lot</h3>
      <LotForm catalogNumber={catalogNumber} initial={blankLot} prefix="new-lot" />
    </section>
  );
}

/** Sale status (discontinued or not) and the catalog number with its former ones. */
function LifecycleSection({
  catalogNumber,
  lifecycle,
}: {
  catalogNumber: string;
  lifecycle: NonNullable<Awaited<ReturnType<typeof getProductLifecycle>>>;
}) {
  return (
    <section aria-labelledby="lifecycle-heading" className="card space-y-3 bg-white p-4">
      <h2 id="lifecycle-heading" className="text-lg">
        Sale status and catalog number
      </h2>
      <p className="text-sm text-ink-muted">
        A discontinued product keeps its page, with a notice and similar compounds; it leaves the browsing lists (search still finds it) and
        can no longer be quoted.
      </p>
      <LifecycleForm
        catalogNumber={catalogNumber}
        initial={{
          status: lifecycle.discontinuedOn ? "discontinued" : "active",
          discontinuedOn: lifecycle.discontinuedOn ? lifecycleDay(lifecycle.discontinuedOn) : "",
          reason: lifecycle.discontinuedReason ?? "",
          replacement: lifecycle.replacement?.catalogNumber ?? "",
        }}
      />
      <h3 className="border-t border-line pt-3 text-base font-semibold">Catalog number</h3>
      {lifecycle.formerNumbers.length ? (
        <p className="text-sm">
          Former numbers, redirecting here:{" "}
          {lifecycle.formerNumbers.map((f, i) => (
            <span key={f.catalogNumber}>
              {i ? ", " : ""}
              <span className="identifier">{f.catalogNumber}</span> (until {lifecycleDay(f.createdAt)})
            </span>
          ))}
        </p>
      ) : null}
      <RenameForm catalogNumber={catalogNumber} />
    </section>
  );
}
