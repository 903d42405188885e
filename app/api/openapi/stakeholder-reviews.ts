/** The OpenAPI description of stakeholder reviews (stakeholder-review.*, stakeholder-reviews): filled in by branch oa3 (conventions: ./common.ts). */
import type { ApiDomain } from "./common";

export const stakeholderReviewsDomain: ApiDomain = {
  tags: [],
  paths: {},
  // Remove each path from here as it is described above.
  pending: [
    "/api/v1/stakeholder-reviews",
    "/api/v1/stakeholder-review",
    "/api/v1/stakeholder-review/actions",
    "/api/v1/stakeholder-review/actions/{actionId}",
    "/api/v1/stakeholder-review/answers",
    "/api/v1/stakeholder-review/answers/submit",
    "/api/v1/stakeholder-review/close",
    "/api/v1/stakeholder-review/confirm",
    "/api/v1/stakeholder-review/groups/{groupId}/open-link",
    "/api/v1/stakeholder-review/invitations",
    "/api/v1/stakeholder-review/join",
    "/api/v1/stakeholder-review/results",
    "/api/v1/stakeholder-review/rounds",
  ],
};
