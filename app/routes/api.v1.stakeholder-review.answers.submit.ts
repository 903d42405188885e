import type { ActionFunctionArgs } from "@remix-run/node";
import { refused, requireApiStakeholder } from "~/access/stakeholder.server";
import { apiError, apiHandler, apiJson, methodNotAllowed } from "~/http/api.server";
import { questionnaireOfReview, saveReviewAnswers } from "~/models/stakeholder.server";
import type { SubmittedJson } from "~/api/schemas/stakeholder";

export async function loader() {
  return methodNotAllowed(["POST"]);
}

/** Submits one's own answers: every statement rated, or "don't know" (null). They do not change after this. */
export const action = apiHandler(async ({ request }: ActionFunctionArgs) => {
  if (request.method !== "POST") return methodNotAllowed(["POST"]);
  const { review, authority } = await requireApiStakeholder(request, ["stakeholder", "provider"]);
  const done = await saveReviewAnswers({
    authority,
    questionnaire: questionnaireOfReview(review),
    answers: { ratings: {}, text: {} },
    submit: true,
  });
  switch (done.status) {
    case "incomplete":
      return apiError(
        422,
        done.missing.map((id) => ({ path: `ratings.${id}`, message: "Rate this statement, or say you don’t know" })),
      );
    case "already-submitted":
      return apiError(409, [{ path: "", message: "These answers have already been submitted" }]);
    case "unauthorised":
    case "closed":
      return refused(done.status);
    case "saved":
    case "submitted":
      return apiJson({ submitted: true } satisfies SubmittedJson);
  }
});
