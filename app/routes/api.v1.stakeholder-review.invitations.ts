import type { ActionFunctionArgs } from "@remix-run/node";
import { RUNNERS, refused, requireApiStakeholder } from "~/access/stakeholder.server";
import { inviteSchema } from "~/forms/stakeholder-schemas.server";
import { apiError, apiHandler, apiJson, methodNotAllowed, parseJsonBody } from "~/http/api.server";
import { inviteStakeholders } from "~/models/stakeholder.server";
import type { InvitationsJson } from "~/api/schemas/stakeholder";

export async function loader() {
  return methodNotAllowed(["POST"]);
}

/**
 * Invitations for a group at a level, one per stakeholder: each is claimed by whoever opens it first, who then has a
 * link of their own. Shown this once: Common Ground keeps only their hashes.
 */
export const action = apiHandler(async ({ request }: ActionFunctionArgs) => {
  if (request.method !== "POST") return methodNotAllowed(["POST"]);
  const { authority } = await requireApiStakeholder(request, RUNNERS);
  const body = await parseJsonBody(request, inviteSchema);
  const made = await inviteStakeholders({ authority, ...body });
  if (made.status === "too-many") {
    return apiError(409, [
      { path: "count", message: `This review can take ${made.room} more stakeholders: make fewer invitations` },
    ]);
  }
  if (made.status !== "invited") return refused(made.status);
  return apiJson({ groupId: body.groupId, level: body.level, tokens: made.tokens } satisfies InvitationsJson, 201);
});
