import type { ActionFunctionArgs } from "@remix-run/node";
import { requireApiReview } from "~/access/review.server";
import { outcomeJson } from "~/formats/review-json";
import { confirmSchema } from "~/forms/review-schemas.server";
import { apiError, apiHandler, apiJson, methodNotAllowed, parseJsonBody, revokedInFlight } from "~/http/api.server";
import { confirmOutcome } from "~/models/review.server";

export async function loader() {
  return methodNotAllowed(["POST"]);
}

/**
 * The other side confirms a proposal as it stands. The body may be empty, or `{ "revision": n }` to confirm only
 * the proposal seen (a 409 if it changed meanwhile).
 */
export const action = apiHandler(async ({ request, params }: ActionFunctionArgs) => {
  if (request.method !== "POST") return methodNotAllowed(["POST"]);
  const { review, side, authority } = await requireApiReview(request, ["vcs", "prime"]);
  const entry = review.entries.find((e) => e.key === params.flagKey);
  if (!entry) return apiError(404, [{ path: "flagKey", message: "This check's report raises no flag with this key" }]);
  // An empty body confirms whatever stands; a body names the revision it confirms.
  const body = (await request.clone().text()).trim() === "" ? {} : await parseJsonBody(request, confirmSchema);
  const done = await confirmOutcome({ authority, side: side!, flagKey: entry.key, revision: body.revision });
  switch (done.status) {
    case "unauthorised":
      return revokedInFlight();
    case "nothing":
      return apiError(409, [{ path: "flagKey", message: "Nothing has been proposed for this flag yet" }]);
    case "own":
      return apiError(403, [
        { path: "Authorization", message: "Your side proposed this: the other side confirms it through its own link" },
      ]);
    case "stale":
      return apiError(409, [{ path: "revision", message: "The proposal changed since you saw it: read it again" }], {
        outcome: outcomeJson({ ...entry, outcome: done.outcome }),
      });
    case "confirmed":
      return apiJson(outcomeJson({ ...entry, outcome: done.outcome }));
  }
});
