/**
 * Several respondents per side (issue 16): the people a side's lead invites to
 * answer alone, the board's combined answer, the lead's overrides, and the
 * submission of one considered side. The combination rule itself is pure and
 * lives in app/domain/combine.ts (docs/method.md, "When several people answer
 * for one side"); this module only reads and writes.
 *
 * Rows: the side's own response (kind "side") holds the figures and the lead's
 * own answers, and after submission the side's submitted answer, which the
 * report reads exactly as before. Each respondent has a response of kind
 * "respondent" and an invitation (role "vcs-respondent" or "prime-respondent")
 * that is claimed like a side's, so the lead who sent it cannot open it later.
 * When the side submits, the lead's own answers are kept as a response of kind
 * "lead", so the spread can be shown again from the stored rows.
 */
import { and, asc, eq, inArray, isNotNull, isNull } from "drizzle-orm";
import { combineSide, SPREAD_THRESHOLD, type CombinedItem, type ItemSpread } from "~/domain/combine";
import { missingAnswers } from "~/domain/report";
import type { Answer, Position, Questionnaire, Side, SideAnswers, SideStatus } from "~/domain/types";
import { db, forUpdate, tables, writeTransaction, type WriteTransaction } from "~/db.server";
import { respondentRoleOf, type SealKeys } from "./check.server";
import { queueSubmitNotifications } from "./notification.server";
import { answerOf, readStored, type Reader, type SubmitResult } from "./response.server";
import { authorityHolds, type Authority } from "./session.server";
import { generateId, generateToken, hashToken, isWellFormedId, seal, unseal } from "./tokens.server";

/** At most this many respondents per side: a board, a senior team, a partnerships team. */
export const MAX_RESPONDENTS = 30;

export interface RespondentSummary {
  id: string;
  label: string | null;
  status: SideStatus;
  /** The invitation while nobody has accepted it (null if it can no longer be unsealed), or accepted. */
  invitation: { state: "unclaimed"; token: string | null } | { state: "claimed" };
  createdAt: Date;
}

export type InviteResult =
  | { status: "invited"; id: string; token: string }
  | { status: "unauthorised" }
  | { status: "already_submitted" }
  | { status: "too_many" };

/**
 * Invites one respondent for the lead's side: a response of their own and an
 * invitation to claim it. Only whoever holds the side's own link may, until the
 * side has submitted. The side counts as started from then on, so the check's
 * owner can no longer hand the side's invitation to someone else.
 */
export async function inviteRespondent(input: {
  authority: Authority;
  side: Side;
  label?: string | undefined;
  keys: SealKeys;
}): Promise<InviteResult> {
  const now = new Date();
  return writeTransaction(async (tx): Promise<InviteResult> => {
    const side = await lockSideResponses(tx, input.authority.checkId, input.side);
    if (!side || !(await authorityHolds(tx, input.authority))) return { status: "unauthorised" };
    if (side.submittedAt) return { status: "already_submitted" };
    // Counted again after the lock, in a statement of its own: under READ COMMITTED an invitation that committed
    // while this one waited is in a new statement's snapshot, so two at once cannot pass the limit together.
    const existing = await tx
      .select({ id: tables.responses.id })
      .from(tables.responses)
      .where(and(eq(tables.responses.partyId, side.partyId), eq(tables.responses.kind, "respondent")));
    if (existing.length >= MAX_RESPONDENTS) return { status: "too_many" };
    const id = generateId();
    const token = generateToken();
    await tx.insert(tables.responses).values({
      id,
      partyId: side.partyId,
      kind: "respondent",
      label: input.label || null,
      createdAt: now,
    });
    await tx.insert(tables.accessTokens).values({
      tokenHash: hashToken(token),
      checkId: input.authority.checkId,
      role: respondentRoleOf(input.side),
      partyId: side.partyId,
      responseId: id,
      kind: "invitation",
      sealedToken: seal(token, input.keys.seal),
      createdAt: now,
    });
    await tx
      .update(tables.responses)
      .set({ updatedAt: now })
      .where(and(eq(tables.responses.id, side.id), isNull(tables.responses.updatedAt)));
    return { status: "invited", id, token };
  });
}

