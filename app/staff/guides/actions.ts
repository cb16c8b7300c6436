"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireStaff } from "@/lib/auth/require-staff";
import { refreshPagesTagged } from "@/lib/cache-refresh";
import { guidePreviewSchema, guideSchema } from "@/lib/guides/guide-schema";
import { previewGuide } from "@/lib/guides/preview-guide";
import { saveGuide } from "@/lib/guides/save-guide";
import { formValues, parseForm } from "@/lib/core/form-data";
import type { StaffActionState } from "@/lib/core/action-state";
import { runStaffAction } from "@/lib/core/run-staff-action";

export async function saveGuideAction(_: StaffActionState, formData: FormData) {
  const admin = await requireStaff("ADMIN");
  return runStaffAction(guideSchema, formData, async (input) => {
    const { created, slug, tags } = await saveGuide(input, admin);
    refreshPagesTagged(tags);
    revalidatePath("/staff/guides", "layout");
    if (created) redirect(`/staff/guides/${slug}?created=1`);
    return `Saved; /guides/${slug} now shows this version.`;
  });
}

export type GuidePreviewState =
  { status: "idle" } | { status: "error"; message: string } | ({ status: "ok" } & Awaited<ReturnType<typeof previewGuide>>);

/** The body rendered as readers will see it; nothing is saved. */
export async function previewGuideAction(_: GuidePreviewState, formData: FormData): Promise<GuidePreviewState> {
  await requireStaff("ADMIN");
  const parsed = parseForm(guidePreviewSchema, formValues(formData));
  if (!parsed.ok) return { status: "error", message: parsed.fieldErrors.body ?? "The body cannot be previewed." };
  return { status: "ok", ...(await previewGuide(parsed.data.body)) };
}
