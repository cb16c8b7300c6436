"use client";

import { useEffect, useState } from "react";
import { previewStructure } from "@/app/(site)/custom-synthesis/actions";
import type { StructurePreview as Preview } from "@/lib/catalog/structure-preview";

/**
 * Draws the SMILES being typed, 400 ms after the last keystroke. RDKit runs on the server, so the
 * page does not download the 7 MB toolkit; the SVG is shown through <img>, where no script runs.
 */
export function StructurePreview({ smiles }: { smiles: string }) {
  const [preview, setPreview] = useState<Preview | null>(null);
  const value = smiles.trim();

  useEffect(() => {
    if (!value) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      previewStructure(value)
        .then((result) => !cancelled && setPreview(result))
        .catch(
          () =>
            !cancelled &&
            setPreview({
              ok: false,
              error: "The structure preview is unavailable right now; you can still send the request.",
              reason: "failed",
            }),
        );
    }, 400);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [value]);

  const shown = value ? preview : null;
  return (
    <div aria-live="polite" className="card flex min-h-48 items-center justify-center p-2 text-center text-sm text-ink-muted">
      {!shown ? (
        <span>{value ? "Drawing…" : "The structure appears here as you type a SMILES."}</span>
      ) : shown.ok ? (
        <figure>
          {/* eslint-disable-next-line @next/next/no-img-element -- an SVG data URL drawn by RDKit */}
          <img
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(shown.svg)}`}
            alt={`Structure drawn from the SMILES ${value}`}
            width={320}
            height={240}
            className="h-auto w-full max-w-[320px]"
          />
          <figcaption className="mt-1 text-ink">
            {shown.formula} · {shown.molecularWeight.toFixed(2)} g/mol
          </figcaption>
        </figure>
      ) : (
        <span className="text-red-800">{shown.error}</span>
      )}
    </div>
  );
}
