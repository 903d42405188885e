/**
 * A partner search's shortlist as CSV (issue 17): one row per candidate, in
 * the dashboard's order, with the same quoting (csv-stringify) and the same
 * neutralisation of formula-like text as the report's CSV
 * (app/formats/report-csv.ts): a candidate names itself, so its name is text
 * a spreadsheet must never run.
 */
import { stringify } from "csv-stringify/sync";
import { VERDICT_LABELS } from "~/domain/scoring";
import type { CandidateRow } from "~/domain/search";
import type { SideStatus } from "~/domain/types";
import { exportFileName, neutralise } from "./report-csv";

const STATUS_WORDS: Readonly<Record<SideStatus, string>> = {
  not_started: "Not started",
  in_progress: "In progress",
  submitted: "Submitted",
};

/** A moment in UK time as a spreadsheet reads it: "2026-12-01 14:05". */
function ukDateTime(at: Date): string {
  const part = (type: string) =>
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/London",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(at)
      .find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")} ${part("hour")}:${part("minute")}`;
}

export function shortlistCsv(input: {
  rows: readonly CandidateRow[];
  sections: ReadonlyArray<{ id: string; title: string }>;
}): string {
  const header = [
    "Rank",
    "Organisation",
    "Contact email",
    "How they joined",
    "Status",
    "Verdict",
    "Overall score (0 to 100)",
    "Dealbreakers",
    ...input.sections.map((s) => `${s.title} (0 to 100)`),
    "Submitted at (UK time)",
  ];
  const rows = input.rows.map((row, index) => {
    const result = row.result;
    const verdict = result ? (VERDICT_LABELS[result.verdict as keyof typeof VERDICT_LABELS] ?? result.verdict) : "";
    return [
      index + 1,
      row.name,
      row.email,
      row.source === "applied" ? "Applied" : "Invited",
      STATUS_WORDS[row.status],
      result ? verdict : row.status === "submitted" ? "Waiting for the prime’s answers" : "Not submitted yet",
      result?.overall,
      result?.dealbreakers,
      ...input.sections.map((s) => result?.dimensions[s.id] ?? null),
      row.submittedAt ? ukDateTime(row.submittedAt) : null,
    ];
  });
  return stringify([header, ...rows].map((row) => row.map((cell) => neutralise(cell))));
}

/** "common-ground-shortlist-employment-support-kent-2026-12-01.csv". */
export function shortlistFileName(title: string, day: Date): string {
  return exportFileName(`shortlist ${title}`, day, "csv");
}
