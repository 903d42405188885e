/**
 * The report as CSV: one row per item with both sides' answers, the fit and
 * any flag. csv-stringify does the quoting; this module only makes sure no
 * text cell can be read by a spreadsheet as a formula.
 */
import { stringify } from "csv-stringify/sync";
import type { Report } from "~/domain/report";
import type { Questionnaire } from "~/domain/types";

/**
 * What a spreadsheet may read as the start of a formula: =, +, -, @, tab,
 * carriage return, line feed, a NUL (some strip it and read on), and the
 * fullwidth ＝ ＋ － ＠ that some spreadsheets fold to their ASCII forms.
 */
const FORMULA_START = /^[=+\-@\t\r\n\0\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Text that a spreadsheet would run gets a leading apostrophe. Numbers stay numbers. */
export function neutralise(value: string | number | boolean | null | undefined): string | number {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? "yes" : "no";
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function reportCsv(report: Report, questionnaire: Questionnaire): string {
  const dimensionTitle = new Map(questionnaire.dimensions.map((d) => [d.id, d.title]));
  const prompt = new Map(questionnaire.dimensions.flatMap((d) => d.items.map((i) => [i.id, i.prompt.vcs] as const)));
  const flagFor = new Map<string, { code: string; severity: string }>();
  for (const flag of report.flags) for (const id of flag.itemIds) if (!flagFor.has(id)) flagFor.set(id, flag);
  const header = [
    "section",
    "item",
    "question",
    "vcs_preferred",
    "vcs_acceptable_min",
    "vcs_acceptable_max",
    "vcs_importance",
    "vcs_red_line",
    "vcs_note",
    "prime_preferred",
    "prime_acceptable_min",
    "prime_acceptable_max",
    "prime_importance",
    "prime_red_line",
    "prime_note",
    "fit",
    "meeting_point",
    "flag",
    "severity",
  ];
  const rows = report.items.map((item) => {
    const flag = flagFor.get(item.id);
    return [
      dimensionTitle.get(item.dimensionId),
      item.id,
      prompt.get(item.id),
      item.vcs.preferred,
      item.vcs.acceptable.min,
      item.vcs.acceptable.max,
      item.vcs.importance,
      item.vcs.redLine,
      item.vcs.note,
      item.prime.preferred,
      item.prime.acceptable.min,
      item.prime.acceptable.max,
      item.prime.importance,
      item.prime.redLine,
      item.prime.note,
      item.fit,
      item.meetingPoint,
      flag?.code,
      flag?.severity,
    ].map(neutralise);
  });
  return stringify([header, ...rows]);
}
