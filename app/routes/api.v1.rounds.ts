import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { requireBearer } from "~/access/bearer.server";
import { requireCheck } from "~/access/check.server";
import { noReviewReason } from "~/access/review.server";
import { sealKeys } from "~/access/session.server";
import { newRoundSchema } from "~/forms/review-schemas.server";
import { apiError, apiHandler, apiJson, methodNotAllowed, parseJsonBody } from "~/http/api.server";
import { bothSubmitted } from "~/models/report.server";
import { listRoundsWithResults, startRound } from "~/models/round.server";

/** The rounds of the chain this check belongs to, first first (docs/api.md, "Check-ups"). */
export const loader = apiHandler(async ({ request }: LoaderFunctionArgs) => {
  const access = await requireBearer(request, ["owner", "vcs", "prime"]);
  const check = await requireCheck(access.checkId);
  const rounds = await listRoundsWithResults(check.id);
  return apiJson({
    rounds: rounds.map((r) => ({
      id: r.id,
      number: r.number,
      occasion: r.occasion,
      createdAt: r.createdAt.toISOString(),
      ...(r.result ? { verdict: r.result.verdict, overall: r.result.overall } : {}),
    })),
  });
});

/** The owner starts the next round of a completed check: a new check, linked to this one, answered again. */
export const action = apiHandler(async ({ request }: ActionFunctionArgs) => {
  if (request.method !== "POST") return methodNotAllowed(["GET", "POST"]);
  const access = await requireBearer(request, ["owner"]);
  const previous = await requireCheck(access.checkId);
  const refused = noReviewReason(previous);
  if (refused) return apiError(409, [{ path: "", message: refused.replace("joint review", "check-ups") }]);
  if (!bothSubmitted(previous)) {
    return apiError(409, [
      { path: "", message: "A check-up starts from a completed check: both sides must submit first" },
    ]);
  }
  const input = await parseJsonBody(request, newRoundSchema);
  const started = await startRound({ previous, ...input }, await sealKeys());
  if (started.status === "exists") {
    return apiError(
      409,
      [{ path: "", message: "This round already has a next round: start check-ups from the latest" }],
      {
        next: { id: started.nextCheckId },
      },
    );
  }
  const origin = new URL(request.url).origin;
  const { check, number } = started;
  return apiJson(
    {
      id: check.id,
      number,
      previousId: previous.id,
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
