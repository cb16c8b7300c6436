"use client";

import { useCallback, useEffect, useId, useRef, useState, type ChangeEvent } from "react";
import { inputClass } from "@/app/_components/forms/field";
import { EDITOR_URL, type EditorReply, type EditorRequest } from "@/lib/catalog/structure-editor-protocol";
import { MAX_STRUCTURE_FILE_BYTES, STRUCTURE_FILE_ACCEPT } from "@/lib/catalog/structure-file-text";

type ConvertResult = { ok: true; smiles: string } | { ok: false; error: string };

/**
 * "Draw structure" and "Molfile or SDF" beside a SMILES field: both end as a SMILES put into that
 * field, which the form's server still checks exactly as if it had been typed.
 */
export function StructureTools({
  smiles,
  onStructure,
  convert,
}: {
  /** The field's current SMILES: the editor opens with it drawn. */
  smiles: string;
  onStructure: (smiles: string) => void;
  /** The route's server action turning a molfile into a SMILES. */
  convert: (text: string) => Promise<ConvertResult>;
}) {
  return (
    <div className="mt-2 flex flex-wrap items-start gap-x-4 gap-y-2">
      <DrawStructure smiles={smiles} onUse={onStructure} />
      <StructureFile convert={convert} onSmiles={onStructure} />
    </div>
  );
}

/**
 * Ketcher in a modal dialog. The editor (~8 MB of script and a 7.5 MB WebAssembly toolkit, built by
 * scripts/build-ketcher.mjs) is a page of its own in an iframe that exists only once the dialog has
 * been opened: until then the form downloads none of it.
 */
