/**
 * The answering pages' forms (issue 20): a theme's statements as radios named `ratings.<statement id>` (1 to 5, or
 * `dont-know`), the free-text page's `text.<question id>`, and the open link's level. Any statement may be left for
 * later; a field the page does not have is refused.
 */
import { z } from "zod";
import type { Agreement, StakeholderQuestionnaire, StakeholderTheme } from "~/domain/stakeholder/types";
import { STAKEHOLDER_LEVELS } from "~/domain/stakeholder/types";
import { DONT_KNOW_VALUE } from "~/domain/stakeholder/answering";
import { FREE_TEXT_MAX } from "./stakeholder-schemas.server";
import { visibleParagraphs } from "./schemas.server";

const RATING_VALUES = ["1", "2", "3", "4", "5", DONT_KNOW_VALUE] as const;

const intent = z.enum(["continue", "save-and-exit"]).default("continue");

export function themeFormSchema(theme: StakeholderTheme) {
  const rating = z.enum(RATING_VALUES, { error: "Choose one of the answers, or “Don’t know”" }).optional();
  return z.strictObject({
    intent,
    ratings: z.strictObject(Object.fromEntries(theme.statements.map((s) => [s.id, rating]))).default({}),
  });
}

export function freeTextFormSchema(q: StakeholderQuestionnaire) {
  const text = z
    .string({ error: "Write your answer as text" })
    .overwrite(visibleParagraphs)
    .max(FREE_TEXT_MAX, `Keep your answer to ${FREE_TEXT_MAX.toLocaleString("en-GB")} characters or fewer`)
    .optional();
  return z.strictObject({
    intent,
    text: z.strictObject(Object.fromEntries(q.freeText.map((f) => [f.id, text]))).default({}),
  });
}

/** A page's radios as the model stores them: "dont-know" is null; a statement left blank is left out. */
export function ratingsOf(sent: Record<string, string | undefined>): Record<string, Agreement | null> {
  const out: Record<string, Agreement | null> = {};
  for (const [id, value] of Object.entries(sent)) {
    if (value === undefined) continue;
    out[id] = value === DONT_KNOW_VALUE ? null : (Number(value) as Agreement);
  }
  return out;
}

export const joinFormSchema = z.strictObject({
  level: z.enum(STAKEHOLDER_LEVELS, { error: "Select the level at which you work with the service" }),
});
