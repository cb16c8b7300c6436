import Link from "next/link";
import type { ReactNode } from "react";

// The staff lists' table: one markup for the inbox, orders, catalog, references, targets, guides and
// the audit log, so a change to how a list reads (scrolling on a phone, captions, sort links) is made
// once. A server component: its cells are functions of the row, rendered on the server.

export type Column<Row> = {
  /** The column's header; with `srOnly`, read by screen readers only (a column of Edit links). */
  header: ReactNode;
  srOnly?: boolean;
  /** Figures: the header is right-aligned like the cells (give the cells "num" or "text-right"). */
  numeric?: boolean;
  /** Extra header classes, e.g. a width. */
  headerClassName?: string;
  /**
   * A sortable column: the header links to the list in this column's order. `current` says the list
   * is in that order now (announced by aria-sort).
   */
  sort?: { href: string; current?: "ascending" | "descending" };
  cell: (row: Row) => ReactNode;
  /** The cells' classes, the same for every row or per row. */
  className?: string | ((row: Row) => string | undefined);
  /** The cells name their row (a month, a quote): header cells, read before the others. */
  rowHeader?: boolean;
};

export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  rowClassName,
  minWidth,
  tableClassName = "",
  framed = true,
  captionClassName = "sr-only",
  className = "",
  empty,
}: {
  /** Names the table for screen readers (not shown). */
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string | number;
  rowClassName?: (row: Row) => string | undefined;
  /** The width under which the table scrolls sideways instead of squeezing, e.g. "min-w-[40rem]". */
  minWidth?: string;
  tableClassName?: string;
  /** A bordered white box (a page's list); false inside a card that is one already. */
  framed?: boolean;
  /** The caption is for screen readers only, unless the table needs a visible title. */
  captionClassName?: string;
  /** Classes of the outer box, e.g. a margin. */
  className?: string;
  /** Shown instead of the table when there are no rows; null when the page says so elsewhere (its count line). */
  empty: ReactNode;
}) {
  if (rows.length === 0) {
    if (empty === null) return null;
    const box = framed ? "rounded-md border border-line bg-white p-4 text-sm" : "text-sm text-ink-muted";
    return <p className={`${box} ${className}`.trim()}>{empty}</p>;
  }
  const frame = framed ? "overflow-x-auto rounded-md border border-line bg-white" : "overflow-x-auto";
  return (
    <div className={`${frame} ${className}`.trim()}>
      <table className={["data-table", minWidth, tableClassName].filter(Boolean).join(" ")}>
        <caption className={captionClassName}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, i) => (
              <HeaderCell key={i} column={column} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} className={rowClassName?.(row)}>
              {columns.map((column, i) => {
                const cellClass = typeof column.className === "function" ? column.className(row) : column.className;
                return column.rowHeader ? (
                  <th key={i} scope="row" className={cellClass}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={i} className={cellClass}>
                    {column.cell(row)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function HeaderCell<Row>({ column }: { column: Column<Row> }) {
  const className = [column.numeric ? "text-right" : "", column.headerClassName ?? ""].filter(Boolean).join(" ") || undefined;
  const label = column.srOnly ? <span className="sr-only">{column.header}</span> : column.header;
  const { sort } = column;
  return (
    <th scope="col" className={className} aria-sort={sort?.current}>
      {sort ? (
        <Link href={sort.href} className="whitespace-nowrap text-ink">
          {label}
          <span aria-hidden="true" className="ml-1 text-ink-muted">
            {sort.current === "ascending" ? "▲" : sort.current === "descending" ? "▼" : "↕"}
          </span>
        </Link>
      ) : (
        label
      )}
    </th>
  );
}

/** Previous and next links around "Page 2 of 7"; nothing when everything fits on one page. */
export function Pagination({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="Pages" className="flex items-center gap-4 text-sm">
      {page > 1 ? <Link href={href(page - 1)}>← Previous</Link> : null}
      <span>
        Page {page} of {pages}
      </span>
      {page < pages ? <Link href={href(page + 1)}>Next →</Link> : null}
    </nav>
  );
}

/** The row that ends most staff lists: an Edit link named for the row, for screen readers and tests alike. */
export function EditLink({ href, name }: { href: string; name: string }) {
  return (
    <Link href={href} aria-label={`Edit ${name}`}>
      Edit
    </Link>
  );
}

/** A cited source in a staff table: its key, linking to the reference's page. */
export function ReferenceLink({ referenceKey }: { referenceKey: string }) {
  return (
    <Link href={`/staff/catalog/references/${referenceKey}`} className="identifier">
      {referenceKey}
    </Link>
  );
}
