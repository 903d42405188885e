import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { requireApiFacilitator } from "~/access/workshop.server";
import { workshopJson } from "~/formats/workshop-json";
import { apiHandler, apiJson, methodNotAllowed, revokedInFlight } from "~/http/api.server";
import { deleteWorkshop } from "~/models/workshop.server";

/** The workshop as its facilitator sees it: its scenario, code, whether it is open, and when answers are deleted. */
export const loader = apiHandler(async ({ request, params }: LoaderFunctionArgs) => {
  const { workshop } = await requireApiFacilitator(request, params.id ?? "");
  return apiJson(workshopJson(workshop, new URL(request.url).origin));
});

/** Deletes the workshop and every participant's answers (docs/api.md, "Workshops"). */
export const action = apiHandler(async ({ request, params }: ActionFunctionArgs) => {
  if (request.method !== "DELETE") return methodNotAllowed(["GET", "DELETE"]);
  const { workshop, authority } = await requireApiFacilitator(request, params.id ?? "");
  const outcome = await deleteWorkshop({ workshopId: workshop.id, authority });
  if (outcome === "unauthorised") return revokedInFlight();
  return new Response(null, { status: 204 });
});
