import type { Metadata } from "next";
import Link from "next/link";
import { StructureSearchForm } from "@/app/(site)/search/structure/structure-search-form";
import { Formula, formatMw } from "@/app/_components/formula";
import { ControlledBadge } from "@/app/_components/controlled-status";
import { StructureThumbnail } from "@/app/_components/structure-thumbnail";
import { InvalidStructureError } from "@/lib/catalog/chemistry";
import { RDKitWorkerError } from "@/lib/catalog/rdkit-pool";
import { allowStructureRequest, STRUCTURE_LIMIT_MESSAGE } from "@/lib/catalog/structure-limit";
import { RDKIT_FAILED_MESSAGE } from "@/lib/catalog/structure-preview";
import {
  parseStructureSearchParams,
  similaritySearch,
  StructureTooLargeError,
  substructureSearch,
  type SimilarityHit,
  type StructureHit,
  type ListedHit,
  type StructureSearchMode,
  type SubstructureResult,
  withControls,
} from "@/lib/catalog/structure-search";
import { requestIp } from "@/lib/http/request-ip";

const SIMILARITY_THRESHOLD = 0.3;

export async function generateMetadata({ searchParams }: PageProps<"/search/structure">): Promise<Metadata> {
  const { smiles } = parseStructureSearchParams(await searchParams);
  // As on /search: result pages are for people, not indexed, and share one canonical address.
  return {
    title: "Structure search",
    description: "Find catalog compounds by substructure or by similarity to a SMILES.",
    robots: smiles ? { index: false, follow: true } : undefined,
    alternates: { canonical: "/search/structure" },
  };
}

type Outcome =
  | { mode: "substructure"; result: SubstructureResult & { hits: ListedHit[] } }
  | { mode: "similarity"; hits: ListedHit<SimilarityHit>[] }
  | { error: string }
  | null;

async function runSearch(smiles: string, mode: StructureSearchMode, submitted: boolean): Promise<Outcome> {
  if (!smiles) return submitted ? { error: "Type a SMILES to search for" } : null;
  if (!(await allowStructureRequest({ ip: await requestIp() }))) return { error: STRUCTURE_LIMIT_MESSAGE };
  try {
    if (mode === "similarity")
      return { mode, hits: await withControls(await similaritySearch(smiles, { threshold: SIMILARITY_THRESHOLD })) };
    const result = await substructureSearch(smiles);
    return { mode, result: { ...result, hits: await withControls(result.hits) } };
  } catch (error) {
    // Input that is too large or breaks RDKit is the user's to change; anything else goes to the error page and the log.
    if (error instanceof StructureTooLargeError) return { error: error.message };
    if (error instanceof RDKitWorkerError) return { error: RDKIT_FAILED_MESSAGE };
    if (!(error instanceof InvalidStructureError)) throw error;
    return {
      error:
        mode === "similarity"
          ? "RDKit cannot read this as a SMILES: check brackets, ring closures and atom symbols (SMARTS patterns work in substructure search only)"
          : "RDKit cannot read this as a SMILES or a SMARTS pattern: check brackets, ring closures and atom symbols",
    };
  }
}

const searchHref = (smiles: string, mode: StructureSearchMode) => `/search/structure?${new URLSearchParams({ smiles, mode })}`;

export default async function StructureSearchPage({ searchParams }: PageProps<"/search/structure">) {
  const params = await searchParams;
  const { smiles, mode } = parseStructureSearchParams(params);
  const outcome = await runSearch(smiles, mode, params.smiles !== undefined);
  const error = outcome && "error" in outcome ? outcome.error : undefined;

  return (
    <div className="container-page max-w-5xl py-8">
      <h1 className="text-3xl">Structure search</h1>
      <p className="mt-2 max-w-2xl text-ink-muted">
        Find catalog compounds by structure: those that contain a fragment you give as SMILES, or those most similar to it. To search by
        name, catalog number or CAS number, use the <Link href="/search">catalog search</Link>.
      </p>

      <StructureSearchForm smiles={smiles} mode={mode} error={error} />

      {outcome && "mode" in outcome ? (
        outcome.mode === "substructure" ? (
          <SubstructureResults smiles={smiles} result={outcome.result} />
        ) : (
          <SimilarityResults smiles={smiles} hits={outcome.hits} />
        )
      ) : null}
    </div>
  );
}

