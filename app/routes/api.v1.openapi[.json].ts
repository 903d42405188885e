import { openApiDocument } from "~/api/openapi/document.server";
import { apiJson, methodNotAllowed } from "~/http/api.server";

/**
 * The OpenAPI 3.1 description of /api/v1 (docs/api.md, "The OpenAPI document"): anyone may read it, and it changes
 * only with the code, so it may be cached.
 */
export async function loader() {
  return apiJson(openApiDocument(), 200, { "Cache-Control": "public, max-age=300" });
}

export async function action() {
  return methodNotAllowed(["GET"]);
}
