import type { z } from "zod";
import type { InvitedRespondentSchema, RespondentsSchema } from "~/api/schemas/checks";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { requireApiSide } from "~/access/bearer.server";
import { sealKeys } from "~/access/session.server";
import { inviteRespondentBodySchema } from "~/domain/validation";
import { apiError, apiHandler, apiJson, methodNotAllowed, parseJsonBody, revokedInFlight } from "~/http/api.server";
import { inviteRespondent, listRespondents, MAX_RESPONDENTS } from "~/models/board.server";

/** The respondents a side's lead has invited: labels and statuses, never answers. */
export const loader = apiHandler(async ({ request }: LoaderFunctionArgs) => {
  const { side } = await requireApiSide(request);
  const respondents = await listRespondents(side.partyId, await sealKeys());
  return apiJson({
    respondents: respondents.map(({ id, label, status }) => ({ id, label, status })),
  } satisfies z.input<typeof RespondentsSchema>);
});

/** Invites a respondent: their invitation comes back once, to be claimed with POST /api/v1/invitations/claim. */
export const action = apiHandler(async ({ request }: ActionFunctionArgs) => {
  if (request.method !== "POST") return methodNotAllowed(["GET", "POST"]);
  const { role, authority, check } = await requireApiSide(request);
  // A workshop's participant answers alone (issue 18): its answers are counted in the room's figures as one.
  if (check.workshop) return apiError(403, [{ path: "", message: "A workshop's participant answers alone" }]);
  const body = await parseJsonBody(request, inviteRespondentBodySchema);
  const invited = await inviteRespondent({ authority, side: role, label: body.label, keys: await sealKeys() });
  if (invited.status === "unauthorised") return revokedInFlight();
  if (invited.status === "already_submitted") {
    return apiError(409, [{ path: "", message: "This side has submitted: nobody more can be invited" }]);
  }
  if (invited.status === "too_many") {
    return apiError(409, [{ path: "", message: `A side can invite at most ${MAX_RESPONDENTS} respondents` }]);
  }
  const link = `${new URL(request.url).origin}/i/${invited.token}`;
  return apiJson({ id: invited.id, token: invited.token, link } satisfies z.input<typeof InvitedRespondentSchema>, 201);
});
