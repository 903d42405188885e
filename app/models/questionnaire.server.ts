import { questionnaireFor, type QuestionSet } from "~/domain/questionnaires";
import type { Questionnaire } from "~/domain/types";

/**
 * The questions a stored check asks: its bank version, whole or its core set,
 * and a workshop's selection of sections.
 * A check only ever names a version that exists (see app/domain/questionnaires),
 * so a missing one is a bug or a damaged database, never a visitor's mistake:
 * an Error, not a 404.
 */
export function questionnaireOf(check: {
  questionnaireVersion: string;
  questionSet?: QuestionSet;
  /** A workshop's selection of sections (issue 18), or null for all. */
  sections?: readonly string[] | null;
}): Questionnaire {
  const questionnaire = questionnaireFor(
    check.questionnaireVersion,
    check.questionSet ?? "full",
    check.sections ?? null,
  );
  if (!questionnaire) throw new Error(`Unknown questionnaire version ${check.questionnaireVersion}`);
  return questionnaire;
}
