/** The OpenAPI description of heads of terms (terms, terms.docx): filled in by branch oa3 (conventions: ./common.ts). */
import type { ApiDomain } from "./common";

export const termsDomain: ApiDomain = {
  tags: [],
  paths: {},
  // Remove each path from here as it is described above.
  pending: ["/api/v1/terms", "/api/v1/terms.docx"],
};
