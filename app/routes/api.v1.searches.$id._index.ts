import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { requireApiSearchOwner } from "~/access/search.server";
import { searchJson } from "~/formats/search-json";
import { apiHandler, apiJson, methodNotAllowed, revokedInFlight } from "~/http/api.server";
import { deleteSearch } from "~/models/search.server";

/** The search as its owner sees it: title, the prime's status, the open link and whether it takes applications. */
export const loader = apiHandler(async ({ request, params }: LoaderFunctionArgs) => {
  const { search } = await requireApiSearchOwner(request, params.id ?? "");
  return apiJson(searchJson(search, new URL(request.url).origin));
});

/** Deletes the search: every candidate's check and answers, and the prime's (docs/api.md, "Partner searches"). */
export const action = apiHandler(async ({ request, params }: ActionFunctionArgs) => {
  if (request.method !== "DELETE") return methodNotAllowed(["GET", "DELETE"]);
  const { search, authority } = await requireApiSearchOwner(request, params.id ?? "");
  const outcome = await deleteSearch({ searchId: search.id, authority });
  if (outcome === "unauthorised") return revokedInFlight();
  return new Response(null, { status: 204 });
});
