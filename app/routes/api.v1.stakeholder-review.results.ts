import type { LoaderFunctionArgs } from "@remix-run/node";
import { RUNNERS, requireApiStakeholder } from "~/access/stakeholder.server";
import { stakeholderResultsJson } from "~/formats/stakeholder-json";
import { apiError, apiHandler, apiJson, methodNotAllowed } from "~/http/api.server";
import { getReviewResults } from "~/models/stakeholder.server";

/**
 * The results, for the commissioner and the provider, once the review is closed: by group (none below the
 * threshold of three), all stakeholders in the groups shown, both levels where both reach it, free text only for a
 * group shown, the provider's self-assessment and where it diverges.
 */
export const loader = apiHandler(async ({ request }: LoaderFunctionArgs) => {
  const { review } = await requireApiStakeholder(request, RUNNERS);
  const results = await getReviewResults(review);
  if (!results) {
    return apiError(409, [
      {
        path: "",
        message: "The results appear once the commissioner closes the review: until then each new answer would show",
      },
    ]);
  }
  return apiJson(stakeholderResultsJson(results));
});

export async function action() {
  return methodNotAllowed(["GET"]);
}
