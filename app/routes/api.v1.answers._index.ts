import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { missingAnswers } from "~/domain/report";
import { apiAnswersBodySchema, factsFor, toApiAnswer } from "~/domain/validation";
import { apiError, apiHandler, apiJson, methodNotAllowed, parseJsonBody, revokedInFlight } from "~/http/api.server";
import { requireApiSide } from "~/access/bearer.server";
import { getSideAnswers, saveSideAnswers } from "~/models/response.server";

export const loader = apiHandler(async ({ request }: LoaderFunctionArgs) => {
  const { side } = await requireApiSide(request);
  const given = await getSideAnswers(side.responseId);
  const answers: Record<string, ReturnType<typeof toApiAnswer>> = {};
  for (const [itemId, answer] of Object.entries(given.answers)) if (answer) answers[itemId] = toApiAnswer(answer);
  return apiJson({
    status: side.status,
    answers,
    facts: given.facts,
    ...(given.redLineFacts ? { redLineFacts: given.redLineFacts } : {}),
    ...(given.findingOnlyFacts ? { findingOnlyFacts: given.findingOnlyFacts } : {}),
  });
});

export const action = apiHandler(async ({ request }: ActionFunctionArgs) => {
  if (request.method !== "PUT") return methodNotAllowed(["GET", "PUT"]);
  const { side, role, questionnaire, authority } = await requireApiSide(request);
  if (side.status === "submitted") return alreadySubmitted();
  const body = await parseJsonBody(request, apiAnswersBodySchema(questionnaire, role));
  // The token is checked again inside the save: one replaced while the body was arriving saves nothing.
  const saved = await saveSideAnswers({
    responseId: side.responseId,
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
  const missing = missingAnswers(questionnaire, role, await getSideAnswers(side.responseId));
  return apiJson({ missing });
});

function alreadySubmitted() {
  return apiError(409, [{ path: "", message: "These answers have been submitted and can no longer be changed" }]);
}
