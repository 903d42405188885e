/** Field names of the answer forms, shared by the pages and the server-side parsing (no validation library here). */
import type { Section } from "~/domain/sections";

export const itemField = (
  itemId: string,
  field: "preferred" | "acceptableMin" | "acceptableMax" | "importance" | "redLine" | "note",
) => `items.${itemId}.${field}`;

export const factField = (factId: string) => `facts.${factId}`;

/** Field names for one section, in page order, for the error summary. */
export function sectionFieldOrder(section: Section): string[] {
  if (section.kind === "facts") return section.facts.map((f) => factField(f.id));
  return section.dimension.items.flatMap((item) =>
    (["preferred", "acceptableMin", "acceptableMax", "importance", "note"] as const).map((f) => itemField(item.id, f)),
  );
}
