import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DataTable, Pagination, type Column } from "@/app/_components/staff/data-table";

type Row = { id: number; name: string; total: number };
const columns: Column<Row>[] = [
  { header: "Name", rowHeader: true, cell: (r) => r.name },
  { header: "Total", numeric: true, className: "num", sort: { href: "/list?sort=total", current: "descending" }, cell: (r) => r.total },
  { header: "Actions", srOnly: true, cell: (r) => `Edit ${r.name}` },
];
const render = (props: Partial<Parameters<typeof DataTable<Row>>[0]>) =>
  renderToStaticMarkup(
    createElement(DataTable<Row>, { caption: "Things", columns, rows: [], rowKey: (r: Row) => r.id, empty: "Nothing yet.", ...props }),
  );

describe("DataTable", () => {
  it("names the table, heads each row with its row header, and says which column sorts the list", () => {
    const html = render({ rows: [{ id: 1, name: "Alpha", total: 3 }] });
    expect(html).toContain('<caption class="sr-only">Things</caption>');
    expect(html).toContain('<th scope="row">Alpha</th>');
    expect(html).toMatch(/<th scope="col" class="text-right" aria-sort="descending"><a [^>]*href="\/list\?sort=total"[^>]*>Total/);
    expect(html).toContain('<th scope="col"><span class="sr-only">Actions</span></th>');
    expect(html).toContain('<td class="num">3</td>');
  });

  it("shows its empty state instead of a table with no rows, or nothing when the page says so itself", () => {
    expect(render({})).toBe('<p class="rounded-md border border-line bg-white p-4 text-sm">Nothing yet.</p>');
    expect(render({ empty: null })).toBe("");
  });
});

describe("Pagination", () => {
  const page = (n: number, pages: number) =>
    renderToStaticMarkup(createElement(Pagination, { page: n, pages, href: (p: number) => `/list?page=${p}` }));
  it("links to the neighbouring pages that exist, and is absent on a single page", () => {
    expect(page(1, 1)).toBe("");
    expect(page(1, 3)).not.toContain("Previous");
    expect(page(1, 3)).toContain('href="/list?page=2"');
    expect(page(3, 3)).toContain('href="/list?page=2"');
    expect(page(3, 3)).not.toContain("Next");
    expect(page(2, 3)).toContain("<span>Page 2 of 3</span>");
  });
});