/**
 * Locks every response of a side (the side's own and each respondent's, in id
 * order, as a submission locks them) and returns the side's own, with how many
 * respondents it has.
 */
async function lockSideResponses(tx: WriteTransaction, checkId: string, side: Side) {
  const rows = await forUpdate(
    tx
      .select({
        id: tables.responses.id,
        partyId: tables.responses.partyId,
        kind: tables.responses.kind,
        submittedAt: tables.responses.submittedAt,
      })
      .from(tables.responses)
      .innerJoin(tables.parties, eq(tables.parties.id, tables.responses.partyId))
      .where(and(eq(tables.parties.checkId, checkId), eq(tables.parties.role, side)))
      .orderBy(asc(tables.responses.id)),
    tables.responses,
  );
  const own = rows.find((row) => row.kind === "side");
  return own ? { ...own, respondents: rows.filter((row) => row.kind === "respondent").length } : null;
}

/** The respondents a side's lead has invited, oldest first: labels and statuses, never answers. */
export async function listRespondents(partyId: string, keys: SealKeys): Promise<RespondentSummary[]> {
  const rows = await db()
    .select({
      id: tables.responses.id,
      label: tables.responses.label,
      createdAt: tables.responses.createdAt,
      updatedAt: tables.responses.updatedAt,
      submittedAt: tables.responses.submittedAt,
    })
    .from(tables.responses)
    .where(and(eq(tables.responses.partyId, partyId), eq(tables.responses.kind, "respondent")))
    .orderBy(asc(tables.responses.createdAt), asc(tables.responses.id));
  if (rows.length === 0) return [];
  const invitations = await db()
    .select({
      responseId: tables.accessTokens.responseId,
      claimedAt: tables.accessTokens.claimedAt,
      sealedToken: tables.accessTokens.sealedToken,
    })
    .from(tables.accessTokens)
    .where(
      and(
        inArray(
          tables.accessTokens.responseId,
          rows.map((row) => row.id),
        ),
        eq(tables.accessTokens.kind, "invitation"),
        isNull(tables.accessTokens.revokedAt),
      ),
    );
  return rows.map((row) => {
    const invitation = invitations.find((i) => i.responseId === row.id);
    return {
      id: row.id,
      label: row.label,
      status: row.submittedAt ? "submitted" : row.updatedAt ? "in_progress" : "not_started",
      invitation:
        invitation && !invitation.claimedAt
          ? { state: "unclaimed", token: invitation.sealedToken ? unseal(invitation.sealedToken, keys.open) : null }
          : { state: "claimed" },
      createdAt: row.createdAt,
    };
  });
}

/** Whether a party's side has invited anyone: then it submits a combined answer. */
export async function hasRespondents(reader: Reader, partyId: string): Promise<boolean> {
  const [row] = await reader
    .select({ id: tables.responses.id })
    .from(tables.responses)
    .where(and(eq(tables.responses.partyId, partyId), eq(tables.responses.kind, "respondent")))
    .limit(1);
  return Boolean(row);
}

/** Whether a party's side has invited anyone (read outside any write). */
export async function sideHasRespondents(partyId: string): Promise<boolean> {
  return hasRespondents(db(), partyId);
}

/** How many respondents a side has invited, and how many have submitted. */
export async function respondentCounts(partyId: string): Promise<{ invited: number; submitted: number }> {
  const rows = await db()
    .select({ submittedAt: tables.responses.submittedAt })
    .from(tables.responses)
    .where(and(eq(tables.responses.partyId, partyId), eq(tables.responses.kind, "respondent")));
  return { invited: rows.length, submitted: rows.filter((row) => row.submittedAt).length };
}

export type WithdrawResult =
  { status: "withdrawn" } | { status: "unauthorised" | "already_submitted" | "not_found" | "counted" };

/**
 * Withdraws an invitation: the respondent's link stops working and their
 * answers are deleted with their response. Refused once they have submitted
 * (their answers are counted, and the difference would show them), and once
 * the side has submitted.
 */
