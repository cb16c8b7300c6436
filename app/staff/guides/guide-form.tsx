"use client";
import { startTransition, useActionState, useState } from "react";
import { Field, inputClass, valueOf } from "@/app/_components/forms/field";
import { FormResult } from "@/app/_components/staff/form-result";
import { useStaffForm } from "@/app/_components/staff/use-staff-form";
import { GUIDE_KINDS, guideSchema } from "@/lib/guides/guide-schema";
import { previewGuideAction, saveGuideAction, type GuidePreviewState } from "./actions";

export type GuideFormValues = {
  slug: string;
  title: string;
  summary: string;
  kind: (typeof GUIDE_KINDS)[number];
  author: string;
  publishedAt: string;
  body: string;
  products: { catalogNumber: string; role: string; name?: string }[];
};

const kindLabels: Record<GuideFormValues["kind"], string> = {
  COMPARISON: "Comparison",
  APPLICATION_NOTE: "Application note",
  TROUBLESHOOTING: "Troubleshooting",
  PROTOCOL: "Protocol",
};

let nextRowId = 0;

export function GuideForm({
  initial,
  isNew,
  referenceKeys,
}: {
  initial: GuideFormValues;
  isNew: boolean;
  referenceKeys: { key: string; label: string }[];
}) {
  const { errors, formRef, message, ok, onSubmit, pending, state } = useStaffForm(guideSchema, saveGuideAction, { resetOnSuccess: false });
  const [preview, previewAction, previewing] = useActionState<GuidePreviewState, FormData>(previewGuideAction, { status: "idle" });
  // Rows are numbered by their place in this list, so removing one leaves no gap in the field names.
  const [rows, setRows] = useState(() => initial.products.map((p) => ({ ...p, rowId: nextRowId++ })));
  const values = state.status === "error" ? state.values : undefined;
  const v = (name: Exclude<keyof GuideFormValues, "products">) => valueOf(values, name, initial[name]);

  function showPreview() {
    if (!formRef.current) return;
    const formData = new FormData(formRef.current);
    startTransition(() => previewAction(formData));
  }

  return (
    <div className="space-y-6">
      <form
        ref={formRef}
        onSubmit={onSubmit}
        className="grid gap-4 sm:grid-cols-2"
        aria-label={isNew ? "New guide" : `Edit ${initial.title}`}
      >
        <input type="hidden" name="existing" value={isNew ? "0" : "1"} />
        {isNew ? (
          <Field name="slug" label="Address" hint="/guides/<address>; cannot change later." errors={errors} required>
            {(props) => <input {...props} defaultValue={v("slug")} className={`${inputClass} font-mono`} />}
          </Field>
        ) : (
          <input type="hidden" name="slug" value={initial.slug} />
        )}
        <Field name="kind" label="Kind" errors={errors} required>
          {(props) => (
            <select {...props} defaultValue={v("kind")} className={inputClass}>
              {GUIDE_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {kindLabels[kind]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="title" label="Title" errors={errors} required className="sm:col-span-2">
          {(props) => <input {...props} defaultValue={v("title")} className={inputClass} />}
        </Field>
        <Field
          name="summary"
          label="Summary"
          hint="One or two sentences, shown in lists, search results and the page's description."
          errors={errors}
          required
          className="sm:col-span-2"
        >
          {(props) => <textarea {...props} rows={2} defaultValue={v("summary")} className={inputClass} />}
        </Field>
        <Field name="author" label="Author line" errors={errors} required>
          {(props) => <input {...props} defaultValue={v("author")} className={inputClass} />}
        </Field>
        <Field name="publishedAt" label="Published" errors={errors} required>
          {(props) => <input {...props} type="date" defaultValue={v("publishedAt")} className={inputClass} />}
        </Field>
        <Field
          name="body"
          label="Body (Markdown)"
          hint="Sections start with “## ” (they make the table of contents). Cite sources as [@key] or [@key1; @key2]; the reference list is numbered in order of first citation."
          errors={errors}
          required
          className="sm:col-span-2"
        >
          {(props) => <textarea {...props} rows={18} spellCheck defaultValue={v("body")} className={`${inputClass} font-mono text-sm`} />}
        </Field>
        <details className="text-sm sm:col-span-2">
          <summary className="cursor-pointer font-semibold text-brand">Reference keys you can cite ({referenceKeys.length})</summary>
          <ul className="mt-2 max-h-64 space-y-1 overflow-y-auto rounded-md border border-line bg-white p-2">
            {referenceKeys.map((r) => (
              <li key={r.key}>
                <code className="identifier">[@{r.key}]</code> <span className="text-ink-muted">{r.label}</span>
              </li>
            ))}
          </ul>
        </details>

        <fieldset className="space-y-3 sm:col-span-2">
          <legend className="text-sm font-semibold">Products covered</legend>
          <p className="text-xs text-ink-muted">
            In display order; the comparison table and “Compounds of interest” list them, and their data sheets link to the guide.
          </p>
          {errors.products ? (
            <p className="text-sm font-medium text-red-800">
              <span aria-hidden="true">⚠ </span>
              {errors.products}
            </p>
          ) : null}
          {rows.map((row, i) => (
            <div
              key={row.rowId}
              className="grid gap-3 rounded-md border border-line bg-white p-3 sm:grid-cols-[12rem_1fr_auto] sm:items-start"
            >
              {row.name ? <p className="text-xs text-ink-muted sm:col-span-3">Saved as {row.name}</p> : null}
              <Field
                id={`field-products-${i}-catalogNumber`}
                name={`products.${i}.catalogNumber`}
                label={`Product ${i + 1}: catalog no.`}
                errors={errors}
                required
              >
                {(props) => <input {...props} defaultValue={row.catalogNumber} className={`${inputClass} font-mono`} />}
              </Field>
              <Field
                id={`field-products-${i}-role`}
                name={`products.${i}.role`}
                label={`Product ${i + 1}: role in the guide`}
                errors={errors}
                required
              >
                {(props) => <input {...props} defaultValue={row.role} className={inputClass} />}
              </Field>
              <button
                type="button"
                className="btn btn-secondary justify-self-start sm:mt-6"
                onClick={() => setRows(rows.filter((r) => r.rowId !== row.rowId))}
                aria-label={`Remove product ${i + 1}`}
              >
                Remove
              </button>
            </div>
          ))}
          <button
            type="button"
            className="btn btn-secondary"
            onClick={() => setRows([...rows, { catalogNumber: "", role: "", rowId: nextRowId++ }])}
          >
            Add a product
          </button>
        </fieldset>

        {isNew ? null : (
          <label className="flex items-start gap-2 text-sm sm:col-span-2">
            <input type="checkbox" name="markRevised" className="mt-1 h-4 w-4" />
            <span>Show readers “Updated {new Date().toISOString().slice(0, 10)}” — for changes of substance, not for typo fixes.</span>
          </label>
        )}

        <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
          <button type="submit" className="btn btn-primary" disabled={pending}>
            {pending ? "Checking and saving…" : isNew ? "Publish guide" : "Save guide"}
          </button>
          <button type="button" className="btn btn-secondary" onClick={showPreview} disabled={previewing}>
            {previewing ? "Rendering…" : "Preview"}
          </button>
          <FormResult message={message} ok={ok} />
        </div>
      </form>

      <GuidePreview state={preview} />
    </div>
  );
}

function GuidePreview({ state }: { state: GuidePreviewState }) {
  if (state.status === "idle") return null;
  if (state.status === "error") return <FormResult message={state.message} ok={false} />;
  return (
    <section aria-labelledby="preview-heading" className="card space-y-4 bg-white p-4">
      <h2 id="preview-heading" className="text-lg">
        Preview <span className="text-sm font-normal text-ink-muted">(not saved)</span>
      </h2>
      {state.problems.length ? (
        <div role="alert" className="rounded-md border border-red-700 bg-red-50 p-3 text-sm text-red-900">
          <p className="font-semibold">Saving would be refused:</p>
          <ul className="list-disc pl-5">
            {state.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {/* Rendered and sanitised on the server exactly as on the guide page (lib/guides/markdown.ts). */}
      <div className="guide-body max-w-3xl" dangerouslySetInnerHTML={{ __html: state.html }} />
      <div>
        <h3 className="text-base font-semibold">References</h3>
        {state.references.length ? (
          <ol className="mt-1 list-decimal space-y-1 pl-6 text-sm">
            {state.references.map((r) => (
              <li key={r.key}>
                <code className="identifier">{r.key}</code>{" "}
                {r.citation ?? <span className="font-semibold text-red-800">unknown reference</span>}
              </li>
            ))}
          </ol>
        ) : (
          <p className="text-sm text-ink-muted">The body cites no sources.</p>
        )}
      </div>
    </section>
  );
}
