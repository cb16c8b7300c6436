import Link from "next/link";
import { formatLongDate } from "@/app/_components/format-date";
import { coaPath, currentLot, dateKindLabel, lotResultRows, type LotView } from "@/lib/catalog/lots";

/** The lot now sold (latest made, within its date), its results by method, and its certificate. */
export function CurrentLot({ catalogNumber, lots, now }: { catalogNumber: string; lots: LotView[]; now: Date }) {
  const lot = currentLot(lots, now);
  return (
    <section aria-labelledby="lot-heading">
      <h2 id="lot-heading" className="text-xl">
        {lot ? (
          <>
            Current lot <span className="identifier">{lot.lotNumber}</span>
          </>
        ) : (
          "Current lot"
        )}
      </h2>
      {lot ? (
        <>
          {lot.demo ? (
            <p role="note" className="mt-2 rounded-md border border-warn bg-warn-wash px-3 py-2 text-sm font-semibold text-warn">
              Demo lot — illustrative data. These results were not measured; they show what a lot&apos;s record holds.
            </p>
          ) : null}
          <dl className="spec-list mt-3">
            <dt>Manufactured</dt>
            <dd>{formatLongDate(lot.manufacturedOn)}</dd>
            <dt>{dateKindLabel[lot.dateKind]}</dt>
            <dd>{formatLongDate(lot.useBy)}</dd>
            <dt>Available from this lot</dt>
            <dd>
              {lot.quantityAvailable.toLocaleString("en-US", { maximumFractionDigits: 3 })} {lot.quantityUnit}
            </dd>
          </dl>
          <div className="mt-3 overflow-x-auto">
            <table className="data-table data-table-stacked">
              <caption className="sr-only">Analytical results of lot {lot.lotNumber}, each with its method</caption>
              <thead>
                <tr>
                  <th scope="col">Test</th>
                  <th scope="col">Method</th>
                  <th scope="col">Result</th>
                </tr>
              </thead>
              <tbody>
                {lotResultRows(lot).map((row) => (
                  <tr key={`${row.test}-${row.method}`}>
                    <td data-label="Test">{row.test}</td>
                    <td data-label="Method">{row.method}</td>
                    <td data-label="Result" className="font-semibold whitespace-pre-line">
                      {row.result}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="mt-3 flex flex-wrap gap-x-4 gap-y-2">
            <a href={coaPath(catalogNumber, lot.lotNumber)} className="btn btn-secondary" download>
              Certificate of analysis, lot {lot.lotNumber} (PDF)
            </a>
            <Link href="/coa" className="self-center text-sm">
              Find a CoA by lot number
            </Link>
          </p>
          {lot.msAdduct ? (
            <p className="mt-2 text-xs text-ink-muted">
              Calculated m/z: the monoisotopic mass of {lot.parentFormula} (the species the ion forms from; a salt is seen without its
              counter-ion), computed with RDKit from the structure, plus the adduct&apos;s mass (H⁺ 1.007276 u, CODATA 2018; Na⁺ 22.989218
              u).
            </p>
          ) : null}
        </>
      ) : (
        <p className="mt-2 text-sm">
          No lot of this product is within its retest or expiry date at the moment; ask us for the next lot&apos;s data. Certificates of
          earlier lots: <Link href="/coa">find a CoA by lot number</Link>.
        </p>
      )}
    </section>
  );
}
