import Link from "next/link";
import type { FieldErrors, FormValues } from "@/lib/core/form-data";
import { Field, inputClass, valueOf, type InputProps } from "@/app/_components/forms/field";
import { GRADES, gradeLabels, RESEARCH_USE_STATEMENT } from "@/lib/inquiries/schema";

/** Name, email, institution, country, phone: the same on every inquiry form. */
export function RequesterFields({ errors, values }: { errors: FieldErrors; values?: FormValues }) {
  return (
    <fieldset className="grid gap-4 sm:grid-cols-2">
      <legend className="mb-2 text-lg font-semibold">Your details</legend>
      <Field name="name" label="Full name" errors={errors} required>
        {(p) => (
          <input {...p} type="text" autoComplete="name" maxLength={120} className={inputClass} defaultValue={valueOf(values, "name")} />
        )}
      </Field>
      <Field name="email" label="Email" hint="We send the acknowledgment and our answer here." errors={errors} required>
        {(p) => (
          <input {...p} type="email" autoComplete="email" maxLength={254} className={inputClass} defaultValue={valueOf(values, "email")} />
        )}
      </Field>
      <Field name="institution" label="Institution or company" errors={errors} required>
        {(p) => (
          <input
            {...p}
            type="text"
            autoComplete="organization"
            maxLength={200}
            className={inputClass}
            defaultValue={valueOf(values, "institution")}
          />
        )}
      </Field>
      <Field name="country" label="Country" errors={errors} required>
        {(p) => (
          <input
            {...p}
            type="text"
            autoComplete="country-name"
            maxLength={80}
            className={inputClass}
            defaultValue={valueOf(values, "country")}
          />
        )}
      </Field>
      <Field name="phone" label="Phone" errors={errors}>
        {(p) => (
          <input {...p} type="tel" autoComplete="tel" maxLength={30} className={inputClass} defaultValue={valueOf(values, "phone")} />
        )}
      </Field>
    </fieldset>
  );
}

/**
 * The research-use confirmation every inquiry form requires (stored with its time), and where our
 * privacy notice is. Its error sits under the checkbox; the rest of the form keeps what was typed.
 */
export function ResearchUseAcknowledgement({ errors, values }: { errors: FieldErrors; values?: FormValues }) {
  return (
    <div className="space-y-2">
      <Field name="researchUseAcknowledged" label="Research use only" errors={errors} required>
        {(p) => (
          <label className="flex min-h-11 items-start gap-2 text-sm">
            <input
              {...p}
              type="checkbox"
              className="mt-1 size-5 shrink-0"
              defaultChecked={valueOf(values, "researchUseAcknowledged") === "on"}
            />
            <span>{RESEARCH_USE_STATEMENT}</span>
          </label>
        )}
      </Field>
      <p className="text-xs text-ink-muted">
        What we keep from this request, and for how long: <Link href="/privacy">privacy notice</Link>.
      </p>
    </div>
  );
}

export function FormMessage({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <div
      role="alert"
      tabIndex={-1}
      data-form-message
      className="rounded-md border border-red-700 bg-red-50 p-3 text-sm font-medium text-red-900"
    >
      {message}
    </div>
  );
}

/** `promise`: the kind's first-response promise (responsePromise in lib/inquiries/sla.ts), e.g. "within one business day". */
export function SubmitButton({ pending, label, promise }: { pending: boolean; label: string; promise: string }) {
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button type="submit" className="btn btn-primary" disabled={pending} aria-disabled={pending}>
        {pending ? "Sending…" : label}
      </button>
      <p className="text-xs text-ink-muted">
        We store your request before anything else and reply {promise}. Fields marked * are required.
      </p>
    </div>
  );
}

export function InquirySent({
  reference,
  email,
  acknowledged,
  again,
  promise,
}: {
  reference: string;
  email: string;
  acknowledged: boolean;
  again: string;
  promise: string;
}) {
  return (
    <section role="status" aria-labelledby="sent-heading" className="card border-brand p-6" tabIndex={-1}>
      <h2 id="sent-heading" className="text-2xl">
        Thank you — we have your request
      </h2>
      <p className="mt-3 text-lg">
        Your reference number is{" "}
        <strong className="identifier text-xl" data-testid="inquiry-reference">
          {reference}
        </strong>
      </p>
      <p className="mt-3 text-ink-muted">
        {acknowledged ? (
          <>An acknowledgment is on its way to {email}. </>
        ) : (
          // The domain's hourly cap on acknowledgments: the request is stored, only our email waits.
          <>We are not sending an acknowledgment email this time, so please note this reference number; our reply will go to {email}. </>
        )}
        Quote the reference in any message about this request; our team replies {promise}.
      </p>
      <p className="mt-4 flex flex-wrap gap-4">
        <a href={again}>Send another request</a>
        <Link href="/products">Back to the catalog</Link>
      </p>
    </section>
  );
}

/** Research, bulk or GMP grade: the same choice on the quote and custom-synthesis forms. */
export function GradeSelect({ name, errors, values }: { name: string; errors: FieldErrors; values?: FormValues }) {
  return (
    <Field name={name} label="Grade" errors={errors} required>
      {(p) => (
        <select {...p} className={inputClass} defaultValue={valueOf(values, name, "research")}>
          {GRADES.map((g) => (
            <option key={g} value={g}>
              {gradeLabels[g]}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** An amount to order or make: a decimal number, never negative, with the phone's number keypad. */
export function QuantityInput(props: InputProps & { defaultValue: string }) {
  return <input {...props} type="number" inputMode="decimal" min="0" step="any" className={inputClass} />;
}
