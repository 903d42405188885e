// PROVISIONAL: replaced by the domain branch (board-domain) on merge.
import type { Answer, Position, Questionnaire, SideAnswers } from "./types";

export const SPREAD_THRESHOLD = 3;
export interface ItemSpread {
  positions: [number, number, number, number, number];
  redLines: number;
}
export interface CombinedItem {
  answer: Answer;
  majority: Position[];
  spread: ItemSpread;
  disagreement: boolean;
}
export interface BoardSpread {
  respondents: number;
  items: Record<string, ItemSpread>;
}
const rank = { low: 0, medium: 1, high: 2 } as const;
export function combineAnswers(answers: readonly Answer[]): CombinedItem {
  if (answers.length === 0) throw new Error("Nothing to combine");
  const prefs = answers.map((a) => a.preferred).sort((a, b) => a - b);
  const preferred = prefs[Math.floor((prefs.length - 1) / 2)] as Position;
  const min = Math.max(...answers.map((a) => a.acceptable.min)) as Position;
  const max = Math.min(...answers.map((a) => a.acceptable.max)) as Position;
  const acceptable = min <= preferred && preferred <= max ? { min, max } : { min: preferred, max: preferred };
  const importance = answers.reduce(
    (h, a) => (rank[a.importance] > rank[h] ? a.importance : h),
    answers[0]!.importance,
  );
  const redLines = answers.filter((a) => a.redLine).length;
  const positions: ItemSpread["positions"] = [0, 0, 0, 0, 0];
  for (const a of answers) positions[a.preferred - 1]! += 1;
  const majority: Position[] = [];
  for (let p = 1; p <= 5; p++) {
    if (answers.filter((a) => a.acceptable.min <= p && p <= a.acceptable.max).length * 2 > answers.length) {
      majority.push(p as Position);
    }
  }
  return {
    answer: { preferred, acceptable, importance, redLine: redLines > 0 },
    majority,
    spread: { positions, redLines },
    disagreement: prefs[prefs.length - 1]! - prefs[0]! >= 2 || (redLines > 0 && redLines < answers.length),
  };
}
export function combineSide(questionnaire: Questionnaire, respondents: readonly SideAnswers[]) {
  const out: Record<string, CombinedItem> = {};
  for (const d of questionnaire.dimensions) {
    for (const item of d.items) {
      const given = respondents.map((r) => r.answers[item.id]).filter((a): a is Answer => Boolean(a));
      if (given.length > 0) out[item.id] = combineAnswers(given);
    }
  }
  return out;
}
