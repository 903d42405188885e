import { getQuestionnaire } from "~/domain/questionnaires";
import { buildReport, type Report } from "~/domain/report";
import type { CheckSummary } from "./check.server";
import { getFlagOutcomes, type FlagOutcome } from "./outcome.server";
import { getSideAnswers } from "./response.server";

/** The report with what the owner has recorded about each flag since the two sides talked. */
export interface ReportView extends Report {
  outcomes: Record<string, FlagOutcome>;
  /** Changes whenever anything in the report does: for caching its rendered page. */
  renderKey: string;
}

/**
 * Built reports, by check and submission times: once both sides have
 * submitted the answers are locked, so a built report never goes stale.
 */
const built = new Map<string, Report>();
const MAX_BUILT = 500;

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
  const key = [
    check.id,
    check.questionnaireVersion,
    check.sides.vcs.submittedAt?.getTime(),
    check.sides.prime.submittedAt?.getTime(),
  ].join(":");
  let report = built.get(key);
  if (!report) {
    const [vcs, prime] = await Promise.all([
      getSideAnswers(check.sides.vcs.responseId),
      getSideAnswers(check.sides.prime.responseId),
    ]);
    report = buildReport(questionnaire, vcs, prime);
    built.set(key, report);
    while (built.size > MAX_BUILT) built.delete(built.keys().next().value as string);
  }
  const outcomes = await getFlagOutcomes(check.id);
  const outcomesStamp = Object.values(outcomes).reduce((latest, o) => Math.max(latest, o.updatedAt.getTime()), 0);
  return { ...report, outcomes, renderKey: `${key}:${Object.keys(outcomes).length}:${outcomesStamp}` };
}

/** After a check is deleted, its built report must not linger in memory. */
export function forgetReport(checkId: string) {
  for (const key of built.keys()) if (key.startsWith(`${checkId}:`)) built.delete(key);
}
