// Turning a submitted form into the object its zod schema checks, and zod's issues into one
// message per field. Shared by the browser (instant feedback) and the server action.
import { z } from "zod";

export type FormValues = Record<string, string | string[]>;
export type FieldErrors = Record<string, string>;

/**
 * Flat form values: a name used more than once (checkboxes) becomes an array. A chosen file stands
 * as its name, so a schema can require one and check its type the same way in the browser and on
 * the server (its content is the server's to check); an empty file input is left out.
 */
export function formValues(formData: FormData): FormValues {
  // A Map, then Object.fromEntries: a field named "__proto__" or "constructor" becomes an own
  // property like any other, where assigning it to an object literal would reach its prototype.
  const values = new Map<string, string | string[]>();
  for (const [key, entry] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    const value = typeof entry === "string" ? entry : entry.size > 0 ? entry.name : null;
    if (value === null) continue;
    const previous = values.get(key);
    values.set(key, previous === undefined ? value : Array.isArray(previous) ? [...previous, value] : [previous, value]);
  }
  return Object.fromEntries(values);
}

/**
 * The most entries a list field takes ("items.49.quantity"). Above every form's own maximum (25
 * products in a quote, 30 in a guide), so a real form gets the schema's own words; an index past it
 * (items.300000000…) is refused before any array is made for it.
 */
export const MAX_LIST_ITEMS = 50;
// Never followed, whatever a schema declares: they lead from a value to Object.prototype.
const UNSAFE_SEGMENTS = new Set(["__proto__", "constructor", "prototype"]);
const CANONICAL_INDEX = /^(?:0|[1-9]\d*)$/;

/** The schema a field's value is checked against, past optional/default wrappers and preprocessing. */
function unwrap(schema: z.ZodType): z.ZodType {
  for (;;) {
    if (schema instanceof z.ZodPipe) schema = schema.in instanceof z.ZodTransform ? (schema.out as z.ZodType) : (schema.in as z.ZodType);
    else if ("innerType" in schema.def) schema = schema.def.innerType as z.ZodType;
    else return schema;
  }
}

// A branch of the nested value while it is built: keyed by field names in an object, by numbers in
// a list (the schema decides which, so one branch never mixes them).
type Branch = Map<string | number, unknown>;

/** A branch as zod reads it: objects without a prototype, lists closed up in index order. */
function settle(value: unknown): unknown {
  if (!(value instanceof Map)) return value;
  const entries = [...(value as Branch)];
  if (typeof entries[0]?.[0] === "number") return entries.sort(([a], [b]) => Number(a) - Number(b)).map(([, v]) => settle(v));
  const object = Object.create(null) as Record<string, unknown>;
  for (const [key, v] of entries) object[key] = settle(v);
  return object;
}

/**
 * The keys a form name leads through in the schema; the list's name when an index is past its cap;
 * null when the schema declares no such field.
 */
function keysOf(schema: z.ZodType, path: string[]): (string | number)[] | { tooLong: string } | null {
  const keys: (string | number)[] = [];
  let shape = unwrap(schema);
  for (const [i, part] of path.entries()) {
    if (shape instanceof z.ZodObject && !UNSAFE_SEGMENTS.has(part) && Object.hasOwn(shape.shape, part)) {
      keys.push(part);
      shape = unwrap(shape.shape[part] as z.ZodType);
    } else if (shape instanceof z.ZodArray && CANONICAL_INDEX.test(part)) {
      // Compared as text first: "4294967294" never becomes a number that sizes anything.
      if (part.length > 2 || Number(part) >= MAX_LIST_ITEMS) return { tooLong: path.slice(0, i).join(".") };
      keys.push(Number(part));
      shape = unwrap(shape.element as z.ZodType);
    } else return null;
  }
  return keys;
}

export type NestResult = { ok: true; data: Record<string, unknown> } | { ok: false; fieldErrors: FieldErrors };

/**
 * Nest dotted names ("items.0.quantity") into objects and lists, reading only the names the
 * schema declares: any other name is ignored, and a list index past MAX_LIST_ITEMS is an error on
 * the list. Lists are closed up (rows removed in the browser leave holes in the numbering).
 */
export function nestValues(schema: z.ZodType, values: FormValues): NestResult {
  const root: Branch = new Map();
  const fieldErrors: FieldErrors = {};
  for (const [name, value] of Object.entries(values)) {
    const path = name.split(".");
    const keys = keysOf(schema, path);
    if (keys && "tooLong" in keys) fieldErrors[keys.tooLong] ??= `Send at most ${MAX_LIST_ITEMS} entries in this list`;
    if (!Array.isArray(keys)) continue;
    let branch = root;
    for (const key of keys.slice(0, -1)) {
      let next = branch.get(key);
      if (!(next instanceof Map)) branch.set(key, (next = new Map()));
      branch = next as Branch;
    }
    branch.set(keys.at(-1)!, value);
  }
  if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors };
  return { ok: true, data: settle(root) as Record<string, unknown> };
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
  const nested = nestValues(schema, values);
  if (!nested.ok) return nested;
  const result = schema.safeParse(nested.data);
  return result.success ? { ok: true, data: result.data } : { ok: false, fieldErrors: fieldErrorsOf(result.error) };
}
