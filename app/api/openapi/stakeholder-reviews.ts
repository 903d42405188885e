/** The OpenAPI description of stakeholder reviews (stakeholder-review.*, stakeholder-reviews): filled in by branch oa3 (conventions: ./common.ts). */
import type { ApiDomain } from "./common";

export const stakeholderReviewsDomain: ApiDomain = { tags: [], paths: {} };
