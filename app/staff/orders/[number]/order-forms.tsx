"use client";
import { Field, inputClass, valueOf } from "@/app/_components/forms/field";
import { FormActions } from "@/app/_components/staff/form-row";
import { useStaffForm } from "@/app/_components/staff/use-staff-form";
import { CARRIER_MAX, deliverSchema, shipSchema, TRACKING_MAX } from "@/lib/orders/schemas";
import { deliverAction, shipAction } from "./actions";

export function ShipForm({ orderId }: { orderId: string }) {
  const { errors, formRef, message, ok, onSubmit, pending, state } = useStaffForm(shipSchema, shipAction, { resetOnSuccess: false });
  const values = state.status === "error" ? state.values : undefined;
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-3" noValidate>
      <input type="hidden" name="orderId" value={orderId} />
      <Field name="carrier" label="Carrier" hint="e.g. DHL Express, FedEx, UPS" errors={errors} required>
        {(props) => (
          <input
            {...props}
            type="text"
            maxLength={CARRIER_MAX}
            autoComplete="off"
            defaultValue={valueOf(values, "carrier")}
            className={inputClass}
          />
        )}
      </Field>
      <Field name="trackingNumber" label="Tracking number" hint="Sent to the requester as typed." errors={errors} required>
        {(props) => (
          <input
            {...props}
            type="text"
            maxLength={TRACKING_MAX}
            autoComplete="off"
            spellCheck={false}
            defaultValue={valueOf(values, "trackingNumber")}
            className={`${inputClass} font-mono`}
          />
        )}
      </Field>
      <FormActions
        label={pending ? "Saving…" : "Mark shipped and email the requester"}
        primary
        pending={pending}
        message={message}
        ok={ok}
      />
    </form>
  );
}

export function DeliverForm({ orderId }: { orderId: string }) {
  const { formRef, message, ok, onSubmit, pending } = useStaffForm(deliverSchema, deliverAction, { resetOnSuccess: false });
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-3">
      <input type="hidden" name="orderId" value={orderId} />
      <FormActions
        label={pending ? "Saving…" : "Mark delivered and email the requester"}
        primary
        pending={pending}
        message={message}
        ok={ok}
      />
    </form>
  );
}
