/**
 * "What we will and won't compromise on" (issue 18; docs/architecture.md,
 * "Workshops"): the one page a workshop participant takes back to its board,
 * built from its own result against the scenario prime. Four lists: the red
 * lines it marked (and the position each keeps), the points where it could
 * move, the dealbreakers the scenario raised, and the questions those raise.
 *
 * Pure: the report and the questionnaire in, plain text out (the page and the
 * text file read the same lists).
 */
import { FLAG_CATALOGUE } from "./flag-catalogue";
import type { Report } from "./report";
import type { Answer, FactId, FactUnit, Facts, PositionItem, Questionnaire } from "./types";

/** At most this many questions to take back: a board meeting has room for a handful, not a report's worth. */
export const MAX_BOARD_QUESTIONS = 8;

/** At most this many flexible points: the widest ranges first, so the summary still fits one printed page. */
export const MAX_FLEXIBLE_POINTS = 8;

/** A range this wide (three positions or more) is a real willingness to move. */
const WIDE_RANGE = 2;

export interface RedLinePoint {
  itemId: string;
  /** The question, in the organisation's own words. */
  question: string;
  /** The position it keeps: "1. Our own brand only". */
  keeps: string;
  /** The furthest it could go, when its acceptable range is wider than its preferred position. */
  limit: string | null;
}

export interface RedLineFigure {
  factId: FactId;
  label: string;
  value: string;
}

export interface FlexiblePoint {
  itemId: string;
  question: string;
  /** What it could accept: "2. … to 4. …", or its one position when only the importance is low. */
  couldAccept: string;
  /** Why it is listed: a wide range, low importance, or both. */
  reason: "wide range" | "low importance" | "both";
}

export interface DealbreakerPoint {
  title: string;
  /** One line: the first sentence of the flag's explanation for this result. */
  line: string;
}

export interface CompromiseSummary {
  redLines: RedLinePoint[];
  redLineFigures: RedLineFigure[];
  flexible: FlexiblePoint[];
  /** Flexible points left off the list (beyond MAX_FLEXIBLE_POINTS). */
  moreFlexible: number;
  dealbreakers: DealbreakerPoint[];
  questions: string[];
}

/** The participant's own figures (the report keeps no figures of either side). */
export interface OwnFigures {
  facts: Facts;
  redLineFacts?: readonly FactId[] | undefined;
}

const UNIT_TEXT: Readonly<Record<FactUnit, (n: number) => string>> = {
  months: (n) => `${n} months`,
  percent: (n) => `${n}%`,
  "per year": (n) => `${n} a year`,
  days: (n) => `${n} days`,
};

const positionText = (item: PositionItem, position: number) =>
  `${position}. ${item.options[position - 1]?.label.vcs ?? ""}`;

/** The first sentence of a text, for a one-line reason ("…. Then more." → "…."). */
export function firstSentence(text: string): string {
  const trimmed = text.trim();
  const match = /^(.+?[.!?])(\s|$)/s.exec(trimmed);
  return (match?.[1] ?? trimmed).replace(/\s+/g, " ");
}

function isFlexible(answer: Answer): FlexiblePoint["reason"] | null {
  if (answer.redLine) return null;
  const wide = answer.acceptable.max - answer.acceptable.min >= WIDE_RANGE;
  const low = answer.importance === "low";
  if (wide && low) return "both";
  if (wide) return "wide range";
  if (low) return "low importance";
  return null;
}

function couldAccept(item: PositionItem, answer: Answer): string {
  const { min, max } = answer.acceptable;
  return min === max
    ? positionText(item, min)
    : `anything from ${positionText(item, min)} to ${positionText(item, max)}`;
}

/** The furthest position from the one kept, on the side the range reaches furthest. */
function redLineLimit(item: PositionItem, answer: Answer): string | null {
  const { min, max } = answer.acceptable;
  if (min === max) return null;
  return min === answer.preferred
    ? `at most ${positionText(item, max)}`
    : max === answer.preferred
      ? `at least ${positionText(item, min)}`
      : `between ${positionText(item, min)} and ${positionText(item, max)}`;
}

