/**
 * What both sides of a form share, safe for the browser bundle (no validation
 * library here): the answer forms' field names, and the shapes of errors and
 * redisplayed values that the server-side parsing (./parse.server.ts) returns.
 */
import type { Section } from "~/domain/sections";

export const itemField = (
  itemId: string,
  field: "preferred" | "acceptableMin" | "acceptableMax" | "importance" | "redLine" | "note" | "fixed" | "clause",
) => `items.${itemId}.${field}`;

export const factField = (factId: string) => `facts.${factId}`;

/** Bank v2: the checkbox that marks a figure as a red line. */
export const factRedLineField = (factId: string) => `factRedLines.${factId}`;

/** Field names for one section, in page order, for the error summary. */
export function sectionFieldOrder(section: Section): string[] {
  if (section.kind === "facts") return section.facts.flatMap((f) => [factField(f.id), factRedLineField(f.id)]);
  return section.dimension.items.flatMap((item) =>
    (["preferred", "acceptableMin", "acceptableMax", "importance", "note", "clause"] as const).map((f) =>
      itemField(item.id, f),
    ),
  );
}

export type FieldErrors = Record<string, string>;

/** A value from Conform's nested payload by dotted name, as a string for redisplay. */
export function payloadValue(values: Record<string, unknown> | undefined, name: string): string | undefined {
  let current: unknown = values;
  for (const part of name.split(".")) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return typeof current === "string" ? current : undefined;
}
