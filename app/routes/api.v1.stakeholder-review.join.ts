import type { ActionFunctionArgs } from "@remix-run/node";
import { refused } from "~/access/stakeholder.server";
import { requireBearer } from "~/access/bearer.server";
import { joinSchema } from "~/forms/stakeholder-schemas.server";
import { apiError, apiHandler, apiJson, methodNotAllowed, parseJsonBody } from "~/http/api.server";
import { joinFromOpenLink } from "~/models/stakeholder.server";
import type { JoinedJson } from "~/api/schemas/stakeholder";

export async function loader() {
  return methodNotAllowed(["POST"]);
}

/** With a group's open link as the bearer token: a stakeholder's own link for that group, at the level given. */
export const action = apiHandler(async ({ request }: ActionFunctionArgs) => {
  if (request.method !== "POST") return methodNotAllowed(["POST"]);
  const access = await requireBearer(request, ["stakeholder-open"]);
  const body = await parseJsonBody(request, joinSchema);
  const joined = await joinFromOpenLink({ openTokenHash: access.tokenHash, level: body.level });
  if (joined.status === "unknown") {
    return apiError(410, [{ path: "Authorization", message: "This open link has been replaced" }]);
  }
  if (joined.status !== "joined") return refused(joined.status);
  return apiJson({ token: joined.token, level: body.level } satisfies JoinedJson, 201);
});
