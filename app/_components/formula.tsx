/** A molecular formula with subscript counts: C15H16ClF2NO5S → C₁₅H₁₆ClF₂NO₅S. */
export function Formula({ value }: { value: string }) {
  const parts = value.split(/(\d+)/).filter(Boolean);
  return (
    <span className="whitespace-nowrap">
      {parts.map((part, i) => (/^\d+$/.test(part) ? <sub key={i}>{part}</sub> : <span key={i}>{part}</span>))}
    </span>
  );
}

export function formatMw(value: number) {
  return `${value.toFixed(2)} g/mol`;
}
