import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { commitSession, homeFor } from "~/access/session.server";
import { lookupToken } from "~/models/check.server";

/**
 * Opening a secret link: the token is exchanged for a session cookie and the
 * browser is sent (303) to the same place without the token, so it leaves the
 * address bar, the history and any Referer. Nothing else happens on this GET,
 * so a mail scanner that prefetches the link changes nothing.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const found = await lookupToken(params.token ?? "");
  if (found.status === "revoked") throw new Response("This link has been replaced.", { status: 410 });
  if (found.status !== "active") throw new Response("Not found", { status: 404 });
  const { checkId, role } = found.access;
  return redirect(homeFor(checkId, role), {
    status: 303,
    headers: { "Set-Cookie": await commitSession(request, checkId, role, params.token ?? "") },
  });
}

/** Never rendered: the loader always redirects, or throws to the error page (a UI route, so that page is friendly). */
export default function OpenLink() {
  return null;
}
