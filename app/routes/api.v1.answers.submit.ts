import type { z } from "zod";
import type { SubmittedSchema } from "~/api/schemas/checks";
import type { ActionFunctionArgs } from "@remix-run/node";
import type { Questionnaire } from "~/domain/types";
import { issuesToErrors, overridesBodySchema } from "~/domain/validation";
import { apiError, apiHandler, apiJson, methodNotAllowed, revokedInFlight, workshopClosed } from "~/http/api.server";
import { requireApiAnswerer } from "~/access/bearer.server";
import { sideHasRespondents } from "~/models/board.server";
import { submitResponse } from "~/models/response.server";
import { afterSubmission } from "~/models/after-submission.server";

export async function loader() {
  return methodNotAllowed(["POST"]);
}

export const action = apiHandler(async ({ request }: ActionFunctionArgs) => {
  if (request.method !== "POST") return methodNotAllowed(["POST"]);
  const { role, questionnaire, authority, respondent, responseId, side, check } = await requireApiAnswerer(request);
  // A side's lead may send overrides of the board's combined answer with the submission (docs/api.md); a body is
  // optional, and a respondent sends none.
  const overrides = respondent ? undefined : await optionalOverrides(request, questionnaire);
  if (overrides && Object.keys(overrides).length > 0 && !(await sideHasRespondents(side.partyId))) {
    return apiError(422, [
      {
        path: "overrides",
        message:
          "Overrides change a board's combined answer: this side has no respondents, so change its answers instead",
      },
    ]);
  }
  const result = await submitResponse({
    responseId,
    questionnaire,
    side: role,
    authority,
    ...(overrides ? { overrides } : {}),
  });
  if (result.status === "unauthorised") return revokedInFlight();
  if (result.status === "closed") return workshopClosed();
  if (result.status === "incomplete") {
    return apiError(
      422,
      result.missing.map((id) => ({ path: id, message: "Not answered yet" })),
      { missing: result.missing },
    );
  }
  if (result.status === "already_submitted") {
    return apiError(409, [{ path: "", message: "These answers have already been submitted" }]);
  }
  // A partner search's candidate or its prime, or a workshop's participant: store the results this made ready.
  await afterSubmission(check);
  return apiJson({ status: "submitted" } satisfies z.input<typeof SubmittedSchema>);
});

async function optionalOverrides(request: Request, questionnaire: Questionnaire) {
  const text = await request.text();
  if (text.trim() === "") return undefined;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw apiError(400, [{ path: "", message: "The request body must be JSON (or empty)" }]);
  }
  const parsed = overridesBodySchema(questionnaire).safeParse(body);
  if (!parsed.success) throw apiError(422, issuesToErrors(parsed.error.issues));
  return parsed.data.overrides;
}
