import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { requireApiReview } from "~/access/review.server";
import { proposalErrors } from "~/domain/review";
import { outcomeJson } from "~/formats/review-json";
import { proposalSchema } from "~/forms/review-schemas.server";
import { apiError, apiHandler, apiJson, methodNotAllowed, parseJsonBody, revokedInFlight } from "~/http/api.server";
import { questionnaireOf } from "~/models/questionnaire.server";
import { proposeOutcome } from "~/models/review.server";

/** One flag's outcome as it stands. */
export const loader = apiHandler(async ({ request, params }: LoaderFunctionArgs) => {
  const { review } = await requireApiReview(request);
  const entry = review.entries.find((e) => e.key === params.flagKey);
  if (!entry) return apiError(404, [{ path: "flagKey", message: "This check's report raises no flag with this key" }]);
  return apiJson(outcomeJson(entry));
});

/** A side proposes an outcome for a flag, replacing any proposal standing (which then needs confirming again). */
export const action = apiHandler(async ({ request, params }: ActionFunctionArgs) => {
  if (request.method !== "PUT") return methodNotAllowed(["GET", "PUT"]);
  const { check, review, side, authority } = await requireApiReview(request, ["vcs", "prime"]);
  const entry = review.entries.find((e) => e.key === params.flagKey);
  if (!entry) return apiError(404, [{ path: "flagKey", message: "This check's report raises no flag with this key" }]);
  const proposal = await parseJsonBody(request, proposalSchema);
  const questionnaire = questionnaireOf(check);
  const saved = await proposeOutcome({
    authority,
    side: side!,
    flagKey: entry.key,
    proposal,
    problems: (others) => proposalErrors(questionnaire, entry.flag, proposal, others),
  });
  if (saved.status === "invalid") return apiError(422, saved.errors);
  if (saved.status === "unauthorised") return revokedInFlight();
  return apiJson(outcomeJson({ ...entry, outcome: saved.outcome }));
});
