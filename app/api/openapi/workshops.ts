/** The OpenAPI description of workshops (workshops.*): filled in by branch oa2 (conventions: ./common.ts). */
import type { ApiDomain } from "./common";

export const workshopsDomain: ApiDomain = { tags: [], paths: {} };
