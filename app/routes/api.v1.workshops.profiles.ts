import { currentQuestionnaire } from "~/domain/questionnaires";
import { workshopProfilesFor } from "~/domain/workshop-profiles";
import { workshopProfilesJson } from "~/formats/workshop-json";
import { apiHandler, apiJson, methodNotAllowed } from "~/http/api.server";

/** The built-in scenario primes a new workshop can test against (for the current question bank). */
export const loader = apiHandler(async () =>
  apiJson(workshopProfilesJson(workshopProfilesFor(currentQuestionnaire().version))),
);

export async function action() {
  return methodNotAllowed(["GET"]);
}
