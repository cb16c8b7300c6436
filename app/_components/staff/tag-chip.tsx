import { tagClassName } from "@/lib/triage/tag-schema";

/** A tag as staff see it: its name, always written, on its palette colour. */
export function TagChip({ tag }: { tag: { name: string; colour: string } }) {
  return (
    <span className={`inline-block rounded-full border px-2 py-0.5 text-xs font-semibold ${tagClassName(tag.colour)}`} data-tag={tag.name}>
      {tag.name}
    </span>
  );
}
