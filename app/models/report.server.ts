import { getQuestionnaire } from "~/domain/questionnaires";
import { buildReport, type Report } from "~/domain/report";
import type { CheckSummary } from "./check.server";
import { getFlagOutcomes, type FlagOutcome } from "./outcome.server";
import { getSideAnswers } from "./response.server";

/** The report with what the owner has recorded about each flag since the two sides talked. */
export interface ReportView extends Report {
  outcomes: Record<string, FlagOutcome>;
}

export function bothSubmitted(check: CheckSummary): boolean {
  return check.sides.vcs.status === "submitted" && check.sides.prime.status === "submitted";
}

/**
 * The report, or null while either side has still to submit. This is the only
 * place the two sides' answers are read together, so sealing is enforced here.
 */
export async function getReport(check: CheckSummary): Promise<ReportView | null> {
  if (!bothSubmitted(check)) return null;
  const questionnaire = getQuestionnaire(check.questionnaireVersion);
  if (!questionnaire) throw new Error(`Unknown questionnaire version ${check.questionnaireVersion}`);
  const [vcs, prime, outcomes] = await Promise.all([
    getSideAnswers(check.sides.vcs.responseId),
    getSideAnswers(check.sides.prime.responseId),
    getFlagOutcomes(check.id),
  ]);
  return { ...buildReport(questionnaire, vcs, prime), outcomes };
}
