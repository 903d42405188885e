/**
 * What both sides of a form share, safe for the browser bundle (no validation
 * library here): the answer forms' field names, and the shapes of errors and
 * redisplayed values that the server-side parsing (./parse.server.ts) returns.
 */
import type { Section } from "~/domain/sections";

export const itemField = (
  itemId: string,
  field: "preferred" | "acceptable" | "importance" | "redLine" | "note" | "fixed" | "clause" | "shareNote",
) => `items.${itemId}.${field}`;

export const factField = (factId: string) => `facts.${factId}`;

/** Bank v2: the checkbox that marks a figure as a red line. */
export const factRedLineField = (factId: string) => `factRedLines.${factId}`;

/** Bank v2: the checkbox that shares a figure as its finding only, never the number. */
export const factFindingOnlyField = (factId: string) => `factFindingOnly.${factId}`;

/** Field names for one section, in page order, for the error summary. */
export function sectionFieldOrder(section: Section): string[] {
  if (section.kind === "facts") return section.facts.flatMap((f) => [factField(f.id), factRedLineField(f.id)]);
  return section.dimension.items.flatMap((item) =>
    (["preferred", "acceptable", "importance", "note", "clause"] as const).map((f) => itemField(item.id, f)),
  );
}

/** The hidden field carrying an answer's version as the page was loaded (see seenVersions in ./answers.server.ts). */
export const seenField = (kind: "items" | "facts", id: string) => `seen.${kind}.${id}`;

/** A version as a page sends it back: "none" for a question not answered when the page was loaded. */
export const versionValue = (version: number | undefined) => (version === undefined ? "none" : String(version));

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

/** Every value of a field that may repeat (ticked boxes), as strings for redisplay. */
export function payloadValues(values: Record<string, unknown> | undefined, name: string): string[] {
  let current: unknown = values;
  for (const part of name.split(".")) {
    if (current === null || typeof current !== "object") return [];
    current = (current as Record<string, unknown>)[part];
  }
  if (typeof current === "string") return [current];
  return Array.isArray(current) ? current.filter((v): v is string => typeof v === "string") : [];
}
