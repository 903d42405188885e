/**
 * How an answer reads in plain English, wherever the pages describe one (the
 * question pages, the review page). Pure and safe for the browser bundle.
 */
import type { Answer, FactDefinition, FactUnit, Importance, PositionItem, Side } from "~/domain/types";

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

/** A position as the side's own question page words it: "2. Delivered under both names". */
export function positionText(item: PositionItem, side: Side, position: number): string {
  return `${position}. ${item.options[position - 1]?.label[side] ?? ""}`;
}

/** An answer in words, a line each, with every position named by its label (review, submitted, conflicts). */
export function answerLines(item: PositionItem, side: Side, answer: Answer): string[] {
  const lines = [`Preferred: ${positionText(item, side, answer.preferred)}`];
  const others: string[] = [];
  for (let p = answer.acceptable.min; p <= answer.acceptable.max; p += 1) {
    if (p !== answer.preferred) others.push(positionText(item, side, p));
  }
  lines.push(
    others.length === 0 ? "Could live with: only the preferred position" : `Could also live with: ${others.join("; ")}`,
  );
  lines.push(`Matters: ${IMPORTANCE_LABELS[answer.importance]}${answer.redLine ? " — a red line" : ""}`);
  if (answer.fixed) lines.push("Set by the commissioner or the head contract");
  if (answer.clause) lines.push(`Clause: ${answer.clause}`);
  if (answer.note) lines.push(`Note: ${answer.note}`);
  return lines;
}

/** A figure in words, or what is assumed when an optional one is not given (null: required and missing). */
export function factLines(
  fact: FactDefinition,
  value: number | undefined,
  ticks: { redLine?: boolean; findingOnly?: boolean } = {},
): string[] | null {
  if (value === undefined) {
    if (!fact.optional) return null;
    return [
      fact.default === undefined
        ? "Not given (optional)"
        : `Not given: ${factValueText(fact.default, fact.unit)} assumed`,
    ];
  }
  return [
    factValueText(value, fact.unit),
    ...(ticks.redLine ? ["A red line"] : []),
    ...(ticks.findingOnly ? ["Shared as the finding only, not the number"] : []),
  ];
}
