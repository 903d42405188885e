import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { requireApiSearchOwner } from "~/access/search.server";
import { sealKeys } from "~/access/session.server";
import { issuesToErrors } from "~/domain/validation";
import { candidatePageJson, candidatesAddedJson } from "~/formats/search-json";
import { addCandidatesBodySchema, candidateQuerySchema, queryObject } from "~/forms/search-schemas.server";
import { apiError, apiHandler, apiJson, methodNotAllowed, parseJsonBody, revokedInFlight } from "~/http/api.server";
import { questionnaireOf } from "~/models/questionnaire.server";
import { MAX_CANDIDATES_PER_SEARCH } from "~/domain/search";
import { addCandidates, listCandidates, scoreCandidates } from "~/models/search.server";

/**
 * The owner's list of candidates, ranked and filtered (docs/api.md): names and
 * statuses for all, and scores only for those whose reports are ready.
 */
export const loader = apiHandler(async ({ request, params }: LoaderFunctionArgs) => {
  const { search } = await requireApiSearchOwner(request, params.id ?? "");
  const questionnaire = questionnaireOf(search);
  const parsed = candidateQuerySchema(questionnaire.dimensions.map((d) => d.id)).safeParse(
    queryObject(new URL(request.url)),
  );
  if (!parsed.success) return apiError(422, issuesToErrors(parsed.error.issues));
  await scoreCandidates(search.id);
  const page = await listCandidates(search.id, parsed.data);
  return apiJson(candidatePageJson(page));
});

/** Invites named candidates: each gets a check of its own and an invitation, returned once here. */
export const action = apiHandler(async ({ request, params }: ActionFunctionArgs) => {
  if (request.method !== "POST") return methodNotAllowed(["GET", "POST"]);
  const { search, authority } = await requireApiSearchOwner(request, params.id ?? "");
  const names = await parseJsonBody(request, addCandidatesBodySchema);
  const added = await addCandidates({ searchId: search.id, names, keys: await sealKeys(), authority });
  if (added.status === "unauthorised") return revokedInFlight();
  if (added.status === "full") {
    return apiError(409, [
      {
        path: "names",
        message: `A search holds at most ${MAX_CANDIDATES_PER_SEARCH} candidates: there is room for ${added.room} more`,
      },
    ]);
  }
  return apiJson(candidatesAddedJson(added.candidates, new URL(request.url).origin), 201);
});
