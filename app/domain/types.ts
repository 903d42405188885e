/**
 * The answer model of Common Ground (see DESIGN.md): pure types shared by the
 * question bank, the scoring and the flag rules. No React, no database, no Remix.
 */

export const SIDES = ["vcs", "prime"] as const;
export type Side = (typeof SIDES)[number];

/** Positions on the common axis: 1 = the sub-contractor keeps the most independence … 5 = fullest integration into the prime. */
export const POSITIONS = [1, 2, 3, 4, 5] as const;
export type Position = (typeof POSITIONS)[number];

export const IMPORTANCE_LEVELS = ["low", "medium", "high"] as const;
export type Importance = (typeof IMPORTANCE_LEVELS)[number];

export const FLAG_CODES = [
  "MANDATORY_REBRANDING",
  "STAFF_REBADGING",
  "INVISIBLE_PARTNER",
  "GAGGING_CLAUSE",
  "VALUES_CONFLICT",
  "MODEL_OVERRIDE",
  "POLICY_OVERRIDE",
  "GOVERNANCE_INTRUSION",
  "BID_CANDY",
  "CASHFLOW_RISK",
  "RISK_PASS_DOWN",
  "TOPSLICE_EXCESS",
  "SHORT_TERM",
  "EXIT_AT_WILL",
  "BENEFICIARY_CAPTURE",
] as const;
export type FlagCode = (typeof FLAG_CODES)[number];

export const SEVERITIES = ["dealbreaker", "serious", "caution"] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Text written for each side in its own words. */
export interface SideText {
  vcs: string;
  prime: string;
}

export interface PositionOption {
  value: Position;
  label: SideText;
}

/** One issue, asked of both sides in their own words, answered on the common 1–5 axis. */
export interface PositionItem {
  /** Stable id, kebab-case, unique across the whole bank (answers are stored against it). */
  id: string;
  prompt: SideText;
  /** Short plain-English guidance: why this matters, drawing on the sector's record. */
  guidance: string;
  /** Exactly five options, values 1 to 5 in order. */
  options: readonly [PositionOption, PositionOption, PositionOption, PositionOption, PositionOption];
  /** The flag raised when the two sides' answers to this item do not fit. */
  flag: FlagCode;
}

export interface Dimension {
  id: string;
  title: string;
  /** One or two sentences shown at the top of the section. */
  summary: string;
  /** Critical dimensions cap the verdict (DESIGN.md). */
  critical: boolean;
  items: readonly PositionItem[];
}

export const VCS_FACT_IDS = [
  "reservesMonths",
  "contractIncomeShare",
  "minReferralsPerYear",
  "minTermMonths",
  "maxManagementFeePercent",
  "minNoticeDays",
] as const;
export const PRIME_FACT_IDS = [
  "guaranteedReferralsPerYear",
  "outcomePaymentShare",
  "paymentLagDays",
  "managementFeePercent",
  "termMonths",
  "terminationNoticeDays",
] as const;
export type VcsFactId = (typeof VCS_FACT_IDS)[number];
export type PrimeFactId = (typeof PRIME_FACT_IDS)[number];
export type FactId = VcsFactId | PrimeFactId;

export type FactUnit = "months" | "percent" | "per year" | "days";

export interface FactDefinition {
  id: FactId;
  side: Side;
  label: string;
  /** Hint under the label: what to count and how. */
  hint: string;
  unit: FactUnit;
  min: number;
  max: number;
  /** Whole numbers only (referrals, days, months). */
  integer: boolean;
}

export interface Questionnaire {
  version: string;
  /** Shown to users, e.g. "Question bank v1 (November 2026)". */
  label: string;
  /** Retired versions stay readable for the checks that used them but are not offered for new checks. */
  retired: boolean;
  dimensions: readonly Dimension[];
  facts: readonly FactDefinition[];
}

/** A side's answer to one position item. */
export interface Answer {
  preferred: Position;
  /** The continuous range of positions this side could accept; always contains `preferred`. */
  acceptable: { min: Position; max: Position };
  importance: Importance;
  redLine: boolean;
  note?: string;
}

export type Facts = Partial<Record<FactId, number>>;

/** Everything one side has given. */
export interface SideAnswers {
  answers: Partial<Record<string, Answer>>;
  facts: Facts;
}

/** Plain-English text for a flag code, shown in reports. */
export interface FlagDescription {
  code: FlagCode;
  title: string;
  /** What the flag means, in a sentence or two a trustee understands. */
  meaning: string;
  /** Questions the two sides should discuss. */
  questions: readonly string[];
  /** What could be negotiated to resolve it. */
  negotiable: readonly string[];
}

export type SideStatus = "not_started" | "in_progress" | "submitted";
