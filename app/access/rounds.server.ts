/**
 * Who may see a check's rounds (issue 19; docs/architecture.md, "Rounds"): the owner and both sides of an ordinary
 * check, each through its own session; only the owner starts the next round, and only from a completed round that
 * has none after it yet.
 */
import { roundName, type RoundNeighbour, type RoundPlace } from "~/domain/rounds";
import type { CheckSummary, Role } from "~/models/check.server";
import { bothSubmitted } from "~/models/report.server";
import { getRoundLink } from "~/models/round.server";
import { parseSide, requireCheck } from "./check.server";
import { noReviewReason } from "./review.server";
import { holdsRole, homeFor, requireRole } from "./session.server";
import { refuseParticipantOwnerPages } from "./workshop.server";

/** This browser's role in the check named by the address (the owner when it names no side), with the check. */
export async function requireRounds(request: Request, params: { checkId?: string; side?: string }) {
  const checkId = params.checkId ?? "";
  const role: Role = params.side === undefined ? "owner" : parseSide(params.side);
  if (role === "owner") await refuseParticipantOwnerPages(checkId);
  const { authority } = await requireRole(request, checkId, role);
  const check = await requireCheck(checkId);
  if (noReviewReason(check)) throw new Response("This check has no check-ups.", { status: 404 });
  return { check, role, authority };
}

/** Why the next round cannot start from this one, or null when it can. */
export async function noStartReason(check: CheckSummary): Promise<string | null> {
  if (!bothSubmitted(check)) return "A check-up starts from a completed check: both sides must submit first.";
  if ((await getRoundLink(check.id)).nextCheckId) {
    return "This round already has a check-up after it: start the next one from the latest round.";
  }
  return null;
}

/** The check's place among its rounds as a role sees it, or null for a check that can have none. */
export async function roundPlaceFor(request: Request, check: CheckSummary, role: Role): Promise<RoundPlace | null> {
  if (noReviewReason(check)) return null;
  const link = await getRoundLink(check.id);
  const neighbour = async (id: string | null, number: number): Promise<RoundNeighbour | null> => {
    if (!id) return null;
    const other = await getRoundLink(id);
    return {
      name: roundName(number, other.occasion),
      href: (await holdsRole(request, id, role)) ? homeFor(id, role) : null,
    };
  };
  return {
    number: link.number,
    name: roundName(link.number, link.occasion),
    previous: await neighbour(link.previousCheckId, link.number - 1),
    next: await neighbour(link.nextCheckId, link.number + 1),
    roundsHref: `${homeFor(check.id, role)}/rounds`,
  };
}
