"use client";

import Form from "next/form";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { convertStructureFile, previewQueryStructure } from "@/app/(site)/search/structure/actions";
import { Field, inputClass } from "@/app/_components/forms/field";
import { Formula, formatMw } from "@/app/_components/formula";
import { StructureTools } from "@/app/_components/structure-tools";
import { MAX_STRUCTURE_LENGTH } from "@/lib/catalog/structure-input";
import type { QueryPreview, StructureSearchMode } from "@/lib/catalog/structure-search";

const modeLabels: Record<StructureSearchMode, { label: string; hint: string }> = {
  substructure: { label: "Substructure", hint: "catalog compounds that contain this structure" },
  similarity: { label: "Similarity", hint: "the most similar compounds (Tanimoto, Morgan r=2)" },
};

/**
 * The structure search form. A GET form, so every search is a linkable URL and the results are
 * rendered on the server; next/form keeps the navigation client-side when JavaScript runs.
 */
export function StructureSearchForm({ smiles, mode, error }: { smiles: string; mode: StructureSearchMode; error?: string }) {
  const [value, setValue] = useState(smiles);
  const [chosen, setChosen] = useState(mode);
  const formRef = useRef<HTMLFormElement>(null);

  // The form stays mounted across searches (its drawing too); when the URL names another query, e.g.
  // after "Find the most similar compounds instead", the fields follow the URL.
  const [shown, setShown] = useState({ smiles, mode });
  if (shown.smiles !== smiles || shown.mode !== mode) {
    setShown({ smiles, mode });
    setValue(smiles);
    setChosen(mode);
  }

  // A SMILES has no line breaks, so Enter searches, as in a search box (Shift+Enter still inserts
  // one); the field is a textarea only so that long SMILES stay readable.
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      formRef.current?.requestSubmit();
    }
  };

  return (
    <Form
      ref={formRef}
      action="/search/structure"
      role="search"
      aria-label="Structure search"
      noValidate
      className="mt-6 grid gap-x-6 gap-y-4 sm:grid-cols-[minmax(0,1fr)_minmax(0,20rem)] sm:grid-rows-[auto_1fr]"
    >
      {/* Source order field, drawing, options: on a phone the drawing sits right under what is typed. */}
      <div className="sm:col-start-1">
        <Field
          name="smiles"
          label="Query structure (SMILES)"
          hint={
            <>
              For example <span className="identifier">c1ccccc1Cl</span> (chlorobenzene) or{" "}
              <span className="identifier">NC1(C(=O)O)CCC2C(C(=O)O)C21</span> (the bicyclic amino-acid core of LY354740 and LY3020371).
              SMARTS patterns work for substructure search. Stereochemistry is ignored. Press Enter to search.
            </>
          }
          errors={error ? { smiles: error } : {}}
          required
        >
          {(props) => (
            <textarea
              {...props}
              rows={3}
              maxLength={MAX_STRUCTURE_LENGTH}
              spellCheck={false}
              autoCapitalize="off"
              autoCorrect="off"
              autoComplete="off"
              enterKeyHint="search"
              className={`${inputClass} identifier`}
              value={value}
              onChange={(e) => setValue(e.target.value)}
              onKeyDown={onKeyDown}
            />
          )}
        </Field>
        <StructureTools smiles={value} onStructure={setValue} convert={convertStructureFile} />
      </div>
      <div className="sm:col-start-2 sm:row-span-2 sm:row-start-1">
        <QueryDrawing smiles={value} />
      </div>
      <div className="space-y-4 sm:col-start-1">
        <fieldset>
          <legend className="text-sm font-semibold">Find</legend>
          <div className="mt-1 flex flex-col gap-x-6 sm:flex-row sm:flex-wrap">
            {(Object.keys(modeLabels) as StructureSearchMode[]).map((m) => (
              <label key={m} className="flex min-h-11 items-center gap-2">
                <input type="radio" name="mode" value={m} checked={m === chosen} onChange={() => setChosen(m)} className="h-5 w-5" />
                <span>
                  {modeLabels[m].label} <span className="text-sm text-ink-muted">— {modeLabels[m].hint}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>

        <button type="submit" className="btn btn-primary">
          Search
        </button>
      </div>
    </Form>
  );
}

/**
 * Draws the query 400 ms after the last keystroke, as the custom-synthesis form does: RDKit runs on
 * the server (the page does not download the 7 MB toolkit) and the SVG is shown through <img>,
 * where no script runs.
 */
function QueryDrawing({ smiles }: { smiles: string }) {
  // The drawing remembers the text it was made from, so its description never names newer input.
  const [drawn, setDrawn] = useState<{ text: string; preview: QueryPreview } | null>(null);
  const text = smiles.trim();

  useEffect(() => {
    if (!text) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      previewQueryStructure(text)
        .then((preview) => !cancelled && setDrawn({ text, preview }))
        .catch(
          () =>
            !cancelled &&
            setDrawn({
              text,
              preview: { ok: false, error: "The drawing is unavailable right now; you can still search.", reason: "failed" },
            }),
        );
    }, 400);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [text]);

  const shown = text ? drawn : null;
  return (
    <div
      aria-live="polite"
      className="card flex h-full min-h-40 sm:min-h-60 items-center justify-center p-2 text-center text-sm text-ink-muted"
    >
      {!shown ? (
        <span>{text ? "Drawing…" : "The query structure is drawn here as you type."}</span>
      ) : shown.preview.ok ? (
        <figure>
          {/* eslint-disable-next-line @next/next/no-img-element -- an SVG data URL drawn by RDKit */}
          <img
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(shown.preview.svg)}`}
            alt={`Query structure drawn from ${shown.preview.kind === "smarts" ? "the SMARTS pattern" : "the SMILES"} ${shown.text}`}
            width={320}
            height={240}
            className="h-auto w-full max-w-[320px]"
          />
          <figcaption className="mt-1 text-ink">
            {shown.preview.kind === "smiles" ? (
              <>
                <Formula value={shown.preview.formula} /> · {formatMw(shown.preview.molecularWeight)}
              </>
            ) : (
              "Read as a SMARTS pattern (substructure search only)"
            )}
          </figcaption>
        </figure>
      ) : (
        <span className="text-red-800">{shown.preview.error}</span>
      )}
    </div>
  );
}
