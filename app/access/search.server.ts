/**
 * Who may manage a partner search: whoever holds the owner's link of the
 * search's own check (a bearer token for the API, a session for the pages).
 * Any other search's id, or an id of no search, is a 404, so an owner learns
 * nothing about searches that are not theirs.
 */
import { apiError } from "~/http/api.server";
import type { SearchSummary } from "~/domain/search";
import { getSearch } from "~/models/search.server";
import type { Authority } from "~/models/session.server";
import { requireBearer } from "./bearer.server";
import { requireRole } from "./session.server";

export async function requireApiSearchOwner(
  request: Request,
  searchId: string,
): Promise<{ search: SearchSummary; authority: Authority }> {
  const access = await requireBearer(request, ["owner"]);
  const search = await getSearch(searchId);
  if (!search || search.checkId !== access.checkId) {
    throw apiError(404, [{ path: "id", message: "No partner search with this id is yours" }]);
  }
  return { search, authority: { checkId: access.checkId, role: "owner", tokenHash: access.tokenHash } };
}

export async function requireSearchOwner(
  request: Request,
  searchId: string | undefined,
): Promise<{ search: SearchSummary; authority: Authority }> {
  const search = await getSearch(searchId ?? "");
  if (!search) throw new Response("Not found", { status: 404 });
  // As for a check's owner pages: a browser without this search's owner grant (none, an expired one, or another
  // search's) is asked to open its link (403); an id of no search is a 404.
  const { authority } = await requireRole(request, search.checkId, "owner");
  return { search, authority };
}
