/** The OpenAPI description of heads of terms (terms, terms.docx): filled in by branch oa3 (conventions: ./common.ts). */
import type { ApiDomain } from "./common";

export const termsDomain: ApiDomain = { tags: [], paths: {} };
