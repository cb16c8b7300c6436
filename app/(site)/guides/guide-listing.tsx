import Link from "next/link";
import { formatLongDate } from "@/app/_components/format-date";
import type { GuideKind } from "@/lib/generated/prisma/enums";
import { guideKindParam } from "@/lib/guides/guide-kinds";
import { countGuidesByKind, guideKindLabels, listGuides } from "@/lib/guides/guides";

/** The guides, all or of one kind: /guides, and /guides?kind=… (served by /guides/_kind/<kind>). */
export async function GuideListing({ kind }: { kind?: GuideKind }) {
  const [guides, counts] = await Promise.all([listGuides({ kind }), countGuidesByKind()]);
  const total = Object.values(counts).reduce((a, b) => a + (b ?? 0), 0);

  return (
    <div className="container-page py-8">
      <h1 className="text-3xl">Technical guides</h1>
      <p className="mt-2 max-w-3xl text-ink-muted">
        Side-by-side comparisons and application notes written by our scientists from the primary literature. Every statement cites its
        source, and every compound links to its data sheet.
      </p>

      {/* The kinds as plain links: each is another route behind /guides's own path (lib/listing-routes.ts),
          and Next's client router, seeing the static /guides, would change the address but keep this list. */}
      <nav aria-label="Guide type" className="mt-6">
        <ul className="flex flex-wrap gap-2">
          <li>
            <Link href="/guides" aria-current={!kind ? "true" : undefined} className={`btn ${!kind ? "btn-primary" : "btn-secondary"}`}>
              All ({total})
            </Link>
          </li>
          {(Object.keys(guideKindLabels) as GuideKind[]).map((k) => (
            <li key={k}>
              <a
                href={`/guides?kind=${guideKindParam(k)}`}
                aria-current={kind === k ? "true" : undefined}
                className={`btn ${kind === k ? "btn-primary" : "btn-secondary"}`}
              >
                {guideKindLabels[k]} ({counts[k] ?? 0})
              </a>
            </li>
          ))}
        </ul>
      </nav>

      {guides.length === 0 ? (
        <p className="card mt-6 p-6">No guides of this type yet.</p>
      ) : (
        <ul className="mt-6 grid gap-4 lg:grid-cols-2">
          {guides.map((guide) => (
            <li key={guide.slug} className="card flex flex-col p-5">
              <p className="text-xs font-semibold uppercase tracking-wide text-brand-dark">{guideKindLabels[guide.kind]}</p>
              <h2 className="mt-1 text-xl">
                <Link href={`/guides/${guide.slug}`}>{guide.title}</Link>
              </h2>
              <p className="mt-2 text-sm text-ink-muted">{guide.summary}</p>
              <p className="mt-3 text-xs text-ink-muted">
                {guide.author} · <time dateTime={guide.publishedAt.toISOString()}>{formatLongDate(guide.publishedAt)}</time>
              </p>
              <div className="mt-3">
                <p className="text-xs font-semibold">Compounds covered</p>
                <ul className="mt-1 flex flex-wrap gap-1">
                  {guide.products.map(({ product }) => (
                    <li key={product.catalogNumber}>
                      <Link href={`/products/${product.catalogNumber}`} className="tag no-underline hover:underline">
                        {product.name}
                      </Link>
                    </li>
                  ))}
                </ul>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
