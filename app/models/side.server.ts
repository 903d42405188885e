import { getQuestionnaire } from "~/domain/questionnaires";
import type { Side } from "~/domain/types";
import { requireAccess, requireCheckSummary } from "./check.server";
import { getSideAnswers } from "./response.server";

/** Everything a side's pages need: its check, its role, its questionnaire and its own answers (never the other side's). */
export async function requireSide(token: string) {
  const access = await requireAccess(token, ["vcs", "prime"]);
  const summary = await requireCheckSummary(access.checkId);
  const role = access.role as Side;
  const side = summary.sides[role];
  const questionnaire = getQuestionnaire(summary.questionnaireVersion);
  if (!questionnaire) throw new Error(`Unknown questionnaire version ${summary.questionnaireVersion}`);
  const answers = await getSideAnswers(side.responseId);
  return { summary, role, side, questionnaire, answers };
}
