"use server";
import { redirect } from "next/navigation";
import { requireStaff } from "@/lib/auth/require-staff";
import { refreshPagesTagged } from "@/lib/cache-refresh";
import { addActivity, removeActivity } from "@/lib/catalog/activities";
import { activitySchema, removeActivitySchema } from "@/lib/catalog/activity-schema";
import { controlSchema, removeControlSchema } from "@/lib/catalog/control-schema";
import { removeControl, saveControl } from "@/lib/catalog/controls";
import { renameProduct, setProductLifecycle } from "@/lib/catalog/lifecycle";
import { lotSchema } from "@/lib/catalog/lot-schema";
import { productLifecycleSchema, productRenameSchema } from "@/lib/catalog/product-edit-schema";
import { saveLot } from "@/lib/catalog/lots";
import { linkProductReferenceSchema, unlinkProductReferenceSchema } from "@/lib/catalog/reference-schema";
import { linkProductReference, unlinkProductReference } from "@/lib/catalog/references";
import { removeSds, saveSds, checkSdsFile } from "@/lib/catalog/sds";
import { removeSdsSchema, sdsUploadSchema } from "@/lib/catalog/sds-schema";
import { removeSolubility, saveSolubility } from "@/lib/catalog/solubility";
import { removeSolubilitySchema, solubilitySchema } from "@/lib/catalog/solubility-schema";
import type { StaffActionState } from "@/lib/core/action-state";
import { DomainError } from "@/lib/core/domain-error";
import { runStaffAction } from "@/lib/core/run-staff-action";

export async function linkProductReferenceAction(_: StaffActionState, formData: FormData) {
  const admin = await requireStaff("ADMIN");
  return runStaffAction(linkProductReferenceSchema, formData, async (input) => {
    const { key, tags } = await linkProductReference(input, admin);
    refreshPagesTagged(tags);
    return `Linked ${key}.`;
  });
}

export async function unlinkProductReferenceAction(_: StaffActionState, formData: FormData) {
  const admin = await requireStaff("ADMIN");
  return runStaffAction(unlinkProductReferenceSchema, formData, async (input) => {
    const { key, tags } = await unlinkProductReference(input, admin);
    refreshPagesTagged(tags);
    return `Unlinked ${key}.`;
  });
}

export async function addActivityAction(_: StaffActionState, formData: FormData) {
  const admin = await requireStaff("ADMIN");
  return runStaffAction(activitySchema, formData, async (input) => {
    const { target, tags } = await addActivity(input, admin);
    refreshPagesTagged(tags);
    return `Added the activity at ${target}.`;
  });
}

export async function removeActivityAction(_: StaffActionState, formData: FormData) {
  const admin = await requireStaff("ADMIN");
  return runStaffAction(removeActivitySchema, formData, async (input) => {
    const { target, tags } = await removeActivity(input, admin);
    refreshPagesTagged(tags);
    return `Removed the activity at ${target}.`;
  });
}

export async function saveSolubilityAction(_: StaffActionState, formData: FormData) {
  const admin = await requireStaff("ADMIN");
  return runStaffAction(solubilitySchema, formData, async (input) => {
    const { solvent, replaced, tags } = await saveSolubility(input, admin);
    refreshPagesTagged(tags);
    return `${replaced ? "Replaced" : "Added"} the solubility in ${solvent}.`;
  });
}

export async function removeSolubilityAction(_: StaffActionState, formData: FormData) {
  const admin = await requireStaff("ADMIN");
  return runStaffAction(removeSolubilitySchema, formData, async (input) => {
    const { solvent, tags } = await removeSolubility(input, admin);
    refreshPagesTagged(tags);
    return `Removed the solubility in ${solvent}.`;
  });
}

export async function saveLotAction(_: StaffActionState, formData: FormData) {
  const admin = await requireStaff("ADMIN");
  return runStaffAction(lotSchema, formData, async (input) => {
    const { lotNumber, created, tags } = await saveLot(input, admin);
    refreshPagesTagged(tags);
    return created ? `Added lot ${lotNumber}.` : `Saved lot ${lotNumber}.`;
  });
}

export async function saveControlAction(_: StaffActionState, formData: FormData) {
  const admin = await requireStaff("ADMIN");
  return runStaffAction(controlSchema, formData, async (input) => {
    const { jurisdiction, replaced, tags } = await saveControl(input, admin);
    refreshPagesTagged(tags);
    return `${replaced ? "Replaced" : "Added"} the controlled status in ${jurisdiction}.`;
  });
}

export async function removeControlAction(_: StaffActionState, formData: FormData) {
  const admin = await requireStaff("ADMIN");
  return runStaffAction(removeControlSchema, formData, async (input) => {
    const { jurisdiction, tags } = await removeControl(input, admin);
    refreshPagesTagged(tags);
    return `Removed the controlled status in ${jurisdiction}.`;
  });
}

export async function saveProductLifecycleAction(_: StaffActionState, formData: FormData) {
  const admin = await requireStaff("ADMIN");
  return runStaffAction(productLifecycleSchema, formData, async (input) => {
    const { discontinued, tags } = await setProductLifecycle(input, admin);
    refreshPagesTagged(tags);
    return discontinued ? `Marked ${input.catalogNumber} discontinued; its page says so.` : `${input.catalogNumber} is sold again.`;
  });
}

export async function renameProductAction(_: StaffActionState, formData: FormData) {
  const admin = await requireStaff("ADMIN");
  return runStaffAction(productRenameSchema, formData, async (input) => {
    const { from, to, tags } = await renameProduct(input, admin);
    refreshPagesTagged(tags);
    // The edit page's address is the catalog number: continue on the new one.
    redirect(`/staff/catalog/${encodeURIComponent(to)}?renamed=${encodeURIComponent(from)}`);
  });
}

// The file's content and size are checked here, past the schema (which has seen only its name). Its
// body may be up to SDS_ACTION_BODY_LIMIT: proxy.ts lets that much through to staff product pages.
export async function uploadSdsAction(_: StaffActionState, formData: FormData) {
  const admin = await requireStaff("ADMIN");
  return runStaffAction(sdsUploadSchema, formData, async (input) => {
    const checked = await checkSdsFile(formData);
    if (!checked.ok) throw new DomainError("invalid", "Not uploaded: please correct the highlighted field.", { file: checked.message });
    const { language, replaced, tags } = await saveSds({ ...input, file: checked.file }, admin);
    refreshPagesTagged(tags);
    return `${replaced ? "Replaced" : "Uploaded"} the ${language} safety data sheet.`;
  });
}

export async function removeSdsAction(_: StaffActionState, formData: FormData) {
  const admin = await requireStaff("ADMIN");
  return runStaffAction(removeSdsSchema, formData, async (input) => {
    const { language, tags } = await removeSds(input, admin);
    refreshPagesTagged(tags);
    return `Removed the ${language} safety data sheet.`;
  });
}
