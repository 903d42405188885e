/**
 * Form parsing for the web pages: Conform turns FormData into nested values
 * (coercing numbers and checkboxes) and zod validates them; errors come back
 * keyed by field name, with what the person typed, so nothing is lost.
 */
import { parseWithZod } from "@conform-to/zod/v4";
import type { z } from "zod";

export type FieldErrors = Record<string, string>;

export type FormResult<T> =
  { ok: true; value: T } | { ok: false; errors: FieldErrors; values: Record<string, unknown> };

export function parseForm<S extends z.ZodType>(formData: FormData, schema: S): FormResult<z.output<S>> {
  const submission = parseWithZod(formData, { schema });
  if (submission.status === "success") return { ok: true, value: submission.value as z.output<S> };
  const errors: FieldErrors = {};
  for (const [name, messages] of Object.entries(submission.error ?? {})) {
    const first = messages?.[0];
    if (first) errors[name || "form"] = first;
  }
  return { ok: false, errors, values: (submission.payload ?? {}) as Record<string, unknown> };
}

/** A value from Conform's nested payload by dotted name, as a string for redisplay. */
export function payloadValue(values: Record<string, unknown> | undefined, name: string): string | undefined {
  let current: unknown = values;
  for (const part of name.split(".")) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return typeof current === "string" ? current : undefined;
}
