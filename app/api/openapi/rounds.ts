/** The OpenAPI description of check-up rounds (rounds): filled in by branch oa3 (conventions: ./common.ts). */
import type { ApiDomain } from "./common";

export const roundsDomain: ApiDomain = { tags: [], paths: {} };
