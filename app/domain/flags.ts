/**
 * Flag rules: which answers and facts raise which flag, and how seriously,
 * under the check's method (method.ts; docs/method.md explains every rule).
 * Item rules compare the two sides' acceptable ranges and judge what they
 * would agree; fact rules compare the prime's offer with what the organisation
 * says it needs.
 *
 * Two steps, so that ranking many checks stays cheap: the rules produce
 * findings (code, severity, what raised them); the plain-English text is
 * written only for a report someone will read.
 */
import type { Method } from "./method";
import { meetingPoint, rangesOverlap } from "./scoring";
import {
  RED_LINE_FIGURES,
  type Answer,
  type FactId,
  type Facts,
  type FlagCode,
  type Importance,
  type PositionItem,
  type Severity,
  type Side,
} from "./types";

export interface Finding {
  code: FlagCode;
  severity: Severity;
  itemIds: readonly string[];
  factIds: readonly FactId[];
  /** v2: the side asking for more integration (item flags), or whose answer contradicts its figures. */
  side?: Side;
  /** v2: a figure breaches the organisation's viability (caps the verdict). */
  viability?: boolean;
  /** v2: the only agreement is at the edge of what a side said it could live with. */
  edge?: boolean;
  /** v2: the figures a side marked as red lines that made this a dealbreaker. */
  redLineFacts?: readonly FactId[];
}

/** Shared by every finding that names no items or no facts (saves an allocation per flag when ranking). */
export const NONE: readonly never[] = Object.freeze([]);

const ONE_ITEM = new Map<string, readonly string[]>();
/** The frozen one-item list of an item's findings, made once per item id rather than once per flag. */
function itemIdsOf(itemId: string): readonly string[] {
  let ids = ONE_ITEM.get(itemId);
  if (!ids) ONE_ITEM.set(itemId, (ids = Object.freeze([itemId])));
  return ids;
}

export interface Flag extends Finding {
  title: string;
  explanation: string;
  questions: string[];
  negotiable: string[];
  /** v2: who should act on it. */
  whoActs?: string;
  /** v2: what evidence to ask for before signing. */
  evidence?: string[];
}

export const SEVERITY_ORDER: Readonly<Record<Severity, number>> = {
  dealbreaker: 0,
  serious: 1,
  caution: 2,
};

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  dealbreaker: "Dealbreaker",
  serious: "Serious",
  caution: "Caution",
};

/**
 * A severity's place in SEVERITY_ORDER, by comparison rather than a keyed read (the rules and the sort ask it for
 * every flag of every check ranked); anything else is looked up as before.
 */
export const severityRank = (s: Severity): number =>
  s === "dealbreaker" ? 0 : s === "serious" ? 1 : s === "caution" ? 2 : SEVERITY_ORDER[s];

const bySeverity = (x: Finding, y: Finding) => SEVERITY_ORDER[x.severity] - SEVERITY_ORDER[y.severity];

/**
 * Orders findings by severity, keeping their order within each severity: what a stable sort by SEVERITY_ORDER
 * does, as one count and one placing pass rather than a comparator call per pair, and nothing at all when they
 * are in order already.
 */
export function sortBySeverity(findings: Finding[]): void {
  let inOrder = true;
  let previous = 0;
  let dealbreakers = 0;
  let serious = 0;
  for (let i = 0; i < findings.length; i++) {
    const rank = severityRank(findings[i]!.severity);
    if (rank === 0) dealbreakers++;
    else if (rank === 1) serious++;
    else if (rank !== 2) {
      findings.sort(bySeverity);
      return;
    }
    if (rank < previous) inOrder = false;
    previous = rank;
  }
  if (inOrder) return;
  const all = findings.slice();
  let nextDealbreaker = 0;
  let nextSerious = dealbreakers;
  let nextCaution = dealbreakers + serious;
  for (let i = 0; i < all.length; i++) {
    const f = all[i]!;
    const rank = severityRank(f.severity);
    if (rank === 0) findings[nextDealbreaker++] = f;
    else if (rank === 1) findings[nextSerious++] = f;
    else findings[nextCaution++] = f;
  }
}

const IMPORTANCE_RANK: Readonly<Record<Importance, number>> = { low: 0, medium: 1, high: 2 };
/** The same ranks as IMPORTANCE_RANK, by comparison rather than a keyed read. */
const importanceRank = (i: Importance): number =>
  i === "low" ? 0 : i === "medium" ? 1 : i === "high" ? 2 : IMPORTANCE_RANK[i];
