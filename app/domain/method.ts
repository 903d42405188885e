/**
 * Scoring methods. A question bank is versioned together with the method that
 * scores it (docs/method.md), and a check keeps both. A method is data: the one
 * engine in report.ts reads it, so there is no second scoring path, and the
 * "How the score works" page prints these same numbers.
 */
import type { Importance, Severity } from "./types";

export type Band = "STRONG" | "WORKABLE" | "WEAK";
export type VerdictCode = "RED_LINES" | Band;

/** v1: fit = floor + (1 − floor) × closeness with overlap, ceiling × closeness without. */
export interface LinearFit {
  kind: "linear";
  overlapFloor: number;
  noOverlapCeiling: number;
}

/** v2: fit read from a table by how many steps apart the preferred positions are (0–4). */
export interface TableFit {
  kind: "table";
  overlap: readonly [number, number, number, number, number];
  /** Index 0 is never used: equal preferred positions always share a position. */
  noOverlap: readonly [number, number, number, number, number];
}

/** Thresholds as shares of a figure: at or above `caution`, `serious`, `viability`. */
export interface ShareThresholds {
  caution: number;
  serious: number;
  viability: number;
}

export interface FactRules {
  /** "Nearly breached": the offer meets the need with less than this share of headroom. */
  nearMargin: number;
  cashflow: {
    /** Months the part paid for delivery waits (v1, and v2 as the fallback). */
    arrearsMonths: number;
    /** v2: days from invoice to payment for delivery, unless the prime gives paymentTermsDays. Null: use arrearsMonths. */
    paymentTermsDays: number | null;
    /** Months of delivery before a result can be claimed, unless the prime gives monthsToOutcomeClaim. */
    outcomeWaitMonths: number;
    /** v2: the share (%) of outcomes assumed never paid for, unless the organisation gives unpaidOutcomeShare. */
    unpaidOutcomeShare: number;
    /** v2: months over which outcomes never paid for are counted as costs not recovered. Null: not modelled. */
    unrecoveredHorizonMonths: number | null;
    /** v2: pre-funding as a share of free reserves. Null: v1's "more than the reserves" (with the near margin). */
    reservesShare: ShareThresholds | null;
  };
  bidCandy: {
    /** v2: no guaranteed referrals, judged by the contract's share of the organisation's income (%). Null: not judged. */
    noGuaranteeIncomeShare: ShareThresholds | null;
    /**
     * v2: a guarantee with no minimum to weigh it against (0 or not given), on a contract worth at least this
     * share (%) of income, is a caution: agree a minimum. Null: not judged.
     */
    noMinimumFromIncomeShare: number | null;
    /** v2: a guarantee below this share of the minimum needed breaches viability… */
    viabilityBelowShareOfNeed: number | null;
    /** …on a contract worth at least this share (%) of the organisation's income. */
    dependentFromIncomeShare: number;
    /** v2: the prime's track record: serious and caution below these shares (%) of named partners funded. */
    trackRecord: { serious: number; caution: number } | null;
  };
  /** v2: a fee at least this many times the organisation's limit breaches viability. Null: never. */
  feeViabilityTimesLimit: number | null;
  /** v2: notice shorter than this share of the wind-down the organisation needs breaches viability. Null: never. */
  noticeViabilityBelowShareOfNeed: number | null;
}

