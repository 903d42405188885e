import type { z } from "zod";
import type { ClaimedInvitationSchema } from "~/api/schemas/checks";
import type { ActionFunctionArgs } from "@remix-run/node";
import { bearerToken, INVALID_TOKEN } from "~/access/bearer.server";
import { apiError, apiHandler, apiJson, methodNotAllowed } from "~/http/api.server";
import { claimInvitation } from "~/models/check.server";

export async function loader() {
  return methodNotAllowed(["POST"]);
}

/**
 * Claims a side's invitation (sent as the bearer token): it opens nothing
 * afterwards, for anyone, and the side's own token comes back, once. Use that
 * token for the side's answers.
 */
export const action = apiHandler(async ({ request }: ActionFunctionArgs) => {
  if (request.method !== "POST") return methodNotAllowed(["POST"]);
  const claimed = await claimInvitation(bearerToken(request));
  if (claimed.status === "claimed_before") {
    return apiError(409, [
      {
        path: "Authorization",
        message: "This invitation has already been claimed: ask the person who sent it for a fresh one",
      },
    ]);
  }
  if (claimed.status === "review_closed") {
    return apiError(409, [
      {
        path: "Authorization",
        message: "This review has closed and takes no more answers: the invitation was not used",
      },
    ]);
  }
  if (claimed.status !== "claimed") {
    const message = claimed.status === "revoked" ? "This invitation has been replaced" : "This is not an invitation";
    return apiError(401, [{ path: "Authorization", message }], {}, { "WWW-Authenticate": INVALID_TOKEN });
  }
  const origin = new URL(request.url).origin;
  return apiJson({
    checkId: claimed.access.checkId,
    role: claimed.access.role,
    token: claimed.token,
    link: `${origin}/i/${claimed.token}`,
  } satisfies z.input<typeof ClaimedInvitationSchema>);
});
