import type { ActionFunctionArgs } from "@remix-run/node";
import { sealKeys } from "~/access/session.server";
import { newStakeholderReviewSchema } from "~/forms/stakeholder-schemas.server";
import { apiHandler, apiJson, methodNotAllowed, parseJsonBody } from "~/http/api.server";
import { createStakeholderReview } from "~/models/stakeholder.server";
import type { CreatedStakeholderReviewJson } from "~/api/schemas/stakeholder";

export async function loader() {
  return methodNotAllowed(["POST"]);
}

/**
 * Creates a stakeholder review (docs/api.md, "Stakeholder reviews"): the creator's own link, and an invitation for
 * the other party, which confirms through its own link before any stakeholder is invited.
 */
export const action = apiHandler(async ({ request }: ActionFunctionArgs) => {
  if (request.method !== "POST") return methodNotAllowed(["POST"]);
  const input = await parseJsonBody(request, newStakeholderReviewSchema);
  const created = await createStakeholderReview(input, await sealKeys());
  // The tokens; each also opens the review's pages at /i/<token> (docs/api.md, "Stakeholder reviews").
  return apiJson(
    { id: created.id, tokens: created.tokens, claimed: created.claimed } satisfies CreatedStakeholderReviewJson,
    201,
  );
});
