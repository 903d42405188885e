import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { sealKeys } from "~/access/session.server";
import { RUNNERS, refused, requireApiStakeholder } from "~/access/stakeholder.server";
import { reviewTrend } from "~/domain/stakeholder/rounds";
import { apiError, apiHandler, apiJson, methodNotAllowed } from "~/http/api.server";
import { listReviewRounds, questionnaireOfReview, startNextRound } from "~/models/stakeholder.server";
import type { StakeholderRoundsJson, StartedStakeholderRoundJson } from "~/api/schemas/stakeholder";

/**
 * The service's reviews year on year: each round, and each theme's mean for all stakeholders and for each group,
 * round by round, where the round is closed and the group reached the threshold.
 */
export const loader = apiHandler(async ({ request }: LoaderFunctionArgs) => {
  const { review } = await requireApiStakeholder(request, RUNNERS);
  const rounds = await listReviewRounds(review.id);
  const themeIds = questionnaireOfReview(review).themes.map((t) => t.id);
  return apiJson({
    rounds: rounds.map(({ review: r }): StakeholderRoundsJson["rounds"][number] => ({
      id: r.id,
      number: r.number,
      createdAt: r.createdAt.toISOString(),
      closedAt: r.closedAt?.toISOString() ?? null,
    })),
    trend: reviewTrend(
      themeIds,
      rounds.map(({ review: r, results }) => ({
        number: r.number,
        results,
      })),
    ),
  } satisfies StakeholderRoundsJson);
});

/** Starts next year's review from this closed one: the same names and groups, new links, nobody invited yet. */
export const action = apiHandler(async ({ request }: ActionFunctionArgs) => {
  if (request.method !== "POST") return methodNotAllowed(["GET", "POST"]);
  const { authority } = await requireApiStakeholder(request, RUNNERS);
  const started = await startNextRound(authority, await sealKeys());
  switch (started.status) {
    case "open":
      return apiError(409, [{ path: "", message: "Close this review before starting next year’s" }]);
    case "exists":
      return apiError(409, [{ path: "", message: "This review already has a next round" }], {
        next: { id: started.nextId },
      });
    case "unauthorised":
      return refused("unauthorised");
    case "started":
      return apiJson(
        {
          id: started.review.id,
          number: started.number,
          tokens: started.review.tokens,
          claimed: started.review.claimed,
        } satisfies StartedStakeholderRoundJson,
        201,
      );
  }
});
