import type { ActionFunctionArgs } from "@remix-run/node";
import { workshopCreatedJson } from "~/formats/workshop-json";
import { newWorkshopSchema } from "~/forms/workshop-schemas.server";
import { apiHandler, apiJson, methodNotAllowed, parseJsonBody } from "~/http/api.server";
import { createWorkshop } from "~/models/workshop.server";

export async function loader() {
  return methodNotAllowed(["POST"]);
}

/** Starts a workshop (docs/api.md, "Workshops"): the facilitator's link, and the join code and link. */
export const action = apiHandler(async ({ request }: ActionFunctionArgs) => {
  if (request.method !== "POST") return methodNotAllowed(["POST"]);
  const input = await parseJsonBody(request, newWorkshopSchema);
  const workshop = await createWorkshop(input);
  return apiJson(workshopCreatedJson(workshop, new URL(request.url).origin), 201);
});
