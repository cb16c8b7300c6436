// Tags: the fixed palette and the forms' schemas, shared by the browser and the server actions.
import { z } from "zod";
import { hasInvisible } from "@/lib/core/plain-text";

/**
 * The colours a tag may take: dark text on a pale fill with a darker border, each pair above 7:1
 * contrast, and the name is always written, so colour is never the only cue.
 */
export const TAG_PALETTE = {
  slate: { label: "Slate", className: "border-slate-600 bg-slate-100 text-slate-900" },
  blue: { label: "Blue", className: "border-blue-700 bg-blue-50 text-blue-900" },
  green: { label: "Green", className: "border-green-700 bg-green-50 text-green-900" },
  amber: { label: "Amber", className: "border-amber-700 bg-amber-50 text-amber-900" },
  red: { label: "Red", className: "border-red-700 bg-red-50 text-red-900" },
  purple: { label: "Purple", className: "border-purple-700 bg-purple-50 text-purple-900" },
  teal: { label: "Teal", className: "border-teal-700 bg-teal-50 text-teal-900" },
} as const;
export type TagColour = keyof typeof TAG_PALETTE;
export const TAG_COLOURS = Object.keys(TAG_PALETTE) as [TagColour, ...TagColour[]];
export const tagClassName = (colour: string) => (TAG_PALETTE[colour as TagColour] ?? TAG_PALETTE.slate).className;

export const MAX_TAG_NAME = 40;
/** Enough for any real set of labels, and a bound on the inbox filter and each inquiry's row. */
export const MAX_TAGS = 100;

const id = z
  .string()
  .trim()
  .regex(/^[a-z0-9-]{1,40}$/i, "Unknown record");
const name = z
  .string({ error: "Write a name" })
  .trim()
  .min(1, "Write a name")
  .max(MAX_TAG_NAME, `Keep the name under ${MAX_TAG_NAME} characters`)
  .refine((v) => !hasInvisible(v), "Remove invisible control characters");

export const tagSchema = z.object({
  id: z.preprocess((v) => (v === "" ? undefined : v), id.optional()),
  name,
  colour: z.enum(TAG_COLOURS, { error: "Choose a colour" }),
});
export const deleteTagSchema = z.object({ id });
export const inquiryTagSchema = z.object({ inquiryId: id, tagId: z.string().trim().min(1, "Choose a tag").pipe(id) });