function SubstructureResults({ smiles, result }: { smiles: string; result: SubstructureResult & { hits: ListedHit[] } }) {
  const { hits, screened, confirmed, truncated, queryKind } = result;
  return (
    <section aria-labelledby="structure-results" className="mt-10">
      <h2 id="structure-results" className="text-xl">
        Contain this substructure
      </h2>
      <p className="mt-1 text-ink-muted" role="status">
        {confirmed === 1 ? "1 compound contains" : `${confirmed} compounds contain`} <span className="identifier text-ink">{smiles}</span>
        {queryKind === "smarts" ? " (read as a SMARTS pattern)" : null}
      </p>
      <p className="mt-1 text-xs text-ink-muted">
        {screened === 1 ? "1 candidate" : `${screened} candidates`} passed the fingerprint screen; RDKit confirmed {confirmed}.
      </p>
      {truncated ? (
        <p className="mt-2 rounded-md bg-warn-wash p-3 text-sm text-warn">
          Only the first {confirmed} matches are shown and more compounds may contain this structure: make the query more specific.
        </p>
      ) : null}
      {hits.length === 0 ? (
        <div className="card mt-4 p-6">
          <p className="font-semibold">No catalog compound contains this structure.</p>
          {queryKind === "smiles" ? (
            <p className="mt-1 text-sm text-ink-muted">
              <Link href={searchHref(smiles, "similarity")}>Find the most similar compounds instead</Link>, or try a smaller fragment.
            </p>
          ) : (
            <p className="mt-1 text-sm text-ink-muted">Try a less specific pattern.</p>
          )}
        </div>
      ) : (
        <HitList hits={hits} />
      )}
    </section>
  );
}

function SimilarityResults({ smiles, hits }: { smiles: string; hits: ListedHit<SimilarityHit>[] }) {
  return (
    <section aria-labelledby="structure-results" className="mt-10">
      <h2 id="structure-results" className="text-xl">
        Most similar (Tanimoto, Morgan r=2)
      </h2>
      <p className="mt-1 text-ink-muted" role="status">
        {hits.length === 1 ? "1 compound" : `${hits.length} compounds`} with a similarity of {SIMILARITY_THRESHOLD.toFixed(2)} or more to{" "}
        <span className="identifier text-ink">{smiles}</span>
      </p>
      {hits.length === 0 ? (
        <div className="card mt-4 p-6">
          <p className="font-semibold">No catalog compound is that similar to this structure.</p>
          <p className="mt-1 text-sm text-ink-muted">
            Try a fragment of it as a <Link href={searchHref(smiles, "substructure")}>substructure search</Link>.
          </p>
        </div>
      ) : (
        <HitList hits={hits} />
      )}
    </section>
  );
}

function HitList({ hits }: { hits: ListedHit<StructureHit & { similarity?: number }>[] }) {
  return (
    <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {hits.map((hit) => (
        <li key={hit.catalogNumber}>
          {/* The name's link covers the whole card (after:inset-0), so the card is one large target whose
              accessible name is the product name; the drawing sits above it and opens the full-size SVG. */}
          <article className="card relative flex h-full flex-col gap-2 p-3 hover:border-brand">
            <StructureThumbnail catalogNumber={hit.catalogNumber} name={hit.name} className="relative z-10" />
            <div className="min-w-0">
              <h3 className="text-base font-semibold">
                <Link href={`/products/${hit.catalogNumber}`} className="no-underline after:absolute after:inset-0 hover:underline">
                  {hit.name}
                </Link>
              </h3>
              <p className="mt-0.5 text-sm text-ink-muted">
                Cat. No. <span className="identifier text-ink">{hit.catalogNumber}</span>
              </p>
              <p className="mt-0.5 text-sm">
                <Formula value={hit.formula} /> · {formatMw(hit.molecularWeight)}
              </p>
              {hit.similarity !== undefined ? (
                <p className="mt-0.5 text-sm">
                  Similarity <strong>{hit.similarity.toFixed(2)}</strong>
                </p>
              ) : null}
              <ControlledBadge controls={hit.controls} />
            </div>
          </article>
        </li>
      ))}
    </ul>
  );
}
