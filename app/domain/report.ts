/**
 * From one questionnaire and the two sides' answers: an assessment (scores,
 * findings, verdict: cheap enough to rank thousands of checks) and the report
 * people read (the same assessment, with each item's detail and each flag's
 * plain-English text).
 */
import { NONE, SEVERITY_ORDER, factFindings, factFlag, itemFlag, itemSeverity, type Finding, type Flag } from "./flags";
import {
  VERDICT_ADVICE,
  VERDICT_LABELS,
  closeness,
  fitFrom,
  itemFit,
  itemWeight,
  meetingPoint,
  rangesOverlap,
  roundScore,
  verdictOf,
  type VerdictCode,
} from "./scoring";
import type { Answer, FactId, Position, PositionItem, Questionnaire, Side, SideAnswers } from "./types";

export interface DimensionResult {
  id: string;
  title: string;
  critical: boolean;
  /** 0–100, or null when no item in it was answered by both sides. */
  score: number | null;
}

export interface Assessment {
  overall: number;
  dimensions: DimensionResult[];
  /** Dealbreakers first, then serious, then caution; questionnaire order within each. */
  findings: Finding[];
  verdict: VerdictCode;
}

export function assessCheck(questionnaire: Questionnaire, vcs: SideAnswers, prime: SideAnswers): Assessment {
  const dimensions: DimensionResult[] = [];
  const findings: Finding[] = [];
  const criticalScores: number[] = [];
  const vcsAnswers = vcs.answers;
  const primeAnswers = prime.answers;
  let total = 0;
  let weights = 0;
  for (const dimension of questionnaire.dimensions) {
    let dimensionTotal = 0;
    let dimensionWeights = 0;
    for (const item of dimension.items) {
      const a = vcsAnswers[item.id];
      const b = primeAnswers[item.id];
      if (!a || !b) continue;
      const weight = itemWeight(a, b);
      const overlaps = rangesOverlap(a, b);
      dimensionTotal += fitFrom(closeness(a.preferred, b.preferred), overlaps) * weight;
      dimensionWeights += weight;
      const severity = itemSeverity(a, b, overlaps);
      if (severity) findings.push({ code: item.flag, severity, itemIds: [item.id], factIds: NONE });
    }
    total += dimensionTotal;
    weights += dimensionWeights;
    const score = dimensionWeights > 0 ? roundScore((dimensionTotal / dimensionWeights) * 100) : null;
    if (dimension.critical && score !== null) criticalScores.push(score);
    dimensions.push({ id: dimension.id, title: dimension.title, critical: dimension.critical, score });
  }
  findings.push(...factFindings({ ...vcs.facts, ...prime.facts }));
  // Stable sort: severity first, then the order of the questionnaire.
  findings.sort((x, y) => SEVERITY_ORDER[x.severity] - SEVERITY_ORDER[y.severity]);
  const overall = weights > 0 ? roundScore((total / weights) * 100) : 0;
  const verdict = verdictOf({
    overall,
    criticalScores,
    hasDealbreaker: findings.some((f) => f.severity === "dealbreaker"),
    hasSerious: findings.some((f) => f.severity === "serious"),
  });
  return { overall, dimensions, findings, verdict };
}

export interface ItemResult {
  id: string;
  dimensionId: string;
  fit: number;
  weight: number;
  meetingPoint: Position | null;
  vcs: Answer;
  prime: Answer;
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
  const assessment = assessCheck(questionnaire, vcs, prime);
  const itemsById = new Map<string, PositionItem>();
  const items: ItemResult[] = [];
  for (const dimension of questionnaire.dimensions) {
    for (const item of dimension.items) {
      itemsById.set(item.id, item);
      const a = vcs.answers[item.id];
      const b = prime.answers[item.id];
      if (!a || !b) continue;
      items.push({
        id: item.id,
        dimensionId: dimension.id,
        fit: Math.round(itemFit(a, b) * 1000) / 1000,
        weight: itemWeight(a, b),
        meetingPoint: meetingPoint(a, b),
        vcs: a,
        prime: b,
      });
    }
  }
  const facts = { ...vcs.facts, ...prime.facts };
  const flags = assessment.findings.map((finding) => {
    const itemId = finding.itemIds[0];
    const item = itemId ? itemsById.get(itemId) : undefined;
    const a = itemId ? vcs.answers[itemId] : undefined;
    const b = itemId ? prime.answers[itemId] : undefined;
    return item && a && b ? (itemFlag(item, a, b) as Flag) : factFlag(finding, facts);
  });
  const code = assessment.verdict;
  return {
    questionnaireVersion: questionnaire.version,
    verdict: { code, label: VERDICT_LABELS[code], advice: VERDICT_ADVICE[code] },
    overall: assessment.overall,
    dimensions: assessment.dimensions,
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
