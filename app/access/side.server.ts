import { takesExtendedAnswers } from "~/domain/validation";
import { getSideAnswersAndVersions } from "~/models/response.server";
import { questionnaireOf } from "~/models/questionnaire.server";
import { parseSide, requireCheck } from "./check.server";
import { homeFor, requireRole } from "./session.server";

/**
 * Everything a side's pages need: its check, its role, its questionnaire and
 * its own answers (never the other side's), for a browser holding that side's
 * session.
 */
export async function requireSide(request: Request, params: { checkId?: string; side?: string }) {
  const checkId = params.checkId ?? "";
  const role = parseSide(params.side);
  const { authority } = await requireRole(request, checkId, role);
  const summary = await requireCheck(checkId);
  const side = summary.sides[role];
  const questionnaire = questionnaireOf(summary);
  const { answers, versions } = await getSideAnswersAndVersions(side.responseId);
  // Bank v2's additions to the answer model (fixed terms, clauses, red-line figures) are offered only where it takes them.
  const extended = takesExtendedAnswers(questionnaire);
  return { summary, role, side, questionnaire, answers, versions, extended, base: homeFor(checkId, role), authority };
}
