import { deleteAnswersAfter } from "~/domain/workshop";
import { and, eq, isNull } from "drizzle-orm";
import { missingAnswers } from "~/domain/report";
import type { Answer, FactId, Position, Questionnaire, Side, SideAnswers } from "~/domain/types";
import { db, forUpdate, tables, writeTransaction, type WriteTransaction } from "~/db.server";
import { queueSubmitNotifications } from "./notification.server";
import { hasRespondents, submitBoardAnswers, submitRespondentAnswers, type OverrideInput } from "./board.server";
import { authorityHolds, type Authority } from "./session.server";

/** One side's own answers and facts, exactly as saved (only what has been given). */
export async function getSideAnswers(responseId: string): Promise<SideAnswers> {
  return (await readStored(db(), responseId)).answers;
}

export type Reader = WriteTransaction | ReturnType<typeof db>;

export function answerOf(row: typeof tables.answers.$inferSelect): Answer {
  return {
    preferred: row.preferred as Position,
    acceptable: { min: row.acceptableMin as Position, max: row.acceptableMax as Position },
    importance: row.importance as Answer["importance"],
    redLine: row.redLine,
    ...(row.note ? { note: row.note } : {}),
    ...(row.fixed ? { fixed: true } : {}),
    ...(row.clause ? { clause: row.clause } : {}),
    ...(row.noteShared && row.note ? { shareNote: true } : {}),
  };
}

function sameAnswer(a: Answer, b: Answer): boolean {
  return (
    a.preferred === b.preferred &&
    a.acceptable.min === b.acceptable.min &&
    a.acceptable.max === b.acceptable.max &&
    a.importance === b.importance &&
    a.redLine === b.redLine &&
    (a.note ?? "") === (b.note ?? "") &&
    (a.fixed ?? false) === (b.fixed ?? false) &&
    (a.clause ?? "") === (b.clause ?? "") &&
    (a.shareNote ?? false) === (b.shareNote ?? false)
  );
}

/**
 * A side's answers and when each last changed (what a page sends back so a stale save can be refused), from one
 * read of each table: each question's value and version come from the same row, so a colleague's save landing
 * between two reads can never pair an old value with a new version.
 */
export async function getSideAnswersAndVersions(
  responseId: string,
): Promise<{ answers: SideAnswers; versions: AnswerVersions }> {
  return readStored(db(), responseId);
}

/** A side's answers and figures as saved, and the version of each, from one read of each table. */
export async function readStored(
  reader: Reader,
  responseId: string,
): Promise<{ answers: SideAnswers; versions: AnswerVersions }> {
  const answerRows = await reader.select().from(tables.answers).where(eq(tables.answers.responseId, responseId));
  const factRows = await reader.select().from(tables.factAnswers).where(eq(tables.factAnswers.responseId, responseId));
  const result: SideAnswers = { answers: {}, facts: {} };
  const versions: AnswerVersions = { answers: {}, facts: {} };
  for (const row of answerRows) {
    result.answers[row.itemId] = answerOf(row);
    versions.answers[row.itemId] = row.updatedAt.getTime();
  }
  const redLineFacts: FactId[] = [];
  const findingOnlyFacts: FactId[] = [];
  for (const row of factRows) {
    result.facts[row.factId as FactId] = row.value;
    versions.facts[row.factId] = row.updatedAt.getTime();
    if (row.redLine) redLineFacts.push(row.factId as FactId);
    if (row.findingOnly) findingOnlyFacts.push(row.factId as FactId);
  }
  if (redLineFacts.length > 0) result.redLineFacts = redLineFacts;
  if (findingOnlyFacts.length > 0) result.findingOnlyFacts = findingOnlyFacts;
  return { answers: result, versions };
}

export interface SaveAnswersInput {
  responseId: string;
  /** Who is writing, re-checked inside the transaction. */
  authority: Authority;
  answers: Partial<Record<string, Answer>>;
  facts: Partial<Record<FactId, number>>;
  /** Facts the person emptied: removed, so they count as unanswered again. */
  clearFactIds?: readonly FactId[];
  /**
   * When given, this side's red-line figures after the save: every listed figure
   * is marked, every other figure of `sideFactIds` unmarked. A listed figure
   * must have a value (given now or saved before).
   */
  redLineFacts?: { marked: readonly FactId[]; sideFactIds: readonly FactId[] };
  /** When given, which of `sideFactIds` the other side sees only as a finding; every other one with its number. */
  findingOnlyFacts?: { marked: readonly FactId[]; sideFactIds: readonly FactId[] };
  /**
   * The versions of the answers the person saw when the page was loaded
   * (`null`: not answered then). When given for a question, a save that would
   * replace an answer someone else changed since is refused (see
   * docs/architecture.md, "Two people on one side").
   */
  seen?: AnswerVersions<number | null>;
}

