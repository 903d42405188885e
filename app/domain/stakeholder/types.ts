/**
 * The 360° stakeholder review of a relational service (issue 20; docs/method.md, "Stakeholder reviews"): the
 * answer model. A service's wider system (NHS trusts, GP practices, council officers, community groups, residents'
 * and patients' representatives, at operational or strategic level) rates statements about the service on an
 * agreement scale with "don't know"; the provider rates the same statements about itself. Pure types.
 */

/** Where a stakeholder works with the service: day to day, or on plans and decisions. */
export const STAKEHOLDER_LEVELS = ["operational", "strategic"] as const;
export type StakeholderLevel = (typeof STAKEHOLDER_LEVELS)[number];

/** 1 strongly disagree … 5 strongly agree. "Don't know" is stored as null and counted apart. */
export type Agreement = 1 | 2 | 3 | 4 | 5;
export const AGREEMENTS: readonly Agreement[] = [1, 2, 3, 4, 5];

/** One statement, rated on the agreement scale. */
export interface StakeholderStatement {
  /** Stable id, kebab-case, unique across the questionnaire and never reused for other wording. */
  id: string;
  /** As a stakeholder reads it, about the service: "The service tells us what local people say about our services." */
  stakeholder: string;
  /** As the provider reads it, about itself: "We tell partners what local people say about their services." */
  provider: string;
  /** Shown under the statement: what to think about, in one sentence. */
  hint?: string;
}

/** A theme of the questionnaire, one page of it. */
export interface StakeholderTheme {
  /** Stable id, kebab-case. */
  id: string;
  title: string;
  /** One or two sentences: what this theme asks about, and why it matters for a relational service. */
  description: string;
  statements: readonly StakeholderStatement[];
  /** For the discussion guide: questions a system meeting could ask where this theme's views diverge. */
  discussion: readonly string[];
}

/** The free-text questions: one thing to change, for the service and for the stakeholder's own organisation. */
export interface StakeholderFreeText {
  id: "change-service" | "change-own";
  /** As a stakeholder reads it. */
  stakeholder: string;
  /** As the provider reads it (its self-assessment asks the same two things of itself and of its partners). */
  provider: string;
}

/** A version of the stakeholder questionnaire: content, versioned like the question bank, never edited in place. */
export interface StakeholderQuestionnaire {
  version: string;
  label: string;
  themes: readonly StakeholderTheme[];
  freeText: readonly StakeholderFreeText[];
}

/** One person's answers: each statement's rating (null: don't know; absent: not answered yet), and free text. */
export interface StakeholderAnswers {
  ratings: Readonly<Record<string, Agreement | null>>;
  text: Readonly<Partial<Record<StakeholderFreeText["id"], string>>>;
}
