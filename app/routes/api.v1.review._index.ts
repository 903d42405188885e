import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireApiReview } from "~/access/review.server";
import { reviewJson } from "~/formats/review-json";
import { apiHandler, apiJson, methodNotAllowed } from "~/http/api.server";

/** The joint review: each flag's outcome, and the revised verdict from those both sides confirmed (docs/api.md). */
export const loader = apiHandler(async ({ request }: LoaderFunctionArgs) => {
  const { review } = await requireApiReview(request);
  return apiJson(reviewJson(review));
});

export async function action() {
  return methodNotAllowed(["GET"]);
}
