import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireApiFacilitator } from "~/access/workshop.server";
import { workshopFiguresJson } from "~/formats/workshop-json";
import { apiHandler, apiJson, methodNotAllowed } from "~/http/api.server";
import { getWorkshopFigures } from "~/models/workshop.server";

/** The room's figures: counts, then (from three submitted) each item's spread and each dealbreaker's share. */
export const loader = apiHandler(async ({ request, params }: LoaderFunctionArgs) => {
  const { workshop } = await requireApiFacilitator(request, params.id ?? "");
  return apiJson(workshopFiguresJson(await getWorkshopFigures(workshop)));
});

export async function action() {
  return methodNotAllowed(["GET"]);
}
