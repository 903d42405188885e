import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { requireApiFacilitator } from "~/access/workshop.server";
import { isWorkshopChange, WORKSHOP_CHANGES } from "~/domain/workshop";
import { workshopJson } from "~/formats/workshop-json";
import { apiError, apiHandler, apiJson, methodNotAllowed, revokedInFlight } from "~/http/api.server";
import { getWorkshop, setWorkshopClosed } from "~/models/workshop.server";

const notFound = () => apiError(404, [{ path: "", message: "Not found" }]);

export const loader = apiHandler(async ({ params }: LoaderFunctionArgs) => {
  if (!isWorkshopChange(params.change ?? "")) throw notFound();
  return methodNotAllowed(["POST"]);
});

/** `close` or `reopen` (docs/api.md, "Workshops"). */
export const action = apiHandler(async ({ request, params }: ActionFunctionArgs) => {
  const change = params.change ?? "";
  if (!isWorkshopChange(change)) return notFound();
  if (request.method !== "POST") return methodNotAllowed(["POST"]);
  const { workshop, authority } = await requireApiFacilitator(request, params.id ?? "");
  const done = await setWorkshopClosed({ workshopId: workshop.id, closed: WORKSHOP_CHANGES[change], authority });
  if (done.status === "unauthorised") return revokedInFlight();
  return apiJson(workshopJson((await getWorkshop(workshop.id)) ?? workshop, new URL(request.url).origin));
});
