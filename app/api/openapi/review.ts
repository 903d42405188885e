/** The OpenAPI description of the joint review (review.*): filled in by branch oa3 (conventions: ./common.ts). */
import type { ApiDomain } from "./common";

export const reviewDomain: ApiDomain = {
  tags: [],
  paths: {},
  // Remove each path from here as it is described above.
  pending: ["/api/v1/review", "/api/v1/review/{flagKey}", "/api/v1/review/{flagKey}/confirm"],
};
