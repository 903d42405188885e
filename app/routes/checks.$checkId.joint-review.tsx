/**
 * The owner's joint review: the side's page, read only (the loader finds no `side` in the address). The owner
 * neither proposes nor confirms: a post here is refused.
 */
import type { ActionFunctionArgs } from "@remix-run/node";

export { default, handle, loader, meta } from "./checks.$checkId.$side.joint-review";

export async function action(_args: ActionFunctionArgs): Promise<never> {
  throw new Response("Only the two sides propose and confirm outcomes, each from its own page.", { status: 403 });
}
