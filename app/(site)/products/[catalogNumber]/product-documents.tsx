import Link from "next/link";
import { datasheetPath, sdsPath } from "@/lib/catalog/document-paths";
import { coaPath, currentLot, type LotView } from "@/lib/catalog/lots";
import { SDS_LANGUAGES, sdsLanguageOrder, type SdsLanguage } from "@/lib/catalog/sds-schema";
import { inquiryHref } from "@/lib/inquiries/prefill";

/**
 * The product's documents: the datasheet (always), the current lot's CoA and each SDS on file, and
 * plainly which of those there is none of. Read from the page's cached product data.
 */
export function ProductDocuments({
  catalogNumber,
  lots,
  sds,
  now,
}: {
  catalogNumber: string;
  lots: LotView[];
  sds: { language: string }[];
  now: Date;
}) {
  const lot = currentLot(lots, now);
  const sheets = sds.filter((s): s is { language: SdsLanguage } => Object.hasOwn(SDS_LANGUAGES, s.language)).sort(sdsLanguageOrder);
  return (
    <section aria-labelledby="documents-heading" className="card p-4">
      <h2 id="documents-heading" className="text-base font-semibold">
        Documents
      </h2>
      <ul className="mt-2 space-y-2 text-sm">
        <li>
          <a href={datasheetPath(catalogNumber)} className="font-medium">
            Datasheet (PDF)
          </a>
          <span className="block text-xs text-ink-muted">Identifiers, structure, properties, activity, solubility, storage</span>
        </li>
        <li>
          {lot ? (
            <a href={coaPath(catalogNumber, lot.lotNumber)} className="font-medium">
              Certificate of analysis, lot {lot.lotNumber} (PDF)
            </a>
          ) : (
            <>
              No lot in date at the moment. <Link href="/coa">Find a CoA by lot number</Link>
            </>
          )}
        </li>
        {sheets.length ? (
          sheets.map((sheet) => (
            <li key={sheet.language}>
              <a href={sdsPath(catalogNumber, sheet.language)} hrefLang={sheet.language} className="font-medium">
                Safety data sheet, {SDS_LANGUAGES[sheet.language]} (PDF)
              </a>
            </li>
          ))
        ) : (
          <li>
            No safety data sheet on file for this product yet. <Link href={inquiryHref("/support", [catalogNumber])}>Ask us for one</Link>
          </li>
        )}
      </ul>
    </section>
  );
}
