// Turning a submitted form into the object its zod schema checks, and zod's issues into one
// message per field. Shared by the browser (instant feedback) and the server action.
import type { z } from "zod";

export type FormValues = Record<string, string | string[]>;
export type FieldErrors = Record<string, string>;

/** Flat form values: a name used more than once (checkboxes) becomes an array; files are ignored. */
export function formValues(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION")) continue;
    const previous = values[key];
    values[key] = previous === undefined ? value : Array.isArray(previous) ? [...previous, value] : [previous, value];
  }
  return values;
}

/** Nest dotted names ("items.0.quantity") into objects and arrays. */
export function nestValues(values: FormValues): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    const path = name.split(".");
    let node: Record<string, unknown> = root;
    path.forEach((part, i) => {
      if (i === path.length - 1) node[part] = value;
      else node = (node[part] ??= /^\d+$/.test(path[i + 1]!) ? [] : {}) as Record<string, unknown>;
    });
  }
  // Rows removed in the browser leave holes in the numbering: close them.
  for (const [key, value] of Object.entries(root)) if (Array.isArray(value)) root[key] = value.filter((v) => v !== undefined);
  return root;
}

/** One message per field, keyed by the field's form name ("email", "items.0.quantity"). */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    errors[key] ??= issue.message;
  }
  return errors;
}

export type ParseResult<T> = { ok: true; data: T } | { ok: false; fieldErrors: FieldErrors };

export function parseForm<S extends z.ZodType>(schema: S, values: FormValues): ParseResult<z.infer<S>> {
  const result = schema.safeParse(nestValues(values));
  return result.success ? { ok: true, data: result.data } : { ok: false, fieldErrors: fieldErrorsOf(result.error) };
}
