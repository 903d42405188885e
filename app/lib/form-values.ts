/** What the browser side of a form needs: error and value shapes, with no validation library. */
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
