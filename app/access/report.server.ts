import { redirect } from "@remix-run/node";
import type { Role } from "~/models/check.server";
import type { CheckSummary } from "~/models/check.server";
import { getReport, type ReportView } from "~/models/report.server";
import type { Authority } from "~/models/session.server";
import { parseSide, requireCheck } from "./check.server";
import { requireRole } from "./session.server";
import { refuseParticipantOwnerPages } from "./workshop.server";

/**
 * The report for whoever this browser is in the check (the owner, or the
 * side named in the address): the same authorisation as the pages, and the
 * same seal: a 409 until both sides have submitted. Authorisation and the
 * check's own database read run before the report memo is consulted.
 */
export async function requireReport(
  request: Request,
  params: { checkId?: string; side?: string },
): Promise<{ check: CheckSummary; report: ReportView; role: Role; authority: Authority }> {
  const checkId = params.checkId ?? "";
  const role: Role = params.side === undefined ? "owner" : parseSide(params.side);
  if (role === "owner") await refuseParticipantOwnerPages(checkId);
  const { authority } = await requireRole(request, checkId, role);
  const check = await requireCheck(checkId);
  // A partner search's own check has no report of its own (its VCS side is a placeholder nobody answers): each
  // candidate's is on the search's dashboard.
  if (check.search?.part === "search") throw redirect(`/searches/${check.search.id}`);
  // Nor has a workshop's own check: the room's figures are on the facilitator's page (issue 18).
  if (check.workshop?.part === "workshop") throw redirect(`/workshops/${check.workshop.id}`);
  const report = await getReport(check);
  if (!report) throw new Response("The report is ready once both sides have submitted.", { status: 409 });
  return { check, report, role, authority };
}
