/**
 * The one engine: from a question bank (with its method) and the two sides'
 * answers, an assessment (scores, findings, verdict and why: cheap enough to
 * rank thousands of checks) and the report people read (the same assessment,
 * with each item's detail and each flag's plain-English text).
 */
import { SPREAD_THRESHOLD, spreadDisagrees, type BoardSpread } from "./combine";
import { describeFinding, type TextContext } from "./flag-text";
import {
  NONE,
  factFindings,
  factsOfBoth,
  itemRuleFindings,
  itemRulesOf,
  sortBySeverity,
  type Finding,
  type Flag,
  type ItemRules,
} from "./flags";
import type { VerdictCode } from "./method";
import { VERDICT_ADVICE, VERDICT_LABELS, fitFrom, itemWeight, meetingPoint, rangesOverlap, scoreOf } from "./scoring";
import {
  SIDES,
  type Answer,
  type FactDefinition,
  type FactId,
  type Position,
  type PositionItem,
  type Questionnaire,
  type Side,
  type SideAnswers,
} from "./types";
import { adviceFor, decideVerdict, whyText, type Verdict } from "./verdict";

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
  /** Why the verdict is what it is: the cap that set it. */
  decision: Verdict;
}

const NO_RED_LINE_FACTS: readonly FactId[] = [];

function redLineFactsOf(vcs: SideAnswers, prime: SideAnswers): readonly FactId[] {
  if (!vcs.redLineFacts?.length && !prime.redLineFacts?.length) return NO_RED_LINE_FACTS;
  return [...(vcs.redLineFacts ?? []), ...(prime.redLineFacts ?? [])];
}

/** What the engine reads of a question bank, gathered once per bank rather than for every check. */
interface BankPlan {
  /** The bank's dimensions when the plan was made (a plan is remade if they are replaced). */
  dimensions: Questionnaire["dimensions"];
  /** Every item's id, in bank order. */
  ids: string[];
  /** Every item's rules, in the same order. */
  rules: ItemRules[];
  /** Where each dimension's items end in `ids` and `rules`. */
  ends: number[];
  /**
   * Scratch space for one check's answers, item by item (emptied again before
   * assessCheck returns): reading every answer first, in a loop that does
   * nothing else, lets the processor fetch many of them from memory at once.
   */
  vcsSlots: Array<Answer | undefined>;
  primeSlots: Array<Answer | undefined>;
}

const PLANS = new WeakMap<Questionnaire, BankPlan>();

function planOf(questionnaire: Questionnaire): BankPlan {
  const known = PLANS.get(questionnaire);
  if (known && known.dimensions === questionnaire.dimensions) return known;
  const plan: BankPlan = {
    dimensions: questionnaire.dimensions,
    ids: [],
    rules: [],
    ends: [],
    vcsSlots: [],
    primeSlots: [],
  };
  for (const dimension of questionnaire.dimensions) {
    for (const item of dimension.items) {
      plan.ids.push(item.id);
      plan.rules.push(itemRulesOf(item));
      plan.vcsSlots.push(undefined);
      plan.primeSlots.push(undefined);
    }
    plan.ends.push(plan.ids.length);
  }
  PLANS.set(questionnaire, plan);
  return plan;
}

/** Each side's spread, passed for a side only when SPREAD_THRESHOLD or more of its respondents submitted. */
export type Boards = Partial<Record<Side, BoardSpread>>;

/**
 * The spreads the engine reads: a side's only from SPREAD_THRESHOLD respondents (below it the spread would show
 * each respondent's answer to the others), and undefined when there is none, so the usual path costs one test.
 */
function boardsToRead(boards: Boards | undefined): Boards | undefined {
  if (boards === undefined) return undefined;
  const vcs = boards.vcs && boards.vcs.respondents >= SPREAD_THRESHOLD ? boards.vcs : undefined;
  const prime = boards.prime && boards.prime.respondents >= SPREAD_THRESHOLD ? boards.prime : undefined;
  if (!vcs && !prime) return undefined;
  if (vcs === boards.vcs && prime === boards.prime) return boards;
  return { ...(vcs ? { vcs } : {}), ...(prime ? { prime } : {}) };
}

/**
 * INTERNAL_DISAGREEMENT for one section's items (plan positions from..end), appended to `out`: per item, the
 * organisation's board first, then the prime's. Serious in a critical section, a caution elsewhere; it caps nothing.
 */
function boardFindings(boards: Boards, plan: BankPlan, from: number, end: number, critical: boolean, out: Finding[]) {
  const severity = critical ? "serious" : "caution";
  for (let k = from; k < end; k++) {
    const id = plan.ids[k]!;
    for (const side of SIDES) {
      const spread = boards[side]?.items[id];
      if (spread && spreadDisagrees(spread)) {
        out.push({ code: "INTERNAL_DISAGREEMENT", severity, itemIds: plan.rules[k]!.itemIds, factIds: NONE, side });
      }
    }
  }
}

