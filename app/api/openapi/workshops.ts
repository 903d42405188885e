/** The OpenAPI description of workshops (workshops.*): filled in by branch oa2 (conventions: ./common.ts). */
import type { ApiDomain } from "./common";

export const workshopsDomain: ApiDomain = {
  tags: [],
  paths: {},
  // Remove each path from here as it is described above.
  pending: [
    "/api/v1/workshops",
    "/api/v1/workshops/join",
    "/api/v1/workshops/profiles",
    "/api/v1/workshops/{id}",
    "/api/v1/workshops/{id}/summary",
    "/api/v1/workshops/{id}/{change}",
  ],
};
