import type { z } from "zod";
import type { CheckSchema } from "~/api/schemas/checks";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireApiCheck } from "~/access/bearer.server";
import { apiHandler, apiJson, methodNotAllowed } from "~/http/api.server";

export const loader = apiHandler(async ({ request }: LoaderFunctionArgs) => {
  const check = await requireApiCheck(request);
  return apiJson({
    id: check.id,
    title: check.title,
    vcsName: check.sides.vcs.name,
    primeName: check.sides.prime.name,
    questionnaireVersion: check.questionnaireVersion,
    questionSet: check.questionSet,
    sides: { vcs: { status: check.sides.vcs.status }, prime: { status: check.sides.prime.status } },
    // A partner search's own check ("search") or one candidate's ("candidate"): docs/api.md, "Partner searches".
    ...(check.search ? { search: check.search } : {}),
    // A workshop's own check ("workshop") or one participant's ("participant"), and its selection of sections.
    ...(check.workshop ? { workshop: check.workshop } : {}),
    ...(check.sections ? { sections: check.sections } : {}),
  } satisfies z.input<typeof CheckSchema>);
});

export async function action() {
  return methodNotAllowed(["GET"]);
}
