import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireReport } from "~/access/report.server";
import { reportJson } from "~/formats/api-v1";
import { exportFileName, reportCsv } from "~/formats/report-csv";
import { reportBoards } from "~/formats/report-labels";
import { questionnaireOf } from "~/models/questionnaire.server";
import { getSideAnswers } from "~/models/response.server";

/**
 * The owner's exports: /checks/<id>/export/csv and /checks/<id>/export/json
 * (a side's, under /checks/<id>/<side>/export/…, is this loader too), sealed
 * and authorised exactly like the report page.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  if (params.format !== "csv" && params.format !== "json") throw new Response("Not found", { status: 404 });
  const { check, report } = await requireReport(request, params);
  const today = new Date();
  const headers = {
    "Cache-Control": "no-store",
    "Content-Disposition": `attachment; filename="${exportFileName(check.title, today, params.format)}"`,
  };
  if (params.format === "json") {
    return new Response(JSON.stringify(reportJson(check.id, report), null, 2), {
      headers: { ...headers, "Content-Type": "application/json; charset=utf-8" },
    });
  }
  // The figures are not part of the built report: read both sides' (submitted, so unchanging) answers for them.
  const [vcs, prime] = await Promise.all([
    getSideAnswers(check.sides.vcs.responseId),
    getSideAnswers(check.sides.prime.responseId),
  ]);
  const questionnaire = questionnaireOf(check);
  const csv = reportCsv({
    report,
    questionnaire,
    title: check.title,
    vcsName: check.sides.vcs.name,
    primeName: check.sides.prime.name,
    generatedOn: today.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" }),
    figures: { vcs, prime },
    boards: reportBoards(questionnaire, report),
  });
  // A byte-order mark so spreadsheet programs read the UTF-8 (curly quotes, accents) correctly.
  return new Response(`\uFEFF${csv}`, { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" } });
}

/** Downloads are only read: any other method gets a 405 that says so (Remix's own has no body). */
export async function action() {
  return new Response("Downloads are read with GET.", { status: 405, headers: { Allow: "GET, HEAD" } });
}