export const higherImportance = (a: Importance, b: Importance): Importance =>
  importanceRank(a) >= importanceRank(b) ? a : b;

/** The method's severity for a gap at an importance (method.gapSeverity[importance], by comparison). */
function gapSeverityOf(method: Method, importance: Importance): Severity {
  const gap = method.gapSeverity;
  return importance === "high"
    ? gap.high
    : importance === "medium"
      ? gap.medium
      : importance === "low"
        ? gap.low
        : gap[importance];
}

/**
 * Both sides' figures as the rules read them: each figure the prime gives,
 * else the organisation's, as `{ ...vcs, ...prime }` would give it. Written out
 * figure by figure so that every check's merged figures have one shape (the
 * rules read them fast) and no copy is made key by key; the type makes a new
 * figure a compile error until it is added here.
 */
export function factsOfBoth(vcs: Facts, prime: Facts): Facts {
  const both: Record<FactId, number | undefined> = {
    reservesMonths: "reservesMonths" in prime ? prime.reservesMonths : vcs.reservesMonths,
    contractIncomeShare: "contractIncomeShare" in prime ? prime.contractIncomeShare : vcs.contractIncomeShare,
    minReferralsPerYear: "minReferralsPerYear" in prime ? prime.minReferralsPerYear : vcs.minReferralsPerYear,
    minTermMonths: "minTermMonths" in prime ? prime.minTermMonths : vcs.minTermMonths,
    maxManagementFeePercent:
      "maxManagementFeePercent" in prime ? prime.maxManagementFeePercent : vcs.maxManagementFeePercent,
    minNoticeDays: "minNoticeDays" in prime ? prime.minNoticeDays : vcs.minNoticeDays,
    unpaidOutcomeShare: "unpaidOutcomeShare" in prime ? prime.unpaidOutcomeShare : vcs.unpaidOutcomeShare,
    guaranteedReferralsPerYear:
      "guaranteedReferralsPerYear" in prime ? prime.guaranteedReferralsPerYear : vcs.guaranteedReferralsPerYear,
    outcomePaymentShare: "outcomePaymentShare" in prime ? prime.outcomePaymentShare : vcs.outcomePaymentShare,
    paymentLagDays: "paymentLagDays" in prime ? prime.paymentLagDays : vcs.paymentLagDays,
    managementFeePercent: "managementFeePercent" in prime ? prime.managementFeePercent : vcs.managementFeePercent,
    termMonths: "termMonths" in prime ? prime.termMonths : vcs.termMonths,
    terminationNoticeDays: "terminationNoticeDays" in prime ? prime.terminationNoticeDays : vcs.terminationNoticeDays,
    monthsToOutcomeClaim: "monthsToOutcomeClaim" in prime ? prime.monthsToOutcomeClaim : vcs.monthsToOutcomeClaim,
    paymentTermsDays: "paymentTermsDays" in prime ? prime.paymentTermsDays : vcs.paymentTermsDays,
    namedPartnersFundedShare:
      "namedPartnersFundedShare" in prime ? prime.namedPartnersFundedShare : vcs.namedPartnersFundedShare,
  };
  return both;
}

/** Days in an average month, to turn a payment lag into months. */
export const DAYS_PER_MONTH = 30.4;

type RangeAnswer = Pick<Answer, "preferred" | "acceptable" | "redLine" | "importance">;

/**
 * The only position both could accept is a single one, and the two preferences
 * differ; under v2 that position must also be the end of the range of a side
 * that prefers something else (the furthest that side said it could go).
 */
export function isEdgeAgreement(method: Method, a: RangeAnswer, b: RangeAnswer): boolean {
  if (a.preferred === b.preferred) return false;
  const shared = Math.max(a.acceptable.min, b.acceptable.min);
  if (shared !== Math.min(a.acceptable.max, b.acceptable.max)) return false;
  return !method.edgeAtLimit || atOwnLimit(a, shared) || atOwnLimit(b, shared);
}

/** A side must go to the end of its range to reach `position`, which it does not prefer. */
export const atOwnLimit = (answer: RangeAnswer, position: number) =>
  answer.preferred !== position && (answer.acceptable.min === position || answer.acceptable.max === position);

/**
 * How seriously one item's answers conflict: no position acceptable to both
 * is a dealbreaker if either side drew a red line, otherwise as serious as the
 * method says for the higher of the two importances (v1: always serious; v2: a
 * gap both rate low is a caution); agreement on a single edge position (with
 * different preferences) is a caution; anything else is fine.
 */
