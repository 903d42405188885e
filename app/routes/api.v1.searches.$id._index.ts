import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireApiSearchOwner } from "~/access/search.server";
import { searchJson } from "~/formats/search-json";
import { apiHandler, apiJson, methodNotAllowed } from "~/http/api.server";

/** The search as its owner sees it: title, the prime's status, the open link and whether it takes applications. */
export const loader = apiHandler(async ({ request, params }: LoaderFunctionArgs) => {
  const { search } = await requireApiSearchOwner(request, params.id ?? "");
  return apiJson(searchJson(search, new URL(request.url).origin));
});

export async function action() {
  return methodNotAllowed(["GET"]);
}
