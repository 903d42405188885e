/**
 * The stakeholder questionnaire as pages (issue 20): one page per theme, then one for the two free-text questions,
 * then "check your answers". Pure: what each page is, how far someone has got, and the words of the scale.
 */
import type { Agreement, StakeholderAnswers, StakeholderQuestionnaire } from "./types";

/** The page after the themes: the two "one thing to change" questions. */
export const FREE_TEXT_STEP = "one-thing-to-change";

/**
 * The pages' field names: a statement's radios (1 to 5, or DONT_KNOW_VALUE) and a free-text answer. Here, not in a
 * .server module, because the pages render them in the browser too.
 */
export const DONT_KNOW_VALUE = "dont-know";
export const ratingField = (statementId: string) => `ratings.${statementId}`;
export const textField = (questionId: string) => `text.${questionId}`;

/** The answers' words, as each radio and the summary show them. */
export const AGREEMENT_LABELS: Record<Agreement, string> = {
  1: "Strongly disagree",
  2: "Disagree",
  3: "Neither agree nor disagree",
  4: "Agree",
  5: "Strongly agree",
};
export const DONT_KNOW = "Don’t know";

/** A rating in words: "4 – Agree", "Don’t know", or null when not answered. */
export function ratingText(answers: StakeholderAnswers, statementId: string): string | null {
  if (!(statementId in answers.ratings)) return null;
  const rating = answers.ratings[statementId];
  return rating == null ? DONT_KNOW : `${rating} – ${AGREEMENT_LABELS[rating]}`;
}

/** The pages in order: each theme's id, then the free-text page. */
export const stepsOf = (q: StakeholderQuestionnaire): string[] => [...q.themes.map((t) => t.id), FREE_TEXT_STEP];

export interface ThemeProgress {
  id: string;
  title: string;
  answered: number;
  total: number;
}

export function themeProgress(q: StakeholderQuestionnaire, answers: StakeholderAnswers): ThemeProgress[] {
  return q.themes.map((t) => ({
    id: t.id,
    title: t.title,
    answered: t.statements.filter((s) => s.id in answers.ratings).length,
    total: t.statements.length,
  }));
}

/** The first page with a statement still to answer (the free-text page once every statement is). */
export function resumeStep(q: StakeholderQuestionnaire, answers: StakeholderAnswers): string {
  return themeProgress(q, answers).find((t) => t.answered < t.total)?.id ?? FREE_TEXT_STEP;
}

/** One page's answers, as "check your answers" and the read-only view list them. */
export interface AnswerSection {
  /** The page's step (a theme's id, or FREE_TEXT_STEP). */
  id: string;
  title: string;
  rows: Array<{ id: string; question: string; answer: string | null }>;
}

export function describeAnswers(
  q: StakeholderQuestionnaire,
  wording: "stakeholder" | "provider",
  answers: StakeholderAnswers,
): AnswerSection[] {
  return [
    ...q.themes.map((t) => ({
      id: t.id,
      title: t.title,
      rows: t.statements.map((s) => ({ id: s.id, question: s[wording], answer: ratingText(answers, s.id) })),
    })),
    {
      id: FREE_TEXT_STEP,
      title: "One thing to change",
      rows: q.freeText.map((f) => ({ id: f.id, question: f[wording], answer: answers.text[f.id] ?? null })),
    },
  ];
}