/** When each of a side's answers and figures last changed (milliseconds), by question id. */
export interface AnswerVersions<V = number> {
  answers: Partial<Record<string, V>>;
  facts: Partial<Record<string, V>>;
}

/** A question whose saved answer changed after the page was loaded: both values, so the person can choose. */
export type SaveConflict =
  | { kind: "answer"; id: string; saved: Answer | null; yours: Answer }
  | { kind: "fact"; id: FactId; saved: FactState; yours: FactState };

export type SaveResult =
  | { status: "saved"; versions: AnswerVersions }
  | { status: "conflict"; conflicts: SaveConflict[]; versions: AnswerVersions }
  | { status: "unauthorised" }
  | { status: "already_submitted" }
  /** A workshop participant's answers once the facilitator has closed the workshop to new answers (issue 18). */
  | { status: "closed" }
  | { status: "red_line_without_value"; factIds: FactId[] };

/**
 * Saves some of a side's answers in one IMMEDIATE transaction. Refuses (and
 * changes nothing) when the link or session the request came with no longer
 * holds, checked inside the transaction, after the body was read; and once the
 * side has submitted, so a replayed request after submission cannot alter the
 * answers.
 */
export async function saveSideAnswers(input: SaveAnswersInput): Promise<SaveResult> {
  try {
    return await writeSideAnswers(input);
  } catch (error) {
    if (error instanceof RedLineWithoutValue) return { status: "red_line_without_value", factIds: error.factIds };
    throw error;
  }
}

class RedLineWithoutValue extends Error {
  constructor(readonly factIds: FactId[]) {
    super("A figure marked as a red line has no value");
  }
}

/**
 * Whether this check is a participant's in a workshop that is closed to new answers (issue 18): read in the write's
 * own transaction, after the link was checked.
 */
async function closedWorkshopParticipant(tx: WriteTransaction, checkId: string): Promise<boolean> {
  const [row] = await tx
    .select({
      closedAt: tables.workshops.closedAt,
      heldOn: tables.workshops.heldOn,
      retentionDays: tables.workshops.retentionDays,
    })
    .from(tables.participants)
    .innerJoin(tables.workshops, eq(tables.workshops.id, tables.participants.workshopId))
    .where(eq(tables.participants.checkId, checkId))
    .limit(1);
  // Past the retention period the answers are about to be deleted: nothing more is saved, even before the sweep.
  return Boolean(row && (row.closedAt || deleteAnswersAfter(row.heldOn, row.retentionDays) <= new Date()));
}

/** A figure as saved: its value (null: not given) and its two ticks. */
export interface FactState {
  value: number | null;
  redLine: boolean;
  findingOnly: boolean;
}

const sameFact = (a: FactState, b: FactState) =>
  a.value === b.value && (a.value === null || (a.redLine === b.redLine && a.findingOnly === b.findingOnly));

function storedFact(stored: SideAnswers, factId: FactId): FactState {
  return {
    value: stored.facts[factId] ?? null,
    redLine: stored.redLineFacts?.includes(factId) ?? false,
    findingOnly: stored.findingOnlyFacts?.includes(factId) ?? false,
  };
}

/** Each figure this save touches, as it would be after the save (its value, and its ticks where the page had them). */
function factsAfter(input: SaveAnswersInput, stored: SideAnswers): Map<FactId, FactState> {
  const ids = new Set<FactId>([
    ...(Object.keys(input.facts) as FactId[]),
    ...(input.clearFactIds ?? []),
    ...(input.redLineFacts?.sideFactIds ?? []),
    ...(input.findingOnlyFacts?.sideFactIds ?? []),
  ]);
  const after = new Map<FactId, FactState>();
  for (const id of ids) {
    const now = storedFact(stored, id);
    const given = input.facts[id];
    const value = typeof given === "number" ? given : input.clearFactIds?.includes(id) ? null : now.value;
    after.set(id, {
      value,
      redLine: input.redLineFacts?.sideFactIds.includes(id) ? input.redLineFacts.marked.includes(id) : now.redLine,
      findingOnly: input.findingOnlyFacts?.sideFactIds.includes(id)
        ? input.findingOnlyFacts.marked.includes(id)
        : now.findingOnly,
    });
  }
  return after;
}

