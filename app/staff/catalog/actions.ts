"use server";
import { redirect } from "next/navigation";
import { requireStaff } from "@/lib/auth/require-staff";
import { refreshPagesTagged } from "@/lib/cache-refresh";
import { cacheTags } from "@/lib/cache-tags";
import { productEditSchema } from "@/lib/catalog/product-edit-schema";
import { saveProduct } from "@/lib/catalog/save-product";
import type { StaffActionState } from "@/lib/core/action-state";
import { runStaffAction } from "@/lib/core/run-staff-action";
import { DomainError } from "@/lib/core/domain-error";

export async function saveProductAction(_: StaffActionState, formData: FormData) {
  const admin = await requireStaff("ADMIN");
  return runStaffAction(productEditSchema, formData, async (input) => {
    const result = await saveProduct(input, admin);
    if (!result.ok) throw new DomainError("invalid", `Not saved: ${result.reasons.join(" ")}`);
    // The product page, listings and the guides that compare it, in Next's cache and the proxy's.
    refreshPagesTagged([cacheTags.product(input.catalogNumber), cacheTags.catalog]);
    // A new product continues on its own page, where references can be linked to it.
    if (result.created) redirect(`/staff/catalog/${encodeURIComponent(input.catalogNumber)}?created=1`);
    return `Saved ${input.catalogNumber}; its pages are refreshed.`;
  });
}
