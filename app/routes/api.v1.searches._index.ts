import type { ActionFunctionArgs } from "@remix-run/node";
import { searchCreatedJson } from "~/formats/search-json";
import { newSearchSchema } from "~/forms/search-schemas.server";
import { apiHandler, apiJson, methodNotAllowed, parseJsonBody } from "~/http/api.server";
import { createSearch } from "~/models/search.server";

export async function loader() {
  return methodNotAllowed(["POST"]);
}

/** Starts a partner search (docs/api.md, "Partner searches"): the owner's and the prime's links, and the open link. */
export const action = apiHandler(async ({ request }: ActionFunctionArgs) => {
  if (request.method !== "POST") return methodNotAllowed(["POST"]);
  const input = await parseJsonBody(request, newSearchSchema);
  const search = await createSearch(input);
  return apiJson(searchCreatedJson(search, new URL(request.url).origin), 201);
});
