import { getQuestionnaire } from "~/domain/questionnaires";
import { reportJson } from "./api-shapes";
import { requireReport } from "./report-access.server";
import { reportCsv } from "./report-csv";

/** CSV or JSON download of the report, sealed and authorised exactly like the report page. */
export async function exportReport(request: Request, params: { checkId?: string; side?: string; format?: string }) {
  if (params.format !== "csv" && params.format !== "json") throw new Response("Not found", { status: 404 });
  const { check, report } = await requireReport(request, params);
  const filename = `common-ground-${check.id}.${params.format}`;
  const headers = {
    "Cache-Control": "no-store",
    "Content-Disposition": `attachment; filename="${filename}"`,
  };
  if (params.format === "json") {
    return new Response(JSON.stringify(reportJson(check.id, report), null, 2), {
      headers: { ...headers, "Content-Type": "application/json; charset=utf-8" },
    });
  }
  const questionnaire = getQuestionnaire(report.questionnaireVersion);
  if (!questionnaire) throw new Error("Unknown questionnaire version");
  // A byte-order mark so spreadsheet programs read the UTF-8 (curly quotes, accents) correctly.
  return new Response(`\uFEFF${reportCsv(report, questionnaire)}`, {
    headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" },
  });
}
