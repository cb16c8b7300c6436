"use server";
import { updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { requireStaff } from "@/lib/auth/require-staff";
import { cacheTags } from "@/lib/cache-tags";
import { productEditSchema } from "@/lib/catalog/product-edit-schema";
import { saveProduct } from "@/lib/catalog/save-product";
import { refreshProductPages } from "@/lib/proxy-cache";
import type { StaffActionState } from "@/lib/triage/action-state";
import { runStaffAction } from "@/lib/triage/run-staff-action";
import { TriageError } from "@/lib/triage/triage-error";

export async function saveProductAction(_: StaffActionState, formData: FormData) {
  const admin = await requireStaff("ADMIN");
  return runStaffAction(productEditSchema, formData, async (input) => {
    const result = await saveProduct(input, admin);
    if (!result.ok) throw new TriageError(`Not saved: ${result.reasons.join(" ")}`);
    // Expire at once (read-your-own-writes): the product page, listings and the guides that compare it.
    updateTag(cacheTags.product(input.catalogNumber));
    updateTag(cacheTags.catalog);
    // The caching proxy's copies too (deploy/nginx), once the tags above are expired (they are, after the action).
    after(() => refreshProductPages({ catalogNumber: input.catalogNumber }));
    // A new product continues on its own page, where references can be linked to it.
    if (result.created) redirect(`/staff/catalog/${encodeURIComponent(input.catalogNumber)}?created=1`);
    return `Saved ${input.catalogNumber}; its pages are refreshed.`;
  });
}
