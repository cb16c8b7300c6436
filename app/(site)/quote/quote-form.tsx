"use client";

import { useMemo, useState, type FormEvent } from "react";
import { submitQuote } from "@/app/(site)/quote/actions";
import { Field, Honeypot, inputClass, valueOf } from "@/app/_components/forms/field";
import {
  FormMessage,
  GradeSelect,
  InquirySent,
  QuantityInput,
  RequesterFields,
  ResearchUseAcknowledgement,
  SubmitButton,
} from "@/app/_components/forms/inquiry-form-parts";
import { useInquiryForm } from "@/app/_components/forms/use-inquiry-form";
import { controlBadgeText, jurisdictionOf } from "@/lib/catalog/control-labels";
import type { ControlledProduct } from "@/lib/catalog/controls";
import { LICENCE_EXTENSIONS, MAX_LICENCE_BYTES, QUANTITY_UNITS, quoteSchemaFor } from "@/lib/inquiries/schema";

type Option = { catalogNumber: string; name: string; packSizes: { amount: number; unit: string }[] };

const MAX_LICENCE_MB = MAX_LICENCE_BYTES / 1024 / 1024;

let nextRowId = 0;
const newRow = (catalogNumber = "") => ({ id: ++nextRowId, catalogNumber });

export function QuoteForm({
  idempotencyKey,
  options,
  initialItems,
  promise,
  controlled,
}: {
  idempotencyKey: string;
  /** When we answer, from the kind's SLA setting. */
  promise: string;
  options: Option[];
  initialItems: string[];
  /** Every controlled product: naming one asks for the licence fields (the server checks with the same list). */
  controlled: ControlledProduct[];
}) {
  const schema = useMemo(() => quoteSchemaFor(controlled.map((p) => p.catalogNumber)), [controlled]);
  const { state, errors: schemaErrors, message, pending, formRef, formAction, onSubmit } = useInquiryForm(schema, submitQuote);
  const [rows, setRows] = useState(() => (initialItems.length ? initialItems : [""]).map((c) => newRow(c)));
  const [typed, setTyped] = useState<Record<number, string>>({});
  // The file's size is known only in the browser before sending; the server checks it again.
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const values = state.status === "error" ? state.values : undefined;
  const errors = fileProblem ? { ...schemaErrors, licenceDocument: fileProblem } : schemaErrors;
  const named = rows.map((row) => (typed[row.id] ?? row.catalogNumber).trim().toUpperCase());
  const controlledNamed = controlled.filter((p) => named.includes(p.catalogNumber));

  function submit(event: FormEvent<HTMLFormElement>) {
    if (fileProblem && controlledNamed.length) {
      event.preventDefault();
      event.currentTarget.querySelector<HTMLElement>("#field-licenceDocument")?.focus();
      return;
    }
    onSubmit(event);
  }

  if (state.status === "ok")
    return (
      <InquirySent reference={state.reference} email={state.email} acknowledged={state.acknowledged} again="/quote" promise={promise} />
    );

  return (
    <form ref={formRef} action={formAction} onSubmit={submit} noValidate encType="multipart/form-data" className="mt-8 space-y-8">
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <Honeypot />
      <FormMessage message={message} />
      {errors.items ? <p className="text-sm font-medium text-red-800">{errors.items}</p> : null}

      <fieldset>
        <legend className="mb-2 text-lg font-semibold">Products</legend>
        <datalist id="catalog-options">
          {options.map((o) => (
            <option key={o.catalogNumber} value={o.catalogNumber}>
              {o.name}
            </option>
          ))}
        </datalist>
        <ol className="space-y-4">
          {rows.map((row, i) => {
            const current = (typed[row.id] ?? row.catalogNumber).trim().toUpperCase();
            const product = options.find((o) => o.catalogNumber === current);
            return (
              <li
                key={row.id}
                className="card grid gap-3 p-4 sm:grid-cols-[minmax(0,1.4fr)_minmax(0,0.8fr)_minmax(0,0.6fr)_minmax(0,1fr)_auto] sm:items-start"
              >
                <Field
                  name={`items.${i}.catalogNumber`}
                  label={`Product ${i + 1}: catalog number`}
                  hint={product ? product.name : "Type a catalog number or pick from the list"}
                  errors={errors}
                  required
                >
                  {(p) => (
                    <input
                      {...p}
                      type="text"
                      list="catalog-options"
                      autoComplete="off"
                      className={inputClass}
                      defaultValue={valueOf(values, `items.${i}.catalogNumber`, row.catalogNumber)}
                      onChange={(e) => setTyped((t) => ({ ...t, [row.id]: e.target.value }))}
                    />
                  )}
                </Field>
                <Field
                  name={`items.${i}.quantity`}
                  label="Quantity"
                  hint={
                    product?.packSizes.length ? `Packs: ${product.packSizes.map((s) => `${s.amount} ${s.unit}`).join(", ")}` : undefined
                  }
                  errors={errors}
                  required
                >
                  {(p) => <QuantityInput {...p} defaultValue={valueOf(values, `items.${i}.quantity`)} />}
                </Field>
                <Field name={`items.${i}.unit`} label="Unit" errors={errors} required>
                  {(p) => (
                    <select {...p} className={inputClass} defaultValue={valueOf(values, `items.${i}.unit`, "mg")}>
                      {QUANTITY_UNITS.map((u) => (
                        <option key={u}>{u}</option>
                      ))}
                    </select>
                  )}
                </Field>
                <GradeSelect name={`items.${i}.grade`} errors={errors} values={values} />
                <div className="sm:pt-6">
                  {rows.length > 1 ? (
                    <button type="button" className="btn btn-secondary" onClick={() => setRows((r) => r.filter((x) => x.id !== row.id))}>
                      Remove<span className="sr-only"> product {i + 1}</span>
                    </button>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ol>
        {rows.length < 25 ? (
          <button type="button" className="btn btn-secondary mt-3" onClick={() => setRows((r) => [...r, newRow()])}>
            + Add another product
          </button>
        ) : null}
      </fieldset>

      {controlledNamed.length ? (
        <fieldset className="rounded-md border-2 border-warn bg-warn-wash p-4" aria-describedby="controlled-explainer">
          <legend className="px-1 text-lg font-semibold text-warn">Controlled substance: licence required</legend>
          <div id="controlled-explainer" className="text-sm">
            <ul className="list-disc space-y-1 pl-5">
              {controlledNamed.map((p) => (
                <li key={p.catalogNumber}>
                  <span className="identifier">{p.catalogNumber}</span> {p.name}: {controlBadgeText(p.controls)}
                </li>
              ))}
            </ul>
            <p className="mt-2">
              We quote controlled substances only to licensed buyers, and check the licence before we send a quote. What we need:
            </p>
            <ul className="mt-1 list-disc space-y-1 pl-5">
              {[...new Set(controlledNamed.flatMap((p) => p.controls.map((c) => c.jurisdiction)))].map((code) => (
                <li key={code}>
                  {jurisdictionOf(code).country}: {jurisdictionOf(code).buyerNeeds}
                </li>
              ))}
            </ul>
          </div>
          <div className="mt-4 grid gap-4">
            <Field
              name="licenceNumber"
              label="Licence or registration number"
              hint="For example your DEA registration number or Home Office licence number"
              errors={errors}
              required
            >
              {(p) => (
                <input
                  {...p}
                  type="text"
                  maxLength={80}
                  autoComplete="off"
                  className={`${inputClass} sm:max-w-sm`}
                  defaultValue={valueOf(values, "licenceNumber")}
                />
              )}
            </Field>
            <Field
              name="licenceDocument"
              label="Copy of the licence or registration"
              hint={`PDF, PNG or JPEG, up to ${MAX_LICENCE_MB} MB`}
              errors={errors}
              required
            >
              {(p) => (
                <input
                  {...p}
                  type="file"
                  accept={LICENCE_EXTENSIONS.join(",")}
                  className={`${inputClass} file:mr-3 file:rounded file:border-0 file:bg-brand-wash file:px-3 file:py-1`}
                  onChange={(e) => {
                    const file = e.currentTarget.files?.[0];
                    setFileProblem(
                      file && file.size > MAX_LICENCE_BYTES ? `${file.name} is over ${MAX_LICENCE_MB} MB: send a smaller copy` : null,
                    );
                  }}
                />
              )}
            </Field>
            <Field
              name="endUse"
              label="End-use statement"
              hint="The research the material is for, where it will be used, and that it will not be re-sold or given to others"
              errors={errors}
              required
            >
              {(p) => <textarea {...p} rows={4} maxLength={2000} className={inputClass} defaultValue={valueOf(values, "endUse")} />}
            </Field>
          </div>
        </fieldset>
      ) : null}

      <RequesterFields errors={errors} values={values} />

      <div className="grid gap-4">
        <Field name="poReference" label="PO number or your reference" errors={errors}>
          {(p) => (
            <input
              {...p}
              type="text"
              maxLength={60}
              className={`${inputClass} sm:max-w-sm`}
              defaultValue={valueOf(values, "poReference")}
            />
          )}
        </Field>
        <Field name="notes" label="Notes" hint="Delivery address, documentation or packaging needs, anything else." errors={errors}>
          {(p) => <textarea {...p} rows={4} maxLength={4000} className={inputClass} defaultValue={valueOf(values, "notes")} />}
        </Field>
      </div>

      <ResearchUseAcknowledgement errors={errors} values={values} />

      <SubmitButton pending={pending} label="Send quote request" promise={promise} />
    </form>
  );
}
