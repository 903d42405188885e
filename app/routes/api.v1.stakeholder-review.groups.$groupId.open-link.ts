import type { ActionFunctionArgs } from "@remix-run/node";
import { RUNNERS, refused, requireApiStakeholder } from "~/access/stakeholder.server";
import { apiHandler, apiJson, methodNotAllowed } from "~/http/api.server";
import { makeOpenLink } from "~/models/stakeholder.server";
import type { OpenLinkJson } from "~/api/schemas/stakeholder";

export async function loader() {
  return methodNotAllowed(["POST"]);
}

/** A group's open link, made afresh (the one before stops working): anyone with it can answer for the group. */
export const action = apiHandler(async ({ request, params }: ActionFunctionArgs) => {
  if (request.method !== "POST") return methodNotAllowed(["POST"]);
  const { authority } = await requireApiStakeholder(request, RUNNERS);
  const made = await makeOpenLink({ authority, groupId: params.groupId ?? "" });
  if (made.status !== "made") return refused(made.status);
  return apiJson({ groupId: params.groupId ?? "", token: made.token } satisfies OpenLinkJson, 201);
});
