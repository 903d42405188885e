import type { LoaderFunctionArgs } from "@remix-run/node";
import { RUNNERS, requireApiStakeholder } from "~/access/stakeholder.server";
import { stakeholderReviewJson } from "~/formats/stakeholder-json";
import { apiHandler, apiJson, methodNotAllowed } from "~/http/api.server";

/** The review as the commissioner and the provider see it: its groups and how many have answered, never what. */
export const loader = apiHandler(async ({ request }: LoaderFunctionArgs) => {
  const { review } = await requireApiStakeholder(request, RUNNERS);
  return apiJson(stakeholderReviewJson(review));
});

export async function action() {
  return methodNotAllowed(["GET"]);
}
