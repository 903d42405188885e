/** The JSON shapes of stakeholder reviews in the API (issue 20; docs/api.md, "Stakeholder reviews"). */
import type { StakeholderResultsJson, StakeholderReviewJson } from "~/api/schemas/stakeholder";
import type { StakeholderResults } from "~/domain/stakeholder/results";
import type { StakeholderReviewSummary } from "~/domain/stakeholder/review";

export function stakeholderReviewJson(review: StakeholderReviewSummary): StakeholderReviewJson {
  return {
    id: review.id,
    service: review.service,
    providerName: review.providerName,
    commissionerName: review.commissionerName,
    createdBy: review.createdBy,
    questionnaireVersion: review.questionnaireVersion,
    confirmed: review.confirmed,
    round: { number: review.number, previousId: review.previousId, nextId: review.nextId },
    closedAt: review.closedAt?.toISOString() ?? null,
    createdAt: review.createdAt.toISOString(),
    groups: review.groups.map((g): StakeholderReviewJson["groups"][number] => ({
      id: g.id,
      name: g.name,
      invited: g.invited,
      submitted: g.submitted,
      openLink: g.hasOpenLink,
    })),
    selfAssessmentSubmitted: review.selfSubmitted,
  };
}

/** The results as they are: the domain's own shape (every figure in it is above the threshold by construction). */
export function stakeholderResultsJson(results: StakeholderResults): StakeholderResultsJson {
  return {
    threshold: results.threshold,
    counted: results.counted,
    overall: results.overall,
    groups: results.groups.map((g): StakeholderResultsJson["groups"][number] =>
      g.shown
        ? { id: g.group.id, name: g.group.name, shown: true, ...g.cell, freeText: g.text }
        : { id: g.group.id, name: g.group.name, shown: false },
    ),
    levels: results.levels,
    selfAssessment: results.self,
    selfThemes: results.selfThemes,
    selfText: results.selfText,
    divergence: results.divergence,
  };
}
