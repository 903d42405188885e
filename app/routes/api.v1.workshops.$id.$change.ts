import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { requireApiFacilitator } from "~/access/workshop.server";
import { workshopJson } from "~/formats/workshop-json";
import { apiError, apiHandler, apiJson, methodNotAllowed, revokedInFlight } from "~/http/api.server";
import { getWorkshop, setWorkshopClosed } from "~/models/workshop.server";

/** `close`: no one joins, saves or submits until `reopen` opens the workshop again (docs/api.md, "Workshops"). */
const CHANGES = { close: true, reopen: false } as const;

export const loader = apiHandler(async ({ params }: LoaderFunctionArgs) => {
  if (!Object.hasOwn(CHANGES, params.change ?? "")) throw apiError(404, [{ path: "", message: "Not found" }]);
  return methodNotAllowed(["POST"]);
});

export const action = apiHandler(async ({ request, params }: ActionFunctionArgs) => {
  const change = params.change ?? "";
  if (!Object.hasOwn(CHANGES, change)) return apiError(404, [{ path: "", message: "Not found" }]);
  if (request.method !== "POST") return methodNotAllowed(["POST"]);
  const { workshop, authority } = await requireApiFacilitator(request, params.id ?? "");
  const closed = CHANGES[change as keyof typeof CHANGES];
  const done = await setWorkshopClosed({ workshopId: workshop.id, closed, authority });
  if (done.status === "unauthorised") return revokedInFlight();
  return apiJson(workshopJson((await getWorkshop(workshop.id)) ?? workshop, new URL(request.url).origin));
});