export async function withdrawRespondent(input: {
  authority: Authority;
  side: Side;
  respondentId: string;
}): Promise<WithdrawResult> {
  if (!isWellFormedId(input.respondentId)) return { status: "not_found" };
  return writeTransaction(async (tx): Promise<WithdrawResult> => {
    const side = await lockSideResponses(tx, input.authority.checkId, input.side);
    if (!side || !(await authorityHolds(tx, input.authority))) return { status: "unauthorised" };
    if (side.submittedAt) return { status: "already_submitted" };
    // Someone who has submitted is part of the board's answer: taking them out again would let the lead read
    // their answers from the difference, so their answers stay.
    const [respondent] = await tx
      .select({ submittedAt: tables.responses.submittedAt })
      .from(tables.responses)
      .where(and(eq(tables.responses.id, input.respondentId), eq(tables.responses.partyId, side.partyId)))
      .limit(1);
    if (respondent?.submittedAt) return { status: "counted" };
    const deleted = await tx
      .delete(tables.responses)
      .where(
        and(
          eq(tables.responses.id, input.respondentId),
          eq(tables.responses.partyId, side.partyId),
          eq(tables.responses.kind, "respondent"),
        ),
      )
      .returning({ id: tables.responses.id });
    return deleted.length === 1 ? { status: "withdrawn" } : { status: "not_found" };
  });
}

/** A combined answer the lead replaced, and why. */
export interface Override {
  answer: Answer;
  reason: string;
}

export interface OverrideInput {
  answer: Answer;
  reason: string;
}

export type OverrideResult = { status: "saved" } | { status: "unauthorised" | "already_submitted" };

/** Keeps (or, with `override: null`, removes) the lead's replacement of one combined answer. */
export async function saveOverride(input: {
  authority: Authority;
  side: Side;
  itemId: string;
  override: OverrideInput | null;
}): Promise<OverrideResult> {
  return writeTransaction(async (tx): Promise<OverrideResult> => {
    const side = await lockSideResponses(tx, input.authority.checkId, input.side);
    if (!side || !(await authorityHolds(tx, input.authority))) return { status: "unauthorised" };
    if (side.submittedAt) return { status: "already_submitted" };
    if (input.override) await storeOverride(tx, side.id, input.itemId, input.override);
    else {
      await tx
        .delete(tables.overrides)
        .where(and(eq(tables.overrides.responseId, side.id), eq(tables.overrides.itemId, input.itemId)));
    }
    return { status: "saved" };
  });
}

async function storeOverride(tx: WriteTransaction, responseId: string, itemId: string, override: OverrideInput) {
  const values = {
    preferred: override.answer.preferred,
    acceptableMin: override.answer.acceptable.min,
    acceptableMax: override.answer.acceptable.max,
    importance: override.answer.importance,
    redLine: override.answer.redLine,
    reason: override.reason,
    updatedAt: new Date(),
  };
  await tx
    .insert(tables.overrides)
    .values({ responseId, itemId, ...values })
    .onConflictDoUpdate({ target: [tables.overrides.responseId, tables.overrides.itemId], set: values });
}

/** The lead's overrides of a side, by item. */
export async function getOverrides(reader: Reader, sideResponseId: string): Promise<Record<string, Override>> {
  const rows = await reader.select().from(tables.overrides).where(eq(tables.overrides.responseId, sideResponseId));
  const overrides: Record<string, Override> = {};
  for (const row of rows) {
    overrides[row.itemId] = {
      reason: row.reason,
      answer: {
        preferred: row.preferred as Position,
        acceptable: { min: row.acceptableMin as Position, max: row.acceptableMax as Position },
        importance: row.importance as Answer["importance"],
        redLine: row.redLine,
      },
    };
  }
  return overrides;
}

/** The answer sets that count toward a side's combined answer, and the notes their authors shared with the lead. */
interface Counted {
  sets: SideAnswers[];
  /** Whether the lead's own answers are among them (they count once every item is answered). */
  leadCounted: boolean;
  sharedNotes: Record<string, string[]>;
}

