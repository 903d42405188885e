import type { ActionFunctionArgs } from "@remix-run/node";
import { requireApiSide } from "~/access/bearer.server";
import { apiError, apiHandler, methodNotAllowed, revokedInFlight } from "~/http/api.server";
import { withdrawRespondent } from "~/models/board.server";

export async function loader() {
  return methodNotAllowed(["DELETE"]);
}

/** Withdraws an invitation: the respondent's link stops working and their answers are deleted. */
export const action = apiHandler(async ({ request, params }: ActionFunctionArgs) => {
  if (request.method !== "DELETE") return methodNotAllowed(["DELETE"]);
  const { role, authority } = await requireApiSide(request);
  const result = await withdrawRespondent({ authority, side: role, respondentId: params.id ?? "" });
  if (result.status === "unauthorised") return revokedInFlight();
  if (result.status === "not_found") return apiError(404, [{ path: "id", message: "No such respondent on this side" }]);
  if (result.status === "counted") {
    return apiError(409, [
      {
        path: "id",
        message:
          "This person has submitted: their answers are part of the board's, and withdrawing them now would show what they said",
      },
    ]);
  }
  if (result.status === "already_submitted") {
    return apiError(409, [
      { path: "", message: "This side has submitted: its respondents can no longer be withdrawn" },
    ]);
  }
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
});
