/** The OpenAPI description of the joint review (review.*): filled in by branch oa3 (conventions: ./common.ts). */
import type { ApiDomain } from "./common";

export const reviewDomain: ApiDomain = { tags: [], paths: {} };
