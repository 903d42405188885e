import { getQuestionnaire } from "~/domain/questionnaires";
import type { Questionnaire } from "~/domain/types";

/**
 * The question bank a stored check was answered on. A check only ever names a
 * version that exists (see app/domain/questionnaires), so a missing one is a
 * bug or a damaged database, never a visitor's mistake: an Error, not a 404.
 */
export function questionnaireOf(check: { questionnaireVersion: string }): Questionnaire {
  const questionnaire = getQuestionnaire(check.questionnaireVersion);
  if (!questionnaire) throw new Error(`Unknown questionnaire version ${check.questionnaireVersion}`);
  return questionnaire;
}