export function itemSeverity(
  method: Method,
  vcs: RangeAnswer,
  prime: RangeAnswer,
  overlaps = rangesOverlap(vcs, prime),
): Severity | null {
  if (!overlaps) {
    if (vcs.redLine || prime.redLine) return "dealbreaker";
    return gapSeverityOf(method, higherImportance(vcs.importance, prime.importance));
  }
  return isEdgeAgreement(method, vcs, prime) ? "caution" : null;
}

/** Which side asks for more integration on an item: the prime when its range, or its preference, sits further up the axis. */
export function pushingSide(vcs: RangeAnswer, prime: RangeAnswer, overlaps: boolean): Side {
  if (!overlaps) return prime.acceptable.min > vcs.acceptable.max ? "prime" : "vcs";
  return prime.preferred > vcs.preferred ? "prime" : "vcs";
}

/**
 * What the item rules read of one question, gathered once per question bank
 * (report.ts keeps one per item) rather than read from the item for every check.
 */
export interface ItemRules {
  /** The frozen one-item list every finding of this item names. */
  itemIds: readonly string[];
  /** The code raised when the prime is the side pushing (or under v1). */
  flag: FlagCode;
  /** v2: the code raised when the organisation is the side pushing. */
  vcsFlag: FlagCode;
  unsafe: PositionItem["unsafe"] | null;
  consistency: PositionItem["consistency"] | null;
}

export function itemRulesOf(item: PositionItem): ItemRules {
  return {
    itemIds: itemIdsOf(item.id),
    flag: item.flag,
    vcsFlag: item.reverse ? "INTEGRATION_DECLINED" : item.flag,
    unsafe: item.unsafe || null,
    consistency: item.consistency || null,
  };
}

/**
 * Every finding one item raises, appended to `out`: the gap or edge agreement
 * between the sides; under v2, also an agreement that is unsafe whatever both
 * chose, and each side's answer that contradicts its own figures.
 */
export function itemFindings(
  method: Method,
  item: PositionItem,
  vcs: Answer,
  prime: Answer,
  facts: Facts,
  out: Finding[],
  overlaps = rangesOverlap(vcs, prime),
): void {
  itemRuleFindings(method, itemRulesOf(item), vcs, prime, facts, out, overlaps);
}

/** itemFindings, from the item's rules gathered beforehand (the engine's path: it runs for every item of every check ranked). */
export function itemRuleFindings(
  method: Method,
  rules: ItemRules,
  vcs: Answer,
  prime: Answer,
  facts: Facts,
  out: Finding[],
  overlaps: boolean,
): void {
  let severity = itemSeverity(method, vcs, prime, overlaps);
  if (severity) {
    const itemIds = rules.itemIds;
    if (!method.directional) {
      out.push({ code: rules.flag, severity, itemIds, factIds: NONE });
    } else {
      const side = pushingSide(vcs, prime, overlaps);
      const code: FlagCode = side === "prime" ? rules.flag : rules.vcsFlag;
      // The prime's terms would leave the organisation more independent, not less: a mismatch to talk about.
      const limit = method.organisationPushGap;
      if (
        side === "vcs" &&
        !overlaps &&
        limit &&
        severity !== "dealbreaker" &&
        severityRank(severity) < severityRank(limit)
      ) {
        severity = limit;
      }
      out.push(
        overlaps
          ? { code, severity, itemIds, factIds: NONE, side, edge: true }
          : { code, severity, itemIds, factIds: NONE, side },
      );
    }
  }
  const unsafe = rules.unsafe;
  if (unsafe && method.floors && overlaps) {
    const agreed = meetingPoint(vcs, prime);
    if (agreed !== null && agreed >= unsafe.from) {
      out.push({ code: "UNSAFE_AGREEMENT", severity: "serious", itemIds: rules.itemIds, factIds: NONE });
    }
  }
  const consistency = rules.consistency;
  if (consistency && method.contradictions) {
    const { side, factId, expected } = consistency;
    const answer = side === "vcs" ? vcs : prime;
    const severity = contradictionSeverity(expected, answer.preferred, facts[factId]);
    if (severity) out.push({ code: "CONTRADICTION", severity, itemIds: rules.itemIds, factIds: [factId], side });
  }
}

/**
 * A side's figure against the range its own preferred answer implies: outside
 * it but inside a neighbouring answer's range is a caution; further off is serious.
 */
