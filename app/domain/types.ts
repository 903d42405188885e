/**
 * The answer model of Common Ground (docs/method.md): pure types shared by the
 * question bank, the scoring and the flag rules. No React, no database, no Remix.
 */

import type { Method } from "./method";

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
  // Added by method v2 (docs/method.md):
  /** The organisation wants closer integration than the prime will offer (the item names what). */
  "INTEGRATION_DECLINED",
  /** Both sides agree, but on a term that is unsafe whatever both chose (the item says why). */
  "UNSAFE_AGREEMENT",
  /** A side's answer to a question and its own figures say different things. */
  "CONTRADICTION",
  /** The prime can change the sub-contract on its own (unilateral variation). */
  "UNILATERAL_VARIATION",
  /** Monitoring and reporting demands out of proportion to the contract. */
  "REPORTING_BURDEN",
  /** What the prime offers in return does not match what it asks for. */
  "UNEVEN_TRADE",
  /** Staff transfer (TUPE) and pension costs land on the organisation. */
  "TUPE_PENSIONS",
  // Added by issue 16 (several respondents per side; docs/method.md, "When several people answer for one side"):
  /**
   * A side's own respondents do not agree on an item: their preferred positions are two or more apart, or some but
   * not all marked it a red line. Raised only from a side's spread (three or more respondents); caps nothing.
   */
  "INTERNAL_DISAGREEMENT",
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
  /** The flag raised when the prime asks for more integration than the organisation can accept. */
  flag: FlagCode;
  // ---- Added by question bank v2; absent on v0 and v1 items ----
  /** In the short core set (docs/method.md, "The core set"). */
  core?: boolean;
  /**
   * The flag's title and meaning when the organisation wants more integration
   * than the prime will offer (raised as INTEGRATION_DECLINED).
   */
  reverse?: { title: string; meaning: string };
  /** An agreement at or beyond `from` is unsafe whatever both sides chose (raised as UNSAFE_AGREEMENT). */
  unsafe?: UnsafeFloor;
  /** What a side's preferred position implies about one of its own figures (raised as CONTRADICTION). */
  consistency?: Consistency;
  /** Questions for this item's discussion, naming options by their labels. */
  questions?: readonly string[];
  /** What could be negotiated on this item. */
  negotiable?: readonly string[];
  /** Evidence to ask for before signing (the draft clause, references, the head contract's terms). */
  evidence?: readonly string[];
}

export interface UnsafeFloor {
  /** The first position that is unsafe. */
  from: Position;
  title: string;
  /** Why, in plain English, with its basis (charity law, UK GDPR, whistleblowing protection). Not legal advice. */
  why: string;
}

export interface Consistency {
  side: Side;
  factId: FactId;
  /** For each preferred position 1–5, the range of the figure that agrees with it (inclusive). */
  expected: readonly [FigureRange, FigureRange, FigureRange, FigureRange, FigureRange];
}

export interface FigureRange {
  min: number;
  max: number;
}

export interface Dimension {
  id: string;
  title: string;
  /** One or two sentences shown at the top of the section. */
  summary: string;
  /** Critical dimensions cap the verdict (docs/method.md, "The verdict"). */
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
  // Added by question bank v2:
  /** Share of outcomes the organisation expects never to be paid for (not achieved, or not evidenced). */
  "unpaidOutcomeShare",
] as const;
export const PRIME_FACT_IDS = [
  "guaranteedReferralsPerYear",
  "outcomePaymentShare",
  "paymentLagDays",
  "managementFeePercent",
  "termMonths",
  "terminationNoticeDays",
  // Added by question bank v2:
  /** Months of delivery before an outcome can be claimed. */
  "monthsToOutcomeClaim",
  /** Days from invoice to payment for delivery that is not paid on results. */
  "paymentTermsDays",
  /** Of the partners named in the prime's last bids, the share that received work. */
  "namedPartnersFundedShare",
] as const;
/**
 * The figures a side can mark as a red line (method v2): its own need or limit, or the prime's own offer — the
 * numbers a side would walk away over. Context figures (reserves, the contract's share of income, estimates of
 * unpaid outcomes, the time to a claim, the prime's track record) inform the rules but are nobody's to concede.
 */
export const RED_LINE_FIGURES: ReadonlySet<string> = new Set([
  "minReferralsPerYear",
  "minTermMonths",
  "maxManagementFeePercent",
  "minNoticeDays",
  "guaranteedReferralsPerYear",
  "outcomePaymentShare",
  "paymentLagDays",
  "paymentTermsDays",
  "managementFeePercent",
  "termMonths",
  "terminationNoticeDays",
]);
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
  /** v2: may be left blank (it does not count toward complete). */
  optional?: boolean;
  /** v2: the figure the method assumes when an optional figure is left blank. */
  default?: number;
}

export interface Questionnaire {
  version: string;
  /** Shown to users, e.g. "Question bank v1 (November 2026)". */
  label: string;
  /** Retired versions stay readable for the checks that used them but are not offered for new checks. */
  retired: boolean;
  dimensions: readonly Dimension[];
  facts: readonly FactDefinition[];
  /** The scoring method this bank is scored with: bank and method are versioned as one unit. */
  method: Method;
  /** Set on the bank's short core set (see selectQuestions); absent on the whole bank. */
  set?: "core";
  /** Set on a workshop's selection of sections (issue 18; see selectSections): the ids asked, in the bank's order. */
  sections?: readonly string[];
}

/** A side's answer to one position item. */
export interface Answer {
  preferred: Position;
  /** The continuous range of positions this side could accept; always contains `preferred`. */
  acceptable: { min: Position; max: Position };
  importance: Importance;
  redLine: boolean;
  note?: string;
  /** v2: set by the commissioner or the head contract, not this side's to change. */
  fixed?: boolean;
  /** v2: the sub-contract clause this answer reflects (the prime can cite it). */
  clause?: string;
  /** One of several respondents let the side's lead read this answer's note (issue 16); no one else sees it. */
  shareNote?: boolean;
}

export type Facts = Partial<Record<FactId, number>>;

/** Everything one side has given. */
export interface SideAnswers {
  answers: Partial<Record<string, Answer>>;
  facts: Facts;
  /** v2: the figures this side marked as red lines ("notice under 90 days is a walk-away"). */
  redLineFacts?: readonly FactId[];
  /**
   * v2: figures this side shares as a finding only: the result says what the
   * figure shows ("the reserves would not cover the pre-funding"), never the number.
   */
  findingOnlyFacts?: readonly FactId[];
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
  /** v2: who should act on it. */
  whoActs?: string;
  /** v2: what evidence to ask for before signing. */
  evidence?: readonly string[];
}

export type SideStatus = "not_started" | "in_progress" | "submitted";
