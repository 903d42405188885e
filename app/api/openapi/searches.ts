/** The OpenAPI description of partner searches (searches.*, apply is in checks.ts): filled in by branch oa2 (conventions: ./common.ts). */
import type { ApiDomain } from "./common";

export const searchesDomain: ApiDomain = { tags: [], paths: {} };
