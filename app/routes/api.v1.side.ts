import type { z } from "zod";
import type { SideBoardSchema } from "~/api/schemas/checks";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireApiSide } from "~/access/bearer.server";
import { toApiAnswer } from "~/domain/validation";
import { apiHandler, apiJson, methodNotAllowed } from "~/http/api.server";
import { getBoard } from "~/models/board.server";

/**
 * What a side's lead sees of its board: how many were invited and have
 * submitted, the combined answer (with the lead's overrides and the side's
 * figures), and the spread per item once at least three have submitted.
 */
export const loader = apiHandler(async ({ request }: LoaderFunctionArgs) => {
  const { side, role, questionnaire } = await requireApiSide(request);
  const board = await getBoard({
    questionnaire,
    side: role,
    partyId: side.partyId,
    responseId: side.responseId,
    submitted: side.status === "submitted",
  });
  const answers: Record<string, ReturnType<typeof toApiAnswer>> = {};
  for (const [itemId, answer] of Object.entries(board.answers.answers))
    if (answer) answers[itemId] = toApiAnswer(answer);
  return apiJson({
    status: side.status,
    submitted: board.submitted,
    invited: board.invited,
    combined: { answers, facts: board.answers.facts },
    overrides: Object.fromEntries(
      Object.entries(board.overrides).map(([id, o]) => [id, { ...toApiAnswer(o.answer), reason: o.reason }]),
    ),
    sharedNotes: board.sharedNotes,
    spread: board.spread,
    missing: board.missing,
  } satisfies z.input<typeof SideBoardSchema>);
});

export async function action() {
  return methodNotAllowed(["GET"]);
}
