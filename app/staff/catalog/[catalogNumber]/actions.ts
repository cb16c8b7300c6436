"use server";
import { requireStaff } from "@/lib/auth/require-staff";
import { refreshPagesTagged } from "@/lib/cache-refresh";
import { addActivity, removeActivity } from "@/lib/catalog/activities";
import { activitySchema, removeActivitySchema } from "@/lib/catalog/activity-schema";
import { lotSchema } from "@/lib/catalog/lot-schema";
import { saveLot } from "@/lib/catalog/lots";
import { linkProductReferenceSchema, unlinkProductReferenceSchema } from "@/lib/catalog/reference-schema";
import { linkProductReference, unlinkProductReference } from "@/lib/catalog/references";
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

export async function saveLotAction(_: StaffActionState, formData: FormData) {
  const admin = await requireStaff("ADMIN");
  return runStaffAction(lotSchema, formData, async (input) => {
    const { lotNumber, created, tags } = await saveLot(input, admin);
    refreshPagesTagged(tags);
    return created ? `Added lot ${lotNumber}.` : `Saved lot ${lotNumber}.`;
  });
}
