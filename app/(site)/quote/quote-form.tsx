"use client";

import { useState } from "react";
import { submitQuote } from "@/app/(site)/quote/actions";
import { Field, Honeypot, inputClass, valueOf } from "@/app/_components/forms/field";
import {
  FormMessage,
  GradeSelect,
  InquirySent,
  QuantityInput,
  RequesterFields,
  SubmitButton,
} from "@/app/_components/forms/inquiry-form-parts";
import { useInquiryForm } from "@/app/_components/forms/use-inquiry-form";
import { QUANTITY_UNITS, quoteSchema } from "@/lib/inquiries/schema";

type Option = { catalogNumber: string; name: string; packSizes: { amount: number; unit: string }[] };

let nextRowId = 0;
const newRow = (catalogNumber = "") => ({ id: ++nextRowId, catalogNumber });

export function QuoteForm({
  idempotencyKey,
  options,
  initialItems,
  promise,
}: {
  idempotencyKey: string;
  /** When we answer, from the kind's SLA setting. */
  promise: string;
  options: Option[];
  initialItems: string[];
}) {
  const { state, errors, message, pending, formRef, formAction, onSubmit } = useInquiryForm(quoteSchema, submitQuote);
  const [rows, setRows] = useState(() => (initialItems.length ? initialItems : [""]).map((c) => newRow(c)));
  const [typed, setTyped] = useState<Record<number, string>>({});
  const values = state.status === "error" ? state.values : undefined;

  if (state.status === "ok")
    return (
      <InquirySent reference={state.reference} email={state.email} acknowledged={state.acknowledged} again="/quote" promise={promise} />
    );

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="mt-8 space-y-8">
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

      <SubmitButton pending={pending} label="Send quote request" promise={promise} />
    </form>
  );
}
