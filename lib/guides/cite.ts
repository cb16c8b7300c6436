// "Cite this guide": the same facts as plain text, BibTeX (@misc) and RIS (TY ELEC).
export type CitableGuide = {
  slug: string;
  title: string;
  author: string;
  publishedAt: Date;
  revisedAt: Date | null;
  url: string;
  publisher: string;
};

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

export function plainCitation(guide: CitableGuide, accessed: Date) {
  return `${guide.author}. ${guide.title}. ${guide.publisher}; ${guide.publishedAt.getUTCFullYear()}. Available at: ${guide.url} (accessed ${isoDate(accessed)}).`;
}

// BibTeX: braces and backslashes would end or escape a field; TeX specials are escaped.
function bibtexText(value: string) {
  return value.replace(/[\\{}]/g, "").replace(/([&%$#_])/g, "\\$1");
}

export function bibtexCitation(guide: CitableGuide, accessed: Date) {
  const key = `reagentdesk-${guide.slug}`.replace(/[^A-Za-z0-9-]/g, "");
  const fields: [string, string][] = [
    // Double braces keep a corporate author from being split into first and last names.
    ["author", `{${bibtexText(guide.author)}}`],
    ["title", `{${bibtexText(guide.title)}}`],
    ["howpublished", bibtexText(guide.publisher)],
    ["year", String(guide.publishedAt.getUTCFullYear())],
    ["month", String(guide.publishedAt.getUTCMonth() + 1)],
    ["url", guide.url],
    ["urldate", isoDate(accessed)],
    ["note", `Technical guide${guide.revisedAt ? `, revised ${isoDate(guide.revisedAt)}` : ""}`],
  ];
  return `@misc{${key},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(",\n")}\n}\n`;
}

export function risCitation(guide: CitableGuide, accessed: Date) {
  const oneLine = (v: string) => v.replace(/[\r\n]+/g, " ");
  const lines = [
    ["TY", "ELEC"],
    ["AU", guide.author],
    ["TI", guide.title],
    ["PB", guide.publisher],
    ["PY", String(guide.publishedAt.getUTCFullYear())],
    ["DA", guide.publishedAt.toISOString().slice(0, 10).replace(/-/g, "/")],
    ["UR", guide.url],
    ["Y2", isoDate(accessed).replace(/-/g, "/")],
    ["ER", ""],
  ];
  return `${lines.map(([tag, value]) => `${tag}  - ${oneLine(value!)}`.trimEnd()).join("\r\n")}\r\n`;
}
