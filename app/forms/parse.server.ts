/**
 * Form parsing for the web pages: Conform turns FormData into nested values
 * (coercing numbers and checkboxes) and zod validates them; errors come back
 * keyed by field name, with what the person typed, so nothing is lost.
 */
import { parseWithZod } from "@conform-to/zod/v4";
import type { z } from "zod";
import type { FieldErrors } from "./field-names";

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
