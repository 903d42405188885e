import { getQuestionnaire } from "~/domain/questionnaires";
import { SIDES, type Side } from "~/domain/types";
import { requireRole } from "~/lib/session.server";
import { requireCheckSummary } from "./check.server";
import { getSideAnswers } from "./response.server";

export function parseSide(value: string | undefined): Side {
  const side = SIDES.find((s) => s === value);
  if (!side) throw new Response("Not found", { status: 404 });
  return side;
}

/**
 * Everything a side's pages need: its check, its role, its questionnaire and
 * its own answers (never the other side's), for a browser holding that side's
 * session.
 */
export async function requireSide(request: Request, params: { checkId?: string; side?: string }) {
  const checkId = params.checkId ?? "";
  const role = parseSide(params.side);
  const { token } = await requireRole(request, checkId, role);
  const summary = await requireCheckSummary(checkId);
  const side = summary.sides[role];
  const questionnaire = getQuestionnaire(summary.questionnaireVersion);
  if (!questionnaire) throw new Error(`Unknown questionnaire version ${summary.questionnaireVersion}`);
  const answers = await getSideAnswers(side.responseId);
  const base = `/checks/${checkId}/${role}`;
  return { summary, role, side, questionnaire, answers, base, token };
}