/**
 * Submitted respondents' answers, and the lead's own: from the side's response
 * while the side is open (counted once every item is answered), from the kept
 * "lead" response after it has submitted.
 */
async function countedAnswers(
  reader: Reader,
  questionnaire: Questionnaire,
  side: { partyId: string; responseId: string; submitted: boolean },
): Promise<Counted> {
  const kinds = side.submitted ? ["respondent", "lead"] : ["respondent"];
  const rows = await reader
    .select({ id: tables.responses.id, kind: tables.responses.kind })
    .from(tables.responses)
    .where(
      and(
        eq(tables.responses.partyId, side.partyId),
        inArray(tables.responses.kind, kinds),
        isNotNull(tables.responses.submittedAt),
      ),
    );
  const sets: SideAnswers[] = [];
  const sharedNotes: Record<string, string[]> = {};
  let leadCounted = false;
  // Every counted person's answers in one read, not two reads a person (a board of 30 read in 42 ms at p50 that
  // way, against 18 ms for one person: docs/benchmarks.md, "A board").
  const byResponse = new Map<string, SideAnswers>(rows.map((row) => [row.id, { answers: {}, facts: {} }]));
  if (rows.length > 0) {
    const answerRows = await reader
      .select()
      .from(tables.answers)
      .where(
        inArray(
          tables.answers.responseId,
          rows.map((row) => row.id),
        ),
      );
    for (const answerRow of answerRows) {
      const answer = answerOf(answerRow);
      byResponse.get(answerRow.responseId)!.answers[answerRow.itemId] = answer;
      if (answer.shareNote && answer.note) (sharedNotes[answerRow.itemId] ??= []).push(answer.note);
    }
  }
  for (const row of rows) {
    sets.push(byResponse.get(row.id)!);
    if (row.kind === "lead") leadCounted = true;
  }
  if (side.submitted && rows.length === 0 && !(await hasRespondents(reader, side.partyId))) {
    // A side answered by one person, as before respondents: its own answers are the one set.
    const { answers: own } = await readStored(reader, side.responseId);
    sets.push({ answers: own.answers, facts: {} });
    leadCounted = true;
  } else if (!side.submitted) {
    const { answers: own } = await readStored(reader, side.responseId);
    if (itemsComplete(questionnaire, own)) {
      sets.push({ answers: own.answers, facts: {} });
      leadCounted = true;
    }
  }
  // Sorted, so the order of the notes says nothing about who wrote which.
  for (const notes of Object.values(sharedNotes)) notes.sort((a, b) => a.localeCompare(b, "en-GB"));
  return { sets, leadCounted, sharedNotes };
}

const itemsComplete = (questionnaire: Questionnaire, given: SideAnswers) =>
  questionnaire.dimensions.every((d) => d.items.every((item) => Boolean(given.answers[item.id])));

export interface BoardView {
  /** Respondents invited (not counting the lead). */
  invited: number;
  /** Answer sets counted: submitted respondents, and the lead's own once complete. */
  submitted: number;
  leadCounted: boolean;
  combined: Record<string, CombinedItem>;
  /**
   * Per item, only once at least SPREAD_THRESHOLD respondents other than the lead have submitted (to protect
   * candour); otherwise null.
   */
  spread: Record<string, ItemSpread> | null;
  /** Notes respondents chose to share with the lead, by item, in no particular order. */
  sharedNotes: Record<string, string[]>;
  overrides: Record<string, Override>;
  /** What the side would submit now: each item's override, or else its combined answer, with the figures. */
  answers: SideAnswers;
  /** Item and figure ids with no answer yet. */
  missing: string[];
}

/**
 * What a side's lead sees of the board: the combined answer, the spread once
 * the threshold is met, shared notes and overrides. Never who said what.
 */
export async function getBoard(input: {
  questionnaire: Questionnaire;
  side: Side;
  partyId: string;
  responseId: string;
  submitted: boolean;
}): Promise<BoardView> {
  return boardOf(db(), input);
}

