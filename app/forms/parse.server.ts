/**
 * Form parsing for the web pages: Conform turns FormData into nested values
 * (coercing numbers and checkboxes) and zod validates them; errors come back
 * keyed by field name, with what the person typed, so nothing is lost.
 */
import { parseWithZod } from "@conform-to/zod/v4";
import type { z } from "zod";
import type { FieldErrors } from "./field-names";

export type FormResult<T> =
  | { ok: true; value: T; values: Record<string, unknown> }
  | { ok: false; errors: FieldErrors; values: Record<string, unknown> };

/**
 * The shape of every field name the pages use ("title", "items.brand-delivery.note").
 * NOTE: Conform silently drops a name it cannot read as a path (such as "[" or "a[b"),
 * so the schema's refusal of unknown fields never sees it: such names are refused here.
 */
const FIELD_NAME = /^[A-Za-z][\w-]*(?:\.[A-Za-z0-9][\w-]*)*$/;

export function parseForm<S extends z.ZodType>(formData: FormData, schema: S): FormResult<z.output<S>> {
  const submission = parseWithZod(formData, { schema });
  const unreadable = [...formData.keys()].some((name) => !FIELD_NAME.test(name));
  const values = (submission.payload ?? {}) as Record<string, unknown>;
  if (submission.status === "success" && !unreadable)
    return { ok: true, value: submission.value as z.output<S>, values };
  const errors: FieldErrors = unreadable ? { form: "This form has a field it does not expect" } : {};
  const issues: Record<string, string[] | null> = submission.status === "success" ? {} : (submission.error ?? {});
  for (const [name, messages] of Object.entries(issues)) {
    const first = messages?.[0];
    if (first) errors[name || "form"] = first;
  }
  return { ok: false, errors, values };
}
