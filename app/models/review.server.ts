/**
 * The joint review's records (issue 19; docs/architecture.md, "The joint review"): one proposal per flag, by one
 * side, confirmed by the other. Each write re-checks the writer's link inside its transaction and locks before it
 * checks (a proposal the check's row, a confirmation the flag's), so of two writes at once the second sees the first.
 */
import { and, eq } from "drizzle-orm";
import { flagKey } from "~/domain/flags";
import type { Report } from "~/domain/report";
import {
  isConfirmed,
  otherSide,
  reviseReport,
  type Accepter,
  type ReviewKind,
  type ReviewOutcome,
  type ReviewProposal,
  type JointReview,
  type ProposalError,
} from "~/domain/review";
import type { FactId, Facts, Position, Side } from "~/domain/types";
import { db, forUpdate, tables, writeTransaction, type WriteTransaction } from "~/db.server";
import type { CheckSummary } from "./check.server";
import { questionnaireOf } from "./questionnaire.server";
import { bothSubmitted } from "./report.server";
import { getSideAnswers } from "./response.server";
import { authorityHolds, type Authority } from "./session.server";

/** Every proposal recorded for a check, by flag key, with its figures (read inside `tx` when one is given). */
export async function getReviewOutcomes(checkId: string, tx?: WriteTransaction): Promise<Map<string, ReviewOutcome>> {
  const reader = tx ?? db();
  const rows = await reader.select().from(tables.reviewOutcomes).where(eq(tables.reviewOutcomes.checkId, checkId));
  const figureRows = await reader.select().from(tables.reviewFigures).where(eq(tables.reviewFigures.checkId, checkId));
  const figures = new Map<string, Facts>();
  for (const row of figureRows) {
    const of = figures.get(row.flagKey) ?? {};
    of[row.factId as FactId] = row.value;
    figures.set(row.flagKey, of);
  }
  return new Map(rows.map((row) => [row.flagKey, outcomeOf(row, figures.get(row.flagKey))]));
}

function outcomeOf(row: typeof tables.reviewOutcomes.$inferSelect, figures: Facts | undefined): ReviewOutcome {
  return {
    flagKey: row.flagKey,
    kind: row.kind as ReviewKind,
    by: row.proposedBy as Side,
    proposedAt: row.proposedAt,
    revision: row.revision,
    confirmedAt: row.confirmedAt,
    ...(row.position !== null ? { position: row.position as Position } : {}),
    ...(figures ? { figures } : {}),
    ...(row.wording ? { wording: row.wording } : {}),
    ...(row.reason ? { reason: row.reason } : {}),
    ...(row.acceptedBy ? { acceptedBy: row.acceptedBy as Accepter } : {}),
  };
}

export type ProposeResult =
  | { status: "saved"; outcome: ReviewOutcome }
  /** `problems` found the proposal wrong against the review as it stands: nothing was saved. */
  | { status: "invalid"; errors: ProposalError[] }
  | { status: "unauthorised" };

/**
 * A side proposes an outcome for a flag: it replaces any earlier proposal (by either side), and a replaced
 * proposal's confirmation goes with it, so what stands is always what both sides saw last. The caller has
 * checked the flag is the report's. `problems` (proposalErrors, for the flag and proposal) runs inside the
 * transaction against every outcome as it stands, with the check's row locked: of two proposals at once, on one
 * flag or on two about the same question, the second waits, and is checked against the first.
 */
