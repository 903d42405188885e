/**
 * How two sides' answers to one question become a fit, and fits become
 * section and overall scores. Pure functions that read the check's method
 * (method.ts); the "How the score works" page calls these same functions, so
 * the explanation cannot drift from the calculation (docs/method.md).
 */
import { METHOD_V1, type Band, type Method, type VerdictCode } from "./method";
import type { Answer, Importance, Position } from "./types";

export type { Band, VerdictCode } from "./method";

/** How much each importance level counts when items are combined (every method so far). */
export const IMPORTANCE_WEIGHT: Readonly<Record<Importance, number>> = {
  low: 1,
  medium: 2,
  high: 3,
};

/** The widest possible distance between two positions on the 1–5 axis. */
export const AXIS_SPAN = 4;

/** Method v1's fit constants, kept by name for the pages and tests that explain v1. */
export const OVERLAP_FLOOR = (METHOD_V1.fit as { overlapFloor: number }).overlapFloor;
export const NO_OVERLAP_CEILING = (METHOD_V1.fit as { noOverlapCeiling: number }).noOverlapCeiling;
/** Method v1's bands. */
export const BAND_THRESHOLDS = METHOD_V1.bands;

export const VERDICT_LABELS: Readonly<Record<VerdictCode, string>> = {
  RED_LINES: "Red lines in conflict",
  STRONG: "Strong fit",
  WORKABLE: "Workable, with things to negotiate",
  WEAK: "Weak fit",
};

/** One sentence a trustee can act on, for each verdict. */
export const VERDICT_ADVICE: Readonly<Record<VerdictCode, string>> = {
  RED_LINES: "Do not proceed unless these red lines are resolved, in writing, before you sign.",
  STRONG:
    "A strong fit: the two sides want broadly the same partnership. Check the flags below and confirm them in the contract.",
  WORKABLE: "Workable: there is room to agree, but some terms need negotiating before you commit.",
  WEAK: "A weak fit: the two sides want quite different partnerships. Proceed only if the gaps below can be closed.",
};

export interface Range {
  min: Position;
  max: Position;
}

/** The positions both sides could accept, or null when their ranges do not meet. */
export function overlapOf(a: Range, b: Range): Range | null {
  const min = Math.max(a.min, b.min) as Position;
  const max = Math.min(a.max, b.max) as Position;
  return min <= max ? { min, max } : null;
}

/** The same test as overlapOf, without allocating: it runs for every item of every check ranked. */
export function rangesOverlap(a: Pick<Answer, "acceptable">, b: Pick<Answer, "acceptable">): boolean {
  return Math.max(a.acceptable.min, b.acceptable.min) <= Math.min(a.acceptable.max, b.acceptable.max);
}

/** How close two preferred positions are: 1 when equal, 0 at opposite ends of the axis. */
export function closeness(a: Position, b: Position): number {
  return 1 - Math.abs(a - b) / AXIS_SPAN;
}

type FitInput = Pick<Answer, "preferred" | "acceptable">;

/** Fit of one item, 0–1, under the check's method. */
export function itemFit(method: Method, a: FitInput, b: FitInput): number {
  return fitFrom(method, Math.abs(a.preferred - b.preferred), rangesOverlap(a, b));
}

/**
 * The fit formula itself, from how many steps apart the preferred positions
 * are and whether the acceptable ranges share a position.
 * v1: floor + (1 − floor) × closeness with overlap, ceiling × closeness without.
 * v2: read from the method's table.
 */
export function fitFrom(method: Method, stepsApart: number, overlaps: boolean): number {
  const fit = method.fit;
  if (fit.kind === "table") return (overlaps ? fit.overlap : fit.noOverlap)[stepsApart] as number;
  const near = 1 - stepsApart / AXIS_SPAN;
  return overlaps ? fit.overlapFloor + (1 - fit.overlapFloor) * near : fit.noOverlapCeiling * near;
}

/** How much an item counts: both sides' importance added together. */
export function itemWeight(a: Pick<Answer, "importance">, b: Pick<Answer, "importance">): number {
  return importanceWeight(a.importance) + importanceWeight(b.importance);
}

/** IMPORTANCE_WEIGHT[importance], by comparison rather than a keyed read (it runs twice per item of every check ranked). */
const importanceWeight = (importance: Importance): number =>
  importance === "medium"
    ? IMPORTANCE_WEIGHT.medium
    : importance === "high"
      ? IMPORTANCE_WEIGHT.high
      : importance === "low"
        ? IMPORTANCE_WEIGHT.low
        : IMPORTANCE_WEIGHT[importance];

/**
 * A suggested meeting point: the position acceptable to both that is closest
 * to both preferences (nearest the midpoint; ties go to the more independent
 * position). Null when the ranges do not overlap.
 */
export function meetingPoint(a: FitInput, b: FitInput): Position | null {
  // The overlap's ends, without allocating (the unsafe-floor rule calls this for every check ranked).
  const min = Math.max(a.acceptable.min, b.acceptable.min);
  const max = Math.min(a.acceptable.max, b.acceptable.max);
  if (min > max) return null;
  const midpoint = (a.preferred + b.preferred) / 2;
  let best = min;
  for (let p = min; p <= max; p++) {
    if (Math.abs(p - midpoint) < Math.abs(best - midpoint)) best = p;
  }
  return best as Position;
}

/**
 * A running importance-weighted total. The engine adds each item to its
 * section's tally and the overall one without allocating; the method page adds
 * its worked example the same way, so both use one calculation.
 */
export interface Tally {
  total: number;
  weights: number;
}

export const newTally = (): Tally => ({ total: 0, weights: 0 });

export function addToTally(tally: Tally, fit: number, weight: number): void {
  tally.total += fit * weight;
  tally.weights += weight;
}

/** The tally's weighted mean fit on 0–100, rounded to one decimal; null when nothing was added. */
export function tallyScore(tally: Tally): number | null {
  return scoreOf(tally.total, tally.weights);
}

/** The same from a tally's two numbers (the engine keeps them in variables rather than an object). */
export function scoreOf(total: number, weights: number): number | null {
  return weights > 0 ? roundScore((total / weights) * 100) : null;
}

/** Importance-weighted mean fit on 0–100 of a list of items (the tally, for callers with a list). */
export function weightedScore(items: ReadonlyArray<{ fit: number; weight: number }>): number | null {
  const tally = newTally();
  for (const { fit, weight } of items) addToTally(tally, fit, weight);
  return tallyScore(tally);
}

export function roundScore(score: number): number {
  return Math.round(score * 10) / 10;
}

export function bandOf(method: Method, score: number): Band {
  if (score >= method.bands.STRONG) return "STRONG";
  if (score >= method.bands.WORKABLE) return "WORKABLE";
  return "WEAK";
}

export const BAND_RANK: Readonly<Record<VerdictCode, number>> = { RED_LINES: -1, WEAK: 0, WORKABLE: 1, STRONG: 2 };