/** A new version, always after the stored one, even within the same millisecond. */
const nextVersion = (now: Date, stored: number | undefined) =>
  stored !== undefined && stored >= now.getTime() ? new Date(stored + 1) : now;

async function writeSideAnswers(input: SaveAnswersInput): Promise<SaveResult> {
  const now = new Date();
  return writeTransaction(async (tx) => {
    // The side's response is locked first, and the checks read after it: a submit, a replacement of the link or
    // another save of this side waits for this one, or this one for it.
    const [response] = await forUpdate(
      tx
        .select({
          submittedAt: tables.responses.submittedAt,
          kind: tables.responses.kind,
          partyId: tables.responses.partyId,
        })
        .from(tables.responses)
        .where(eq(tables.responses.id, input.responseId))
        .limit(1),
    );
    if (!(await authorityHolds(tx, input.authority))) return { status: "unauthorised" } as const;
    if (!response || response.submittedAt) return { status: "already_submitted" } as const;
    if (await closedWorkshopParticipant(tx, input.authority.checkId)) return { status: "closed" } as const;
    // A respondent's answers close with the side's: once the lead has submitted, nothing more is counted.
    if (response.kind === "respondent" && (await sideSubmitted(tx, response.partyId))) {
      return { status: "already_submitted" } as const;
    }

    // What is saved now, read inside the transaction: an unchanged answer is not rewritten (so its
    // version moves only when it really changes), and one changed since the page was loaded is refused.
    const { answers: stored, versions: before } = await readStored(tx, input.responseId);
    // The versions after this save: those read above, with each row this save writes or deletes.
    const after: AnswerVersions = { answers: { ...before.answers }, facts: { ...before.facts } };
    const facts = factsAfter(input, stored);
    const missing = [...facts].filter(([id, f]) => f.value === null && input.redLineFacts?.marked.includes(id));
    // Throwing rolls the whole save back: nothing is saved when the request is refused.
    if (missing.length > 0) throw new RedLineWithoutValue(missing.map(([id]) => id));
    const conflicts = findConflicts(input, stored, before, facts);
    if (conflicts.length > 0) return { status: "conflict", conflicts, versions: before } as const;

    let changed = false;
    for (const [itemId, answer] of Object.entries(input.answers)) {
      if (!answer) continue;
      const saved = stored.answers[itemId];
      if (saved && sameAnswer(saved, answer)) continue;
      const values = {
        preferred: answer.preferred,
        acceptableMin: answer.acceptable.min,
        acceptableMax: answer.acceptable.max,
        importance: answer.importance,
        redLine: answer.redLine,
        note: answer.note ?? null,
        fixed: answer.fixed ?? false,
        clause: answer.clause ?? null,
        noteShared: Boolean(answer.shareNote && answer.note),
        updatedAt: nextVersion(now, before.answers[itemId]),
      };
      after.answers[itemId] = values.updatedAt.getTime();
      await tx
        .insert(tables.answers)
        .values({ responseId: input.responseId, itemId, ...values })
        .onConflictDoUpdate({ target: [tables.answers.responseId, tables.answers.itemId], set: values });
      changed = true;
    }
    for (const [factId, next] of facts) {
      if (sameFact(storedFact(stored, factId), next)) continue;
      changed = true;
      if (next.value === null) {
        await tx
          .delete(tables.factAnswers)
          .where(and(eq(tables.factAnswers.responseId, input.responseId), eq(tables.factAnswers.factId, factId)));
        delete after.facts[factId];
        continue;
      }
      // A tick is part of the figure: changing one moves the figure's version too.
      const values = {
        value: next.value,
        redLine: next.redLine,
        findingOnly: next.findingOnly,
        updatedAt: nextVersion(now, before.facts[factId]),
      };
      after.facts[factId] = values.updatedAt.getTime();
      await tx
        .insert(tables.factAnswers)
        .values({ responseId: input.responseId, factId, ...values })
        .onConflictDoUpdate({ target: [tables.factAnswers.responseId, tables.factAnswers.factId], set: values });
    }
    // A page saved with nothing on it leaves the side as it was (still "not started" if it was).
    if (changed) {
      await tx.update(tables.responses).set({ updatedAt: now }).where(eq(tables.responses.id, input.responseId));
    }
    return { status: "saved", versions: after } as const;
  });
}

