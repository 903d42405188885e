import type { ActionFunctionArgs } from "@remix-run/node";
import { newCheckSchema } from "~/forms/schemas.server";
import { apiHandler, apiJson, methodNotAllowed, parseJsonBody } from "~/http/api.server";
import { sealKeys } from "~/access/session.server";
import { createCheck } from "~/models/check.server";
import { createdCheckJson } from "~/formats/api-v1";

export async function loader() {
  return methodNotAllowed(["POST"]);
}

export const action = apiHandler(async ({ request }: ActionFunctionArgs) => {
  if (request.method !== "POST") return methodNotAllowed(["POST"]);
  const input = await parseJsonBody(request, newCheckSchema);
  const check = await createCheck(input, await sealKeys());
  return apiJson(createdCheckJson(check, new URL(request.url).origin), 201);
});