/** The four lists, in the questionnaire's order (dealbreakers in the report's order: severity, then the bank's). */
export function buildCompromiseSummary(
  questionnaire: Questionnaire,
  report: Pick<Report, "items" | "flags">,
  own: OwnFigures = { facts: {} },
): CompromiseSummary {
  const itemsById = new Map<string, PositionItem>();
  for (const dimension of questionnaire.dimensions) for (const item of dimension.items) itemsById.set(item.id, item);

  const redLines: RedLinePoint[] = [];
  const flexible: FlexiblePoint[] = [];
  for (const result of report.items) {
    const item = itemsById.get(result.id);
    if (!item) continue;
    const answer = result.vcs;
    if (answer.redLine) {
      redLines.push({
        itemId: item.id,
        question: item.prompt.vcs,
        keeps: positionText(item, answer.preferred),
        limit: redLineLimit(item, answer),
      });
      continue;
    }
    const reason = isFlexible(answer);
    if (reason)
      flexible.push({ itemId: item.id, question: item.prompt.vcs, couldAccept: couldAccept(item, answer), reason });
  }
  // The most room to move first (a wider range, then low importance as well), the bank's order within each.
  const room = (p: FlexiblePoint) => {
    const answer = report.items.find((i) => i.id === p.itemId)!.vcs;
    return (answer.acceptable.max - answer.acceptable.min) * 2 + (answer.importance === "low" ? 1 : 0);
  };
  const kept = flexible
    .map((point, order) => ({ point, order, room: room(point) }))
    .sort((a, b) => b.room - a.room || a.order - b.order)
    .slice(0, MAX_FLEXIBLE_POINTS)
    .sort((a, b) => a.order - b.order)
    .map((x) => x.point);

  const redLineFigures: RedLineFigure[] = [];
  const marked = new Set(own.redLineFacts ?? []);
  for (const fact of questionnaire.facts) {
    const value = own.facts[fact.id];
    if (fact.side === "vcs" && marked.has(fact.id) && typeof value === "number") {
      redLineFigures.push({ factId: fact.id, label: fact.label, value: UNIT_TEXT[fact.unit](value) });
    }
  }

  const dealbreakerFlags = report.flags.filter((flag) => flag.severity === "dealbreaker");
  const dealbreakers: DealbreakerPoint[] = [];
  const titles = new Set<string>();
  for (const flag of dealbreakerFlags) {
    if (titles.has(flag.title)) continue;
    titles.add(flag.title);
    dealbreakers.push({ title: flag.title, line: firstSentence(flag.explanation) });
  }

  // One list of questions per dealbreaker (its own, written for this result; the catalogue's only when the report
  // dropped them as repeated under an earlier flag), then per red-line item; taken in turn, so eight questions
  // cover as many topics as they can rather than exhausting the first.
  const sources: string[][] = [];
  for (const flag of dealbreakerFlags) {
    sources.push(flag.questions.length > 0 ? [...flag.questions] : [...FLAG_CATALOGUE[flag.code].questions]);
  }
  for (const point of redLines) sources.push([...(itemsById.get(point.itemId)?.questions ?? [])]);
  const questions: string[] = [];
  const seen = new Set<string>();
  for (let turn = 0; questions.length < MAX_BOARD_QUESTIONS && sources.some((list) => turn < list.length); turn++) {
    for (const list of sources) {
      const question = list[turn]?.trim();
      if (!question || seen.has(question.toLowerCase())) continue;
      seen.add(question.toLowerCase());
      questions.push(question);
      if (questions.length === MAX_BOARD_QUESTIONS) break;
    }
  }

  return {
    redLines,
    redLineFigures,
    flexible: kept,
    moreFlexible: flexible.length - kept.length,
    dealbreakers,
    questions,
  };
}

/**
 * What a workshop's selection scored, in a sentence ("Scored on 2 sections only: Brand and identity, Independence and
 * voice; from the short core set."), or null for a result on every section.
 */
export function selectionSentence(report: Pick<Report, "sections" | "dimensions" | "questionSet">): string | null {
  if (!report.sections) return null;
  const titles = report.dimensions.map((d) => d.title);
  const figures = report.sections.includes("facts") ? ", with the figures" : "";
  const count = titles.length === 1 ? "1 section" : `${titles.length} sections`;
  const set = report.questionSet === "core" ? "the short core set" : "the full question bank";
  return `A workshop’s selection: scored on ${count} only (${titles.join(", ")}${figures}), from ${set}.`;
}

/** The summary as a plain-text file for a board pack (UTF-8; the page's four headings, in its order). */
export function compromiseSummaryText(
  summary: CompromiseSummary,
  context: { organisation: string; workshopTitle: string; primeName: string; selection?: string | null },
): string {
  const lines: string[] = [];
  const heading = (text: string) => lines.push("", text, "-".repeat(text.length));
  lines.push("What we will and won’t compromise on", "=".repeat(36));
  lines.push(`${context.organisation}, in the workshop “${context.workshopTitle}”, against ${context.primeName}.`);
  if (context.selection) lines.push(context.selection);
  heading("Our red lines");
  if (summary.redLines.length === 0 && summary.redLineFigures.length === 0) lines.push("We marked no red lines.");
  for (const point of summary.redLines) {
    lines.push(`* ${point.question}`, `  We keep: ${point.keeps}${point.limit ? ` (we could go ${point.limit})` : ""}`);
  }
  for (const figure of summary.redLineFigures) lines.push(`* ${figure.label}: ${figure.value}`);
  heading("Where we can be flexible");
  if (summary.flexible.length === 0) lines.push("No question where we marked a wide range or low importance.");
  for (const point of summary.flexible) lines.push(`* ${point.question}`, `  We could accept ${point.couldAccept}`);
  if (summary.moreFlexible > 0)
    lines.push(`And ${summary.moreFlexible} more questions where we have some room to move.`);
  heading("Dealbreakers this scenario triggered");
  if (summary.dealbreakers.length === 0) lines.push("None: the scenario raised no dealbreaker.");
  for (const point of summary.dealbreakers) lines.push(`* ${point.title}: ${point.line}`);
  heading("Questions to take back to our board");
  if (summary.questions.length === 0) lines.push("None raised by this scenario.");
  summary.questions.forEach((question, i) => lines.push(`${i + 1}. ${question}`));
  lines.push("");
  return lines.join("\n");
}
