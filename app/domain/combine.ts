/**
 * Several respondents for one side (issue 16): a side's lead invites board
 * members, each answers the same questionnaire alone, and their answers are
 * combined into the one answer per item that the engine scores. Pure
 * functions; docs/method.md ("When several people answer for one side") and
 * the method page explain the rule, the page with the output of these same
 * functions.
 *
 * The rule, item by item:
 * - preferred: the median of the preferred positions; with an even number of
 *   respondents the lower of the two middle values (ties go to the more
 *   independent position);
 * - acceptable: the positions every respondent could accept (the intersection
 *   of their ranges); when there is none, or it does not hold the combined
 *   preferred position, only the preferred position. The positions more than
 *   half could accept are reported beside it (`majority`);
 * - importance: the highest any respondent gave; red line: if any respondent
 *   marked one.
 * The order of the respondents never matters, and one respondent's answer
 * comes back unchanged.
 */
import { higherImportance } from "./flags";
import type { Answer, Importance, Position, Questionnaire, SideAnswers } from "./types";

/**
 * The spread of a side's answers (and the INTERNAL_DISAGREEMENT flag) is shown once at least this many respondents
 * have submitted: with two, each would read the other's answer from it. With fewer, only the combined answer.
 */
export const SPREAD_THRESHOLD = 3;

export interface ItemSpread {
  /** How many respondents preferred each position 1..5 (index 0 = position 1). */
  positions: [number, number, number, number, number];
  /** How many respondents marked the item a red line. */
  redLines: number;
}

export interface CombinedItem {
  /** The combined answer: preferred, acceptable, importance, redLine only (no note/fixed/clause; the caller adds those). */
  answer: Answer;
  /** Positions more than half of the respondents could accept (ascending; may be empty or have gaps). */
  majority: Position[];
  spread: ItemSpread;
  /** Preferred positions two or more apart, or some but not all marked a red line. */
  disagreement: boolean;
}

/** One side's spread, per item, as the engine reads it (`buildReport`'s `boards`). */
export interface BoardSpread {
  /** How many respondents submitted. */
  respondents: number;
  /** Per item id; an item nobody answered is absent. */
  items: Record<string, ItemSpread>;
}

/** How many respondents the spread counts on this item (those who answered it). */
export function spreadTotal(spread: ItemSpread): number {
  const p = spread.positions;
  return p[0] + p[1] + p[2] + p[3] + p[4];
}

/** The lowest and highest preferred positions in a spread (null when it counts nobody). */
export function spreadRange(spread: ItemSpread): { min: Position; max: Position } | null {
  let min = 0;
  let max = 0;
  for (let i = 0; i < 5; i++) {
    if (spread.positions[i]! > 0) {
      if (min === 0) min = i + 1;
      max = i + 1;
    }
  }
  return min === 0 ? null : { min: min as Position, max: max as Position };
}

/**
 * The respondents disagree: their preferred positions are two or more apart, or some but not all of those who
 * answered the item marked it a red line. (Counted against those who answered the item, so an item one respondent
 * left blank is not a disagreement for that alone.)
 */
export function spreadDisagrees(spread: ItemSpread): boolean {
  const range = spreadRange(spread);
  if (range === null) return false;
  if (range.max - range.min >= 2) return true;
  return spread.redLines > 0 && spread.redLines < spreadTotal(spread);
}

/** Combines respondents' answers to one item. Throws on an empty list. Order of the list never matters. */
export function combineAnswers(answers: readonly Answer[]): CombinedItem {
  const n = answers.length;
  if (n === 0) throw new Error("combineAnswers: no answers to combine");
  const positions: ItemSpread["positions"] = [0, 0, 0, 0, 0];
  const accepting = [0, 0, 0, 0, 0];
  let redLines = 0;
  let importance: Importance = "low";
  let everyoneMin = 1;
  let everyoneMax = 5;
  for (const a of answers) {
    positions[a.preferred - 1]! += 1;
    if (a.redLine) redLines++;
    importance = higherImportance(importance, a.importance);
    everyoneMin = Math.max(everyoneMin, a.acceptable.min);
    everyoneMax = Math.min(everyoneMax, a.acceptable.max);
    for (let p = a.acceptable.min; p <= a.acceptable.max; p++) accepting[p - 1]! += 1;
  }
  // The lower median: the ((n − 1) ÷ 2, rounded down)-th smallest preferred position, counting from 0.
  const target = (n - 1) >> 1;
  let seen = 0;
  let preferred: Position = 1;
  for (let p = 1; p <= 5; p++) {
    seen += positions[p - 1]!;
    if (seen > target) {
      preferred = p as Position;
      break;
    }
  }
  const acceptable =
    everyoneMin <= preferred && preferred <= everyoneMax
      ? { min: everyoneMin as Position, max: everyoneMax as Position }
      : { min: preferred, max: preferred };
  const majority: Position[] = [];
  for (let p = 1; p <= 5; p++) if (accepting[p - 1]! * 2 > n) majority.push(p as Position);
  const spread: ItemSpread = { positions, redLines };
  return {
    answer: { preferred, acceptable, importance, redLine: redLines > 0 },
    majority,
    spread,
    disagreement: spreadDisagrees(spread),
  };
}

/** Combines per item, in bank order, over the given respondents' answers (an item nobody answered is absent). */
export function combineSide(
  questionnaire: Questionnaire,
  respondents: readonly SideAnswers[],
): Record<string, CombinedItem> {
  const combined: Record<string, CombinedItem> = {};
  for (const dimension of questionnaire.dimensions) {
    for (const item of dimension.items) {
      const answers: Answer[] = [];
      for (const r of respondents) {
        const a = r.answers[item.id];
        if (a) answers.push(a);
      }
      if (answers.length > 0) combined[item.id] = combineAnswers(answers);
    }
  }
  return combined;
}

/**
 * A side's spread for the engine, from combineSide's result and how many respondents submitted. The caller passes
 * it to buildReport only when `respondents >= SPREAD_THRESHOLD` (the engine ignores it otherwise).
 */
export function boardSpreadOf(combined: Readonly<Record<string, CombinedItem>>, respondents: number): BoardSpread {
  const items: Record<string, ItemSpread> = {};
  for (const [id, c] of Object.entries(combined)) items[id] = c.spread;
  return { respondents, items };
}
