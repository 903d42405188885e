import type { LoaderFunctionArgs } from "@remix-run/node";
import { reportJson } from "~/formats/api-v1";
import { requireApiCheck } from "~/access/bearer.server";
import { apiError, apiHandler, apiJson, methodNotAllowed } from "~/http/api.server";
import { getReport } from "~/models/report.server";

export const loader = apiHandler(async ({ request }: LoaderFunctionArgs) => {
  const check = await requireApiCheck(request);
  const report = await getReport(check);
  if (!report) {
    return apiError(409, [{ path: "", message: "The report is ready once both sides have submitted" }], {
      sides: { vcs: { status: check.sides.vcs.status }, prime: { status: check.sides.prime.status } },
    });
  }
  return apiJson(reportJson(check.id, report));
});

export async function action() {
  return methodNotAllowed(["GET"]);
}
