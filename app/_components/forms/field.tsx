import type { ReactNode } from "react";
import type { FieldErrors } from "@/lib/core/form-data";

export const fieldId = (name: string) => `field-${name.replace(/[^a-zA-Z0-9]+/g, "-")}`;

export type InputProps = {
  id: string;
  name: string;
  required?: boolean;
  "aria-invalid": boolean | undefined;
  "aria-describedby": string | undefined;
};

export const inputClass =
  "block min-h-11 w-full rounded-md border border-line bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700";

/**
 * A labelled form field with its hint and its error, both tied to the input by aria-describedby.
 * The error sits directly under the field it concerns.
 */
export function Field({
  id: idOverride,
  name,
  label,
  hint,
  errors,
  required,
  className,
  children,
}: {
  /** Needed when one page holds several forms with the same field names. */
  id?: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  errors: FieldErrors;
  required?: boolean;
  className?: string;
  children: (props: InputProps) => ReactNode;
}) {
  const id = idOverride ?? fieldId(name);
  const error = errors[name];
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
        {required ? <span className="text-red-800"> *</span> : <span className="font-normal text-ink-muted"> (optional)</span>}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="mt-0.5 text-xs text-ink-muted">
          {hint}
        </p>
      ) : null}
      <div className="mt-1">
        {children({ id, name, required, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy })}
      </div>
      <FieldError id={id} error={error} />
    </div>
  );
}

/** A field with a one-line text input. */
export function TextField({
  defaultValue,
  inputMode,
  inputClassName = inputClass,
  ...field
}: Omit<Parameters<typeof Field>[0], "children"> & {
  defaultValue?: string;
  inputMode?: "decimal" | "numeric";
  inputClassName?: string;
}) {
  return (
    <Field {...field}>{(props) => <input {...props} inputMode={inputMode} defaultValue={defaultValue} className={inputClassName} />}</Field>
  );
}

/**
 * A text field that offers values (a <datalist>) but takes anything typed: a reference key, a
 * solvent, a target family. `listId` must be unique on the page.
 */
export function SuggestField({
  listId,
  options,
  defaultValue,
  inputClassName = inputClass,
  ...field
}: Omit<Parameters<typeof Field>[0], "children"> & {
  listId: string;
  options: { value: string; label?: string }[];
  defaultValue?: string;
  inputClassName?: string;
}) {
  return (
    <>
      <Field {...field}>
        {(props) => <input {...props} list={listId} autoComplete="off" defaultValue={defaultValue} className={inputClassName} />}
      </Field>
      <datalist id={listId}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </datalist>
    </>
  );
}

/** A field with a <select>; `empty` is the text of a first, empty choice (none when null). */
export function SelectField({
  options,
  defaultValue,
  empty,
  ...field
}: Omit<Parameters<typeof Field>[0], "children"> & {
  options: { value: string; label: string }[];
  defaultValue?: string;
  empty: string | null;
}) {
  return (
    <Field {...field}>
      {(props) => (
        <select {...props} defaultValue={defaultValue} className={inputClass}>
          {empty === null ? null : <option value="">{empty}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A field's error, under it; its id `${id}-error` is what the input's aria-describedby names. */
export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-800">
      <span aria-hidden="true">⚠ </span>
      {error}
    </p>
  );
}

/** Hidden from people (and from assistive technology); bots fill it in and are refused. */
export function Honeypot() {
  return (
    <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
      <label htmlFor="field-website">Leave this field empty</label>
      <input id="field-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}

/** The value a field had when the form last came back from the server (no-JS path). */
export function valueOf(values: Record<string, string | string[]> | undefined, name: string, fallback = "") {
  const value = values?.[name];
  return Array.isArray(value) ? (value[0] ?? fallback) : (value ?? fallback);
}
