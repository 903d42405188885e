/**
 * Flag rules: which answers and facts raise which flag, and how seriously.
 * Item rules compare the two sides' acceptable ranges; fact rules compare the
 * prime's offer with what the organisation says it needs.
 */
import { FLAG_CATALOGUE } from "./flag-catalogue";
import { overlapOf } from "./scoring";
import type { Answer, FactId, Facts, FlagCode, PositionItem, Severity } from "./types";

export interface Flag {
  code: FlagCode;
  severity: Severity;
  title: string;
  itemIds: string[];
  factIds: FactId[];
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

function flagFrom(
  code: FlagCode,
  severity: Severity,
  refs: { itemIds?: string[]; factIds?: FactId[] },
  explanation: string,
): Flag {
  const description = FLAG_CATALOGUE[code];
  return {
    code,
    severity,
    title: description.title,
    itemIds: refs.itemIds ?? [],
    factIds: refs.factIds ?? [],
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

/** The flag one item raises, if any: no overlap (dealbreaker with a red line) or agreement only at an edge. */
export function itemFlag(item: PositionItem, vcs: Answer, prime: Answer): Flag | null {
  const shared = overlapOf(vcs.acceptable, prime.acceptable);
  const ranges =
    `The organisation could accept ${describeRange(item, "vcs", vcs)}; ` +
    `the prime could accept ${describeRange(item, "prime", prime)}.`;
  const meaning = FLAG_CATALOGUE[item.flag].meaning;
  if (!shared) {
    const redLiners = [vcs.redLine && "the organisation", prime.redLine && "the prime"].filter(Boolean);
    const direction =
      prime.acceptable.min > vcs.acceptable.max
        ? "The prime asks for closer integration than the organisation can accept."
        : "The organisation wants closer integration than the prime will offer.";
    if (redLiners.length > 0) {
      return flagFrom(
        item.flag,
        "dealbreaker",
        { itemIds: [item.id] },
        `${meaning} ${direction} ${ranges} No position is acceptable to both, and ${redLiners.join(" and ")} marked this as a red line.`,
      );
    }
    return flagFrom(
      item.flag,
      "serious",
      { itemIds: [item.id] },
      `${meaning} ${direction} ${ranges} No position is acceptable to both, though neither side marked it as a red line.`,
    );
  }
  if (shared.min === shared.max && vcs.preferred !== prime.preferred) {
    return flagFrom(
      item.flag,
      "caution",
      { itemIds: [item.id] },
      `${meaning} ${ranges} The only position both could accept is ${shared.min}, at the edge of what at least one side said it could live with.`,
    );
  }
  return null;
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

const oneDecimal = (n: number) => (Math.round(n * 10) / 10).toString();

function has<K extends FactId>(facts: Facts, ...ids: K[]): facts is Facts & Record<K, number> {
  return ids.every((id) => typeof facts[id] === "number");
}

/** Flags raised by the two sides' facts. Rules whose facts are missing raise nothing. */
export function factFlags(vcs: Facts, prime: Facts): Flag[] {
  const facts: Facts = { ...vcs, ...prime };
  const flags: Flag[] = [];

  if (has(facts, "minReferralsPerYear", "guaranteedReferralsPerYear") && facts.minReferralsPerYear > 0) {
    const need = facts.minReferralsPerYear;
    const offer = facts.guaranteedReferralsPerYear;
    const severity = atLeastSeverity(offer, need);
    if (severity) {
      const text =
        offer === 0
          ? `The prime guarantees no referrals at all, but the organisation needs at least ${need} a year to keep the service viable. Being named in a bid without committed volumes is how organisations become "bid candy".`
          : severity === "serious"
            ? `The prime guarantees ${offer} referrals a year; the organisation needs at least ${need} to keep the service viable.`
            : `The prime guarantees ${offer} referrals a year, only just above the ${need} the organisation needs: a small shortfall would make the service unviable.`;
      flags.push(
        flagFrom("BID_CANDY", severity, { factIds: ["minReferralsPerYear", "guaranteedReferralsPerYear"] }, text),
      );
    }
  }

  if (has(facts, "reservesMonths", "contractIncomeShare", "outcomePaymentShare", "paymentLagDays")) {
    const need = prefundingMonths(facts);
    const reserves = facts.reservesMonths;
    const severity = atMostSeverity(need, reserves);
    if (severity) {
      const text =
        `With ${oneDecimal(facts.outcomePaymentShare)}% of payment on results, paid ${facts.paymentLagDays} days after each result, ` +
        `and this contract at ${oneDecimal(facts.contractIncomeShare)}% of the organisation's income, it would need to pre-fund about ` +
        `${oneDecimal(need)} months of its running costs; its free reserves cover ${oneDecimal(reserves)} months.`;
      flags.push(
        flagFrom(
          "CASHFLOW_RISK",
          severity,
          { factIds: ["reservesMonths", "contractIncomeShare", "outcomePaymentShare", "paymentLagDays"] },
          severity === "serious"
            ? `${text} The reserves would run out first.`
            : `${text} That leaves almost no margin.`,
        ),
      );
    }
  }

  if (has(facts, "managementFeePercent", "maxManagementFeePercent")) {
    const severity = atMostSeverity(facts.managementFeePercent, facts.maxManagementFeePercent);
    if (severity) {
      flags.push(
        flagFrom(
          "TOPSLICE_EXCESS",
          severity,
          { factIds: ["maxManagementFeePercent", "managementFeePercent"] },
          `The prime would keep ${oneDecimal(facts.managementFeePercent)}% as a management fee; the organisation can accept at most ${oneDecimal(facts.maxManagementFeePercent)}%.` +
            (severity === "caution" ? " That is at the limit of what it can accept." : ""),
        ),
      );
    }
  }

  if (has(facts, "termMonths", "minTermMonths")) {
    const severity = atLeastSeverity(facts.termMonths, facts.minTermMonths);
    if (severity) {
      flags.push(
        flagFrom(
          "SHORT_TERM",
          severity,
          { factIds: ["minTermMonths", "termMonths"] },
          `The sub-contract would run for ${facts.termMonths} months; the organisation says the service needs at least ${facts.minTermMonths} months to build the relationships it depends on.` +
            (severity === "caution" ? " There is little time to spare." : ""),
        ),
      );
    }
  }

  if (has(facts, "terminationNoticeDays", "minNoticeDays")) {
    const severity = atLeastSeverity(facts.terminationNoticeDays, facts.minNoticeDays);
    if (severity) {
      flags.push(
        flagFrom(
          "EXIT_AT_WILL",
          severity,
          { factIds: ["minNoticeDays", "terminationNoticeDays"] },
          `The prime could end the sub-contract for convenience with ${facts.terminationNoticeDays} days' notice; the organisation needs at least ${facts.minNoticeDays} days to wind down safely.` +
            (severity === "caution" ? " There is little margin." : ""),
        ),
      );
    }
  }

  return flags;
}
