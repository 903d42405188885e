/**
 * One candidate of a partner search, for the search's owner: the owner's
 * session is checked first (app/access/search.server.ts), then the candidate
 * must be this search's (any other id is a 404). The report comes from
 * getReport, sealed the same way as any check's: null until both sides have
 * submitted.
 */
import type { SearchSummary } from "~/domain/search";
import type { CheckSummary } from "~/models/check.server";
import { getReport, type ReportView } from "~/models/report.server";
import { getSearchCandidate, type CandidateRecord } from "~/models/search.server";
import { requireSearchOwner } from "./search.server";

export interface OwnersCandidate {
  search: SearchSummary;
  candidate: CandidateRecord;
  check: CheckSummary;
  report: ReportView | null;
}

export async function requireSearchCandidate(
  request: Request,
  params: { searchId?: string; candidateId?: string },
): Promise<OwnersCandidate> {
  const { search } = await requireSearchOwner(request, params.searchId);
  const found = await getSearchCandidate(search.id, params.candidateId ?? "");
  if (!found) throw new Response("Not found", { status: 404 });
  return { search, ...found, report: await getReport(found.check) };
}

/** The candidate's report, or a 409 while it is sealed (for the downloads and the board paper). */
export async function requireSearchCandidateReport(
  request: Request,
  params: { searchId?: string; candidateId?: string },
): Promise<OwnersCandidate & { report: ReportView }> {
  const found = await requireSearchCandidate(request, params);
  if (!found.report) throw new Response("The report is ready once both sides have submitted.", { status: 409 });
  return { ...found, report: found.report };
}