async function boardOf(
  reader: Reader,
  input: { questionnaire: Questionnaire; side: Side; partyId: string; responseId: string; submitted: boolean },
): Promise<BoardView> {
  // One after another: inside a write transaction every read goes through the one connection anyway.
  const invitedRows = await reader
    .select({ id: tables.responses.id })
    .from(tables.responses)
    .where(and(eq(tables.responses.partyId, input.partyId), eq(tables.responses.kind, "respondent")));
  const counted = await countedAnswers(reader, input.questionnaire, input);
  const overrides = await getOverrides(reader, input.responseId);
  const stored = await readStored(reader, input.responseId);
  const combined = combineSide(input.questionnaire, counted.sets);
  const own = stored.answers;
  const answers: SideAnswers = { ...own, answers: {} };
  for (const dimension of input.questionnaire.dimensions) {
    for (const item of dimension.items) {
      const chosen = overrides[item.id]?.answer ?? combined[item.id]?.answer;
      if (!chosen) continue;
      // The lead's note, fixed term and clause travel with the side's answer, as the figures do.
      const lead = own.answers[item.id];
      answers.answers[item.id] = {
        ...chosen,
        ...(lead?.note ? { note: lead.note } : {}),
        ...(lead?.fixed ? { fixed: true } : {}),
        ...(lead?.clause ? { clause: lead.clause } : {}),
      };
    }
  }
  const submitted = counted.sets.length;
  // The lead's own answers count in the combination but never toward the threshold: the lead knows them, so a
  // spread of the lead and two others would show the lead those two people's answers exactly.
  const others = submitted - (counted.leadCounted ? 1 : 0);
  return {
    invited: invitedRows.length,
    submitted,
    leadCounted: counted.leadCounted,
    combined,
    spread:
      others >= SPREAD_THRESHOLD
        ? Object.fromEntries(Object.entries(combined).map(([id, item]) => [id, item.spread]))
        : null,
    sharedNotes: counted.sharedNotes,
    overrides,
    answers: input.submitted ? own : answers,
    missing: missingAnswers(input.questionnaire, input.side, input.submitted ? own : answers),
  };
}

/**
 * Submits a board's side (called by submitResponse with every response of the
 * check locked): saves any overrides sent with it, combines the counted
 * answers, refuses if an item or figure is still unanswered, keeps the lead's
 * own answers as a "lead" response if they counted, and writes the combined
 * answer in their place as the side's submitted answer.
 */
export async function submitBoardAnswers(
  tx: WriteTransaction,
  input: {
    responseId: string;
    partyId: string;
    questionnaire: Questionnaire;
    side: Side;
    overrides?: Readonly<Partial<Record<string, OverrideInput>>> | undefined;
  },
): Promise<SubmitResult> {
  const [row] = await tx
    .select({ submittedAt: tables.responses.submittedAt })
    .from(tables.responses)
    .where(eq(tables.responses.id, input.responseId))
    .limit(1);
  if (!row || row.submittedAt) return { status: "already_submitted" };
  for (const [itemId, override] of Object.entries(input.overrides ?? {})) {
    if (override) await storeOverride(tx, input.responseId, itemId, override);
  }
  const board = await boardOf(tx, { ...input, submitted: false });
  if (board.missing.length > 0) return { status: "incomplete", missing: board.missing };
  const now = new Date();
  const { answers: own } = await readStored(tx, input.responseId);
  if (board.leadCounted) {
    const leadId = generateId();
    await tx.insert(tables.responses).values({
      id: leadId,
      partyId: input.partyId,
      kind: "lead",
      createdAt: now,
      updatedAt: now,
      submittedAt: now,
    });
    await insertAnswers(tx, leadId, own.answers, now);
  }
  await tx.delete(tables.answers).where(eq(tables.answers.responseId, input.responseId));
  await insertAnswers(tx, input.responseId, board.answers.answers, now);
  await tx
    .update(tables.responses)
    .set({ submittedAt: now, updatedAt: now })
    .where(eq(tables.responses.id, input.responseId));
  await queueSubmitNotifications(tx, input.responseId);
  return { status: "submitted" };
}

