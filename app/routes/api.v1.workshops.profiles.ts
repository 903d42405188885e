import { currentQuestionnaire } from "~/domain/questionnaires";
import { workshopProfilesFor } from "~/domain/workshop-profiles";
import { apiHandler, apiJson, methodNotAllowed } from "~/http/api.server";

/** The built-in scenario primes a new workshop can test against (for the current question bank). */
export const loader = apiHandler(async () =>
  apiJson({
    profiles: workshopProfilesFor(currentQuestionnaire().version).map((p) => ({
      id: p.id,
      title: p.title,
      summary: p.summary,
      primeName: p.primeName,
    })),
  }),
);

export async function action() {
  return methodNotAllowed(["GET"]);
}
