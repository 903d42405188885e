/**
 * Who answers a stakeholder review's questionnaire in a page's address (issue 20): a stakeholder, under
 * /stakeholder-reviews/:id/answer, or the provider for its self-assessment, under …/self-assessment. The same route
 * modules serve both; the role comes from the path, and the browser's session must hold it for this review.
 */
import type { StakeholderQuestionnaire } from "~/domain/stakeholder/types";
import { getOwnResponse, getStakeholderReview, questionnaireOfReview } from "~/models/stakeholder.server";
import { requireRole } from "./session.server";

export type Answerer = "stakeholder" | "provider";

/** The path segment each answerer's pages live under. */
export const ANSWER_SEGMENT: Record<Answerer, string> = { stakeholder: "answer", provider: "self-assessment" };

/** The answerer an address is for: the segment after the review's id. */
export function answererOf(request: Request): Answerer {
  const segment = new URL(request.url).pathname.split("/")[3];
  return segment === ANSWER_SEGMENT.provider ? "provider" : "stakeholder";
}

/**
 * Everything an answering page needs: the review, the questionnaire, and this person's own answers (never anyone
 * else's). No session is a 403, a replaced link a 410, an unknown review a 404 (requireRole's own responses).
 */
export async function requireAnswerer(request: Request, params: { reviewId?: string }) {
  const reviewId = params.reviewId ?? "";
  const role = answererOf(request);
  const { access, authority } = await requireRole(request, reviewId, role);
  const review = await getStakeholderReview(reviewId);
  if (!review) throw new Response("Not found", { status: 404 });
  const questionnaire: StakeholderQuestionnaire = questionnaireOfReview(review);
  const own = await getOwnResponse(access);
  return {
    role,
    review,
    questionnaire,
    authority,
    answers: own?.answers ?? { ratings: {}, text: {} },
    submittedAt: own?.submittedAt ?? null,
    closed: review.closedAt !== null,
    base: `/stakeholder-reviews/${reviewId}/${ANSWER_SEGMENT[role]}`,
  };
}
