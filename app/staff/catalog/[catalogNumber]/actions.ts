"use server";
import { updateTag } from "next/cache";
import { requireStaff } from "@/lib/auth/require-staff";
import { addActivity, removeActivity } from "@/lib/catalog/activities";
import { activitySchema, removeActivitySchema } from "@/lib/catalog/activity-schema";
import { linkProductReferenceSchema, unlinkProductReferenceSchema } from "@/lib/catalog/reference-schema";
import { linkProductReference, unlinkProductReference } from "@/lib/catalog/references";
import type { StaffActionState } from "@/lib/triage/action-state";
import { runStaffAction } from "@/lib/triage/run-staff-action";

export async function linkProductReferenceAction(_: StaffActionState, formData: FormData) {
  const admin = await requireStaff("ADMIN");
  return runStaffAction(linkProductReferenceSchema, formData, async (input) => {
    const { key, tags } = await linkProductReference(input, admin);
    tags.forEach((tag) => updateTag(tag));
    return `Linked ${key}.`;
  });
}

export async function unlinkProductReferenceAction(_: StaffActionState, formData: FormData) {
  const admin = await requireStaff("ADMIN");
  return runStaffAction(unlinkProductReferenceSchema, formData, async (input) => {
    const { key, tags } = await unlinkProductReference(input, admin);
    tags.forEach((tag) => updateTag(tag));
    return `Unlinked ${key}.`;
  });
}

export async function addActivityAction(_: StaffActionState, formData: FormData) {
  const admin = await requireStaff("ADMIN");
  return runStaffAction(activitySchema, formData, async (input) => {
    const { target, tags } = await addActivity(input, admin);
    tags.forEach((tag) => updateTag(tag));
    return `Added the activity at ${target}.`;
  });
}

export async function removeActivityAction(_: StaffActionState, formData: FormData) {
  const admin = await requireStaff("ADMIN");
  return runStaffAction(removeActivitySchema, formData, async (input) => {
    const { target, tags } = await removeActivity(input, admin);
    tags.forEach((tag) => updateTag(tag));
    return `Removed the activity at ${target}.`;
  });
}