export interface Method {
  version: string;
  label: string;
  fit: LinearFit | TableFit;
  /** Inclusive at the bottom, on 0–100. */
  bands: { STRONG: number; WORKABLE: number };
  /** Severity of a gap with no shared position and no red line, by the higher of the two sides' importance. */
  gapSeverity: Readonly<Record<Importance, Severity>>;
  /** v2: a flag reads right whichever side wants more integration. */
  directional: boolean;
  /**
   * v2: the most serious a gap can be, without a red line, when it is the organisation that wants more
   * integration than the prime offers (the prime's terms leave it more independent, not less). Null: no limit.
   */
  organisationPushGap: Severity | null;
  /**
   * v2: an edge agreement needs the one shared position to be the end of the range of a side that
   * prefers something else (v1: any single shared position with different preferences).
   */
  edgeAtLimit: boolean;
  /** v2: agreed-but-unsafe floors, contradictions and figure red lines. */
  floors: boolean;
  contradictions: boolean;
  figureRedLines: boolean;
  caps: {
    /** The best verdict while any serious flag stands. */
    serious: Band | null;
    /**
     * v2: the best verdict with this many serious flags or more, counting those in critical sections and
     * those raised by figures or unsafe agreements (not a contradiction, which is a question about the data).
     */
    manySerious: { count: number; cap: Band } | null;
    /** v2: the best verdict while any figure breaches viability. */
    viability: Band | null;
    /** v2: the best verdict with this many agreements at the edge in one critical section. */
    edgeInCritical: { count: number; cap: Band } | null;
  };
  facts: FactRules;
}

export const METHOD_V1: Method = {
  version: "1",
  label: "Scoring method v1 (November 2026)",
  fit: { kind: "linear", overlapFloor: 0.5, noOverlapCeiling: 0.4 },
  bands: { STRONG: 75, WORKABLE: 50 },
  gapSeverity: { low: "serious", medium: "serious", high: "serious" },
  directional: false,
  organisationPushGap: null,
  edgeAtLimit: false,
  floors: false,
  contradictions: false,
  figureRedLines: false,
  caps: { serious: "WORKABLE", manySerious: null, viability: null, edgeInCritical: null },
  facts: {
    nearMargin: 0.1,
    cashflow: {
      arrearsMonths: 1,
      paymentTermsDays: null,
      outcomeWaitMonths: 3,
      unpaidOutcomeShare: 0,
      unrecoveredHorizonMonths: null,
      reservesShare: null,
    },
    bidCandy: {
      noGuaranteeIncomeShare: null,
      noMinimumFromIncomeShare: null,
      viabilityBelowShareOfNeed: null,
      dependentFromIncomeShare: 0,
      trackRecord: null,
    },
    feeViabilityTimesLimit: null,
    noticeViabilityBelowShareOfNeed: null,
  },
};

/**
 * Method v2 (docs/method.md explains each number, and the calibration test in
 * tests/unit/calibration.test.ts shows what the bands do to random, near-identical
 * and scenario pairs).
 */
export const METHOD_V2: Method = {
  version: "2",
  label: "Scoring method v2 (December 2026)",
  fit: { kind: "table", overlap: [1, 0.6, 0.35, 0.25, 0.2], noOverlap: [0, 0.2, 0.1, 0.05, 0] },
  bands: { STRONG: 80, WORKABLE: 55 },
  gapSeverity: { low: "caution", medium: "serious", high: "serious" },
  directional: true,
  organisationPushGap: "caution",
  edgeAtLimit: true,
  floors: true,
  contradictions: true,
  figureRedLines: true,
  caps: {
    serious: "WORKABLE",
    manySerious: { count: 3, cap: "WEAK" },
    viability: "WEAK",
    edgeInCritical: { count: 2, cap: "WORKABLE" },
  },
  facts: {
    nearMargin: 0.1,
    cashflow: {
      arrearsMonths: 1,
      paymentTermsDays: 30,
      outcomeWaitMonths: 3,
      unpaidOutcomeShare: 25,
      unrecoveredHorizonMonths: 12,
      reservesShare: { caution: 0.25, serious: 0.5, viability: 0.75 },
    },
    bidCandy: {
      noGuaranteeIncomeShare: { caution: 0, serious: 25, viability: 50 },
      noMinimumFromIncomeShare: 25,
      viabilityBelowShareOfNeed: 0.5,
      dependentFromIncomeShare: 25,
      trackRecord: { serious: 50, caution: 75 },
    },
    feeViabilityTimesLimit: 2,
    noticeViabilityBelowShareOfNeed: 0.9,
  },
};
