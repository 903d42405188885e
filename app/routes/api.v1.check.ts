import type { LoaderFunctionArgs } from "@remix-run/node";
import { apiHandler, apiJson, methodNotAllowed, requireBearer } from "~/lib/api.server";
import { requireCheckSummary } from "~/models/check.server";

export const loader = apiHandler(async ({ request }: LoaderFunctionArgs) => {
  const access = await requireBearer(request, ["owner", "vcs", "prime"]);
  const check = await requireCheckSummary(access.checkId);
  return apiJson({
    id: check.id,
    title: check.title,
    vcsName: check.sides.vcs.name,
    primeName: check.sides.prime.name,
    questionnaireVersion: check.questionnaireVersion,
    sides: { vcs: { status: check.sides.vcs.status }, prime: { status: check.sides.prime.status } },
  });
});

export async function action() {
  return methodNotAllowed(["GET"]);
}
