/**
 * Who may do what in a stakeholder review (issue 20; docs/architecture.md, "Stakeholder reviews"): the commissioner
 * and the provider run it (each through its own link); a stakeholder answers only its own response and sees
 * nothing else; a group's open link only starts a stakeholder's own link. Nobody, the two who run it included, ever
 * sees one stakeholder's answers: only the results, once the review is closed, with the threshold applied.
 */
import { apiError, revokedInFlight } from "~/http/api.server";
import type { Role } from "~/models/check.server";
import type { StakeholderReviewSummary } from "~/domain/stakeholder/review";
import { getStakeholderReview } from "~/models/stakeholder.server";
import type { Authority } from "~/models/session.server";
import { requireBearer } from "./bearer.server";
import { holdsRole, requireRole } from "./session.server";

export interface StakeholderAccess {
  review: StakeholderReviewSummary;
  role: Role;
  authority: Authority;
}

/** The review a bearer token belongs to, for the roles given. */
export async function requireApiStakeholder(request: Request, roles: readonly Role[]): Promise<StakeholderAccess> {
  const access = await requireBearer(request, roles);
  const review = await getStakeholderReview(access.checkId);
  if (!review) throw apiError(404, [{ path: "Authorization", message: "This stakeholder review has been deleted" }]);
  return {
    review,
    role: access.role,
    authority: { checkId: access.checkId, role: access.role, tokenHash: access.tokenHash },
  };
}

/** The two who run a review. */
export const RUNNERS: readonly Role[] = ["commissioner", "provider"];

/** The API's answer to a write the review refused (docs/api.md, "Stakeholder reviews"). */
export function refused(status: "unauthorised" | "unconfirmed" | "closed" | "no-group" | "full") {
  switch (status) {
    case "unauthorised":
      return revokedInFlight();
    case "unconfirmed":
      return apiError(409, [
        {
          path: "",
          message: "Both the commissioner and the provider must confirm the review before anyone is invited",
        },
      ]);
    case "closed":
      return apiError(409, [{ path: "", message: "This review is closed: it takes no more answers" }]);
    case "no-group":
      return apiError(404, [{ path: "groupId", message: "This review has no such stakeholder group" }]);
    case "full":
      return apiError(409, [{ path: "", message: "This review takes no more stakeholders" }]);
  }
}

/**
 * The review for this browser's session as one of the two who run it (the commissioner's session first, then the
 * provider's): a 403 for anyone else, a stakeholder included, and a 404 once the review is deleted.
 */
export async function requireRunnerPage(request: Request, reviewId: string): Promise<StakeholderAccess> {
  const role: Role = (await holdsRole(request, reviewId, "commissioner")) ? "commissioner" : "provider";
  const { authority } = await requireRole(request, reviewId, role);
  const review = await getStakeholderReview(reviewId);
  if (!review) throw new Response("This stakeholder review has been deleted.", { status: 404 });
  return { review, role, authority };
}
