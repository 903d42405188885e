import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import type { SharedActionJson, SharedActionsJson } from "~/api/schemas/stakeholder";
import { RUNNERS, refused, requireApiStakeholder } from "~/access/stakeholder.server";
import { sharedActionSchema } from "~/forms/stakeholder-schemas.server";
import { apiError, apiHandler, apiJson, methodNotAllowed, parseJsonBody } from "~/http/api.server";
import {
  addAction,
  listActions,
  MAX_ACTIONS,
  questionnaireOfReview,
  type SharedAction,
} from "~/models/stakeholder.server";

const actionJson = (a: SharedAction): SharedActionJson => ({ ...a, createdAt: a.createdAt.toISOString() });

/** The shared actions agreed in the system discussion: for the provider, and for the other organisations. */
export const loader = apiHandler(async ({ request }: LoaderFunctionArgs) => {
  const { review } = await requireApiStakeholder(request, RUNNERS);
  return apiJson({ actions: (await listActions(review.id)).map(actionJson) } satisfies SharedActionsJson);
});

/** Records a shared action: who, what, by when (docs/api.md, "Stakeholder reviews"). */
export const action = apiHandler(async ({ request }: ActionFunctionArgs) => {
  if (request.method !== "POST") return methodNotAllowed(["GET", "POST"]);
  const { authority, review } = await requireApiStakeholder(request, RUNNERS);
  const body = await parseJsonBody(request, sharedActionSchema);
  if (body.themeId !== undefined && !questionnaireOfReview(review).themes.some((t) => t.id === body.themeId)) {
    return apiError(422, [{ path: "themeId", message: "This questionnaire has no theme with this id" }]);
  }
  const added = await addAction({
    authority,
    action: {
      forWhom: body.forWhom,
      who: body.who,
      what: body.what,
      dueOn: body.dueOn ?? null,
      themeId: body.themeId ?? null,
    },
  });
  if (added.status === "full") {
    return apiError(409, [{ path: "", message: `A review records at most ${MAX_ACTIONS} actions` }]);
  }
  if (added.status !== "added") return refused(added.status);
  const made = (await listActions(review.id)).find((a) => a.id === added.id)!;
  return apiJson(actionJson(made), 201);
});
