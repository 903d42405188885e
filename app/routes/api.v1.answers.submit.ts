import type { ActionFunctionArgs } from "@remix-run/node";
import { apiError, apiHandler, apiJson, methodNotAllowed, revokedInFlight } from "~/http/api.server";
import { requireApiSide } from "~/access/bearer.server";
import { submitResponse } from "~/models/response.server";

export async function loader() {
  return methodNotAllowed(["POST"]);
}

export const action = apiHandler(async ({ request }: ActionFunctionArgs) => {
  if (request.method !== "POST") return methodNotAllowed(["POST"]);
  const { side, role, questionnaire, authority } = await requireApiSide(request);
  const result = await submitResponse({ responseId: side.responseId, questionnaire, side: role, authority });
  if (result.status === "unauthorised") return revokedInFlight();
  if (result.status === "incomplete") {
    return apiError(
      422,
      result.missing.map((id) => ({ path: id, message: "Not answered yet" })),
      { missing: result.missing },
    );
  }
  if (result.status === "already_submitted") {
    return apiError(409, [{ path: "", message: "These answers have already been submitted" }]);
  }
  return apiJson({ status: "submitted" });
});