/**
 * Scores, findings and the verdict. `boards`: each side's spread of answers when several people answered for it
 * (combine.ts), which raises INTERNAL_DISAGREEMENT and nothing else; without it the result is exactly as before.
 */
export function assessCheck(
  questionnaire: Questionnaire,
  vcs: SideAnswers,
  prime: SideAnswers,
  boards?: Boards,
): Assessment {
  const method = questionnaire.method;
  const plan = planOf(questionnaire);
  const board = boardsToRead(boards);
  const { ids, rules, ends, vcsSlots, primeSlots } = plan;
  const vcsAnswers = vcs.answers;
  const primeAnswers = prime.answers;
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k]!;
    vcsSlots[k] = vcsAnswers[id];
    primeSlots[k] = primeAnswers[id];
  }
  const dimensions: DimensionResult[] = [];
  const edgeCounts: number[] = [];
  const findings: Finding[] = [];
  const facts = factsOfBoth(vcs.facts, prime.facts);
  // The overall tally and each section's, as plain numbers: this loop runs for every check ranked.
  let overallTotal = 0;
  let overallWeights = 0;
  /** Serious findings that count towards "many serious" (v2): in critical sections, raised by figures, or unsafe. */
  let weighty = 0;
  let k = 0;
  for (let d = 0; d < plan.dimensions.length; d++) {
    const dimension = plan.dimensions[d]!;
    const end = ends[d]!;
    let total = 0;
    let weights = 0;
    let edgeAgreements = 0;
    const firstOfSection = findings.length;
    const sectionStart = k;
    for (; k < end; k++) {
      const a = vcsSlots[k];
      const b = primeSlots[k];
      vcsSlots[k] = primeSlots[k] = undefined;
      if (!a || !b) continue;
      const weight = itemWeight(a, b);
      const overlaps = rangesOverlap(a, b);
      const fit = fitFrom(method, Math.abs(a.preferred - b.preferred), overlaps);
      total += fit * weight;
      weights += weight;
      overallTotal += fit * weight;
      overallWeights += weight;
      const before = findings.length;
      itemRuleFindings(method, rules[k]!, a, b, facts, findings, overlaps);
      for (let i = before; i < findings.length; i++) if (findings[i]!.edge) edgeAgreements++;
    }
    if (board !== undefined) boardFindings(board, plan, sectionStart, end, dimension.critical, findings);
    const score = scoreOf(total, weights);
    dimensions.push({ id: dimension.id, title: dimension.title, critical: dimension.critical, score });
    edgeCounts.push(edgeAgreements);
    for (let i = firstOfSection; i < findings.length; i++) {
      const f = findings[i]!;
      if (isNegotiableSerious(f) && (dimension.critical || f.code === "UNSAFE_AGREEMENT")) weighty++;
    }
  }
  const firstFact = findings.length;
  factFindings(method, facts, findings, redLineFactsOf(vcs, prime));
  for (let i = firstFact; i < findings.length; i++) if (isNegotiableSerious(findings[i]!)) weighty++;
  // Severity first, then the order of the questionnaire.
  sortBySeverity(findings);
  let dealbreakers = 0;
  let serious = 0;
  let viabilityBreaches = 0;
  for (const f of findings) {
    if (f.severity === "dealbreaker") dealbreakers++;
    else if (isNegotiableSerious(f)) serious++;
    if (f.viability) viabilityBreaches++;
  }
  const overallScore = scoreOf(overallTotal, overallWeights) ?? 0;
  const decision = decideVerdict(method, {
    overall: overallScore,
    sections: dimensions,
    edgeAgreements: edgeCounts,
    dealbreakers,
    serious,
    weightySerious: weighty,
    viabilityBreaches,
  });
  return { overall: overallScore, dimensions, findings, verdict: decision.code, decision };
}

/**
 * A serious flag that must be negotiated. A contradiction is a question about the data, and a board's internal
 * disagreement a question about a side's own process (its board must settle it, not the other side): both cap nothing.
 */
const isNegotiableSerious = (f: Finding) =>
  f.severity === "serious" && f.code !== "CONTRADICTION" && f.code !== "INTERNAL_DISAGREEMENT";

export interface ItemResult {
  id: string;
  dimensionId: string;
  fit: number;
  weight: number;
  meetingPoint: Position | null;
  vcs: Answer;
  prime: Answer;
}

/** A term a side says is set by the commissioner or the head contract, not its to change. */
export interface FixedTerm {
  itemId: string;
  sides: Side[];
}