export function contradictionSeverity(
  expected: NonNullable<PositionItem["consistency"]>["expected"],
  preferred: number,
  figure: number | undefined,
): Severity | null {
  if (typeof figure !== "number") return null;
  if (fits(expected, preferred, figure)) return null;
  return fits(expected, preferred - 1, figure) || fits(expected, preferred + 1, figure) ? "caution" : "serious";
}

function fits(expected: NonNullable<PositionItem["consistency"]>["expected"], position: number, figure: number) {
  const range = expected[position - 1];
  return range !== undefined && figure >= range.min && figure <= range.max;
}

// ---- Fact rules ----

/** Severity of "offer must be at least the need": serious below it, caution just above it. */
export function atLeastSeverity(method: Method, offer: number, need: number): Severity | null {
  if (offer < need) return "serious";
  // Written as a difference so that exactly 10% headroom is not lost to rounding (100 × 1.1 ≠ 110).
  if (offer - need < need * method.facts.nearMargin) return "caution";
  return null;
}

/** Severity of "offer must be at most the limit": serious above it, caution just under it. */
export function atMostSeverity(method: Method, offer: number, limit: number): Severity | null {
  if (offer > limit) return "serious";
  if (limit - offer < limit * method.facts.nearMargin) return "caution";
  return null;
}

export interface CashflowInput {
  contractIncomeShare: number;
  outcomePaymentShare: number;
  paymentLagDays: number;
  /** v2, optional: days from invoice to payment for the part paid for delivery. */
  paymentTermsDays?: number;
  /** v2, optional: months of delivery before a result can be claimed. */
  monthsToOutcomeClaim?: number;
  /** v2, optional: share (%) of outcomes never paid for. */
  unpaidOutcomeShare?: number;
}

export interface Cashflow {
  /** Months the part paid for delivery waits for payment. */
  deliveryWaitMonths: number;
  /** Months the part paid on results waits: to a claimable result, then the payment lag. */
  resultsWaitMonths: number;
  /** Months of running costs tied up waiting for payment. */
  timingMonths: number;
  /** v2: months of running costs never recovered over the method's horizon (outcomes never paid). */
  unrecoveredMonths: number;
  /** What the organisation must fund from its reserves: timing plus unrecovered. */
  needMonths: number;
}

/**
 * Months of the organisation's own running costs it must fund before (or
 * instead of) payment. The contract's share of income scales everything; the
 * part paid for delivery waits the payment terms; the part paid on results
 * waits for a claimable result plus the payment lag; under v2, outcomes never
 * paid are costs not recovered over the method's horizon (docs/method.md).
 */
export function cashflowOf(method: Method, input: CashflowInput): Cashflow {
  const rules = method.facts.cashflow;
  const share = input.contractIncomeShare / 100;
  const onResults = input.outcomePaymentShare / 100;
  const termsDays = rules.paymentTermsDays === null ? null : (input.paymentTermsDays ?? rules.paymentTermsDays);
  const deliveryWaitMonths = termsDays === null ? rules.arrearsMonths : termsDays / DAYS_PER_MONTH;
  const claimMonths =
    rules.unrecoveredHorizonMonths !== null && typeof input.monthsToOutcomeClaim === "number"
      ? input.monthsToOutcomeClaim
      : rules.outcomeWaitMonths;
  const resultsWaitMonths = claimMonths + input.paymentLagDays / DAYS_PER_MONTH;
  const timingMonths = share * ((1 - onResults) * deliveryWaitMonths + onResults * resultsWaitMonths);
  const unpaid = (input.unpaidOutcomeShare ?? rules.unpaidOutcomeShare) / 100;
  const unrecoveredMonths =
    rules.unrecoveredHorizonMonths === null ? 0 : share * onResults * unpaid * rules.unrecoveredHorizonMonths;
  return {
    deliveryWaitMonths,
    resultsWaitMonths,
    timingMonths,
    unrecoveredMonths,
    needMonths: timingMonths + unrecoveredMonths,
  };
}

/** Method v1's pre-funding figure (kept by name for v1's explanation). */
export function prefundingMonths(method: Method, input: CashflowInput): number {
  return cashflowOf(method, input).needMonths;
}

const isNumber = (v: number | undefined): v is number => typeof v === "number";

interface FactJudgement {
  severity: Severity;
  viability?: boolean;
}

const judged = (severity: Severity | null, viability = false): FactJudgement | null =>
  severity ? (viability ? { severity, viability } : { severity }) : null;

