/**
 * Turns what the models return into what a page or the API may answer: a
 * check that does not exist (or no longer does) is a 404 here, never in
 * app/models.
 */
import { SIDES, type Side } from "~/domain/types";
import { getCheckSummary, type CheckSummary } from "~/models/check.server";

export async function requireCheck(checkId: string): Promise<CheckSummary> {
  const summary = await getCheckSummary(checkId);
  if (!summary) throw new Response("This check no longer exists", { status: 404, statusText: "Not Found" });
  return summary;
}

/** The side named in an address (`vcs` or `prime`); anything else is a 404. */
export function parseSide(value: string | undefined): Side {
  const side = SIDES.find((s) => s === value);
  if (!side) throw new Response("Not found", { status: 404 });
  return side;
}
