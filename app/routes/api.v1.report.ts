import type { LoaderFunctionArgs } from "@remix-run/node";
import { reportJson } from "~/formats/api-v1";
import { requireApiCheck } from "~/access/bearer.server";
import { apiError, apiHandler, apiJson, methodNotAllowed } from "~/http/api.server";
import type { CheckSummary } from "~/models/check.server";
import { getReport } from "~/models/report.server";
import { getSearchCandidate } from "~/models/search.server";

export const loader = apiHandler(async ({ request }: LoaderFunctionArgs) => {
  const check = await reportCheck(request, await requireApiCheck(request));
  const report = await getReport(check);
  if (!report) {
    return apiError(409, [{ path: "", message: "The report is ready once both sides have submitted" }], {
      sides: { vcs: { status: check.sides.vcs.status }, prime: { status: check.sides.prime.status } },
    });
  }
  return apiJson(reportJson(check.id, report));
});

/**
 * Whose report: the caller's own check, or for a partner search's owner or prime one candidate's
 * (`?candidate={id}`), which must be a candidate of that search.
 */
async function reportCheck(request: Request, check: CheckSummary): Promise<CheckSummary> {
  const candidateId = new URL(request.url).searchParams.get("candidate");
  if (check.search?.part !== "search") {
    if (candidateId !== null) {
      throw apiError(422, [{ path: "candidate", message: "Only a partner search's owner or prime names a candidate" }]);
    }
    return check;
  }
  if (!candidateId) {
    throw apiError(422, [
      { path: "candidate", message: "This token is a partner search's: name the candidate with ?candidate={id}" },
    ]);
  }
  const found = await getSearchCandidate(check.search.id, candidateId);
  if (!found) throw apiError(404, [{ path: "candidate", message: "No candidate of this search has this id" }]);
  return found.check;
}

export async function action() {
  return methodNotAllowed(["GET"]);
}
