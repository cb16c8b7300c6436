import type { Metadata } from "next";
import Link from "next/link";
import { Field, inputClass } from "@/app/_components/forms/field";
import { formatLongDate } from "@/app/_components/format-date";
import { coaLookupSchema } from "@/lib/catalog/lot-schema";
import { coaPath, dateKindLabel, findLotsByNumber } from "@/lib/catalog/lots";

export const metadata: Metadata = {
  title: "Find a certificate of analysis by lot number",
  description: "Download the certificate of analysis (CoA) of a Reagent Desk lot: enter the lot number printed on the vial label.",
  alternates: { canonical: "/coa" },
};

// A GET form: the address of a result can be bookmarked or sent to a colleague, and it works without JavaScript.
export default async function FindCoaPage({ searchParams }: PageProps<"/coa">) {
  const { lot } = await searchParams;
  const typed = typeof lot === "string" ? lot : undefined;
  const parsed = typed === undefined ? undefined : coaLookupSchema.safeParse({ lot: typed });
  const error = parsed && !parsed.success ? (parsed.error.issues[0]?.message ?? "Enter a lot number") : undefined;
  const lotNumber = parsed?.success ? parsed.data.lot : undefined;
  const found = lotNumber ? await findLotsByNumber(lotNumber) : [];

  return (
    <div className="container-page max-w-3xl py-8">
      <h1 className="text-3xl">Find a certificate of analysis</h1>
      <p className="mt-2 text-ink-muted">
        Every lot we sell has a certificate of analysis (CoA) with its purity by HPLC, its identity by ¹H NMR and LC-MS, and its water
        content. Enter the lot number printed on the vial or its label.
      </p>
      <form action="/coa" method="get" aria-label="Find a CoA by lot number" noValidate className="mt-6 flex flex-wrap items-start gap-3">
        <Field
          name="lot"
          label="Lot number"
          hint="As on the label, e.g. RD26-0412"
          required
          errors={error ? { lot: error } : {}}
          className="min-w-0 flex-1 basis-64"
        >
          {(props) => <input {...props} defaultValue={typed ?? ""} autoComplete="off" spellCheck={false} className={inputClass} />}
        </Field>
        <button type="submit" className="btn btn-primary mt-0 sm:mt-[1.6rem]">
          Find the CoA
        </button>
      </form>

      {lotNumber ? (
        <section aria-labelledby="coa-results" aria-live="polite" className="mt-8">
          <h2 id="coa-results" className="text-xl">
            {found.length ? `Lot ${lotNumber}` : "No certificate found"}
          </h2>
          {found.length ? (
            <ul className="mt-3 space-y-3">
              {found.map((l) => (
                <li key={l.product.catalogNumber} className="card p-4">
                  <p className="font-semibold">
                    <Link href={`/products/${l.product.catalogNumber}`}>{l.product.name}</Link>{" "}
                    <span className="identifier text-sm text-ink-muted">{l.product.catalogNumber}</span>
                  </p>
                  <p className="mt-1 text-sm text-ink-muted">
                    Lot <span className="identifier">{l.lotNumber}</span> · manufactured {formatLongDate(l.manufacturedOn)} ·{" "}
                    {dateKindLabel[l.dateKind].toLowerCase()} {formatLongDate(l.useBy)}
                    {l.demo ? " · demo lot — illustrative data" : ""}
                  </p>
                  <p className="mt-2">
                    <a href={coaPath(l.product.catalogNumber, l.lotNumber)} download className="btn btn-secondary">
                      Download the CoA of lot {l.lotNumber} (PDF)
                    </a>
                  </p>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2" role="status">
              We have no lot numbered <span className="identifier">{lotNumber}</span>. Check the number on the label (the letter O and the
              digit 0 look alike), or <Link href="/support">ask our support team</Link> and we will send the certificate.
            </p>
          )}
        </section>
      ) : null}
    </div>
  );
}
