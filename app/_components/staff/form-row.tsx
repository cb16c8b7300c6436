import type { ReactNode } from "react";
import { FormResult } from "@/app/_components/staff/form-result";

/**
 * A labelled control in a staff filter form (a GET form: nothing to validate, so no error line; a
 * validated field is a `Field`). The label sits above the control, which takes `inputClass`.
 */
export function FormRow({ id, label, className, children }: { id: string; label: ReactNode; className?: string; children: ReactNode }) {
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      <div className="mt-1">{children}</div>
    </div>
  );
}

/** A select of a filter form: "any" first, then one option per entry. */
export function FilterSelect({
  id,
  name,
  label,
  value,
  any,
  options,
  className,
}: {
  id: string;
  name: string;
  label: ReactNode;
  value: string | undefined;
  /** The first option, which filters nothing ("Any status"); omitted for a choice that always holds one value. */
  any?: string;
  options: readonly (readonly [value: string, label: string])[];
  className: string;
}) {
  return (
    <FormRow id={id} label={label}>
      <select id={id} name={name} defaultValue={value ?? ""} className={className}>
        {any === undefined ? null : <option value="">{any}</option>}
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </FormRow>
  );
}

/**
 * The end of a staff form: its submit button, then what the server answered. With `wrap` they share
 * a row of their own (`wrap="sm:col-span-2"` adds classes to it, e.g. to span a grid); without, they
 * are laid out by the form itself.
 */
export function FormActions({
  label,
  pending,
  message,
  ok,
  primary = false,
  wrap,
  resultClassName,
}: {
  label: ReactNode;
  pending: boolean;
  message?: string;
  ok: boolean;
  primary?: boolean;
  wrap?: true | string;
  resultClassName?: string;
}) {
  const actions = (
    <>
      <button type="submit" className={`btn ${primary ? "btn-primary" : "btn-secondary"}`} disabled={pending}>
        {label}
      </button>
      <FormResult message={message} ok={ok} className={resultClassName} />
    </>
  );
  if (!wrap) return actions;
  return <div className={`flex flex-wrap items-center gap-3${wrap === true ? "" : ` ${wrap}`}`}>{actions}</div>;
}

/** The one-field search above a staff list: a GET form that reloads the list with `q`. */
export function FindForm({
  id,
  name,
  label,
  placeholder,
  value,
  inputClassName,
}: {
  id: string;
  /** Names the search landmark, e.g. "Find a product". */
  name: string;
  /** The field's label, for screen readers (the placeholder shows it). */
  label: string;
  placeholder: string;
  value: string | undefined;
  inputClassName: string;
}) {
  return (
    <form method="get" role="search" aria-label={name} className="flex max-w-xl gap-2">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <input id={id} name="q" type="search" defaultValue={value ?? ""} placeholder={placeholder} className={inputClassName} />
      <button type="submit" className="btn btn-secondary">
        Find
      </button>
    </form>
  );
}