/** The questions this save would change although someone changed them after the page was loaded. */
function findConflicts(
  input: SaveAnswersInput,
  stored: SideAnswers,
  before: AnswerVersions,
  facts: ReadonlyMap<FactId, FactState>,
): SaveConflict[] {
  const seen = input.seen;
  if (!seen) return [];
  const conflicts: SaveConflict[] = [];
  for (const [itemId, answer] of Object.entries(input.answers)) {
    if (!answer || !(itemId in seen.answers)) continue;
    const saved = stored.answers[itemId] ?? null;
    if (saved && sameAnswer(saved, answer)) continue;
    if ((before.answers[itemId] ?? null) !== seen.answers[itemId]) {
      conflicts.push({ kind: "answer", id: itemId, saved, yours: answer });
    }
  }
  for (const [factId, yours] of facts) {
    if (!(factId in seen.facts)) continue;
    const saved = storedFact(stored, factId);
    if (sameFact(saved, yours)) continue;
    if ((before.facts[factId] ?? null) !== seen.facts[factId]) {
      conflicts.push({ kind: "fact", id: factId, saved, yours });
    }
  }
  return conflicts;
}

/** Whether a party's side answers have been submitted (read, not locked: a board submit locks every response first). */
export async function sideSubmitted(reader: Reader, partyId: string): Promise<boolean> {
  const [row] = await reader
    .select({ submittedAt: tables.responses.submittedAt })
    .from(tables.responses)
    .where(and(eq(tables.responses.partyId, partyId), eq(tables.responses.kind, "side")))
    .limit(1);
  return Boolean(row?.submittedAt);
}

export type SubmitResult =
  | { status: "submitted" }
  | { status: "already_submitted" }
  | { status: "unauthorised" }
  /** A workshop participant's submission once the workshop has closed to new answers (issue 18). */
  | { status: "closed" }
  | { status: "incomplete"; missing: string[] };

/**
 * Locks a side's answers if every item and fact is answered; otherwise lists
 * what is missing. Who is submitting, and what is answered, are read inside
 * the same write transaction as the lock.
 */
export async function submitResponse(input: {
  responseId: string;
  questionnaire: Questionnaire;
  side: Side;
  authority: Authority;
  /** A board's lead may replace combined answers as it submits (saved first, in the same transaction). */
  overrides?: Readonly<Partial<Record<string, OverrideInput>>>;
}): Promise<SubmitResult> {
  return writeTransaction(async (tx): Promise<SubmitResult> => {
    // Both sides' responses are locked first (in one order, so two submits cannot deadlock): a save of this side
    // waits, and of two sides submitting at once the second sees the first, so one of them queues "result ready".
    await forUpdate(
      tx
        .select({ id: tables.responses.id })
        .from(tables.responses)
        .innerJoin(tables.parties, eq(tables.parties.id, tables.responses.partyId))
        .where(eq(tables.parties.checkId, input.authority.checkId))
        .orderBy(tables.responses.id),
      tables.responses,
    );
    if (!(await authorityHolds(tx, input.authority))) return { status: "unauthorised" };
    const [response] = await tx
      .select({ kind: tables.responses.kind, partyId: tables.responses.partyId })
      .from(tables.responses)
      .where(eq(tables.responses.id, input.responseId))
      .limit(1);
    if (!response) return { status: "unauthorised" };
    if (await closedWorkshopParticipant(tx, input.authority.checkId)) return { status: "closed" };
    if (response.kind === "respondent") return submitRespondentAnswers(tx, input, response.partyId);
    if (await hasRespondents(tx, response.partyId)) {
      return submitBoardAnswers(tx, { ...input, partyId: response.partyId });
    }
    const { answers } = await readStored(tx, input.responseId);
    const missing = missingAnswers(input.questionnaire, input.side, answers);
    if (missing.length > 0) return { status: "incomplete", missing };
    // Only a still-open response is locked; a replayed submit finds nothing to update.
    const locked = await tx
      .update(tables.responses)
      .set({ submittedAt: new Date() })
      .where(and(eq(tables.responses.id, input.responseId), isNull(tables.responses.submittedAt)))
      .returning({ id: tables.responses.id });
    if (locked.length !== 1) return { status: "already_submitted" } as const;
    // The emails this submission causes are queued in its own transaction: committed with it, or not at all.
    await queueSubmitNotifications(tx, input.responseId);
    return { status: "submitted" } as const;
  });
}
