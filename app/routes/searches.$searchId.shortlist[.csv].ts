import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireSearchOwner } from "~/access/search.server";
import { MAX_CANDIDATES_PER_SEARCH, type CandidateRow } from "~/domain/search";
import { parseCandidateFilters } from "~/forms/candidate-query.server";
import { shortlistCsv, shortlistFileName } from "~/formats/shortlist-csv";
import { questionnaireOf } from "~/models/questionnaire.server";
import { listCandidates, scoreCandidates } from "~/models/search.server";

/**
 * Candidates read at a time: a whole search (it holds at most MAX_CANDIDATES_PER_SEARCH), so the file is one
 * consistent read: an application or a withdrawal during the download cannot repeat a row or skip one.
 */
const READ_SIZE = MAX_CANDIDATES_PER_SEARCH;

/**
 * The shortlist as CSV: every candidate the dashboard's filters keep, on every
 * page, in the dashboard's order, for the search's owner only. Filters typed
 * wrongly are a 400 that says which.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { search } = await requireSearchOwner(request, params.searchId);
  const questionnaire = questionnaireOf(search);
  const sections = questionnaire.dimensions.map((d) => ({ id: d.id, title: d.title }));
  const filters = parseCandidateFilters(
    new URL(request.url),
    sections.map((s) => s.id),
  );
  if (!filters.ok) {
    const problems = Object.values(filters.errors).join(". ");
    return new Response(`The shortlist’s filters need correcting: ${problems}.`, {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  await scoreCandidates(search.id);
  const rows: CandidateRow[] = [];
  for (let page = 1; ; page += 1) {
    const read = await listCandidates(search.id, { ...filters.query, page, pageSize: READ_SIZE });
    rows.push(...read.candidates);
    if (read.page >= read.pages) break;
  }
  const csv = shortlistCsv({ rows, sections });
  // A byte-order mark so spreadsheet programs read the UTF-8 (curly quotes, accents) correctly.
  return new Response(`\uFEFF${csv}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Cache-Control": "no-store",
      "Content-Disposition": `attachment; filename="${shortlistFileName(search.title, new Date())}"`,
    },
  });
}

/** Downloads are only read: any other method gets a 405 that says so. */
export async function action() {
  return new Response("Downloads are read with GET.", { status: 405, headers: { Allow: "GET, HEAD" } });
}
