import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireFacilitator } from "~/access/workshop.server";
import { workshopFiguresCsv, workshopFiguresFileName } from "~/formats/workshop-csv";
import { questionnaireOf } from "~/models/questionnaire.server";
import { getWorkshopFigures } from "~/models/workshop.server";

/**
 * The room's figures as CSV, for the facilitator only: counts over the
 * submitted organisations (app/formats/workshop-csv.ts), empty with a line
 * saying why until three have submitted.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { workshop } = await requireFacilitator(request, params.workshopId);
  const figures = await getWorkshopFigures(workshop);
  const csv = workshopFiguresCsv({ figures, questionnaire: questionnaireOf(workshop) });
  // A byte-order mark so spreadsheet programs read the UTF-8 (curly quotes, accents) correctly.
  return new Response(`\uFEFF${csv}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Cache-Control": "no-store",
      "Content-Disposition": `attachment; filename="${workshopFiguresFileName(workshop.title, new Date())}"`,
    },
  });
}

/** Downloads are only read: any other method gets a 405 that says so. */
export async function action() {
  return new Response("Downloads are read with GET.", { status: 405, headers: { Allow: "GET, HEAD" } });
}
