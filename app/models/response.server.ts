import { and, eq, inArray, isNull } from "drizzle-orm";
import { missingAnswers } from "~/domain/report";
import type { Answer, FactId, Position, Questionnaire, Side, SideAnswers } from "~/domain/types";
import { db, tables, writeTransaction, type WriteTransaction } from "~/db.server";
import { queueSubmitNotifications } from "./notification.server";
import { authorityHolds, type Authority } from "./session.server";

/** One side's own answers and facts, exactly as saved (only what has been given). */
export async function getSideAnswers(responseId: string): Promise<SideAnswers> {
  return readSideAnswers(db(), responseId);
}

function readSideAnswers(reader: WriteTransaction | ReturnType<typeof db>, responseId: string): SideAnswers {
  const answerRows = reader.select().from(tables.answers).where(eq(tables.answers.responseId, responseId)).all();
  const factRows = reader.select().from(tables.factAnswers).where(eq(tables.factAnswers.responseId, responseId)).all();
  const result: SideAnswers = { answers: {}, facts: {} };
  for (const row of answerRows) {
    result.answers[row.itemId] = {
      preferred: row.preferred as Position,
      acceptable: { min: row.acceptableMin as Position, max: row.acceptableMax as Position },
      importance: row.importance as Answer["importance"],
      redLine: row.redLine,
      ...(row.note ? { note: row.note } : {}),
      ...(row.fixed ? { fixed: true } : {}),
      ...(row.clause ? { clause: row.clause } : {}),
    };
  }
  const redLineFacts: FactId[] = [];
  for (const row of factRows) {
    result.facts[row.factId as FactId] = row.value;
    if (row.redLine) redLineFacts.push(row.factId as FactId);
  }
  if (redLineFacts.length > 0) result.redLineFacts = redLineFacts;
  return result;
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
}

export type SaveResult =
  | { status: "saved" }
  | { status: "unauthorised" }
  | { status: "already_submitted" }
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

async function writeSideAnswers(input: SaveAnswersInput): Promise<SaveResult> {
  const now = new Date();
  return writeTransaction((tx) => {
    if (!authorityHolds(tx, input.authority)) return { status: "unauthorised" } as const;
    const response = tx
      .select({ submittedAt: tables.responses.submittedAt })
      .from(tables.responses)
      .where(eq(tables.responses.id, input.responseId))
      .get();
    if (!response || response.submittedAt) return { status: "already_submitted" } as const;

    let changed = false;
    for (const [itemId, answer] of Object.entries(input.answers)) {
      if (!answer) continue;
      const values = {
        preferred: answer.preferred,
        acceptableMin: answer.acceptable.min,
        acceptableMax: answer.acceptable.max,
        importance: answer.importance,
        redLine: answer.redLine,
        note: answer.note ?? null,
        fixed: answer.fixed ?? false,
        clause: answer.clause ?? null,
        updatedAt: now,
      };
      tx.insert(tables.answers)
        .values({ responseId: input.responseId, itemId, ...values })
        .onConflictDoUpdate({ target: [tables.answers.responseId, tables.answers.itemId], set: values })
        .run();
      changed = true;
    }
    for (const [factId, value] of Object.entries(input.facts)) {
      if (typeof value !== "number") continue;
      tx.insert(tables.factAnswers)
        .values({ responseId: input.responseId, factId, value, updatedAt: now })
        .onConflictDoUpdate({
          target: [tables.factAnswers.responseId, tables.factAnswers.factId],
          set: { value, updatedAt: now },
        })
        .run();
      changed = true;
    }
    if (input.clearFactIds?.length) {
      const cleared = tx
        .delete(tables.factAnswers)
        .where(
          and(
            eq(tables.factAnswers.responseId, input.responseId),
            inArray(tables.factAnswers.factId, [...input.clearFactIds]),
          ),
        )
        .run();
      if (cleared.changes > 0) changed = true;
    }
    if (input.redLineFacts) {
      const { marked, sideFactIds } = input.redLineFacts;
      const present = new Set(
        tx
          .select({ factId: tables.factAnswers.factId })
          .from(tables.factAnswers)
          .where(eq(tables.factAnswers.responseId, input.responseId))
          .all()
          .map((row) => row.factId),
      );
      const missing = marked.filter((id) => !present.has(id));
      if (missing.length > 0) {
        // Throwing rolls the whole save back: nothing is saved when the request is refused.
        throw new RedLineWithoutValue(missing);
      }
      for (const factId of sideFactIds) {
        if (!present.has(factId)) continue;
        tx.update(tables.factAnswers)
          .set({ redLine: marked.includes(factId) })
          .where(and(eq(tables.factAnswers.responseId, input.responseId), eq(tables.factAnswers.factId, factId)))
          .run();
      }
      changed = true;
    }
    // A page saved with nothing on it leaves the side as it was (still "not started" if it was).
    if (changed) {
      tx.update(tables.responses).set({ updatedAt: now }).where(eq(tables.responses.id, input.responseId)).run();
    }
    return { status: "saved" } as const;
  });
}

export type SubmitResult =
  | { status: "submitted" }
  | { status: "already_submitted" }
  | { status: "unauthorised" }
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
}): Promise<SubmitResult> {
  return writeTransaction((tx): SubmitResult => {
    if (!authorityHolds(tx, input.authority)) return { status: "unauthorised" };
    const missing = missingAnswers(input.questionnaire, input.side, readSideAnswers(tx, input.responseId));
    if (missing.length > 0) return { status: "incomplete", missing };
    // Only a still-open response is locked; a replayed submit finds nothing to update.
    const locked = tx
      .update(tables.responses)
      .set({ submittedAt: new Date() })
      .where(and(eq(tables.responses.id, input.responseId), isNull(tables.responses.submittedAt)))
      .run();
    if (locked.changes !== 1) return { status: "already_submitted" } as const;
    // The emails this submission causes are queued in its own transaction: committed with it, or not at all.
    queueSubmitNotifications(tx, input.responseId);
    return { status: "submitted" } as const;
  });
}
