/** A molecular formula with subscript counts: C15H16ClF2NO5S → C₁₅H₁₆ClF₂NO₅S. */
export function Formula({ value }: { value: string }) {
  const parts = value.split(/(\d+)/).filter(Boolean);
  return (
    <span className="whitespace-nowrap">
      {/* Element symbols as bare text: an element each would cost bytes on every listing, twice (HTML and RSC payload). */}
      {parts.map((part, i) => (/^\d+$/.test(part) ? <sub key={i}>{part}</sub> : part))}
    </span>
  );
}

export function formatMw(value: number) {
  return `${value.toFixed(2)} g/mol`;
}
