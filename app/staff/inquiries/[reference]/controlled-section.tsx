import { formatDateTime } from "@/app/_components/format-date";
import { controlBadgeText } from "@/lib/catalog/control-labels";
import type { ControlledItem } from "@/lib/quotes/licence-check";
import { latestLicenceCheck } from "@/lib/quotes/licence-check";
import { LicenceCheckForm } from "./licence-check-form";

/** The inquiry's controlled products, the latest licence check (who, when, outcome) and the form to record one. */
export async function ControlledSection({ inquiryId, items }: { inquiryId: string; items: ControlledItem[] }) {
  if (!items.length) return null;
  const check = await latestLicenceCheck(inquiryId);
  return (
    <section aria-labelledby="controlled-heading" className="card border-2 border-warn bg-warn-wash p-5">
      <h2 id="controlled-heading" className="text-lg text-warn">
        <span aria-hidden="true">⚠ </span>Controlled substance: licence check
      </h2>
      <ul className="mt-2 space-y-1 text-sm">
        {items.map((p) => (
          <li key={p.catalogNumber}>
            <span className="identifier">{p.catalogNumber}</span> {p.name}: {controlBadgeText(p.controls)}
          </li>
        ))}
      </ul>
      <p className="mt-2 text-sm">
        The licence number, document and end-use statement are under “What they sent” and in the timeline. No quote can be sent until an
        approved licence check is recorded.
      </p>
      <p className="mt-3 text-sm" data-licence-check={check?.outcome ?? "none"}>
        <strong>Latest check: </strong>
        {check ? (
          <>
            {check.outcome === "APPROVED" ? "approved" : "rejected"} by {check.checkedBy.name} on {formatDateTime(check.createdAt)}
            {check.note ? <span className="mt-1 block whitespace-pre-wrap break-words">{check.note}</span> : null}
          </>
        ) : (
          "none recorded yet"
        )}
      </p>
      <div className="mt-4 rounded-md bg-white p-4">
        <LicenceCheckForm inquiryId={inquiryId} />
      </div>
    </section>
  );
}