export interface Report {
  questionnaireVersion: string;
  verdict: { code: VerdictCode; label: string; advice: string };
  overall: number;
  dimensions: DimensionResult[];
  flags: Flag[];
  items: ItemResult[];
  /** The scoring method the check keeps (added with method v2; v1 checks report v1). */
  method: { version: string; label: string; bands: { STRONG: number; WORKABLE: number } };
  /** Why this verdict, in one line. */
  why: string;
  /** Terms set by the commissioner or the head contract: the commissioner's to raise. */
  fixedTerms: FixedTerm[];
  /** Which questions were asked: the whole bank or its short core set. */
  questionSet: "full" | "core";
  /** A workshop's selection (issue 18): the sections asked and scored, by id; absent when every section was. */
  sections?: readonly string[];
  /**
   * Issue 16: the spread of each side's respondents' answers, for a side with SPREAD_THRESHOLD or more respondents
   * submitted. Absent when no side has one, so that a report without boards is byte for byte what it was.
   */
  boards?: Boards;
}

/**
 * The report people read. `boards`: as for assessCheck; pass a side's spread only when SPREAD_THRESHOLD or more of
 * its respondents submitted (a spread with fewer is ignored), and pass the side's combined answers as its answers.
 */
export function buildReport(
  questionnaire: Questionnaire,
  vcs: SideAnswers,
  prime: SideAnswers,
  boards?: Boards,
): Report {
  const board = boardsToRead(boards);
  const assessment = assessCheck(questionnaire, vcs, prime, board);
  const method = questionnaire.method;
  const itemsById = new Map<string, PositionItem>();
  const items: ItemResult[] = [];
  const fixedTerms: FixedTerm[] = [];
  for (const dimension of questionnaire.dimensions) {
    for (const item of dimension.items) {
      itemsById.set(item.id, item);
      const a = vcs.answers[item.id];
      const b = prime.answers[item.id];
      if (!a || !b) continue;
      items.push({
        id: item.id,
        dimensionId: dimension.id,
        fit: Math.round(fitFrom(method, Math.abs(a.preferred - b.preferred), rangesOverlap(a, b)) * 1000) / 1000,
        weight: itemWeight(a, b),
        meetingPoint: meetingPoint(a, b),
        vcs: a,
        prime: b,
      });
      const fixedBy: Side[] = [];
      if (a.fixed) fixedBy.push("vcs");
      if (b.fixed) fixedBy.push("prime");
      if (fixedBy.length > 0) fixedTerms.push({ itemId: item.id, sides: fixedBy });
    }
  }
  const context: TextContext = {
    questionnaire,
    itemsById,
    factsById: new Map<FactId, FactDefinition>(questionnaire.facts.map((f) => [f.id, f])),
    vcs: vcs.answers,
    prime: prime.answers,
    facts: { ...vcs.facts, ...prime.facts },
    ...(vcs.findingOnlyFacts?.length || prime.findingOnlyFacts?.length
      ? { findingOnly: new Set([...(vcs.findingOnlyFacts ?? []), ...(prime.findingOnlyFacts ?? [])]) }
      : {}),
    ...(board ? { boards: board } : {}),
  };
  const flags = assessment.findings.map((finding) => describeFinding(finding, context));
  if (method.directional) dropRepeatedAdvice(flags);
  const code = assessment.verdict;
  const titles = {
    dealbreakers: flags.filter((f) => f.severity === "dealbreaker").map((f) => f.title),
    viability: flags.filter((f) => f.viability).map((f) => f.title),
  };
  return {
    questionnaireVersion: questionnaire.version,
    verdict: {
      code,
      label: VERDICT_LABELS[code],
      advice: (method.directional ? adviceFor(assessment.decision) : null) ?? VERDICT_ADVICE[code],
    },
    overall: assessment.overall,
    dimensions: assessment.dimensions,
    flags,
    items,
    method: { version: method.version, label: method.label, bands: method.bands },
    why: whyText(assessment.decision, method.bands, titles),
    fixedTerms,
    questionSet: questionnaire.set ?? "full",
    ...(questionnaire.sections ? { sections: questionnaire.sections } : {}),
    ...(board ? { boards: board } : {}),
  };
}

/** Each discussion question, negotiable and piece of evidence appears once per report, under the first flag that needs it. */
function dropRepeatedAdvice(flags: Flag[]): void {
  const seen = new Set<string>();
  const fresh = (list: string[]) =>
    list.filter((text) => {
      if (seen.has(text)) return false;
      seen.add(text);
      return true;
    });
  for (const flag of flags) {
    flag.questions = fresh(flag.questions);
    flag.negotiable = fresh(flag.negotiable);
    if (flag.evidence) flag.evidence = fresh(flag.evidence);
  }
}

/** Item ids and fact ids a side has still to answer before it can submit (optional figures never count). */
export function missingAnswers(questionnaire: Questionnaire, side: Side, given: SideAnswers): string[] {
  const missing: string[] = [];
  for (const dimension of questionnaire.dimensions) {
    for (const item of dimension.items) {
      if (!given.answers[item.id]) missing.push(item.id);
    }
  }
  for (const fact of questionnaire.facts) {
    if (fact.side === side && !fact.optional && typeof given.facts[fact.id as FactId] !== "number") {
      missing.push(fact.id);
    }
  }
  return missing;
}
