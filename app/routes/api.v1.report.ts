import type { LoaderFunctionArgs } from "@remix-run/node";
import { reportJson } from "~/lib/api-shapes";
import { apiError, apiHandler, apiJson, methodNotAllowed, requireBearer } from "~/lib/api.server";
import { requireCheckSummary } from "~/models/check.server";
import { getReport } from "~/models/report.server";

export const loader = apiHandler(async ({ request }: LoaderFunctionArgs) => {
  const access = await requireBearer(request, ["owner", "vcs", "prime"]);
  const check = await requireCheckSummary(access.checkId);
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
