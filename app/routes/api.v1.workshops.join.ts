import type { ActionFunctionArgs } from "@remix-run/node";
import { workshopJoinedJson } from "~/formats/workshop-json";
import { joinBodySchema } from "~/forms/workshop-schemas.server";
import { apiError, apiHandler, apiJson, methodNotAllowed, parseJsonBody } from "~/http/api.server";
import { joinWorkshop } from "~/models/workshop.server";

export async function loader() {
  return methodNotAllowed(["POST"]);
}

/** Joins a workshop with its code: the participant's own check and link, no account (docs/api.md, "Workshops"). */
export const action = apiHandler(async ({ request }: ActionFunctionArgs) => {
  if (request.method !== "POST") return methodNotAllowed(["POST"]);
  const body = await parseJsonBody(request, joinBodySchema);
  const joined = await joinWorkshop(body);
  switch (joined.status) {
    case "unknown":
      return apiError(404, [{ path: "code", message: "No workshop has this code: check it on the screen" }]);
    case "closed":
      return apiError(410, [{ path: "code", message: "This workshop has closed: it takes no new answers" }]);
    case "not_ready":
      return apiError(409, [
        { path: "code", message: "The facilitator has not finished the scenario yet: try again in a moment" },
      ]);
    case "full":
      return apiError(409, [{ path: "code", message: "This workshop takes no more participants" }]);
    case "joined":
      return apiJson(workshopJoinedJson(joined.participant.token, new URL(request.url).origin), 201);
  }
});