export async function proposeOutcome(input: {
  authority: Authority;
  side: Side;
  flagKey: string;
  proposal: ReviewProposal;
  problems: (others: readonly ReviewOutcome[]) => ProposalError[];
}): Promise<ProposeResult> {
  const { authority, side, proposal } = input;
  const checkId = authority.checkId;
  const now = new Date();
  return writeTransaction(async (tx): Promise<ProposeResult> => {
    if (!(await authorityHolds(tx, authority))) return { status: "unauthorised" };
    const [locked] = await forUpdate(
      tx.select({ id: tables.checks.id }).from(tables.checks).where(eq(tables.checks.id, checkId)),
    );
    // Deleted since the request began (its links go with it, but not inside this transaction's view on PostgreSQL).
    if (!locked) return { status: "unauthorised" };
    const standing = await getReviewOutcomes(checkId, tx);
    const errors = input.problems([...standing.values()]);
    if (errors.length > 0) return { status: "invalid", errors };
    const revision = (standing.get(input.flagKey)?.revision ?? 0) + 1;
    const values = {
      kind: proposal.kind,
      position: proposal.kind === "agreed" ? (proposal.position ?? null) : null,
      wording: proposal.wording || null,
      reason: proposal.reason || null,
      acceptedBy: proposal.kind === "accepted" ? (proposal.acceptedBy ?? side) : null,
      proposedBy: side,
      proposedAt: now,
      revision,
      confirmedAt: null,
    };
    await tx
      .insert(tables.reviewOutcomes)
      .values({ checkId, flagKey: input.flagKey, ...values })
      .onConflictDoUpdate({ target: [tables.reviewOutcomes.checkId, tables.reviewOutcomes.flagKey], set: values });
    await tx
      .delete(tables.reviewFigures)
      .where(and(eq(tables.reviewFigures.checkId, checkId), eq(tables.reviewFigures.flagKey, input.flagKey)));
    const figures = proposal.kind === "agreed" ? Object.entries(proposal.figures ?? {}) : [];
    for (const [factId, value] of figures) {
      if (typeof value !== "number") continue;
      await tx.insert(tables.reviewFigures).values({ checkId, flagKey: input.flagKey, factId, value });
    }
    const [row] = await tx
      .select()
      .from(tables.reviewOutcomes)
      .where(and(eq(tables.reviewOutcomes.checkId, checkId), eq(tables.reviewOutcomes.flagKey, input.flagKey)))
      .limit(1);
    const stored = figures.length > 0 ? (Object.fromEntries(figures) as Facts) : undefined;
    return { status: "saved", outcome: outcomeOf(row!, stored) };
  });
}

export type ConfirmResult =
  | { status: "confirmed"; outcome: ReviewOutcome }
  /** Nothing has been proposed for this flag. */
  | { status: "nothing" }
  /** The caller's own side proposed it: the other side must confirm. */
  | { status: "own" }
  /** The proposal changed since the caller saw it (the revision it named is not the one standing). */
  | { status: "stale"; outcome: ReviewOutcome }
  | { status: "unauthorised" };

/**
 * The other side confirms a proposal as it stands (`revision`, when given, must be the one it saw). Confirming
 * a proposal already confirmed is harmless and changes nothing.
 */
export async function confirmOutcome(input: {
  authority: Authority;
  side: Side;
  flagKey: string;
  revision?: number | undefined;
}): Promise<ConfirmResult> {
  const { authority, side } = input;
  const checkId = authority.checkId;
  const where = and(eq(tables.reviewOutcomes.checkId, checkId), eq(tables.reviewOutcomes.flagKey, input.flagKey));
  return writeTransaction(async (tx): Promise<ConfirmResult> => {
    if (!(await authorityHolds(tx, authority))) return { status: "unauthorised" };
    const [row] = await forUpdate(tx.select().from(tables.reviewOutcomes).where(where).limit(1));
    if (!row) return { status: "nothing" };
    const figureRows = await tx
      .select()
      .from(tables.reviewFigures)
      .where(and(eq(tables.reviewFigures.checkId, checkId), eq(tables.reviewFigures.flagKey, input.flagKey)));
    const figures = figureRows.length
      ? (Object.fromEntries(figureRows.map((r) => [r.factId, r.value])) as Facts)
      : undefined;
    const outcome = outcomeOf(row, figures);
    // Whose proposal it is comes first: a side confirming its own is refused whatever revision it names.
    if (outcome.by !== otherSide(side)) return { status: "own" };
    if (input.revision !== undefined && input.revision !== row.revision) return { status: "stale", outcome };
    if (row.confirmedAt) return { status: "confirmed", outcome };
    const confirmedAt = new Date();
    await tx.update(tables.reviewOutcomes).set({ confirmedAt }).where(where);
    return { status: "confirmed", outcome: { ...outcome, confirmedAt } };
  });
}

/**
 * The review of a check whose two sides have both submitted, from its report: each flag with its proposal, and
 * the revised verdict from the confirmed outcomes. Null while a side has still to submit (the seal).
 */
export async function getJointReview(check: CheckSummary, report: Report): Promise<JointReview | null> {
  if (!bothSubmitted(check)) return null;
  const [stored, vcs, prime] = await Promise.all([
    getReviewOutcomes(check.id),
    getSideAnswers(check.sides.vcs.responseId),
    getSideAnswers(check.sides.prime.responseId),
  ]);
  const entries = report.flags.map((flag) => {
    const key = flagKey(flag);
    return { key, flag, outcome: stored.get(key) ?? null };
  });
  const outcomes = entries.flatMap((e) => (e.outcome ? [e.outcome] : []));
  const revised = reviseReport(questionnaireOf(check), vcs, prime, report, outcomes, report.boards);
  return { entries, outcomes, revised };
}

/** How many of a check's flags have an outcome both sides confirmed (for the check's page). */
export const confirmedCount = (review: JointReview) => review.outcomes.filter(isConfirmed).length;
