/**
 * The partner search dashboard's filters, read from the page's address (the
 * dashboard and the shortlist download read the same ones): a filter the
 * prime typed wrongly comes back as a field error with what was typed, never
 * a 500. Parameters the dashboard does not use (a tracking tag a mail client
 * added, say) are ignored rather than refused.
 */
import type { CandidateQuery } from "~/domain/search";
import { issuesToErrors } from "~/domain/validation";
import type { FieldErrors } from "./field-names";
import { candidateQuerySchema, queryObject } from "./search-schemas.server";

export const FILTER_FIELDS = [
  "sort",
  "minScore",
  "noDealbreakers",
  "submittedOnly",
  "section",
  "minSectionScore",
  "page",
  "pageSize",
] as const;

const DEFAULT_PAGE_SIZE = 25;

export type FilterValues = Partial<Record<(typeof FILTER_FIELDS)[number], string>>;

export type ParsedFilters =
  { ok: true; query: CandidateQuery; values: FilterValues } | { ok: false; errors: FieldErrors; values: FilterValues };

export function parseCandidateFilters(url: URL, dimensionIds: readonly string[]): ParsedFilters {
  const raw = queryObject(url);
  const values: FilterValues = {};
  for (const key of FILTER_FIELDS) if (typeof raw[key] === "string") values[key] = raw[key];
  const parsed = candidateQuerySchema(dimensionIds).safeParse(values);
  if (parsed.success) return { ok: true, query: parsed.data, values };
  const errors: FieldErrors = {};
  for (const { path, message } of issuesToErrors(parsed.error.issues)) errors[path || "form"] ??= message;
  return { ok: false, errors, values };
}

/** The filters as an address's query (no page), with only what differs from the defaults. */
export function filterSearchParams(query: CandidateQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.sort !== "fit") params.set("sort", query.sort);
  if (query.minScore !== undefined) params.set("minScore", String(query.minScore));
  if (query.noDealbreakers) params.set("noDealbreakers", "true");
  if (query.submittedOnly) params.set("submittedOnly", "true");
  if (query.section !== undefined) params.set("section", query.section);
  if (query.minSectionScore !== undefined) params.set("minSectionScore", String(query.minSectionScore));
  if (query.pageSize !== DEFAULT_PAGE_SIZE) params.set("pageSize", String(query.pageSize));
  return params;
}

/** Whether any filter narrows the list (sorting and paging do not). */
export function isFiltered(query: CandidateQuery): boolean {
  return Boolean(
    query.minScore !== undefined || query.noDealbreakers || query.submittedOnly || query.section !== undefined,
  );
}
