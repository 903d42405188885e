import type { ActionFunctionArgs } from "@remix-run/node";
import { RUNNERS, requireApiStakeholder } from "~/access/stakeholder.server";
import { stakeholderReviewJson } from "~/formats/stakeholder-json";
import { apiHandler, apiJson, methodNotAllowed, revokedInFlight } from "~/http/api.server";
import { confirmReview, getStakeholderReview } from "~/models/stakeholder.server";

export async function loader() {
  return methodNotAllowed(["POST"]);
}

/** The commissioner or the provider confirms, through its own link, that it runs the review with the other. */
export const action = apiHandler(async ({ request }: ActionFunctionArgs) => {
  if (request.method !== "POST") return methodNotAllowed(["POST"]);
  const { authority, review } = await requireApiStakeholder(request, RUNNERS);
  const done = await confirmReview(authority);
  if (done.status !== "confirmed") return revokedInFlight();
  return apiJson(stakeholderReviewJson((await getStakeholderReview(review.id))!));
});
