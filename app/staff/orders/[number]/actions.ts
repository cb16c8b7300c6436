"use server";
import { revalidatePath } from "next/cache";
import { requireStaff } from "@/lib/auth/require-staff";
import type { StaffActionState } from "@/lib/core/action-state";
import { runStaffAction } from "@/lib/core/run-staff-action";
import { markOrderDelivered, markOrderShipped } from "@/lib/orders/fulfilment";
import { deliverSchema, shipSchema } from "@/lib/orders/schemas";

// Each action checks the session itself, first: a server action is a public endpoint.

const refresh = () => revalidatePath("/staff", "layout");

export async function shipAction(_: StaffActionState, formData: FormData) {
  const staff = await requireStaff();
  return runStaffAction(shipSchema, formData, async (data) => {
    const number = await markOrderShipped({ ...data, actor: staff });
    refresh();
    return `Order ${number} marked shipped; the requester is emailed the tracking number.`;
  });
}

export async function deliverAction(_: StaffActionState, formData: FormData) {
  const staff = await requireStaff();
  return runStaffAction(deliverSchema, formData, async ({ orderId }) => {
    const number = await markOrderDelivered({ orderId, actor: staff });
    refresh();
    return `Order ${number} marked delivered; the requester is emailed.`;
  });
}
