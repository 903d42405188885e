/**
 * How two sides' answers become a fit, section scores, an overall score and a
 * verdict. Pure functions; the "How the score works" page is built from the
 * same constants, so the explanation cannot drift from the calculation.
 */
import type { Answer, Importance, Position } from "./types";

/** How much each importance level counts when items are combined. */
export const IMPORTANCE_WEIGHT: Readonly<Record<Importance, number>> = {
  low: 1,
  medium: 2,
  high: 3,
};

/** The widest possible distance between two positions on the 1–5 axis. */
export const AXIS_SPAN = 4;

/**
 * Where acceptable ranges overlap, fit runs from OVERLAP_FLOOR (preferred
 * positions at opposite ends of the axis) up to 1 (the same preferred position).
 */
export const OVERLAP_FLOOR = 0.5;

/**
 * Where acceptable ranges do not overlap, fit is at most NO_OVERLAP_CEILING
 * times the closeness of the preferred positions, so it always stays below any
 * overlapping pair.
 */
export const NO_OVERLAP_CEILING = 0.4;

/** Verdict bands on the 0–100 scale, inclusive at the bottom (DESIGN.md). */
export const BAND_THRESHOLDS = { STRONG: 75, WORKABLE: 50 } as const;

export type Band = "STRONG" | "WORKABLE" | "WEAK";
export type VerdictCode = "RED_LINES" | Band;

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

/** How close two preferred positions are: 1 when equal, 0 at opposite ends of the axis. */
export function closeness(a: Position, b: Position): number {
  return 1 - Math.abs(a - b) / AXIS_SPAN;
}

type FitInput = Pick<Answer, "preferred" | "acceptable">;

/**
 * Fit of one item, 0–1. With overlapping acceptable ranges there is room to
 * agree, so fit is OVERLAP_FLOOR plus the rest scaled by closeness; without
 * overlap it is at most NO_OVERLAP_CEILING scaled by closeness.
 */
export function itemFit(a: FitInput, b: FitInput): number {
  return fitFrom(closeness(a.preferred, b.preferred), rangesOverlap(a, b));
}

/** The fit formula itself, from closeness and whether the acceptable ranges overlap. */
export function fitFrom(near: number, overlaps: boolean): number {
  return overlaps ? OVERLAP_FLOOR + (1 - OVERLAP_FLOOR) * near : NO_OVERLAP_CEILING * near;
}

/** The same test as overlapOf, without allocating: it runs for every item of every check ranked. */
export function rangesOverlap(a: Pick<Answer, "acceptable">, b: Pick<Answer, "acceptable">): boolean {
  return Math.max(a.acceptable.min, b.acceptable.min) <= Math.min(a.acceptable.max, b.acceptable.max);
}

/** How much an item counts: both sides' importance added together. */
export function itemWeight(a: Pick<Answer, "importance">, b: Pick<Answer, "importance">): number {
  return IMPORTANCE_WEIGHT[a.importance] + IMPORTANCE_WEIGHT[b.importance];
}

/**
 * A suggested meeting point: the position acceptable to both that is closest
 * to both preferences (nearest the midpoint; ties go to the more independent
 * position). Null when the ranges do not overlap.
 */
export function meetingPoint(a: FitInput, b: FitInput): Position | null {
  const shared = overlapOf(a.acceptable, b.acceptable);
  if (!shared) return null;
  const midpoint = (a.preferred + b.preferred) / 2;
  let best: Position = shared.min;
  for (let p = shared.min; p <= shared.max; p++) {
    if (Math.abs(p - midpoint) < Math.abs(best - midpoint)) best = p as Position;
  }
  return best;
}

/** Importance-weighted mean fit on 0–100, rounded to one decimal; null for no items. */
export function weightedScore(items: ReadonlyArray<{ fit: number; weight: number }>): number | null {
  let total = 0;
  let weights = 0;
  for (const { fit, weight } of items) {
    total += fit * weight;
    weights += weight;
  }
  if (weights === 0) return null;
  return roundScore((total / weights) * 100);
}

export function roundScore(score: number): number {
  return Math.round(score * 10) / 10;
}

export function bandOf(score: number): Band {
  if (score >= BAND_THRESHOLDS.STRONG) return "STRONG";
  if (score >= BAND_THRESHOLDS.WORKABLE) return "WORKABLE";
  return "WEAK";
}

const BAND_RANK: Readonly<Record<Band, number>> = { WEAK: 0, WORKABLE: 1, STRONG: 2 };

/**
 * The verdict: any dealbreaker means RED_LINES whatever the score; otherwise
 * the band of the overall score, never better than the band of the weakest
 * critical dimension, and never better than WORKABLE while a serious flag
 * (something that must be negotiated) stands.
 */
export function verdictOf(input: {
  overall: number;
  criticalScores: readonly number[];
  hasDealbreaker: boolean;
  hasSerious?: boolean;
}): VerdictCode {
  if (input.hasDealbreaker) return "RED_LINES";
  let verdict = bandOf(input.overall);
  if (input.hasSerious && verdict === "STRONG") verdict = "WORKABLE";
  for (const score of input.criticalScores) {
    const band = bandOf(score);
    if (BAND_RANK[band] < BAND_RANK[verdict]) verdict = band;
  }
  return verdict;
}
