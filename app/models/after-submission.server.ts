import type { CheckSummary } from "./check.server";
import { scoreCandidates } from "./search.server";
import { scoreParticipants } from "./workshop.server";

/**
 * After a submission: if it was a candidate's, or the prime's answers of a
 * search, score the candidates whose reports it made ready; if it was a
 * workshop participant's, store its result's dealbreakers for the room's figures.
 */
export async function afterSubmission(check: CheckSummary): Promise<void> {
  if (check.search) {
    await scoreCandidates(check.search.id, check.search.part === "candidate" ? [check.id] : undefined);
  }
  if (check.workshop?.part === "participant") await scoreParticipants(check.workshop.id, [check.id]);
}
