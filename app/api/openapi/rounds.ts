/** The OpenAPI description of check-up rounds (rounds): filled in by branch oa3 (conventions: ./common.ts). */
import type { ApiDomain } from "./common";

export const roundsDomain: ApiDomain = {
  tags: [],
  paths: {},
  // Remove each path from here as it is described above.
  pending: ["/api/v1/rounds"],
};
