import { site } from "@/lib/site";

/** The Research-Use-Only notice, with an optional sentence for the page it sits on. */
export function RuoNotice({ children }: { children?: React.ReactNode }) {
  return (
    <aside role="note" aria-label="Research use only" className="rounded-md border border-warn bg-warn-wash p-4 text-sm text-warn">
      <strong>Research use only.</strong> {site.ruoNotice.replace(/^For research use only\. /, "")}
      {children ? <> {children}</> : null}
    </aside>
  );
}
