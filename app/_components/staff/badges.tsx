import type { InquiryKind, InquiryStatus } from "@/lib/generated/prisma/enums";
import { inquiryKinds } from "@/lib/inquiries/kinds";
import { statusLabels } from "@/lib/inquiries/status";

// Text and background pairs chosen for at least 4.5:1 contrast.
const statusStyles: Record<InquiryStatus, string> = {
  NEW: "bg-blue-100 text-blue-900",
  IN_REVIEW: "bg-amber-100 text-amber-900",
  QUOTED: "bg-violet-100 text-violet-900",
  ANSWERED: "bg-teal-100 text-teal-900",
  WON: "bg-green-100 text-green-900",
  LOST: "bg-stone-200 text-stone-800",
  CLOSED: "bg-slate-200 text-slate-800",
  SPAM: "bg-red-100 text-red-900",
};

export function StatusBadge({ status }: { status: InquiryStatus }) {
  return (
    <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-semibold whitespace-nowrap ${statusStyles[status]}`}>
      {statusLabels[status]}
    </span>
  );
}

export function KindBadge({ kind }: { kind: InquiryKind }) {
  return (
    <span className="tag whitespace-nowrap" title={inquiryKinds[kind].label}>
      {inquiryKinds[kind].shortLabel}
    </span>
  );
}

export function OverdueBadge() {
  return <span className="inline-block rounded-full bg-red-700 px-2 py-0.5 text-xs font-bold text-white whitespace-nowrap">Overdue</span>;
}

/** An inquiry naming a controlled product: no quote goes out before the licence check. */
export function ControlledBadge() {
  return (
    <span
      className="inline-block rounded-full border border-warn bg-warn-wash px-2 py-0.5 text-xs font-bold whitespace-nowrap text-warn"
      title="Names a controlled substance: the buyer's licence must be checked before a quote is sent"
    >
      Controlled
    </span>
  );
}

/** A custom-synthesis structure that matched a controlled scaffold (lib/catalog/controlled-scaffolds.ts): review before quoting. */
export function ScaffoldReviewBadge() {
  return (
    <span
      className="inline-block rounded-full border border-warn bg-warn-wash px-2 py-0.5 text-xs font-bold whitespace-nowrap text-warn"
      title="The requested structure matches a controlled scaffold: review it, and check the licence, before quoting"
    >
      Controlled scaffold
    </span>
  );
}