/** Thresholds met as shares: the highest of caution, serious and viability reached. */
function byShare(value: number, t: { caution: number; serious: number; viability: number }): FactJudgement | null {
  if (value >= t.viability) return { severity: "serious", viability: true };
  if (value >= t.serious) return { severity: "serious" };
  if (value >= t.caution) return { severity: "caution" };
  return null;
}

const worse = (a: FactJudgement | null, b: FactJudgement | null): FactJudgement | null => {
  if (!a) return b;
  if (!b) return a;
  if (SEVERITY_ORDER[a.severity] !== SEVERITY_ORDER[b.severity])
    return SEVERITY_ORDER[a.severity] < SEVERITY_ORDER[b.severity] ? a : b;
  return a.viability ? a : b;
};

interface FactRule {
  code: FlagCode;
  factIds: readonly FactId[];
  judge: (method: Method, f: Facts) => FactJudgement | null;
}

function referralsJudgement(method: Method, f: Facts): FactJudgement | null {
  const { minReferralsPerYear: need, guaranteedReferralsPerYear: offer, contractIncomeShare: dependence } = f;
  const rules = method.facts.bidCandy;
  let judgement: FactJudgement | null = null;
  if (isNumber(need) && isNumber(offer) && need > 0) {
    const severity = atLeastSeverity(method, offer, need);
    const viability =
      rules.viabilityBelowShareOfNeed !== null &&
      isNumber(dependence) &&
      dependence >= rules.dependentFromIncomeShare &&
      offer < need * rules.viabilityBelowShareOfNeed;
    judgement = judged(severity, viability);
  }
  // v2: no guarantee at all is judged by how much the organisation depends on the contract, whatever minimum it gave.
  if (rules.noGuaranteeIncomeShare && offer === 0 && isNumber(dependence)) {
    judgement = worse(judgement, byShare(dependence, rules.noGuaranteeIncomeShare));
  }
  // v2: a guarantee with no minimum to weigh it against, on a contract the organisation depends on: agree a minimum.
  const noMinimum = rules.noMinimumFromIncomeShare;
  if (
    noMinimum !== null &&
    isNumber(offer) &&
    offer > 0 &&
    !(isNumber(need) && need > 0) &&
    isNumber(dependence) &&
    dependence >= noMinimum
  ) {
    judgement = worse(judgement, { severity: "caution" });
  }
  return judgement;
}

function cashflowJudgement(method: Method, f: Facts): FactJudgement | null {
  if (
    !isNumber(f.reservesMonths) ||
    !isNumber(f.contractIncomeShare) ||
    !isNumber(f.outcomePaymentShare) ||
    !isNumber(f.paymentLagDays)
  ) {
    return null;
  }
  const need = cashflowOf(method, cashflowInput(f)).needMonths;
  const shares = method.facts.cashflow.reservesShare;
  if (!shares) return judged(atMostSeverity(method, need, f.reservesMonths));
  if (need <= 0) return null;
  return byShare(f.reservesMonths > 0 ? need / f.reservesMonths : Infinity, shares);
}

export function cashflowInput(f: Facts): CashflowInput {
  const input: CashflowInput = {
    contractIncomeShare: f.contractIncomeShare ?? 0,
    outcomePaymentShare: f.outcomePaymentShare ?? 0,
    paymentLagDays: f.paymentLagDays ?? 0,
  };
  if (isNumber(f.paymentTermsDays)) input.paymentTermsDays = f.paymentTermsDays;
  if (isNumber(f.monthsToOutcomeClaim)) input.monthsToOutcomeClaim = f.monthsToOutcomeClaim;
  if (isNumber(f.unpaidOutcomeShare)) input.unpaidOutcomeShare = f.unpaidOutcomeShare;
  return input;
}

function feeJudgement(method: Method, f: Facts): FactJudgement | null {
  const { managementFeePercent: fee, maxManagementFeePercent: limit } = f;
  if (!isNumber(fee) || !isNumber(limit)) return null;
  const times = method.facts.feeViabilityTimesLimit;
  // A limit of 0 has no multiple: any fee above it is serious, but only a real multiple breaches viability.
  return judged(atMostSeverity(method, fee, limit), times !== null && limit > 0 && fee >= limit * times);
}

function noticeJudgement(method: Method, f: Facts): FactJudgement | null {
  const { terminationNoticeDays: notice, minNoticeDays: need } = f;
  if (!isNumber(notice) || !isNumber(need)) return null;
  const share = method.facts.noticeViabilityBelowShareOfNeed;
  return judged(atLeastSeverity(method, notice, need), share !== null && notice < need * share);
}

