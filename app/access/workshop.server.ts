/**
 * Who may run a workshop: whoever holds the owner's link of the workshop's own
 * check, the facilitator (a bearer token for the API, a session for the pages).
 * Any other workshop's id, or an id of no workshop, is a 404 in the API, so a
 * facilitator learns nothing about workshops that are not theirs. No one but a
 * participant holds a participant's check: the facilitator's link opens none.
 */
import { apiError } from "~/http/api.server";
import type { WorkshopSummary } from "~/domain/workshop";
import type { Authority } from "~/models/session.server";
import { getParticipation, getWorkshop } from "~/models/workshop.server";
import { requireBearer } from "./bearer.server";
import { requireRole } from "./session.server";

export async function requireApiFacilitator(
  request: Request,
  workshopId: string,
): Promise<{ workshop: WorkshopSummary; authority: Authority }> {
  const access = await requireBearer(request, ["owner"]);
  const workshop = await getWorkshop(workshopId);
  if (!workshop || workshop.checkId !== access.checkId) {
    throw apiError(404, [{ path: "id", message: "No workshop with this id is yours" }]);
  }
  return { workshop, authority: { checkId: access.checkId, role: "owner", tokenHash: access.tokenHash } };
}

export async function requireFacilitator(
  request: Request,
  workshopId: string | undefined,
): Promise<{ workshop: WorkshopSummary; authority: Authority }> {
  const workshop = await getWorkshop(workshopId ?? "");
  if (!workshop) throw new Response("Not found", { status: 404 });
  // As for a check's owner pages: a browser without this workshop's facilitator grant is asked to open its link (403).
  const { authority } = await requireRole(request, workshop.checkId, "owner");
  return { workshop, authority };
}

/**
 * A participant's check has no owner link, so it has no owner pages: they are not found (404), rather than asking
 * for a link that does not exist. Checked before the session, so the answer is the same for every browser.
 */
export async function refuseParticipantOwnerPages(checkId: string): Promise<void> {
  if (await getParticipation(checkId)) throw new Response("Not found", { status: 404 });
}
