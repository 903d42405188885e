import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { refused, requireApiStakeholder } from "~/access/stakeholder.server";
import { statementsOf } from "~/domain/stakeholder";
import { stakeholderAnswersSchema } from "~/forms/stakeholder-schemas.server";
import { apiError, apiHandler, apiJson, methodNotAllowed, parseJsonBody } from "~/http/api.server";
import { getOwnResponse, questionnaireOfReview, saveReviewAnswers } from "~/models/stakeholder.server";
import type { OwnAnswersJson, SavedJson } from "~/api/schemas/stakeholder";

const ANSWERERS = ["stakeholder", "provider"] as const;

/**
 * One's own answers: a stakeholder's, or the provider's self-assessment, with the questionnaire in the wording this
 * role reads. Nobody reads anyone else's answers here, or anywhere.
 */
export const loader = apiHandler(async ({ request }: LoaderFunctionArgs) => {
  const { review, role, authority } = await requireApiStakeholder(request, ANSWERERS);
  const questionnaire = questionnaireOfReview(review);
  const own = await getOwnResponse(authority);
  const wording = role === "provider" ? "provider" : "stakeholder";
  return apiJson({
    service: review.service,
    providerName: review.providerName,
    questionnaire: {
      version: questionnaire.version,
      themes: questionnaire.themes.map((t) => ({
        id: t.id,
        title: t.title,
        description: t.description,
        statements: t.statements.map((s) => ({ id: s.id, text: s[wording], ...(s.hint ? { hint: s.hint } : {}) })),
      })),
      freeText: questionnaire.freeText.map((q) => ({ id: q.id, text: q[wording] })),
      scale: { min: 1, max: 5, dontKnow: null },
    },
    answers: own?.answers ?? { ratings: {}, text: {} },
    submittedAt: own?.submittedAt?.toISOString() ?? null,
    closed: review.closedAt !== null,
  } satisfies OwnAnswersJson);
});

/** Saves one's own answers (any part of them); submitting is POST …/answers/submit. */
export const action = apiHandler(async ({ request }: ActionFunctionArgs) => {
  if (request.method !== "PUT") return methodNotAllowed(["GET", "PUT"]);
  const { review, authority } = await requireApiStakeholder(request, ANSWERERS);
  const body = await parseJsonBody(request, stakeholderAnswersSchema);
  const questionnaire = questionnaireOfReview(review);
  const known = new Set(statementsOf(questionnaire).map((s) => s.id));
  const unknown = Object.keys(body.ratings).filter((id) => !known.has(id));
  if (unknown.length > 0) {
    return apiError(
      422,
      unknown.map((id) => ({ path: `ratings.${id}`, message: "This questionnaire has no statement with this id" })),
    );
  }
  const saved = await saveReviewAnswers({ authority, questionnaire, answers: body });
  if (saved.status === "already-submitted") {
    return apiError(409, [{ path: "", message: "These answers have been submitted: they no longer change" }]);
  }
  if (saved.status === "unauthorised" || saved.status === "closed") return refused(saved.status);
  return apiJson({ saved: true } satisfies SavedJson);
});
