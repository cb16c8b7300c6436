// The staff guide form: one schema for the browser and the server action. Whether the citations
// and products exist is checked on save, against the catalog.
import "@/lib/zod-jitless";
import { z } from "zod";
import { catalogNumberField } from "@/lib/core/catalog-identifiers";

export const GUIDE_KINDS = ["COMPARISON", "APPLICATION_NOTE", "TROUBLESHOOTING", "PROTOCOL"] as const;

const text = (what: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `Keep ${what} under ${max.toLocaleString("en")} characters`);

export const guideSlugField = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lower-case words joined by single dashes, e.g. mglu2-3-antagonists-compared")
  .max(120, "Keep the address under 120 characters");

export const guideSchema = z.object({
  /** "1" when the form edits an existing guide: the slug is then the guide's and cannot change. */
  existing: z.preprocess((v) => v === "1", z.boolean()),
  slug: guideSlugField,
  title: text("the title", 200).min(1, "Enter the title"),
  summary: text("the summary", 500).min(1, "Write a one- or two-sentence summary (lists and search results show it)"),
  kind: z.enum(GUIDE_KINDS, { error: "Choose the kind of guide" }),
  author: text("the author line", 200).min(1, "Enter the author line, e.g. Reagent Desk scientific support team"),
  publishedAt: z.iso.date({ error: "Enter the publication date as YYYY-MM-DD" }),
  /** Shows "Updated <today>" to readers: for changes of substance, not typo fixes. */
  markRevised: z.preprocess((v) => v === "on", z.boolean()),
  body: text("the body", 100_000).min(1, "Write the guide (Markdown, citing sources as [@key])"),
  products: z
    .array(
      z.object({
        catalogNumber: catalogNumberField,
        role: text("the role", 200).min(1, "Say what part the product plays, e.g. Comparator — NMDA receptor channel blocker"),
      }),
    )
    .max(30, "A guide covers at most 30 products")
    .default([])
    .superRefine((rows, ctx) => {
      const seen = new Set<string>();
      rows.forEach((row, i) => {
        if (seen.has(row.catalogNumber))
          ctx.addIssue({ code: "custom", path: [i, "catalogNumber"], message: `${row.catalogNumber} is listed twice` });
        seen.add(row.catalogNumber);
      });
    }),
});
export type GuideInput = z.infer<typeof guideSchema>;

/** The preview needs only the body. */
export const guidePreviewSchema = z.object({ body: text("the body", 100_000) });
