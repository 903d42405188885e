import type { LoaderFunctionArgs } from "@remix-run/node";
import { stringify } from "csv-stringify/sync";
import { requireSide } from "~/access/side.server";
import { toApiAnswer } from "~/domain/validation";
import { exportFileName, neutralise } from "~/formats/report-csv";
import { describeSideAnswers, sideAnswerRows } from "~/formats/side-answers";

/**
 * What a side submitted, to keep: /checks/<id>/<side>/submitted/csv (the
 * answers in words) and …/json (the API's answers shape). Only for the side
 * itself, and only once submitted.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  if (params.format !== "csv" && params.format !== "json") throw new Response("Not found", { status: 404 });
  const { summary, role, side, questionnaire, answers, respondent } = await requireSide(request, params);
  // A side's submission, for its lead: a respondent's own answers are not the side's, and have no download.
  if (respondent) throw new Response("Not found", { status: 404 });
  if (side.status !== "submitted" || !side.submittedAt) {
    throw new Response("These answers have not been submitted yet.", { status: 409 });
  }
  const title = `${summary.title} ${side.name} answers`;
  const headers = {
    "Cache-Control": "no-store",
    "Content-Disposition": `attachment; filename="${exportFileName(title, side.submittedAt, params.format)}"`,
  };
  if (params.format === "json") {
    const body = {
      check: { id: summary.id, title: summary.title },
      side: role,
      organisation: side.name,
      submittedAt: side.submittedAt.toISOString(),
      questionnaireVersion: questionnaire.version,
      answers: Object.fromEntries(
        Object.entries(answers.answers).flatMap(([id, answer]) => (answer ? [[id, toApiAnswer(answer)]] : [])),
      ),
      facts: answers.facts,
      ...(answers.redLineFacts ? { redLineFacts: answers.redLineFacts } : {}),
      ...(answers.findingOnlyFacts ? { findingOnlyFacts: answers.findingOnlyFacts } : {}),
    };
    return new Response(JSON.stringify(body, null, 2), {
      headers: { ...headers, "Content-Type": "application/json; charset=utf-8" },
    });
  }
  const rows = [
    [`${summary.title}: what ${side.name} submitted on ${side.submittedAt.toISOString().slice(0, 10)}`],
    [],
    ...sideAnswerRows(describeSideAnswers(questionnaire, role, answers)),
  ];
  const csv = stringify(rows.map((row) => row.map((cell) => neutralise(cell))));
  return new Response(`\uFEFF${csv}`, { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" } });
}

/** Downloads are only read: any other method gets a 405 that says so. */
export async function action() {
  return new Response("Downloads are read with GET.", { status: 405, headers: { Allow: "GET, HEAD" } });
}
