/**
 * A workshop's figures as CSV (issue 18): for each question asked, how many
 * submitted organisations chose each position and how many made it a red
 * line, then the share whose result against the scenario raised each
 * dealbreaker. Only counts over the room: no name, no row per participant,
 * and nothing at all until enough have submitted (MIN_SUBMITTED_FOR_FIGURES).
 * The same quoting (csv-stringify) and neutralisation of formula-like text as
 * the report's CSV (app/formats/report-csv.ts).
 */
import { stringify } from "csv-stringify/sync";
import { FLAG_CATALOGUE } from "~/domain/flag-catalogue";
import type { Questionnaire } from "~/domain/types";
import { MIN_SUBMITTED_FOR_FIGURES, type WorkshopFigures } from "~/domain/workshop";
import { exportFileName, neutralise } from "./report-csv";

export const FIGURES_HEADER = [
  "Section",
  "Question",
  "Position 1",
  "Position 2",
  "Position 3",
  "Position 4",
  "Position 5",
  "Red lines",
] as const;

type Cell = string | number | null;

export function workshopFiguresCsv(input: { figures: WorkshopFigures; questionnaire: Questionnaire }): string {
  const { figures, questionnaire } = input;
  const rows: Cell[][] = [[...FIGURES_HEADER]];
  if (!figures.items || !figures.dealbreakers) {
    rows.push([
      `No figures yet: they appear once ${MIN_SUBMITTED_FOR_FIGURES} organisations have submitted, so that no answer can be traced to one of them. ${figures.submitted} of ${figures.joined} ${figures.joined === 1 ? "has" : "have"} submitted so far.`,
    ]);
    return stringify(rows.map((row) => row.map((cell) => neutralise(cell))));
  }
  const byId = new Map(figures.items.map((item) => [item.id, item]));
  for (const dimension of questionnaire.dimensions) {
    for (const item of dimension.items) {
      const counts = byId.get(item.id);
      if (!counts) continue;
      rows.push([dimension.title, item.prompt.vcs, ...counts.positions, counts.redLines]);
    }
  }
  rows.push([]);
  rows.push(["Dealbreaker", "Organisations", "Share of submitted organisations (%)"]);
  if (figures.dealbreakers.length === 0) rows.push(["None: the scenario triggered no dealbreaker for anyone"]);
  for (const d of figures.dealbreakers) {
    rows.push([
      FLAG_CATALOGUE[d.code]?.title ?? d.code,
      Math.round(d.share * figures.counted),
      Math.round(d.share * 100),
    ]);
  }
  rows.push([]);
  rows.push(["Organisations that submitted", figures.submitted]);
  rows.push(["Organisations these figures are over (the first to submit in threes)", figures.counted]);
  return stringify(rows.map((row) => row.map((cell) => neutralise(cell))));
}

/** "common-ground-workshop-preparing-for-the-re-tender-2026-12-01.csv". */
export function workshopFiguresFileName(title: string, day: Date): string {
  return exportFileName(`workshop ${title}`, day, "csv");
}
