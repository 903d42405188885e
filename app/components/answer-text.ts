/**
 * How an answer reads in plain English, wherever the pages describe one (the
 * question pages, the review page). Pure and safe for the browser bundle.
 */
import type { Answer, FactUnit, Importance } from "~/domain/types";

export const IMPORTANCE_LABELS: Readonly<Record<Importance, string>> = { low: "Low", medium: "Medium", high: "High" };

/** What each importance means to the side choosing it, on the question pages. */
export const IMPORTANCE_CHOICES: Readonly<Record<Importance, string>> = {
  low: "Low: we could be flexible",
  medium: "Medium: it matters, but we can discuss it",
  high: "High: it is central to whether we take part",
};

/** The unit after a figure: "12 months", "15%", "200 a year". */
export const UNIT_SUFFIX: Readonly<Record<FactUnit, string>> = {
  months: "months",
  percent: "%",
  "per year": "a year",
  days: "days",
};

export function factValueText(value: number, unit: FactUnit): string {
  return unit === "percent" ? `${value}${UNIT_SUFFIX[unit]}` : `${value} ${UNIT_SUFFIX[unit]}`;
}

/** The positions a side could accept: "2 to 4", or null when only its preferred position. */
export function acceptableRangeText(answer: Pick<Answer, "acceptable">): string | null {
  const { min, max } = answer.acceptable;
  return min === max ? null : `${min} to ${max}`;
}
