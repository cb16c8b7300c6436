// Any form field names and values, through the path every form takes (formValues → parseForm), with
// each form schema: no input adds, changes or removes anything on Object.prototype or any other
// built-in prototype, and none takes seconds (issue 12, items 1 and 2).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { productEditSchema } from "@/lib/catalog/product-edit-schema";
import { guideSchema } from "@/lib/guides/guide-schema";
import { formValues, parseForm } from "@/lib/core/form-data";
import { customSynthesisSchema, quoteSchema, supportSchema } from "@/lib/inquiries/schema";
import { bulkSchema, staffMemberSchema } from "@/lib/triage/schemas";
import { formDataOf, hostileString, RUNS } from "@/tests/property/hostile";

const schemas = { quoteSchema, customSynthesisSchema, supportSchema, guideSchema, productEditSchema, bulkSchema, staffMemberSchema };

const builtins = [
  Object,
  Array,
  Function,
  String,
  Number,
  Boolean,
  Symbol,
  BigInt,
  Date,
  RegExp,
  Error,
  Map,
  Set,
  WeakMap,
  Promise,
  Uint8Array,
];
const prototypes = builtins.map((b) => b.prototype as object).concat(Object.getPrototypeOf(Uint8Array.prototype) as object);

/** Every own property of every built-in prototype (and of the constructors), with its descriptor's parts. */
function snapshot() {
  return [...prototypes, ...builtins].flatMap((target) =>
    Reflect.ownKeys(target).map((key) => {
      const d = Object.getOwnPropertyDescriptor(target, key)!;
      return [target, key, d.value, d.get, d.set, d.writable, d.enumerable, d.configurable] as const;
    }),
  );
}

/** What differs from `before`, by name: compared by identity, so no getter on a prototype is ever called. */
function changesSince(before: ReturnType<typeof snapshot>) {
  const now = snapshot();
  if (now.length !== before.length) return [`${now.length - before.length} properties added or removed`];
  return now.flatMap((entry, i) => (entry.every((part, j) => Object.is(part, before[i]![j])) ? [] : [String(entry[1])]));
}

const segment = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      "__proto__",
      "constructor",
      "prototype",
      "items",
      "products",
      "0",
      "1",
      "49",
      "50",
      "300000000",
      "4294967294",
      "-1",
      "1e9",
      "01",
      "length",
      "toString",
      "valueOf",
      "hasOwnProperty",
      "website",
      "catalogNumber",
      "email",
    ),
  },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.nat().map(String) },
);
const fieldName = fc.array(segment, { minLength: 1, maxLength: 6 }).map((parts) => parts.join("."));
const fieldValue = fc.oneof(hostileString, fc.array(fc.string({ maxLength: 20 }), { minLength: 1, maxLength: 3 }));

describe("form field names", () => {
  it("never change a built-in prototype, and never take seconds to read", () => {
    const before = snapshot();
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(schemas)),
        fc.array(fc.tuple(fieldName, fieldValue), { maxLength: 12 }),
        (schemaName, fields) => {
          const started = performance.now();
          parseForm(schemas[schemaName as keyof typeof schemas], formValues(formDataOf(Object.fromEntries(fields))));
          for (const [name, value] of fields) parseForm(schemas[schemaName as keyof typeof schemas], { [name]: value });
          // Generous for a loaded machine; before the fix one "x.4294967294" name took 112 s.
          expect(performance.now() - started).toBeLessThan(2000);
          expect(changesSince(before)).toEqual([]);
          expect(({} as Record<string, unknown>).website).toBeUndefined();
        },
      ),
      { numRuns: RUNS * 5 },
    );
  });
});
