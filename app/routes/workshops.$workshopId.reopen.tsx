/**
 * Reopens a closed workshop: participants can join, save and submit again.
 * A POST from the workshop's page, which it returns to (303); the page says
 * what changed. Nothing to show on a GET: that goes to the workshop's page.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { requireFacilitator } from "~/access/workshop.server";
import { setWorkshopClosed } from "~/models/workshop.server";

export function loader({ params }: LoaderFunctionArgs) {
  return redirect(`/workshops/${encodeURIComponent(params.workshopId ?? "")}`, 303);
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { workshop, authority } = await requireFacilitator(request, params.workshopId);
  const done = await setWorkshopClosed({ workshopId: workshop.id, closed: false, authority });
  if (done.status === "unauthorised") throw new Response("This link has been replaced.", { status: 410 });
  return redirect(`/workshops/${workshop.id}`, 303);
}
