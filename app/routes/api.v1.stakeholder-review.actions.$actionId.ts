import type { ActionFunctionArgs } from "@remix-run/node";
import { RUNNERS, refused, requireApiStakeholder } from "~/access/stakeholder.server";
import { apiError, apiHandler, methodNotAllowed } from "~/http/api.server";
import { removeAction } from "~/models/stakeholder.server";

export async function loader() {
  return methodNotAllowed(["DELETE"]);
}

/** Removes a shared action. */
export const action = apiHandler(async ({ request, params }: ActionFunctionArgs) => {
  if (request.method !== "DELETE") return methodNotAllowed(["DELETE"]);
  const { authority } = await requireApiStakeholder(request, RUNNERS);
  const done = await removeAction({ authority, actionId: params.actionId ?? "" });
  if (done.status === "unknown")
    return apiError(404, [{ path: "actionId", message: "This review has no such action" }]);
  if (done.status !== "removed") return refused(done.status);
  return new Response(null, { status: 204 });
});
