import type { ActionFunctionArgs } from "@remix-run/node";
import { refused, requireApiStakeholder } from "~/access/stakeholder.server";
import { stakeholderReviewJson } from "~/formats/stakeholder-json";
import { apiHandler, apiJson, methodNotAllowed } from "~/http/api.server";
import { closeReview, getStakeholderReview } from "~/models/stakeholder.server";

export async function loader() {
  return methodNotAllowed(["POST"]);
}

/** The commissioner closes the review to answers; its results can then be read (GET …/results). */
export const action = apiHandler(async ({ request }: ActionFunctionArgs) => {
  if (request.method !== "POST") return methodNotAllowed(["POST"]);
  const { authority, review } = await requireApiStakeholder(request, ["commissioner"]);
  const done = await closeReview(authority);
  if (done.status !== "closed") return refused(done.status);
  return apiJson(stakeholderReviewJson((await getStakeholderReview(review.id))!));
});
