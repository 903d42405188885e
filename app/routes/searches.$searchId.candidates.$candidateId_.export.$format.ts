import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireSearchCandidateReport } from "~/access/search-candidate.server";
import { reportJson } from "~/formats/api-v1";
import { exportFileName, reportCsv } from "~/formats/report-csv";
import { reportBoards } from "~/formats/report-labels";
import { questionnaireOf } from "~/models/questionnaire.server";
import { getSideAnswers } from "~/models/response.server";

/**
 * A candidate's report as CSV or JSON, for the search's owner: the same files
 * as any check's (app/routes/checks.$checkId.export.$format.ts), sealed until
 * both sides have submitted.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  if (params.format !== "csv" && params.format !== "json") throw new Response("Not found", { status: 404 });
  const { search, check, report } = await requireSearchCandidateReport(request, params);
  const today = new Date();
  const name = `${search.title} ${check.sides.vcs.name}`;
  const headers = {
    "Cache-Control": "no-store",
    "Content-Disposition": `attachment; filename="${exportFileName(name, today, params.format)}"`,
  };
  if (params.format === "json") {
    return new Response(JSON.stringify(reportJson(check.id, report), null, 2), {
      headers: { ...headers, "Content-Type": "application/json; charset=utf-8" },
    });
  }
  const [vcs, prime] = await Promise.all([
    getSideAnswers(check.sides.vcs.responseId),
    getSideAnswers(check.sides.prime.responseId),
  ]);
  const questionnaire = questionnaireOf(check);
  const csv = reportCsv({
    report,
    questionnaire,
    title: search.title,
    vcsName: check.sides.vcs.name,
    primeName: check.sides.prime.name,
    generatedOn: today.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" }),
    figures: { vcs, prime },
    boards: reportBoards(questionnaire, report),
  });
  return new Response(`\uFEFF${csv}`, { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" } });
}

export async function action() {
  return new Response("Downloads are read with GET.", { status: 405, headers: { Allow: "GET, HEAD" } });
}
