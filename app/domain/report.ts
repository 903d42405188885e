/**
 * The report: fit per item, scores per dimension and overall, flags and the
 * verdict, from one questionnaire and the two sides' answers.
 */
import { SEVERITY_ORDER, factFlags, itemFlag, type Flag } from "./flags";
import {
  VERDICT_ADVICE,
  VERDICT_LABELS,
  itemFit,
  itemWeight,
  meetingPoint,
  verdictOf,
  weightedScore,
  type VerdictCode,
} from "./scoring";
import type { Answer, FactId, Position, Questionnaire, Side, SideAnswers } from "./types";

export interface ItemResult {
  id: string;
  dimensionId: string;
  fit: number;
  weight: number;
  meetingPoint: Position | null;
  vcs: Answer;
  prime: Answer;
}

export interface DimensionResult {
  id: string;
  title: string;
  critical: boolean;
  /** 0–100, or null when no item in it was answered by both sides. */
  score: number | null;
}

export interface Report {
  questionnaireVersion: string;
  verdict: { code: VerdictCode; label: string; advice: string };
  overall: number;
  dimensions: DimensionResult[];
  flags: Flag[];
  items: ItemResult[];
}

export function buildReport(questionnaire: Questionnaire, vcs: SideAnswers, prime: SideAnswers): Report {
  const items: ItemResult[] = [];
  const flags: Flag[] = [];
  const dimensions: DimensionResult[] = [];

  for (const dimension of questionnaire.dimensions) {
    const scored: ItemResult[] = [];
    for (const item of dimension.items) {
      const a = vcs.answers[item.id];
      const b = prime.answers[item.id];
      if (!a || !b) continue;
      const result: ItemResult = {
        id: item.id,
        dimensionId: dimension.id,
        fit: Math.round(itemFit(a, b) * 1000) / 1000,
        weight: itemWeight(a, b),
        meetingPoint: meetingPoint(a, b),
        vcs: a,
        prime: b,
      };
      scored.push(result);
      const flag = itemFlag(item, a, b);
      if (flag) flags.push(flag);
    }
    items.push(...scored);
    dimensions.push({
      id: dimension.id,
      title: dimension.title,
      critical: dimension.critical,
      score: weightedScore(scored),
    });
  }

  flags.push(...factFlags(vcs.facts, prime.facts));
  // Stable sort: severity first, then the order of the questionnaire.
  flags.sort((x, y) => SEVERITY_ORDER[x.severity] - SEVERITY_ORDER[y.severity]);

  const overall = weightedScore(items) ?? 0;
  const criticalScores = dimensions.filter((d) => d.critical && d.score !== null).map((d) => d.score as number);
  const code = verdictOf({
    overall,
    criticalScores,
    hasDealbreaker: flags.some((f) => f.severity === "dealbreaker"),
  });

  return {
    questionnaireVersion: questionnaire.version,
    verdict: { code, label: VERDICT_LABELS[code], advice: VERDICT_ADVICE[code] },
    overall,
    dimensions,
    flags,
    items,
  };
}

/** Item ids and fact ids a side has still to answer before it can submit. */
export function missingAnswers(questionnaire: Questionnaire, side: Side, given: SideAnswers): string[] {
  const missing: string[] = [];
  for (const dimension of questionnaire.dimensions) {
    for (const item of dimension.items) {
      if (!given.answers[item.id]) missing.push(item.id);
    }
  }
  for (const fact of questionnaire.facts) {
    if (fact.side === side && typeof given.facts[fact.id as FactId] !== "number") missing.push(fact.id);
  }
  return missing;
}
