import type { ActionFunctionArgs } from "@remix-run/node";
import { newCheckSchema } from "~/forms/schemas.server";
import { apiHandler, apiJson, methodNotAllowed, parseJsonBody } from "~/http/api.server";
import { sealKeys } from "~/access/session.server";
import { createCheck } from "~/models/check.server";

export async function loader() {
  return methodNotAllowed(["POST"]);
}

export const action = apiHandler(async ({ request }: ActionFunctionArgs) => {
  if (request.method !== "POST") return methodNotAllowed(["POST"]);
  const input = await parseJsonBody(request, newCheckSchema);
  const check = await createCheck(input, await sealKeys());
  const origin = new URL(request.url).origin;
  return apiJson(
    {
      id: check.id,
      tokens: check.tokens,
      claimed: check.claimed,
      links: {
        owner: `${origin}/i/${check.tokens.owner}`,
        vcs: `${origin}/i/${check.tokens.vcs}`,
        prime: `${origin}/i/${check.tokens.prime}`,
      },
    },
    201,
  );
});
