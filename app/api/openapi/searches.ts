/** The OpenAPI description of partner searches (searches.*, apply is in checks.ts): filled in by branch oa2 (conventions: ./common.ts). */
import type { ApiDomain } from "./common";

export const searchesDomain: ApiDomain = {
  tags: [],
  paths: {},
  // Remove each path from here as it is described above.
  pending: [
    "/api/v1/searches",
    "/api/v1/searches/{id}",
    "/api/v1/searches/{id}/candidates",
    "/api/v1/searches/{id}/close",
  ],
};
