import { takesExtendedAnswers } from "~/domain/validation";
import type { Side } from "~/domain/types";
import { getRespondent } from "~/models/board.server";
import { isRespondentRole, respondentRoleOf, type RespondentRole } from "~/models/check.server";
import { getSideAnswersAndVersions } from "~/models/response.server";
import { questionnaireOf } from "~/models/questionnaire.server";
import { requireCheck } from "./check.server";
import { homeFor, requireRole } from "./session.server";

/**
 * Who answers in an address: a side (`vcs`, `prime`: whoever holds the side's
 * own link, its lead), or one of the respondents that side's lead invited
 * (`vcs-respondent`, `prime-respondent`). Anything else is a 404.
 */
export function parseAnswerer(value: string | undefined): { role: Side | RespondentRole; side: Side } {
  for (const side of ["vcs", "prime"] as const) {
    if (value === side) return { role: side, side };
    if (value === respondentRoleOf(side)) return { role: respondentRoleOf(side), side };
  }
  throw new Response("Not found", { status: 404 });
}

/**
 * Everything a side's answering pages need: its check, its side, its
 * questionnaire and the answers this person gives (never the other side's,
 * and for a respondent never another respondent's), for a browser holding
 * that side's session or a respondent's.
 */
export async function requireSide(request: Request, params: { checkId?: string; side?: string }) {
  const checkId = params.checkId ?? "";
  const { role: answerer, side: role } = parseAnswerer(params.side);
  const { access, authority } = await requireRole(request, checkId, answerer);
  const summary = await requireCheck(checkId);
  const side = summary.sides[role];
  const respondent = isRespondentRole(answerer) ? await getRespondent(access.responseId) : null;
  if (isRespondentRole(answerer) && (!respondent || respondent.partyId !== side.partyId)) {
    throw new Response("This invitation has been withdrawn.", { status: 410 });
  }
  const questionnaire = questionnaireOf(summary);
  const responseId = respondent?.id ?? side.responseId;
  const { answers, versions } = await getSideAnswersAndVersions(responseId);
  // Bank v2's additions to the answer model (fixed terms, clauses, red-line figures) are offered only where it
  // takes them, and only to a side's lead: a respondent gives positions and notes, the lead the rest.
  const extended = takesExtendedAnswers(questionnaire) && !respondent;
  return {
    summary,
    role,
    side,
    /** A respondent's own response, or null for the side's lead. */
    respondent,
    /** The response this person's answers are saved to. */
    responseId,
    /** This person's own status (a respondent's, or the side's). */
    status: respondent?.status ?? side.status,
    questionnaire,
    answers,
    versions,
    extended,
    base: homeFor(checkId, answerer),
    authority,
  };
}