async function insertAnswers(
  tx: WriteTransaction,
  responseId: string,
  answers: Partial<Record<string, Answer>>,
  now: Date,
) {
  const rows = Object.entries(answers).flatMap(([itemId, answer]) =>
    answer
      ? [
          {
            responseId,
            itemId,
            preferred: answer.preferred,
            acceptableMin: answer.acceptable.min,
            acceptableMax: answer.acceptable.max,
            importance: answer.importance,
            redLine: answer.redLine,
            note: answer.note ?? null,
            fixed: answer.fixed ?? false,
            clause: answer.clause ?? null,
            noteShared: false,
            updatedAt: now,
          },
        ]
      : [],
  );
  if (rows.length > 0) await tx.insert(tables.answers).values(rows);
}

/** Submits one respondent's own answers (every item; the figures are the lead's), while the side is still open. */
export async function submitRespondentAnswers(
  tx: WriteTransaction,
  input: { responseId: string; questionnaire: Questionnaire },
  partyId: string,
): Promise<SubmitResult> {
  const [row] = await tx
    .select({ submittedAt: tables.responses.submittedAt })
    .from(tables.responses)
    .where(eq(tables.responses.id, input.responseId))
    .limit(1);
  if (!row || row.submittedAt) return { status: "already_submitted" };
  const [side] = await tx
    .select({ submittedAt: tables.responses.submittedAt })
    .from(tables.responses)
    .where(and(eq(tables.responses.partyId, partyId), eq(tables.responses.kind, "side")))
    .limit(1);
  if (side?.submittedAt) return { status: "already_submitted" };
  const { answers } = await readStored(tx, input.responseId);
  const missing = input.questionnaire.dimensions.flatMap((d) =>
    d.items.filter((item) => !answers.answers[item.id]).map((item) => item.id),
  );
  if (missing.length > 0) return { status: "incomplete", missing };
  await tx.update(tables.responses).set({ submittedAt: new Date() }).where(eq(tables.responses.id, input.responseId));
  return { status: "submitted" };
}

/** What the report shows of a submitted side's board: how many answered, the spread once the threshold is met, and the lead's overrides. */
export interface SideBoardReport {
  respondents: number;
  spread: Record<string, ItemSpread> | null;
  /** The board's combined preferred position per item, before any override (the spread rings it). */
  combined: Record<string, Position>;
  overrides: Record<string, Override>;
}

/** For the report: a submitted side's board, or `{ respondents: 1 }` for a side answered by one person. */
export async function getSubmittedBoard(input: {
  questionnaire: Questionnaire;
  side: Side;
  partyId: string;
  responseId: string;
}): Promise<SideBoardReport> {
  const [any] = await db()
    .select({ id: tables.responses.id })
    .from(tables.responses)
    .where(and(eq(tables.responses.partyId, input.partyId), inArray(tables.responses.kind, ["respondent", "lead"])))
    .limit(1);
  if (!any) return { respondents: 1, spread: null, overrides: {}, combined: {} };
  const board = await boardOf(db(), { ...input, submitted: true });
  const combined: Record<string, Position> = {};
  for (const [id, item] of Object.entries(board.combined)) combined[id] = item.answer.preferred;
  return { respondents: board.submitted, spread: board.spread, overrides: board.overrides, combined };
}

/** A respondent's own response: their label and status (never anyone else's). */
export async function getRespondent(
  responseId: string | null,
): Promise<{ id: string; partyId: string; label: string | null; status: SideStatus } | null> {
  if (!responseId) return null;
  const [row] = await db()
    .select()
    .from(tables.responses)
    .where(and(eq(tables.responses.id, responseId), eq(tables.responses.kind, "respondent")))
    .limit(1);
  if (!row) return null;
  return {
    id: row.id,
    partyId: row.partyId,
    label: row.label,
    status: row.submittedAt ? "submitted" : row.updatedAt ? "in_progress" : "not_started",
  };
}
