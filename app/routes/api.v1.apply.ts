import type { z } from "zod";
import type { AppliedSchema } from "~/api/schemas/checks";
import type { ActionFunctionArgs } from "@remix-run/node";
import { applyBodySchema } from "~/forms/search-schemas.server";
import { apiError, apiHandler, apiJson, methodNotAllowed, parseJsonBody } from "~/http/api.server";
import { applyToSearch } from "~/models/search.server";

export async function loader() {
  return methodNotAllowed(["POST"]);
}

/** Applies to a partner search with its code: the applicant's own check and link (docs/api.md, "Partner searches"). */
export const action = apiHandler(async ({ request }: ActionFunctionArgs) => {
  if (request.method !== "POST") return methodNotAllowed(["POST"]);
  const body = await parseJsonBody(request, applyBodySchema);
  const applied = await applyToSearch(body);
  if (applied.status === "unknown") {
    return apiError(404, [{ path: "code", message: "No partner search has this code: check it with the prime" }]);
  }
  if (applied.status === "closed") {
    return apiError(410, [{ path: "code", message: "This partner search has closed: it takes no more applications" }]);
  }
  if (applied.status === "full") {
    return apiError(409, [{ path: "code", message: "This partner search takes no more applications" }]);
  }
  const token = applied.candidate.token;
  return apiJson(
    {
      id: applied.candidate.id,
      tokens: { vcs: token },
      links: { vcs: `${new URL(request.url).origin}/i/${token}` },
    } satisfies z.input<typeof AppliedSchema>,
    201,
  );
});
