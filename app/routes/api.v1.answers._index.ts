import type { z } from "zod";
import type { MissingSchema, SideAnswersSchema } from "~/api/schemas/checks";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { missingAnswers } from "~/domain/report";
import { apiAnswersBodySchema, factsFor, respondentAnswersBodySchema, toApiAnswer } from "~/domain/validation";
import {
  apiError,
  apiHandler,
  apiJson,
  methodNotAllowed,
  parseJsonBody,
  revokedInFlight,
  workshopClosed,
} from "~/http/api.server";
import { requireApiAnswerer } from "~/access/bearer.server";
import { getSideAnswers, saveSideAnswers } from "~/models/response.server";
import { withdrawCandidate } from "~/models/search.server";

/** A side's lead gets the side's own answers and figures; a respondent only their own answers. */
export const loader = apiHandler(async ({ request }: LoaderFunctionArgs) => {
  const { responseId, status } = await requireApiAnswerer(request);
  const given = await getSideAnswers(responseId);
  const answers: Record<string, ReturnType<typeof toApiAnswer>> = {};
  for (const [itemId, answer] of Object.entries(given.answers)) if (answer) answers[itemId] = toApiAnswer(answer);
  return apiJson({
    status,
    answers,
    facts: given.facts,
    ...(given.redLineFacts ? { redLineFacts: [...given.redLineFacts] } : {}),
    ...(given.findingOnlyFacts ? { findingOnlyFacts: [...given.findingOnlyFacts] } : {}),
  } satisfies z.input<typeof SideAnswersSchema>);
});

export const action = apiHandler(async ({ request }: ActionFunctionArgs) => {
  if (request.method === "DELETE") return withdraw(request);
  if (request.method !== "PUT") return methodNotAllowed(["GET", "PUT", "DELETE"]);
  const { role, questionnaire, authority, respondent, responseId, status } = await requireApiAnswerer(request);
  if (status === "submitted") return alreadySubmitted(Boolean(respondent));
  if (respondent) {
    const body = await parseJsonBody(request, respondentAnswersBodySchema(questionnaire));
    const saved = await saveSideAnswers({ responseId, authority, answers: body.answers, facts: {} });
    if (saved.status === "already_submitted") return alreadySubmitted(true);
    if (saved.status === "closed") return workshopClosed();
    if (saved.status !== "saved") return revokedInFlight();
    const given = await getSideAnswers(responseId);
    return apiJson({
      missing: questionnaire.dimensions.flatMap((d) => d.items.filter((i) => !given.answers[i.id]).map((i) => i.id)),
    } satisfies z.input<typeof MissingSchema>);
  }
  const body = await parseJsonBody(request, apiAnswersBodySchema(questionnaire, role));
  // The token is checked again inside the save: one replaced while the body was arriving saves nothing.
  const saved = await saveSideAnswers({
    responseId,
    authority,
    answers: body.answers,
    facts: body.facts,
    ...(body.redLineFacts
      ? { redLineFacts: { marked: body.redLineFacts, sideFactIds: factsFor(questionnaire, role).map((f) => f.id) } }
      : {}),
    ...(body.findingOnlyFacts
      ? {
          findingOnlyFacts: {
            marked: body.findingOnlyFacts,
            sideFactIds: factsFor(questionnaire, role).map((f) => f.id),
          },
        }
      : {}),
  });
  if (saved.status === "already_submitted") return alreadySubmitted();
  if (saved.status === "closed") return workshopClosed();
  if (saved.status === "unauthorised") return revokedInFlight();
  if (saved.status === "red_line_without_value") {
    return apiError(
      422,
      saved.factIds.map((id) => ({
        path: "redLineFacts",
        message: `Give a figure for ${id} before marking it a red line`,
      })),
    );
  }
  const missing = missingAnswers(questionnaire, role, await getSideAnswers(responseId));
  return apiJson({ missing } satisfies z.input<typeof MissingSchema>);
});

function alreadySubmitted(respondent = false) {
  const message = respondent
    ? "Your answers, or your side's combined answer, have been submitted: nothing more can be changed"
    : "These answers have been submitted and can no longer be changed";
  return apiError(409, [{ path: "", message }]);
}

/**
 * A partner search's candidate, or a workshop's participant, withdraws: its answers, its check and its links are
 * deleted (docs/api.md).
 */
async function withdraw(request: Request) {
  const { check, respondent, authority } = await requireApiAnswerer(request);
  if (respondent || (check.search?.part !== "candidate" && check.workshop?.part !== "participant")) {
    return apiError(403, [
      { path: "", message: "Only a partner search's candidate or a workshop's participant can withdraw its answers" },
    ]);
  }
  const outcome = await withdrawCandidate({ authority });
  if (outcome === "unauthorised") return revokedInFlight();
  if (outcome === "not_candidate") {
    return apiError(403, [
      { path: "", message: "Only a partner search's candidate or a workshop's participant can withdraw its answers" },
    ]);
  }
  return new Response(null, { status: 204 });
}
