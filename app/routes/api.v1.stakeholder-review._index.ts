import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { RUNNERS, refused, requireApiStakeholder } from "~/access/stakeholder.server";
import { deleteStakeholderReview } from "~/models/stakeholder.server";
import { stakeholderReviewJson } from "~/formats/stakeholder-json";
import { apiHandler, apiJson, methodNotAllowed } from "~/http/api.server";

/** The review as the commissioner and the provider see it: its groups and how many have answered, never what. */
export const loader = apiHandler(async ({ request }: LoaderFunctionArgs) => {
  const { review } = await requireApiStakeholder(request, RUNNERS);
  return apiJson(stakeholderReviewJson(review));
});

/** The commissioner deletes the review, every answer with it (docs/api.md, "Stakeholder reviews"). */
export const action = apiHandler(async ({ request }: ActionFunctionArgs) => {
  if (request.method !== "DELETE") return methodNotAllowed(["GET", "DELETE"]);
  const { authority } = await requireApiStakeholder(request, ["commissioner"]);
  const done = await deleteStakeholderReview(authority);
  if (done.status !== "deleted") return refused(done.status);
  return new Response(null, { status: 204 });
});
