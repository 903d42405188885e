import type { ActionFunctionArgs } from "@remix-run/node";
import { requireApiSearchOwner } from "~/access/search.server";
import { searchJson } from "~/formats/search-json";
import { apiHandler, apiJson, methodNotAllowed, revokedInFlight } from "~/http/api.server";
import { closeSearch, getSearch } from "~/models/search.server";

export async function loader() {
  return methodNotAllowed(["POST"]);
}

/** Closes the open application link; named candidates' invitations still work. Closing again changes nothing. */
export const action = apiHandler(async ({ request, params }: ActionFunctionArgs) => {
  if (request.method !== "POST") return methodNotAllowed(["POST"]);
  const { search, authority } = await requireApiSearchOwner(request, params.id ?? "");
  const closed = await closeSearch({ searchId: search.id, authority });
  if (closed.status === "unauthorised") return revokedInFlight();
  const now = await getSearch(search.id);
  return apiJson(searchJson(now ?? search, new URL(request.url).origin));
});