function DrawStructure({ smiles, onUse }: { smiles: string; onUse: (smiles: string) => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const frameRef = useRef<HTMLIFrameElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const pending = useRef(new Map<number, (reply: EditorReply) => void>());
  const nextId = useRef(0);
  const [opened, setOpened] = useState(false);
  const [ready, setReady] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");
  const titleId = useId();

  const ask = useCallback(
    (request: EditorRequest extends infer R ? (R extends EditorRequest ? Omit<R, "id"> : never) : never) =>
      new Promise<EditorReply>((resolve) => {
        const id = nextId.current++;
        pending.current.set(id, resolve);
        frameRef.current?.contentWindow?.postMessage({ ...request, id }, window.location.origin);
      }),
    [],
  );

  // The editor shows what the field holds when it opens: now, or once it has loaded.
  const toShow = useRef<string | null>(null);
  const show = useCallback(() => {
    if (toShow.current) void ask({ type: "ketcher:set", structure: toShow.current });
    toShow.current = null;
  }, [ask]);

  const close = useCallback(() => {
    dialogRef.current?.close();
    openerRef.current?.focus();
  }, []);

  // Replies come only from our own editor page in our own frame.
  useEffect(() => {
    const onMessage = (event: MessageEvent<EditorReply>) => {
      if (event.origin !== window.location.origin || event.source !== frameRef.current?.contentWindow) return;
      const reply = event.data;
      if (reply.type === "ketcher:ready") {
        setReady(true);
        show();
      } else if (reply.type === "ketcher:escape") close();
      else if (reply.id === -1 && reply.type === "ketcher:error") setError(reply.message);
      const resolve = pending.current.get(reply.id);
      pending.current.delete(reply.id);
      resolve?.(reply);
    };
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, [show, close]);

  const open = () => {
    setOpened(true);
    setError("");
    toShow.current = smiles.trim();
    if (ready) show();
    dialogRef.current?.showModal();
  };

  const use = async () => {
    setBusy(true);
    setError("");
    const reply = await ask({ type: "ketcher:get" });
    setBusy(false);
    if (reply.type === "ketcher:error") return setError(`The editor could not write this structure: ${reply.message}`);
    if (reply.type !== "ketcher:structure") return;
    if (!reply.smiles.trim()) return setError("Draw a structure first, or cancel");
    onUse(reply.smiles.trim());
    close();
  };

  return (
    <>
      <button ref={openerRef} type="button" className="btn btn-secondary" onClick={open} aria-haspopup="dialog">
        Draw structure
      </button>
      <dialog
        ref={dialogRef}
        aria-labelledby={titleId}
        onClose={() => openerRef.current?.focus()}
        className="m-auto h-[min(90dvh,48rem)] w-[min(100vw-1rem,72rem)] max-w-none rounded-lg p-0 backdrop:bg-black/50"
      >
        <div className="flex h-full flex-col">
          <div className="flex flex-wrap items-center justify-between gap-2 border-b border-line px-4 py-2">
            <h2 id={titleId} className="text-lg font-semibold">
              Draw a structure
            </h2>
            <div className="flex gap-2">
              <button type="button" className="btn btn-primary" onClick={use} disabled={!ready || busy}>
                Use structure
              </button>
              <button type="button" className="btn btn-secondary" onClick={close}>
                Cancel
              </button>
            </div>
          </div>
          <p className="px-4 pt-1 text-sm text-ink-muted" role="status">
            {ready
              ? "Draw with the tools on the left and below (the hexagon is benzene), then choose Use structure."
              : "Loading the editor…"}
          </p>
          {error ? (
            <p role="alert" className="px-4 text-sm text-red-800">
              {error}
            </p>
          ) : null}
          {opened ? (
            <iframe ref={frameRef} src={EDITOR_URL} title="Structure editor (Ketcher)" className="min-h-0 w-full flex-1 border-0" />
          ) : null}
        </div>
      </dialog>
    </>
  );
}

/** A molfile or SDF, pasted or chosen as a file, read into a SMILES by RDKit on the server. */
function StructureFile({ convert, onSmiles }: { convert: (text: string) => Promise<ConvertResult>; onSmiles: (smiles: string) => void }) {
  const [text, setText] = useState("");
  const [error, setError] = useState("");
  const [done, setDone] = useState("");
  const [busy, setBusy] = useState(false);
  const id = useId();

  const read = async (molfile: string) => {
    setError("");
    setDone("");
    setBusy(true);
    try {
      const result = await convert(molfile);
      if (!result.ok) return setError(result.error);
      onSmiles(result.smiles);
      setDone(`Read as ${result.smiles}`);
    } catch {
      setError("The file could not be read right now; try again or type the SMILES");
    } finally {
      setBusy(false);
    }
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    if (file.size > MAX_STRUCTURE_FILE_BYTES)
      return setError(
        `${file.name} is ${Math.ceil(file.size / 1024)} kB; structure files up to ${MAX_STRUCTURE_FILE_BYTES / 1024} kB can be read here`,
      );
    await read(await file.text());
  };

  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <details className="min-w-0 flex-1 basis-64">
      <summary className="flex min-h-11 cursor-pointer items-center text-sm font-semibold">Molfile or SDF</summary>
      <div className="mt-1 space-y-2">
        <p id={`${id}-hint`} className="text-xs text-ink-muted">
          Paste a molfile, or choose a .mol or .sdf file (the first structure of an SDF is used). Up to {MAX_STRUCTURE_FILE_BYTES / 1024}{" "}
          kB.
        </p>
        <label htmlFor={`${id}-file`} className="block text-sm font-semibold">
          Structure file
        </label>
        <input
          id={`${id}-file`}
          type="file"
          accept={STRUCTURE_FILE_ACCEPT}
          onChange={onFile}
          disabled={busy}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          className="block min-h-11 text-sm"
        />
        <label htmlFor={`${id}-text`} className="block text-sm font-semibold">
          Molfile text
        </label>
        <textarea
          id={`${id}-text`}
          rows={4}
          spellCheck={false}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          className={`${inputClass} identifier text-xs`}
        />
        <button type="button" className="btn btn-secondary" disabled={busy || !text.trim()} onClick={() => read(text)}>
          Read molfile
        </button>
        {error ? (
          <p id={`${id}-error`} className="text-sm text-red-800" role="alert">
            {error}
          </p>
        ) : null}
        {done ? (
          <p className="text-sm text-ink-muted" role="status">
            {done}
          </p>
        ) : null}
      </div>
    </details>
  );
}
