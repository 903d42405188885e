/**
 * The joint review's JSON (GET /api/v1/review; docs/api.md, "The joint review"), typed by the OpenAPI document's
 * schemas (app/api/schemas/review.ts) so the two cannot drift.
 */
import type { OutcomeJson, ProposalJson, ReviewJson, RevisedJson } from "~/api/schemas/review";
import type { JointReview, ReviewOutcome, RevisedReport } from "~/domain/review";

export function proposalJson(outcome: ReviewOutcome): ProposalJson {
  return {
    by: outcome.by,
    kind: outcome.kind,
    ...(outcome.position !== undefined ? { position: outcome.position } : {}),
    ...(outcome.figures ? { figures: outcome.figures } : {}),
    ...(outcome.wording ? { wording: outcome.wording } : {}),
    ...(outcome.reason ? { reason: outcome.reason } : {}),
    ...(outcome.acceptedBy ? { acceptedBy: outcome.acceptedBy } : {}),
    revision: outcome.revision,
    proposedAt: outcome.proposedAt.toISOString(),
  };
}

/** One flag's outcome: what stands (if anything was proposed) and whether both sides have confirmed it. */
export function outcomeJson(entry: JointReview["entries"][number]): OutcomeJson {
  return {
    flagKey: entry.key,
    code: entry.flag.code,
    severity: entry.flag.severity,
    title: entry.flag.title,
    ...(entry.outcome ? { proposed: proposalJson(entry.outcome) } : {}),
    confirmed: entry.outcome?.confirmedAt != null,
    ...(entry.outcome?.confirmedAt ? { confirmedAt: entry.outcome.confirmedAt.toISOString() } : {}),
  };
}

export function revisedJson(revised: RevisedReport): RevisedJson {
  return {
    verdict: { code: revised.after.code, label: revised.after.label, why: revised.why },
    overall: revised.after.overall,
    dimensions: revised.report.dimensions.map((d): RevisedJson["dimensions"][number] => ({
      id: d.id,
      title: d.title,
      critical: d.critical,
      score: d.score,
    })),
    flags: revised.flags.map((f): RevisedJson["flags"][number] => ({
      flagKey: f.key,
      code: f.flag.code,
      severity: f.flag.severity,
      title: f.flag.title,
      status: f.status,
      itemIds: [...f.flag.itemIds],
      factIds: [...f.flag.factIds],
    })),
    cleared: revised.cleared.map((c): RevisedJson["cleared"][number] => ({
      flagKey: c.key,
      code: c.flag.code,
      title: c.flag.title,
      how: c.how,
    })),
    before: { verdict: { code: revised.before.code, label: revised.before.label }, overall: revised.before.overall },
    settled: revised.settled,
  };
}

export const reviewJson = (review: JointReview): ReviewJson => ({
  outcomes: review.entries.map(outcomeJson),
  revised: revisedJson(review.revised),
});
