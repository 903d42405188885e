import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { requireBearer } from "~/access/bearer.server";
import { requireCheck } from "~/access/check.server";
import { noReviewReason } from "~/access/review.server";
import { sealKeys } from "~/access/session.server";
import { newRoundSchema } from "~/forms/review-schemas.server";
import { createdCheckJson } from "~/formats/api-v1";
import { apiError, apiHandler, apiJson, methodNotAllowed, parseJsonBody, revokedInFlight } from "~/http/api.server";
import { bothSubmitted } from "~/models/report.server";
import { getRoundsOverview, startRound } from "~/models/round.server";
import type { RoundsJson, StartedRoundJson } from "~/api/schemas/rounds";

/**
 * The rounds of the chain this check belongs to, first first (docs/api.md, "Check-ups"), and, once this round and
 * the one before are both complete, `comparison`: this round against the one before (compareRounds).
 */
export const loader = apiHandler(async ({ request }: LoaderFunctionArgs) => {
  const access = await requireBearer(request, ["owner", "vcs", "prime"]);
  const check = await requireCheck(access.checkId);
  if (noReviewReason(check)) {
    return apiError(409, [{ path: "", message: "A partner search’s or a workshop’s checks have no check-ups" }]);
  }
  const { rounds, comparison } = await getRoundsOverview(check.id);
  return apiJson({
    ...(comparison ? { comparison } : {}),
    rounds: rounds.map((r): RoundsJson["rounds"][number] => ({
      id: r.id,
      number: r.number,
      occasion: r.occasion,
      createdAt: r.createdAt.toISOString(),
      ...(r.result ? { verdict: r.result.verdict, overall: r.result.overall } : {}),
    })),
  } satisfies RoundsJson);
});

/** The owner starts the next round of a completed check: a new check, linked to this one, answered again. */
export const action = apiHandler(async ({ request }: ActionFunctionArgs) => {
  if (request.method !== "POST") return methodNotAllowed(["GET", "POST"]);
  const access = await requireBearer(request, ["owner"]);
  const previous = await requireCheck(access.checkId);
  if (noReviewReason(previous)) {
    return apiError(409, [{ path: "", message: "A partner search’s or a workshop’s checks have no check-ups" }]);
  }
  if (!bothSubmitted(previous)) {
    return apiError(409, [
      { path: "", message: "A check-up starts from a completed check: both sides must submit first" },
    ]);
  }
  const input = await parseJsonBody(request, newRoundSchema);
  const authority = { checkId: previous.id, role: access.role, tokenHash: access.tokenHash };
  const started = await startRound({ authority, previous, ...input }, await sealKeys());
  if (started.status === "unauthorised") return revokedInFlight();
  if (started.status === "exists") {
    return apiError(
      409,
      [{ path: "", message: "This round already has a next round: start check-ups from the latest" }],
      { next: { id: started.nextCheckId } },
    );
  }
  const { check, number } = started;
  return apiJson(
    {
      ...createdCheckJson(check, new URL(request.url).origin),
      number,
      previousId: previous.id,
    } satisfies StartedRoundJson,
    201,
  );
});
