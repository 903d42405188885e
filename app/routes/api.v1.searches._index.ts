import type { ActionFunctionArgs } from "@remix-run/node";
import { newSearchSchema } from "~/forms/search-schemas.server";
import { apiHandler, apiJson, methodNotAllowed, parseJsonBody } from "~/http/api.server";
import { createSearch } from "~/models/search.server";

export async function loader() {
  return methodNotAllowed(["POST"]);
}

/** Starts a partner search (docs/api.md, "Partner searches"): the owner's and the prime's links, and the open link. */
export const action = apiHandler(async ({ request }: ActionFunctionArgs) => {
  if (request.method !== "POST") return methodNotAllowed(["POST"]);
  const input = await parseJsonBody(request, newSearchSchema);
  const search = await createSearch(input);
  const origin = new URL(request.url).origin;
  return apiJson(
    {
      id: search.id,
      tokens: search.tokens,
      links: {
        owner: `${origin}/i/${search.tokens.owner}`,
        prime: `${origin}/i/${search.tokens.prime}`,
        apply: `${origin}/apply/${search.applyCode}`,
      },
      applyCode: search.applyCode,
    },
    201,
  );
});
