"use client";
import { useRef, useState } from "react";
import { fieldId, inputClass } from "@/app/_components/forms/field";
import type { ImportEvent } from "@/lib/catalog/import/import-upload";

type Progress = Extract<ImportEvent, { type: "progress" }>;
type Report = Extract<ImportEvent, { type: "report" }>["report"];
type State =
  | { phase: "idle" }
  | { phase: "running"; fileName: string; size: number; progress?: Progress }
  | { phase: "done"; fileName: string; report: Report }
  | { phase: "failed"; fileName?: string; message: string };

const SHOWN_REJECTIONS = 200;
const number = (n: number) => n.toLocaleString("en");

/** Reads the answer's newline-delimited JSON events as they arrive. */
async function* events(response: Response): AsyncGenerator<ImportEvent> {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffered += value;
    const lines = buffered.split("\n");
    buffered = lines.pop()!;
    for (const line of lines) if (line.trim()) yield JSON.parse(line) as ImportEvent;
  }
}

export function ImportUploadForm({ maxBytes }: { maxBytes: number }) {
  const [state, setState] = useState<State>({ phase: "idle" });
  const [fieldError, setFieldError] = useState<string>();
  const input = useRef<HTMLInputElement>(null);
  const id = fieldId("file");

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) return setFieldError("Choose a file to import.");
    if (!/\.(csv|sdf|sd)$/i.test(file.name)) return setFieldError("Choose a .csv or .sdf file.");
    if (file.size > maxBytes)
      return setFieldError(`The file is larger than ${maxBytes / 1024 / 1024} MB: split it, or import it with npm run catalog:import.`);
    setFieldError(undefined);
    setState({ phase: "running", fileName: file.name, size: file.size });
    try {
      const response = await fetch(`/staff/catalog/import/upload?file=${encodeURIComponent(file.name)}`, {
        method: "POST",
        body: file,
        headers: { "Content-Type": "application/octet-stream" },
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { error?: string };
        const message = body.error ?? `The server refused the upload (${response.status}).`;
        if (response.status === 413 || response.status === 415) setFieldError(message);
        return setState({ phase: "failed", fileName: file.name, message });
      }
      for await (const e of events(response)) {
        if (e.type === "progress") setState({ phase: "running", fileName: file.name, size: file.size, progress: e });
        else if (e.type === "report") setState({ phase: "done", fileName: file.name, report: e.report });
        else setState({ phase: "failed", fileName: file.name, message: e.message });
      }
    } catch {
      setState({
        phase: "failed",
        fileName: file.name,
        message:
          "The connection was lost during the import. Batches already written are kept; import the file again to finish (unchanged records are skipped).",
      });
    }
  }

  const running = state.phase === "running";
  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} className="card space-y-3 bg-white p-4" aria-label="Import a catalog file" noValidate>
        <div>
          <label htmlFor={id} className="block text-sm font-medium">
            Catalog file (.csv or .sdf)
          </label>
          <input
            ref={input}
            id={id}
            name="file"
            type="file"
            accept=".csv,.sdf,.sd,text/csv,chemical/x-mdl-sdfile"
            required
            disabled={running}
            aria-invalid={fieldError ? true : undefined}
            aria-describedby={fieldError ? `${id}-error` : undefined}
            className={`${inputClass} mt-1`}
          />
          {fieldError ? (
            <p id={`${id}-error`} className="mt-1 text-sm text-red-800">
              {fieldError}
            </p>
          ) : null}
        </div>
        <button type="submit" className="btn btn-primary" disabled={running}>
          {running ? "Importing…" : "Import"}
        </button>
      </form>
      <ImportStatus state={state} />
    </div>
  );
}

function ImportStatus({ state }: { state: State }) {
  if (state.phase === "idle") return null;
  if (state.phase === "failed") {
    return (
      <p role="alert" className="text-sm font-medium text-red-800">
        {state.fileName ? `${state.fileName}: ` : ""}
        {state.message}
      </p>
    );
  }
  if (state.phase === "running") {
    const p = state.progress?.progress;
    const bytes = state.progress?.bytes ?? 0;
    return (
      <section className="card space-y-2 bg-white p-4" aria-labelledby="import-progress-heading">
        <h2 id="import-progress-heading" className="text-lg">
          Importing {state.fileName}
        </h2>
        <progress className="h-3 w-full" max={state.size || 1} value={bytes} aria-label="Share of the file read" />
        <p role="status" className="text-sm">
          {p
            ? `${number(p.read)} records read: ${number(p.inserted)} new, ${number(p.updated)} updated, ${number(p.unchanged)} unchanged, ${number(p.rejected)} rejected`
            : "Uploading and checking the first batch…"}
        </p>
      </section>
    );
  }
  const r = state.report;
  return (
    <section className="card space-y-3 bg-white p-4" aria-labelledby="import-report-heading">
      <h2 id="import-report-heading" className="text-lg">
        {state.fileName}: {number(r.read)} records in {(r.durationMs / 1000).toFixed(1)} s
      </h2>
      <p role="status" className={`text-sm font-medium ${r.rejected.length ? "text-amber-900" : "text-green-800"}`}>
        {number(r.inserted)} new, {number(r.updated)} updated, {number(r.unchanged)} unchanged, {number(r.rejected.length)} rejected.
        {r.changed > 0 ? " The changed products' pages are refreshed." : ""}
      </p>
      {r.ignoredFields.length ? (
        <p className="text-sm">Ignored columns (no catalog field by that name): {r.ignoredFields.join(", ")}</p>
      ) : null}
      {r.rejected.length ? (
        <div className="overflow-x-auto">
          <table className="data-table min-w-[36rem]">
            <caption className="text-left text-sm font-medium">Rejected records: fix them and import the file again</caption>
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Catalog no.</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {r.rejected.slice(0, SHOWN_REJECTIONS).map((rejected) => (
                <tr key={rejected.line}>
                  <td className="tabular-nums">{rejected.line}</td>
                  <td className="identifier">{rejected.catalogNumber ?? "—"}</td>
                  <td>{rejected.reasons.join("; ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {r.rejected.length > SHOWN_REJECTIONS ? (
            <p className="mt-2 text-sm">… and {number(r.rejected.length - SHOWN_REJECTIONS)} more.</p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
