/**
 * The stakeholder review's pages (issue 20): who may open the commissioner's and the provider's pages. A browser
 * may hold either role (or both, for someone who accepted the other party's invitation on the same computer); the
 * commissioner's is tried first, since only it may close the review.
 */
import { holdsRole, requireRole } from "~/access/session.server";
import { otherParty, partyName, REVIEW_PARTIES, type ReviewParty } from "~/domain/stakeholder/review";
import type { Role } from "~/models/check.server";
import { getStakeholderReview } from "~/models/stakeholder.server";

export const isReviewParty = (role: Role): role is ReviewParty => role === "commissioner" || role === "provider";

/** The commissioner's or the provider's right to a review's pages: a 403 without either, a 404 once it has gone. */
export async function requireReviewParty(request: Request, reviewId: string) {
  let role: ReviewParty = "commissioner";
  for (const party of REVIEW_PARTIES) {
    if (await holdsRole(request, reviewId, party)) {
      role = party;
      break;
    }
  }
  const { authority } = await requireRole(request, reviewId, role);
  const review = await getStakeholderReview(reviewId);
  if (!review) throw new Response("Not found", { status: 404 });
  return { review, role, authority };
}

/** The commissioner's right to a page only it may use (closing, deleting): a 403, saying so, for the provider. */
export async function requireCommissionerPage(request: Request, reviewId: string, what: string) {
  const found = await requireReviewParty(request, reviewId);
  if (found.role !== "commissioner") throw new Response(`Only the commissioner can ${what}.`, { status: 403 });
  return found;
}

/** What the other party's invitation page says, before anyone accepts it. */
export async function reviewPartyInvitation(reviewId: string, party: ReviewParty) {
  const review = await getStakeholderReview(reviewId);
  if (!review) throw new Response("Not found", { status: 404 });
  return {
    state: "review-party" as const,
    service: review.service,
    party,
    organisation: partyName(review, party),
    other: partyName(review, otherParty(party)),
  };
}