const V1_FACT_RULES: readonly FactRule[] = [
  { code: "BID_CANDY", factIds: ["minReferralsPerYear", "guaranteedReferralsPerYear"], judge: referralsJudgement },
  {
    code: "CASHFLOW_RISK",
    factIds: ["reservesMonths", "contractIncomeShare", "outcomePaymentShare", "paymentLagDays"],
    judge: cashflowJudgement,
  },
  { code: "TOPSLICE_EXCESS", factIds: ["maxManagementFeePercent", "managementFeePercent"], judge: feeJudgement },
  {
    code: "SHORT_TERM",
    factIds: ["minTermMonths", "termMonths"],
    judge: (method, { termMonths: term, minTermMonths: need }) =>
      isNumber(term) && isNumber(need) ? judged(atLeastSeverity(method, term, need)) : null,
  },
  { code: "EXIT_AT_WILL", factIds: ["minNoticeDays", "terminationNoticeDays"], judge: noticeJudgement },
];

/** v2 names every figure a rule reads, the optional ones too, so a flag lists all it was judged on. */
const V2_FACT_RULES: readonly FactRule[] = [
  {
    code: "BID_CANDY",
    factIds: ["minReferralsPerYear", "guaranteedReferralsPerYear", "contractIncomeShare"],
    judge: referralsJudgement,
  },
  {
    code: "BID_CANDY",
    factIds: ["namedPartnersFundedShare"],
    judge: (method, { namedPartnersFundedShare: share }) => {
      const t = method.facts.bidCandy.trackRecord;
      if (!t || !isNumber(share)) return null;
      if (share < t.serious) return { severity: "serious" };
      return share < t.caution ? { severity: "caution" } : null;
    },
  },
  {
    code: "CASHFLOW_RISK",
    factIds: [
      "reservesMonths",
      "contractIncomeShare",
      "outcomePaymentShare",
      "paymentLagDays",
      "paymentTermsDays",
      "monthsToOutcomeClaim",
      "unpaidOutcomeShare",
    ],
    judge: cashflowJudgement,
  },
  ...V1_FACT_RULES.slice(2),
];

/** The fact rules a method applies. */
export const factRulesOf = (method: Method): readonly FactRule[] =>
  method.facts.bidCandy.noGuaranteeIncomeShare ? V2_FACT_RULES : V1_FACT_RULES;

/**
 * Findings raised by the two sides' facts, appended to `out`. Rules whose facts
 * are missing raise nothing. Under v2 a breach of a figure either side marked as
 * a red line is a dealbreaker.
 */
export function factFindings(
  method: Method,
  facts: Facts,
  out: Finding[] = [],
  redLineFacts: readonly FactId[] = NONE,
): Finding[] {
  for (const rule of factRulesOf(method)) {
    const judgement = rule.judge(method, facts);
    if (!judgement) continue;
    const finding: Finding = { code: rule.code, severity: judgement.severity, itemIds: NONE, factIds: rule.factIds };
    if (judgement.viability) finding.viability = true;
    if (method.figureRedLines && judgement.severity === "serious" && redLineFacts.length > 0) {
      // Only a figure a side can walk away over, and only one this rule reads, makes the breach a dealbreaker.
      const drawn = rule.factIds.filter((id) => RED_LINE_FIGURES.has(id) && redLineFacts.includes(id));
      if (drawn.length > 0) {
        finding.severity = "dealbreaker";
        finding.redLineFacts = drawn;
      }
    }
    out.push(finding);
  }
  return out;
}

/**
 * A flag's stable identity within its check: its code and what raised it. Stored outcomes are keyed by it, so no
 * flag's key may change. Both sides' boards can disagree on the same item, so INTERNAL_DISAGREEMENT (and only it)
 * adds its side ("INTERNAL_DISAGREEMENT:item-id::vcs").
 */
export function flagKey(flag: Pick<Finding, "code" | "itemIds" | "factIds" | "side">): string {
  const key = [flag.code, flag.itemIds.join("+"), flag.factIds.join("+")];
  if (flag.code === "INTERNAL_DISAGREEMENT") key.push(flag.side ?? "");
  return key.join(":");
}

export const OUTCOMES = ["resolved", "open", "accepted"] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const OUTCOME_LABELS: Readonly<Record<Outcome, string>> = {
  resolved: "Resolved",
  open: "Still open",
  accepted: "Risk accepted",
};
