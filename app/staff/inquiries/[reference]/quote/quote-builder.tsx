"use client";
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { Field, inputClass } from "@/app/_components/forms/field";
import { useFieldErrors } from "@/app/_components/forms/use-field-errors";
import { FormResult } from "@/app/_components/staff/form-result";
import { idleStaffState } from "@/lib/core/action-state";
import {
  currencies,
  currencyNames,
  formatMoney,
  lineAmounts,
  minorToDecimal,
  parseMoney,
  parsePercent,
  type Currency,
} from "@/lib/core/money";
import { customLinePresets, emptyLine, type LineValues, type QuoteFormValues } from "@/lib/quotes/form-values";
import { incoterms, MAX_QUOTE_LINES, quoteFormSchema } from "@/lib/quotes/schema";
import { saveQuoteAction } from "./actions";

type Line = LineValues & { key: number };
type LineField = Exclude<keyof LineValues, "listPrices" | "productId">;

/** A line's amounts while it is typed; null while its quantity, price or discount is not a valid entry. */
function pricedLine(line: LineValues) {
  const quantity = /^\d{1,6}$/.test(line.quantity.trim()) ? Number(line.quantity) : null;
  const unitPriceMinor = parseMoney(line.unitPrice);
  const discountBasisPoints = line.discount.trim() === "" ? 0 : parsePercent(line.discount);
  if (!quantity || unitPriceMinor === null || discountBasisPoints === null) return null;
  return { quantity, unitPriceMinor, discountBasisPoints };
}

