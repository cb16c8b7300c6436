"use client";

/** The browser's print dialog, where "Save as PDF" writes a PDF of the print layout, offline. */
export function PrintButton({ label = "Download PDF" }: { label?: string }) {
  return (
    <button type="button" className="btn btn-secondary" onClick={() => window.print()} aria-describedby="pdf-hint">
      {label}
      <span id="pdf-hint" className="sr-only">
        Opens the print dialog; choose Save as PDF
      </span>
    </button>
  );
}
