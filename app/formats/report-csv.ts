/**
 * The report as CSV: the verdict, every figure, every flag and every answer.
 * csv-stringify does the quoting; this module only makes sure no text cell
 * can be read by a spreadsheet as a formula.
 */
import { stringify } from "csv-stringify/sync";
import { flagKey } from "~/domain/flags";
import type { Report } from "~/domain/report";
import type { FactUnit, Questionnaire, Side, SideAnswers } from "~/domain/types";
import type { SideBoardLabels } from "./report-labels";

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

export interface CsvInput {
  report: Report & { outcomes?: Record<string, { outcome: string; note: string | null }> };
  questionnaire: Questionnaire;
  title: string;
  vcsName: string;
  primeName: string;
  /** The day of the export, as people read it ("1 December 2026"). */
  generatedOn: string;
  /** Each side's figures and the figures it marked as red lines. */
  figures: Record<Side, Pick<SideAnswers, "facts" | "redLineFacts" | "findingOnlyFacts">>;
  /** How each side answered, when either answered as a board (issue 16): a last block, only then. */
  boards?: readonly SideBoardLabels[] | null;
}

const UNIT_LABEL: Record<FactUnit, string> = { months: "months", percent: "%", "per year": "a year", days: "days" };

/**
 * The report as a spreadsheet: a title row and the verdict, then three blocks,
 * each with its own header row: every figure both sides gave, every flag (with
 * the questions or figures it concerns and any outcome), and both sides'
 * answers to every question, the columns named by the organisations.
 */
export function reportCsv(input: CsvInput): string {
  const { report, questionnaire, vcsName, primeName } = input;
  const dimensionTitle = new Map(questionnaire.dimensions.map((d) => [d.id, d.title]));
  const prompt = new Map(questionnaire.dimensions.flatMap((d) => d.items.map((i) => [i.id, i.prompt.vcs] as const)));
  const facts = new Map(questionnaire.facts.map((f) => [f.id, f]));
  const names: Record<Side, string> = { vcs: vcsName, prime: primeName };
  const rows: unknown[][] = [
    [`Common Ground partnership check: ${input.title}`],
    [`${vcsName} (organisation) and ${primeName} (prime contractor), exported ${input.generatedOn}`],
    ["Verdict", report.verdict.label, "Why", report.why, "Overall alignment (0 to 100)", report.overall],
    [],
    ["Figures"],
    ["side", "organisation", "figure", "question", "value", "unit", "red line"],
  ];
  for (const fact of questionnaire.facts) {
    const given = input.figures[fact.side];
    const value = given.facts[fact.id];
    rows.push([
      fact.side,
      names[fact.side],
      fact.id,
      fact.label,
      given.findingOnlyFacts?.includes(fact.id)
        ? "not shared: the flags say what it shows"
        : typeof value === "number"
          ? value
          : fact.optional
            ? `not given (the method assumes ${fact.default ?? ""})`
            : "",
      UNIT_LABEL[fact.unit],
      given.redLineFacts?.includes(fact.id) ?? false,
    ]);
  }
  rows.push(
    [],
    ["Flags"],
    ["severity", "flag", "title", "concerns", "explanation", "who should act", "outcome", "outcome note"],
  );
  for (const flag of report.flags) {
    const concerns = [
      ...flag.itemIds.map((id) => prompt.get(id) ?? id),
      ...flag.factIds.map((id) => facts.get(id)?.label ?? id),
    ].join("; ");
    const outcome = report.outcomes?.[flagKey(flag)];
    rows.push([
      flag.severity,
      flag.code,
      flag.title,
      concerns,
      flag.explanation,
      flag.whoActs,
      outcome?.outcome,
      outcome?.note,
    ]);
  }
  const flagFor = new Map<string, { code: string; severity: string }>();
  for (const flag of report.flags) for (const id of flag.itemIds) if (!flagFor.has(id)) flagFor.set(id, flag);
  const side = (s: Side, field: string) => `${names[s]}: ${field}`;
  rows.push(
    [],
    ["Answers"],
    [
      "section",
      "item",
      "question",
      ...(["vcs", "prime"] as const).flatMap((s) =>
        ["preferred", "acceptable from", "acceptable to", "importance", "red line", "note"].map((f) => side(s, f)),
      ),
      "fit",
      "meeting point",
      "flag",
      "severity",
    ],
  );
  for (const item of report.items) {
    const flag = flagFor.get(item.id);
    rows.push([
      dimensionTitle.get(item.dimensionId),
      item.id,
      prompt.get(item.id),
      ...[item.vcs, item.prime].flatMap((a) => [
        a.preferred,
        a.acceptable.min,
        a.acceptable.max,
        a.importance,
        a.redLine,
        a.note,
      ]),
      item.fit,
      item.meetingPoint,
      flag?.code,
      flag?.severity,
    ]);
  }
  if (input.boards) {
    rows.push(
      [],
      ["How each side answered"],
      [
        "side",
        "organisation",
        "people answering",
        "questions they disagreed on",
        "item",
        "question",
        "lead's override",
        "why",
      ],
    );
    for (const board of input.boards) {
      const split = board.spread ? board.spread.filter((s) => s.disagreement).length : "not shown: fewer than three";
      rows.push([board.side, names[board.side], board.respondents, split]);
      for (const o of board.overrides) {
        rows.push([board.side, names[board.side], "", "", o.id, o.prompt, o.lines.join("; "), o.reason]);
      }
    }
  }
  return stringify(rows.map((row) => row.map((cell) => neutralise(cell as Parameters<typeof neutralise>[0]))));
}

/** A download's file name from the check's title and the day: "common-ground-community-rehabilitation-2026-12-01.csv". */
export function exportFileName(title: string, day: Date, extension: "csv" | "json"): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return `common-ground-${slug || "check"}-${day.toISOString().slice(0, 10)}.${extension}`;
}