export function QuoteBuilder({
  inquiryId,
  quoteId,
  initial,
  requesterEmail,
  sendRefusal,
}: {
  inquiryId: string;
  /** Set when editing a saved draft, which can then be sent. */
  quoteId?: string;
  initial: QuoteFormValues;
  requesterEmail: string;
  /** Why the draft may not be sent yet (a controlled product without an approved licence check); sendQuote refuses it too. */
  sendRefusal?: string | null;
}) {
  const [state, formAction, pending] = useActionState(saveQuoteAction, idleStaffState);
  const formRef = useRef<HTMLFormElement>(null);
  const { errors, refused, refusals, check } = useFieldErrors(
    quoteFormSchema,
    formRef,
    state,
    state.status === "error" ? state.fieldErrors : undefined,
  );
  const nextKey = useRef(initial.lines.length);
  const [lines, setLines] = useState<Line[]>(() => initial.lines.map((line, key) => ({ ...line, key })));
  const [currency, setCurrency] = useState<Currency>(initial.currency);
  const [shipping, setShipping] = useState(initial.shipping);

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state, refusals]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter);
    if (check(formData)) startTransition(() => formAction(formData));
  }

  const setLine = (key: number, field: LineField, value: string) =>
    setLines((all) => all.map((line) => (line.key === key ? { ...line, [field]: value } : line)));

  function addLine(preset: (typeof customLinePresets)[number]) {
    setLines((all) => [...all, { ...emptyLine, description: preset.description, leadTime: preset.leadTime, key: nextKey.current++ }]);
  }

  // Catalog lines still at the old currency's list price take the new currency's; prices typed by
  // hand are kept, and a pack without a list price in that currency is left for staff to fill in.
  function changeCurrency(next: Currency) {
    setLines((all) =>
      all.map((line) => {
        const prices = line.listPrices;
        const old = prices?.[currency];
        if (!prices || old == null || parseMoney(line.unitPrice) !== old) return line;
        const price = prices[next];
        return { ...line, unitPrice: price == null ? "" : minorToDecimal(price) };
      }),
    );
    setCurrency(next);
  }

  const priced = lines.map(pricedLine);
  const shippingMinor = shipping.trim() === "" ? 0 : parseMoney(shipping);
  const complete = priced.every(Boolean) && shippingMinor !== null;
  const subtotal = priced.reduce((sum, line) => sum + (line ? lineAmounts(line).totalMinor : 0), 0);
  const message = refused || state.status === "idle" ? undefined : state.message;
  const text = (name: string, value: string) => ({ defaultValue: value, name, className: inputClass });

  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-6" aria-label="Quote builder" noValidate>
      <input type="hidden" name="inquiryId" value={inquiryId} />
      {quoteId ? <input type="hidden" name="quoteId" value={quoteId} /> : null}

      <section className="card space-y-4 bg-white p-5" aria-labelledby="lines-heading">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h2 id="lines-heading" className="text-lg">
            Lines
          </h2>
          <Field name="currency" label="Currency" errors={errors} required className="w-48">
            {(props) => (
              <select {...props} value={currency} onChange={(e) => changeCurrency(e.target.value as Currency)} className={inputClass}>
                {currencies.map((c) => (
                  <option key={c} value={c}>
                    {c} · {currencyNames[c]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        {errors.lines ? (
          <p className="text-sm font-medium text-red-800" role="alert">
            {errors.lines}
          </p>
        ) : null}
        <ol className="space-y-4">
          {lines.map((line, i) => {
            const name = (field: string) => `lines.${i}.${field}`;
            const amounts = priced[i] ? lineAmounts(priced[i]) : null;
            const input = (
              field: LineField,
              label: string,
              { required = false, inputMode }: { required?: boolean; inputMode?: "numeric" | "decimal" } = {},
            ) => (
              <Field name={name(field)} label={label} errors={errors} required={required}>
                {(props) => (
                  // Uncontrolled, with the state following each keystroke for the live totals: a
                  // controlled input here lost a correction typed into a field marked invalid. A unit
                  // price re-priced by a currency change is shown by remounting its input.
                  <input
                    key={field === "unitPrice" ? currency : field}
                    {...props}
                    type="text"
                    inputMode={inputMode}
                    defaultValue={line[field]}
                    onChange={(e) => setLine(line.key, field, e.target.value)}
                    className={inputClass}
                  />
                )}
              </Field>
            );
            return (
              <li key={line.key}>
                <fieldset className="rounded-md border border-line p-4">
                  <legend className="px-1 text-sm font-semibold">Line {i + 1}</legend>
                  <input type="hidden" name={name("productId")} value={line.productId} />
                  <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
                    {input("catalogNumber", "Catalog number")}
                    <div className="sm:col-span-2 lg:col-span-3">{input("description", "Description", { required: true })}</div>
                    {input("packSize", "Pack size")}
                    {input("grade", "Grade")}
                    {input("leadTime", "Lead time")}
                    {input("quantity", "Quantity", { required: true, inputMode: "numeric" })}
                    {input("unitPrice", `Unit price (${currency})`, { required: true, inputMode: "decimal" })}
                    {input("discount", "Discount (%)", { inputMode: "decimal" })}
                  </div>
                  <div className="mt-3 flex flex-wrap items-center justify-between gap-3 text-sm">
                    <p>
                      Line total: <strong data-testid="line-total">{amounts ? formatMoney(amounts.totalMinor, currency) : "—"}</strong>
                      {amounts?.discountMinor ? (
                        <span className="text-ink-muted"> (discount {formatMoney(amounts.discountMinor, currency)})</span>
                      ) : null}
                    </p>
                    <button
                      type="button"
                      className="btn btn-secondary"
                      disabled={lines.length === 1}
                      onClick={() => setLines((all) => all.filter((l) => l.key !== line.key))}
                    >
                      Remove line {i + 1}
                    </button>
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
        <div className="flex flex-wrap gap-2" role="group" aria-label="Add a line">
          {customLinePresets.map((preset) => (
            <button
              key={preset.label}
              type="button"
              className="btn btn-secondary"
              disabled={lines.length >= MAX_QUOTE_LINES}
              onClick={() => addLine(preset)}
            >
              + {preset.label}
            </button>
          ))}
        </div>
      </section>

      <section className="card grid gap-4 bg-white p-5 sm:grid-cols-2" aria-labelledby="terms-heading">
        <h2 id="terms-heading" className="text-lg sm:col-span-2">
          Totals and terms
        </h2>
        <Field name="shipping" label={`Shipping and handling (${currency})`} errors={errors}>
          {(props) => (
            <input
              {...props}
              type="text"
              inputMode="decimal"
              value={shipping}
              onChange={(e) => setShipping(e.target.value)}
              className={inputClass}
            />
          )}
        </Field>
        <dl className="spec-list self-end text-sm" aria-live="polite">
          <dt>Subtotal</dt>
          <dd>{complete ? formatMoney(subtotal, currency) : "—"}</dd>
          <dt>Total</dt>
          <dd>
            <strong data-testid="quote-total">
              {complete ? formatMoney(subtotal + (shippingMinor ?? 0), currency) : "Complete the lines"}
            </strong>
          </dd>
        </dl>
        <Field name="validUntil" label="Valid until" hint="The last day the quote can be accepted." errors={errors} required>
          {(props) => <input {...props} type="date" {...text("validUntil", initial.validUntil)} />}
        </Field>
        <Field name="incoterms" label="Incoterms® 2020" errors={errors} required>
          {(props) => (
            <select {...props} defaultValue={initial.incoterms} className={inputClass}>
              {Object.entries(incoterms).map(([code, name]) => (
                <option key={code} value={code}>
                  {code} · {name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="paymentTerms" label="Payment terms" errors={errors} required className="sm:col-span-2">
          {(props) => <input {...props} type="text" {...text("paymentTerms", initial.paymentTerms)} />}
        </Field>
        <Field name="taxNote" label="Tax note" errors={errors} required className="sm:col-span-2">
          {(props) => <textarea {...props} rows={3} {...text("taxNote", initial.taxNote)} />}
        </Field>
        <Field name="notes" label="Notes" hint="Printed on the quote." errors={errors} className="sm:col-span-2">
          {(props) => <textarea {...props} rows={3} {...text("notes", initial.notes)} />}
        </Field>
      </section>

      <section className="card grid gap-4 bg-white p-5 sm:grid-cols-2" aria-labelledby="buyer-heading">
        <h2 id="buyer-heading" className="text-lg sm:col-span-2">
          Buyer
        </h2>
        <Field name="buyerName" label="Name" errors={errors} required>
          {(props) => <input {...props} type="text" {...text("buyerName", initial.buyerName)} />}
        </Field>
        <Field name="buyerInstitution" label="Institution" errors={errors} required>
          {(props) => <input {...props} type="text" {...text("buyerInstitution", initial.buyerInstitution)} />}
        </Field>
        <Field name="buyerAddress" label="Address" errors={errors} className="sm:col-span-2">
          {(props) => <textarea {...props} rows={3} {...text("buyerAddress", initial.buyerAddress)} />}
        </Field>
      </section>

      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" name="intent" value="save" className="btn btn-secondary" disabled={pending}>
          Save draft
        </button>
        {quoteId ? (
          <>
            <a href={`/staff/quotes/${quoteId}/pdf`} target="_blank" rel="noopener">
              Preview the saved PDF
            </a>
            <button
              type="submit"
              name="intent"
              value="send"
              className="btn btn-primary"
              disabled={pending || Boolean(sendRefusal)}
              aria-describedby={sendRefusal ? "send-refusal" : undefined}
            >
              Send to requester
            </button>
            {sendRefusal ? (
              <p id="send-refusal" role="note" className="w-full rounded-md border border-warn bg-warn-wash p-3 text-sm text-warn">
                <strong>Sending is blocked.</strong> {sendRefusal}
              </p>
            ) : null}
            <p className="w-full text-sm text-ink-muted">
              Sending saves these changes, emails the PDF to {requesterEmail} and moves the inquiry to Quoted. A sent quote can no longer
              change; revise it instead.
            </p>
          </>
        ) : (
          <p className="text-sm text-ink-muted">Save the draft to preview its PDF and send it.</p>
        )}
      </div>
      <FormResult message={message} ok={!refused && state.status === "ok"} />
    </form>
  );
}
