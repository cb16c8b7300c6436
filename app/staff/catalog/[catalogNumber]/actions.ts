"use server";
import { requireStaff } from "@/lib/auth/require-staff";
import { refreshPagesTagged } from "@/lib/cache-refresh";
import { addActivity, removeActivity } from "@/lib/catalog/activities";
import { activitySchema, removeActivitySchema } from "@/lib/catalog/activity-schema";
import { controlSchema, removeControlSchema } from "@/lib/catalog/control-schema";
import { removeControl, saveControl } from "@/lib/catalog/controls";
import { lotSchema } from "@/lib/catalog/lot-schema";
import { saveLot } from "@/lib/catalog/lots";
import { linkProductReferenceSchema, unlinkProductReferenceSchema } from "@/lib/catalog/reference-schema";
import { linkProductReference, unlinkProductReference } from "@/lib/catalog/references";
import { removeSolubility, saveSolubility } from "@/lib/catalog/solubility";
import { removeSolubilitySchema, solubilitySchema } from "@/lib/catalog/solubility-schema";
import type { StaffActionState } from "@/lib/core/action-state";
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
