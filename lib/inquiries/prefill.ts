// ?products=B8105958,B8106012 on an inquiry form pre-fills the products it concerns.
export function prefilledCatalogNumbers(value: string | string[] | undefined): string[] {
  const raw = Array.isArray(value) ? value.join(",") : (value ?? "");
  const numbers = raw
    .split(/[\s,]+/)
    .map((v) => v.trim().toUpperCase())
    .filter((v) => /^[A-Z0-9][A-Z0-9-]{1,39}$/.test(v));
  return [...new Set(numbers)].slice(0, 25);
}

export function inquiryHref(path: string, catalogNumbers: string[]) {
  return catalogNumbers.length ? `${path}?products=${catalogNumbers.map(encodeURIComponent).join(",")}` : path;
}
