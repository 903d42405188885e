/**
 * Flag rules: which answers and facts raise which flag, and how seriously.
 * Item rules compare the two sides' acceptable ranges; fact rules compare the
 * prime's offer with what the organisation says it needs.
 *
 * Two steps, so that ranking many checks stays cheap: the rules produce
 * findings (code, severity, what raised them); the plain-English text is
 * written only for a report someone will read.
 */
import { FLAG_CATALOGUE } from "./flag-catalogue";
import { overlapOf, rangesOverlap } from "./scoring";
import type { Answer, FactId, Facts, FlagCode, PositionItem, Severity } from "./types";

export interface Finding {
  code: FlagCode;
  severity: Severity;
  itemIds: readonly string[];
  factIds: readonly FactId[];
}

/** Shared by every finding that names no items or no facts (saves an allocation per flag when ranking). */
export const NONE: readonly never[] = Object.freeze([]);

export interface Flag extends Finding {
  title: string;
  explanation: string;
  questions: string[];
  negotiable: string[];
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
 * A quantitative rule is "nearly breached" when the offer meets the need with
 * less than this much headroom (a share of the need).
 */
export const NEAR_MARGIN = 0.1;

/** Cash flow model: delivery not paid on results is assumed paid one month in arrears. */
export const ARREARS_MONTHS = 1;
/** Cash flow model: typical months of delivery before a result can be claimed. */
export const OUTCOME_WAIT_MONTHS = 3;
/** Days in an average month, to turn a payment lag into months. */
export const DAYS_PER_MONTH = 30.4;

type RangeAnswer = Pick<Answer, "preferred" | "acceptable" | "redLine">;

/**
 * How seriously one item's answers conflict: no position acceptable to both
 * is a dealbreaker if either side drew a red line, otherwise serious;
 * agreement on a single edge position (with different preferences) is a
 * caution; anything else is fine.
 */
export function itemSeverity(
  vcs: RangeAnswer,
  prime: RangeAnswer,
  overlaps = rangesOverlap(vcs, prime),
): Severity | null {
  if (!overlaps) return vcs.redLine || prime.redLine ? "dealbreaker" : "serious";
  if (vcs.preferred === prime.preferred) return null;
  const singlePosition =
    Math.max(vcs.acceptable.min, prime.acceptable.min) === Math.min(vcs.acceptable.max, prime.acceptable.max);
  return singlePosition ? "caution" : null;
}

/** Severity of "offer must be at least the need": serious below it, caution just above it. */
export function atLeastSeverity(offer: number, need: number): Severity | null {
  if (offer < need) return "serious";
  // Written as a difference so that exactly 10% headroom is not lost to rounding (100 × 1.1 ≠ 110).
  if (offer - need < need * NEAR_MARGIN) return "caution";
  return null;
}

/** Severity of "offer must be at most the limit": serious above it, caution just under it. */
export function atMostSeverity(offer: number, limit: number): Severity | null {
  if (offer > limit) return "serious";
  if (limit - offer < limit * NEAR_MARGIN) return "caution";
  return null;
}

/**
 * Months of the organisation's own running costs it must pre-fund before
 * payment arrives. The contract's share of income scales everything; the part
 * paid for delivery comes ARREARS_MONTHS late; the part paid on results comes
 * after OUTCOME_WAIT_MONTHS of delivery plus the payment lag.
 */
export function prefundingMonths(input: {
  contractIncomeShare: number;
  outcomePaymentShare: number;
  paymentLagDays: number;
}): number {
  const share = input.contractIncomeShare / 100;
  const onResults = input.outcomePaymentShare / 100;
  const resultsDelay = OUTCOME_WAIT_MONTHS + input.paymentLagDays / DAYS_PER_MONTH;
  return share * ((1 - onResults) * ARREARS_MONTHS + onResults * resultsDelay);
}

const isNumber = (v: number | undefined): v is number => typeof v === "number";

/** The fact rules: each names its facts, and says how seriously they are breached (null: not at all, or facts missing). */
const FACT_RULES: ReadonlyArray<{
  code: FlagCode;
  factIds: readonly FactId[];
  severity: (f: Facts) => Severity | null;
}> = [
  {
    code: "BID_CANDY",
    factIds: ["minReferralsPerYear", "guaranteedReferralsPerYear"],
    severity: ({ minReferralsPerYear: need, guaranteedReferralsPerYear: offer }) =>
      isNumber(need) && isNumber(offer) && need > 0 ? atLeastSeverity(offer, need) : null,
  },
  {
    code: "CASHFLOW_RISK",
    factIds: ["reservesMonths", "contractIncomeShare", "outcomePaymentShare", "paymentLagDays"],
    severity: (f) =>
      isNumber(f.reservesMonths) &&
      isNumber(f.contractIncomeShare) &&
      isNumber(f.outcomePaymentShare) &&
      isNumber(f.paymentLagDays)
        ? atMostSeverity(
            prefundingMonths({
              contractIncomeShare: f.contractIncomeShare,
              outcomePaymentShare: f.outcomePaymentShare,
              paymentLagDays: f.paymentLagDays,
            }),
            f.reservesMonths,
          )
        : null,
  },
  {
    code: "TOPSLICE_EXCESS",
    factIds: ["maxManagementFeePercent", "managementFeePercent"],
    severity: ({ managementFeePercent: fee, maxManagementFeePercent: limit }) =>
      isNumber(fee) && isNumber(limit) ? atMostSeverity(fee, limit) : null,
  },
  {
    code: "SHORT_TERM",
    factIds: ["minTermMonths", "termMonths"],
    severity: ({ termMonths: term, minTermMonths: need }) =>
      isNumber(term) && isNumber(need) ? atLeastSeverity(term, need) : null,
  },
  {
    code: "EXIT_AT_WILL",
    factIds: ["minNoticeDays", "terminationNoticeDays"],
    severity: ({ terminationNoticeDays: notice, minNoticeDays: need }) =>
      isNumber(notice) && isNumber(need) ? atLeastSeverity(notice, need) : null,
  },
];

/** Findings raised by the two sides' facts. Rules whose facts are missing raise nothing. */
export function factFindings(facts: Facts): Finding[] {
  const findings: Finding[] = [];
  for (const rule of FACT_RULES) {
    const severity = rule.severity(facts);
    if (severity) findings.push({ code: rule.code, severity, itemIds: NONE, factIds: rule.factIds });
  }
  return findings;
}

// ---- Plain-English text, written only for reports people read ----

const oneDecimal = (n: number) => (Math.round(n * 10) / 10).toString();
const months = (n: number) => `${oneDecimal(n)} month${oneDecimal(n) === "1" ? "" : "s"}`;

function withText(finding: Finding, explanation: string): Flag {
  const description = FLAG_CATALOGUE[finding.code];
  return {
    ...finding,
    title: description.title,
    explanation,
    questions: [...description.questions],
    negotiable: [...description.negotiable],
  };
}

function describeRange(item: PositionItem, side: "vcs" | "prime", answer: Answer): string {
  const { min, max } = answer.acceptable;
  const label = (p: number) => item.options[p - 1]?.label[side] ?? String(p);
  return min === max
    ? `only position ${min} (“${label(min)}”)`
    : `positions ${min} to ${max} (from “${label(min)}” to “${label(max)}”)`;
}

/** The flag one item raises, with its explanation, or null. */
export function itemFlag(item: PositionItem, vcs: Answer, prime: Answer): Flag | null {
  const severity = itemSeverity(vcs, prime);
  if (!severity) return null;
  const finding: Finding = { code: item.flag, severity, itemIds: [item.id], factIds: NONE };
  const meaning = FLAG_CATALOGUE[item.flag].meaning;
  const ranges =
    `The organisation could accept ${describeRange(item, "vcs", vcs)}; ` +
    `the prime could accept ${describeRange(item, "prime", prime)}.`;
  if (severity === "caution") {
    const shared = overlapOf(vcs.acceptable, prime.acceptable);
    return withText(
      finding,
      `${meaning} ${ranges} The only position both could accept is ${shared?.min}, at the edge of what at least one side said it could live with.`,
    );
  }
  const direction =
    prime.acceptable.min > vcs.acceptable.max
      ? "The prime asks for closer integration than the organisation can accept."
      : "The organisation wants closer integration than the prime will offer.";
  if (severity === "dealbreaker") {
    const redLiners = [vcs.redLine && "the organisation", prime.redLine && "the prime"].filter(Boolean);
    return withText(
      finding,
      `${meaning} ${direction} ${ranges} No position is acceptable to both, and ${redLiners.join(" and ")} marked this as a red line.`,
    );
  }
  return withText(
    finding,
    `${meaning} ${direction} ${ranges} No position is acceptable to both, though neither side marked it as a red line.`,
  );
}

/** The text for a finding raised by facts. */
function describeFactFinding(finding: Finding, f: Facts): string {
  const caution = finding.severity === "caution";
  switch (finding.code) {
    case "BID_CANDY": {
      const need = f.minReferralsPerYear ?? 0;
      const offer = f.guaranteedReferralsPerYear ?? 0;
      if (offer === 0) {
        return `The prime guarantees no referrals at all, but the organisation needs at least ${need} a year to keep the service viable. Being named in a bid without committed volumes is how organisations become "bid candy".`;
      }
      return caution
        ? `The prime guarantees ${offer} referrals a year, only just above the ${need} the organisation needs: a small shortfall would make the service unviable.`
        : `The prime guarantees ${offer} referrals a year; the organisation needs at least ${need} to keep the service viable.`;
    }
    case "CASHFLOW_RISK": {
      const need = prefundingMonths({
        contractIncomeShare: f.contractIncomeShare ?? 0,
        outcomePaymentShare: f.outcomePaymentShare ?? 0,
        paymentLagDays: f.paymentLagDays ?? 0,
      });
      return (
        `With ${oneDecimal(f.outcomePaymentShare ?? 0)}% of payment on results, paid ${f.paymentLagDays} days after each result, ` +
        `and this contract at ${oneDecimal(f.contractIncomeShare ?? 0)}% of the organisation's income, it would need to pre-fund about ` +
        `${months(need)} of its running costs; its free reserves cover ${months(f.reservesMonths ?? 0)}.` +
        (caution ? " That leaves almost no margin." : " The reserves would run out first.")
      );
    }
    case "TOPSLICE_EXCESS":
      return (
        `The prime would keep ${oneDecimal(f.managementFeePercent ?? 0)}% as a management fee; the organisation can accept at most ${oneDecimal(f.maxManagementFeePercent ?? 0)}%.` +
        (caution ? " That is at the limit of what it can accept." : "")
      );
    case "SHORT_TERM":
      return (
        `The sub-contract would run for ${f.termMonths} months; the organisation says the service needs at least ${f.minTermMonths} months to build the relationships it depends on.` +
        (caution ? " There is little time to spare." : "")
      );
    case "EXIT_AT_WILL":
      return (
        `The prime could end the sub-contract for convenience with ${f.terminationNoticeDays} days' notice; the organisation needs at least ${f.minNoticeDays} days to wind down safely.` +
        (caution ? " There is little margin." : "")
      );
    default:
      return FLAG_CATALOGUE[finding.code].meaning;
  }
}

/** A finding raised by facts, with its explanation. */
export function factFlag(finding: Finding, facts: Facts): Flag {
  return withText(finding, describeFactFinding(finding, facts));
}

/** Flags raised by the two sides' facts, with their explanations. */
export function factFlags(vcs: Facts, prime: Facts): Flag[] {
  const facts: Facts = { ...vcs, ...prime };
  return factFindings(facts).map((finding) => factFlag(finding, facts));
}

/** A flag's stable identity within its check: its code and what raised it. */
export function flagKey(flag: Pick<Finding, "code" | "itemIds" | "factIds">): string {
  return [flag.code, flag.itemIds.join("+"), flag.factIds.join("+")].join(":");
}

export const OUTCOMES = ["resolved", "open", "accepted"] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const OUTCOME_LABELS: Readonly<Record<Outcome, string>> = {
  resolved: "Resolved",
  open: "Still open",
  accepted: "Risk accepted",
};
