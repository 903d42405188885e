/**
 * Workshops run by infrastructure bodies (issue 18; docs/architecture.md,
 * "Workshops"). A workshop is a check of its own whose prime side is the
 * scenario: a built-in profile's answers, stored as a submitted prime response
 * when the workshop is made, or the facilitator's own answers (a custom
 * scenario, answered on the ordinary side pages). Its VCS side is a placeholder
 * nobody answers. Each participant is an ordinary check with only its VCS side;
 * getCheckSummary gives it the workshop's prime side, so the participant's
 * private result is getReport's, by the same engine, and sealed the same way.
 *
 * A participant's check has no owner link: only the participant opens it. The
 * facilitator, who holds the workshop's owner link, reads only the room's
 * figures (getWorkshopFigures), and those only once three have submitted.
 */
import { and, asc, count, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { currentQuestionnaire, parseSections, questionnaireFor, type QuestionSet } from "~/domain/questionnaires";
import {
  countedOf,
  CUSTOM_SCENARIO,
  deleteAnswersAfter,
  figuresShown,
  isJoinCode,
  JOIN_CODE_LENGTH,
  MAX_PARTICIPANTS,
  normaliseJoinCode,
  type ItemFigures,
  type WorkshopFigures,
  type WorkshopSummary,
} from "~/domain/workshop";
import { getWorkshopProfile, profileSideAnswers } from "~/domain/workshop-profiles";
import type { FlagCode, Position } from "~/domain/types";
import { db, forUpdate, tables, writeTransaction, type WriteTransaction } from "~/db.server";
import { getCheckSummary } from "./check.server";
import { forgetReport, getReport } from "./report.server";
import { authorityHolds, type Authority } from "./session.server";
import { generateCode, generateId, generateToken, hashToken, isWellFormedId } from "./tokens.server";

/** The placeholder name of a workshop's own VCS side: nobody answers it, and no page shows it as a party. */
export const WORKSHOP_VCS_PLACEHOLDER = "Each participant";
/** A participant who gave no name: how its own pages and summary speak of it. */
export const UNNAMED_PARTICIPANT = "Your organisation";

export interface NewWorkshop {
  title: string;
  /** YYYY-MM-DD. */
  heldOn: string;
  /** A built-in profile's id (for the current bank), or "custom". */
  profile: string;
  /** The scenario prime's name for a custom scenario (a built-in profile names its own). */
  primeName?: string | undefined;
  questionSet: QuestionSet;
  /** The sections asked (ids), or null for every section. */
  sections: readonly string[] | null;
  retentionDays: number;
  /** Defaults to the current bank; an earlier one only for tests and tools. */
  questionnaireVersion?: string | undefined;
}

export interface CreatedWorkshop {
  id: string;
  checkId: string;
  joinCode: string;
  /** The facilitator's link; for a custom scenario also the prime's (the facilitator answers it, already claimed). */
  tokens: { owner: string; prime: string | null };
}

export class UnknownProfile extends Error {
  constructor(readonly profile: string) {
    super(`No built-in workshop profile ${profile}`);
  }
}

/** Creates a workshop: its own check, the scenario's prime side (answered and submitted for a built-in profile). */
export async function createWorkshop(input: NewWorkshop): Promise<CreatedWorkshop> {
  const version = input.questionnaireVersion ?? currentQuestionnaire().version;
  const custom = input.profile === CUSTOM_SCENARIO;
  const profile = custom ? null : getWorkshopProfile(input.profile);
  if (!custom && (!profile || profile.bankVersion !== version)) throw new UnknownProfile(input.profile);
  const questionnaire = questionnaireFor(version, input.questionSet, input.sections);
  if (!questionnaire) throw new Error(`Unknown questionnaire version ${version}`);
  const id = generateId();
  const checkId = generateId();
  const tokens = { owner: generateToken(), prime: custom ? generateToken() : null };
  const now = new Date();
  return writeTransaction(async (tx) => {
    let joinCode = generateCode(JOIN_CODE_LENGTH);
    // 40 bits make a clash unlikely before a million workshops; one is still checked for, and a new code drawn.
    while (await workshopWithCode(tx, joinCode)) joinCode = generateCode(JOIN_CODE_LENGTH);
    await tx.insert(tables.checks).values({
      id: checkId,
      title: input.title,
      questionnaireVersion: version,
      questionSet: input.questionSet,
      sections: questionnaire.sections ? questionnaire.sections.join(",") : null,
      createdAt: now,
    });
    await tx
      .insert(tables.accessTokens)
      .values({ tokenHash: hashToken(tokens.owner), checkId, role: "owner", createdAt: now });
    const vcsParty = generateId();
    await tx
      .insert(tables.parties)
      .values({ id: vcsParty, checkId, role: "vcs", name: WORKSHOP_VCS_PLACEHOLDER, createdAt: now });
    await tx.insert(tables.responses).values({ id: generateId(), partyId: vcsParty, createdAt: now });
    const primeParty = generateId();
    const primeResponse = generateId();
    await tx.insert(tables.parties).values({
      id: primeParty,
      checkId,
      role: "prime",
      name: profile ? profile.primeName : (input.primeName ?? "The scenario prime"),
      createdAt: now,
    });
    await tx.insert(tables.responses).values({
      id: primeResponse,
      partyId: primeParty,
      createdAt: now,
      // A built-in scenario is answered and submitted as the workshop is made: it is content, not anyone's answers.
      ...(profile ? { updatedAt: now, submittedAt: now } : {}),
    });
    if (tokens.prime) {
      await tx.insert(tables.accessTokens).values({
        tokenHash: hashToken(tokens.prime),
        checkId,
        role: "prime",
        partyId: primeParty,
        kind: "link",
        createdAt: now,
      });
    }
    if (profile) {
      const given = profileSideAnswers(profile);
      const itemIds = questionnaire.dimensions.flatMap((d) => d.items.map((i) => i.id));
      const answerRows = itemIds.flatMap((itemId) => {
        const answer = given.answers[itemId];
        return answer
          ? [
              {
                responseId: primeResponse,
                itemId,
                preferred: answer.preferred,
                acceptableMin: answer.acceptable.min,
                acceptableMax: answer.acceptable.max,
                importance: answer.importance,
                redLine: answer.redLine,
                note: answer.note ?? null,
                fixed: answer.fixed ?? false,
                clause: answer.clause ?? null,
                updatedAt: now,
              },
            ]
          : [];
      });
      if (answerRows.length !== itemIds.length) throw new Error(`Profile ${profile.id} does not answer every item`);
      if (answerRows.length > 0) await tx.insert(tables.answers).values(answerRows);
      const factRows = questionnaire.facts
        .filter((f) => f.side === "prime" && typeof given.facts[f.id] === "number")
        .map((f) => ({ responseId: primeResponse, factId: f.id, value: given.facts[f.id] as number, updatedAt: now }));
      if (factRows.length > 0) await tx.insert(tables.factAnswers).values(factRows);
    }
    await tx.insert(tables.workshops).values({
      id,
      checkId,
      heldOn: input.heldOn,
      profile: input.profile,
      joinCode,
      retentionDays: input.retentionDays,
      createdAt: now,
    });
    return { id, checkId, joinCode, tokens };
  });
}

async function workshopWithCode(tx: WriteTransaction, code: string) {
  const [taken] = await tx
    .select({ id: tables.workshops.id })
    .from(tables.workshops)
    .where(eq(tables.workshops.joinCode, code))
    .limit(1);
  return Boolean(taken);
}

async function summaryWhere(where: ReturnType<typeof eq>): Promise<WorkshopSummary | null> {
  const [row] = await db()
    .select({ workshop: tables.workshops, check: tables.checks })
    .from(tables.workshops)
    .innerJoin(tables.checks, eq(tables.checks.id, tables.workshops.checkId))
    .where(where)
    .limit(1);
  if (!row) return null;
  const check = await getCheckSummary(row.check.id);
  if (!check) return null;
  const { workshop } = row;
  return {
    id: workshop.id,
    checkId: row.check.id,
    title: row.check.title,
    heldOn: workshop.heldOn,
    profile: workshop.profile,
    primeName: check.sides.prime.name,
    scenarioReady: check.sides.prime.status === "submitted",
    questionnaireVersion: row.check.questionnaireVersion,
    questionSet: check.questionSet,
    sections: parseSections(row.check.sections),
    joinCode: workshop.joinCode,
    retentionDays: workshop.retentionDays,
    deleteAnswersAfter: deleteAnswersAfter(workshop.heldOn, workshop.retentionDays),
    closedAt: workshop.closedAt,
    answersDeletedAt: workshop.answersDeletedAt,
    createdAt: workshop.createdAt,
  };
}

export async function getWorkshop(workshopId: string): Promise<WorkshopSummary | null> {
  if (!isWellFormedId(workshopId)) return null;
  return summaryWhere(eq(tables.workshops.id, workshopId));
}

/** The workshop whose own check this is (the facilitator's link belongs to it), or null. */
export async function getWorkshopOfCheck(checkId: string): Promise<WorkshopSummary | null> {
  if (!isWellFormedId(checkId)) return null;
  return summaryWhere(eq(tables.workshops.checkId, checkId));
}

/** The workshop a typed join code opens, or null. */
export async function getWorkshopByCode(typed: string): Promise<WorkshopSummary | null> {
  const code = normaliseJoinCode(typed);
  if (!isJoinCode(code)) return null;
  return summaryWhere(eq(tables.workshops.joinCode, code));
}

export type JoinResult =
  | { status: "joined"; workshopId: string; participant: { checkId: string; token: string } }
  | { status: "unknown" }
  /** Closed to new answers by the facilitator, or past its retention period. */
  | { status: "closed" }
  /** A custom scenario the facilitator has not submitted yet: there is nothing to test against. */
  | { status: "not_ready" }
  | { status: "full" };

/**
 * A participant joins with the code: a new check of its own, with its own link
 * (the participant holds it at once). Refused while the workshop is closed,
 * checked under the workshop's lock.
 */
export async function joinWorkshop(input: { code: string; organisation?: string | undefined }): Promise<JoinResult> {
  const code = normaliseJoinCode(input.code);
  if (!isJoinCode(code)) return { status: "unknown" };
  const now = new Date();
  const token = generateToken();
  return writeTransaction(async (tx): Promise<JoinResult> => {
    const [workshop] = await forUpdate(
      tx.select().from(tables.workshops).where(eq(tables.workshops.joinCode, code)).limit(1),
    );
    if (!workshop) return { status: "unknown" };
    // Past its retention period the answers are about to be deleted: no one joins, even before the sweep has run.
    if (
      workshop.closedAt ||
      workshop.answersDeletedAt ||
      deleteAnswersAfter(workshop.heldOn, workshop.retentionDays) <= now
    ) {
      return { status: "closed" };
    }
    const [template] = await tx.select().from(tables.checks).where(eq(tables.checks.id, workshop.checkId)).limit(1);
    if (!template) throw new Error("A workshop without its check");
    const [scenario] = await tx
      .select({ submittedAt: tables.responses.submittedAt })
      .from(tables.parties)
      .innerJoin(tables.responses, eq(tables.responses.partyId, tables.parties.id))
      .where(and(eq(tables.parties.checkId, workshop.checkId), eq(tables.parties.role, "prime")))
      .limit(1);
    if (!scenario?.submittedAt) return { status: "not_ready" };
    const [held] = await tx
      .select({ n: count() })
      .from(tables.participants)
      .where(eq(tables.participants.workshopId, workshop.id));
    if ((held?.n ?? 0) >= MAX_PARTICIPANTS) return { status: "full" };
    const checkId = generateId();
    const partyId = generateId();
    await tx.insert(tables.checks).values({
      id: checkId,
      title: template.title,
      questionnaireVersion: template.questionnaireVersion,
      questionSet: template.questionSet,
      sections: template.sections,
      createdAt: now,
    });
    await tx.insert(tables.parties).values({
      id: partyId,
      checkId,
      role: "vcs",
      name: input.organisation || UNNAMED_PARTICIPANT,
      createdAt: now,
    });
    await tx.insert(tables.responses).values({ id: generateId(), partyId, createdAt: now });
    await tx.insert(tables.participants).values({ checkId, workshopId: workshop.id, createdAt: now });
    await tx
      .insert(tables.accessTokens)
      .values({ tokenHash: hashToken(token), checkId, role: "vcs", partyId, kind: "link", createdAt: now });
    return { status: "joined", workshopId: workshop.id, participant: { checkId, token } };
  });
}

export interface Participation {
  checkId: string;
  workshopId: string;
}

/** A check's place in a workshop as a participant, or null. */
export async function getParticipation(checkId: string): Promise<Participation | null> {
  if (!isWellFormedId(checkId)) return null;
  const [row] = await db()
    .select({ checkId: tables.participants.checkId, workshopId: tables.participants.workshopId })
    .from(tables.participants)
    .where(eq(tables.participants.checkId, checkId))
    .limit(1);
  return row ?? null;
}

export type OpenCloseResult = { status: "done"; closedAt: Date | null } | { status: "unauthorised" };

/**
 * Closes the workshop to new answers (no one joins, saves or submits), or
 * opens it again. The facilitator's authority is checked under the workshop's
 * lock (workshop, then link, then session).
 */
export async function setWorkshopClosed(input: {
  workshopId: string;
  closed: boolean;
  authority: Authority;
}): Promise<OpenCloseResult> {
  const now = new Date();
  return writeTransaction(async (tx): Promise<OpenCloseResult> => {
    const [row] = await forUpdate(
      tx.select().from(tables.workshops).where(eq(tables.workshops.id, input.workshopId)).limit(1),
    );
    if (!row || row.checkId !== input.authority.checkId) return { status: "unauthorised" };
    if (!(await authorityHolds(tx, input.authority))) return { status: "unauthorised" };
    const closedAt = input.closed ? (row.closedAt ?? now) : null;
    if (closedAt !== row.closedAt) {
      await tx.update(tables.workshops).set({ closedAt }).where(eq(tables.workshops.id, input.workshopId));
    }
    return { status: "done", closedAt };
  });
}

/** Every participant's responses, locked in id order before any link or session (docs/decisions/0004). */
async function lockParticipantResponses(tx: WriteTransaction, workshopId: string) {
  await forUpdate(
    tx
      .select({ id: tables.responses.id })
      .from(tables.responses)
      .innerJoin(tables.parties, eq(tables.parties.id, tables.responses.partyId))
      .innerJoin(tables.participants, eq(tables.participants.checkId, tables.parties.checkId))
      .where(eq(tables.participants.workshopId, workshopId))
      .orderBy(tables.responses.id),
    tables.responses,
  );
}

/** Deletes participants' checks (their answers, links and sessions' grants go with them, by cascade), in slices. */
async function deleteParticipants(tx: WriteTransaction, workshopId: string): Promise<string[]> {
  const rows = await tx
    .select({ checkId: tables.participants.checkId })
    .from(tables.participants)
    .where(eq(tables.participants.workshopId, workshopId));
  const ids = rows.map((row) => row.checkId);
  for (let i = 0; i < ids.length; i += 500) {
    await tx.delete(tables.checks).where(inArray(tables.checks.id, ids.slice(i, i + 500)));
  }
  return ids;
}

/** Deletes a workshop: every participant's check, then its own (the scenario, the code, the facilitator's link). */
export async function deleteWorkshop(input: {
  workshopId: string;
  authority: Authority;
}): Promise<"deleted" | "unauthorised"> {
  const deleted = await writeTransaction(async (tx) => {
    const [workshop] = await forUpdate(
      tx.select().from(tables.workshops).where(eq(tables.workshops.id, input.workshopId)).limit(1),
    );
    if (!workshop || workshop.checkId !== input.authority.checkId) return null;
    await lockParticipantResponses(tx, input.workshopId);
    if (!(await authorityHolds(tx, input.authority))) return null;
    const ids = await deleteParticipants(tx, input.workshopId);
    await tx.delete(tables.checks).where(eq(tables.checks.id, workshop.checkId));
    return [...ids, workshop.checkId];
  });
  if (!deleted) return "unauthorised";
  for (const checkId of deleted) forgetReport(checkId);
  return "deleted";
}

/**
 * Deletes the answers of every workshop past its retention period (the
 * workshop itself stays, saying when they went), as its page promised. Run by
 * the server's sweep at start-up and every 15 minutes, and before a
 * workshop's figures are read; safe in several processes at once.
 */
export async function deleteExpiredWorkshopAnswers(now = new Date(), only?: string): Promise<number> {
  const open = await db()
    .select({ id: tables.workshops.id, heldOn: tables.workshops.heldOn, days: tables.workshops.retentionDays })
    .from(tables.workshops)
    .where(
      and(isNull(tables.workshops.answersDeletedAt), ...(only === undefined ? [] : [eq(tables.workshops.id, only)])),
    );
  let swept = 0;
  for (const w of open) {
    if (deleteAnswersAfter(w.heldOn, w.days) > now) continue;
    const ids = await writeTransaction(async (tx) => {
      const [row] = await forUpdate(tx.select().from(tables.workshops).where(eq(tables.workshops.id, w.id)).limit(1));
      if (!row || row.answersDeletedAt) return [];
      await lockParticipantResponses(tx, w.id);
      const deleted = await deleteParticipants(tx, w.id);
      await tx.update(tables.workshops).set({ answersDeletedAt: now }).where(eq(tables.workshops.id, w.id));
      return deleted;
    });
    for (const checkId of ids) forgetReport(checkId);
    swept += 1;
  }
  return swept;
}

/**
 * Stores the dealbreakers of each submitted participant's result that has
 * none stored yet, from getReport (the participant's own result). Called after
 * a participant submits, and before the room's figures are read, so a crash in
 * between is made good; twice, or in two processes at once, stores one set.
 */
export async function scoreParticipants(workshopId: string, only?: readonly string[]): Promise<number> {
  const pending = await db()
    .select({ checkId: tables.participants.checkId })
    .from(tables.participants)
    .innerJoin(
      tables.parties,
      and(eq(tables.parties.checkId, tables.participants.checkId), eq(tables.parties.role, "vcs")),
    )
    .innerJoin(
      tables.responses,
      and(eq(tables.responses.partyId, tables.parties.id), eq(tables.responses.kind, "side")),
    )
    .where(
      and(
        eq(tables.participants.workshopId, workshopId),
        isNull(tables.participants.scoredWith),
        isNotNull(tables.responses.submittedAt),
        ...(only ? [inArray(tables.participants.checkId, [...only])] : []),
      ),
    );
  let scored = 0;
  for (const { checkId } of pending) {
    const summary = await getCheckSummary(checkId);
    // Kept in the memo: the participant reads this same report on the next page.
    const report = summary ? await getReport(summary) : null;
    if (!report) continue;
    const codes = [...new Set(report.flags.filter((f) => f.severity === "dealbreaker").map((f) => f.code))];
    const stored = await writeTransaction(async (tx) => {
      const updated = await tx
        .update(tables.participants)
        .set({ scoredWith: report.method.version })
        .where(and(eq(tables.participants.checkId, checkId), isNull(tables.participants.scoredWith)))
        .returning({ checkId: tables.participants.checkId });
      if (updated.length !== 1) return false;
      if (codes.length > 0)
        await tx.insert(tables.participantDealbreakers).values(codes.map((code) => ({ checkId, code })));
      return true;
    });
    if (stored) scored += 1;
  }
  return scored;
}

/**
 * The room's figures: how many joined and submitted, and, once three have
 * submitted, each item's spread of preferred positions and red lines, and the
 * share of participants whose result raised each dealbreaker. Nothing here
 * names or separates a participant: every figure is a count over the room.
 */
export async function getWorkshopFigures(workshop: WorkshopSummary): Promise<WorkshopFigures> {
  if (!workshop.answersDeletedAt && workshop.deleteAnswersAfter <= new Date()) {
    await deleteExpiredWorkshopAnswers(new Date(), workshop.id);
    const reread = await getWorkshop(workshop.id);
    if (reread) workshop = reread;
  }
  await scoreParticipants(workshop.id);
  const p = tables.participants;
  const vcsParty = and(eq(tables.parties.checkId, p.checkId), eq(tables.parties.role, "vcs"));
  const sideResponse = and(eq(tables.responses.partyId, tables.parties.id), eq(tables.responses.kind, "side"));
  const [counts] = await db()
    .select({
      joined: count(),
      submitted: sql<number>`count(${tables.responses.submittedAt})`.mapWith(Number),
    })
    .from(p)
    .innerJoin(tables.parties, vcsParty)
    .innerJoin(tables.responses, sideResponse)
    .where(eq(p.workshopId, workshop.id));
  const joined = counts?.joined ?? 0;
  const submitted = counts?.submitted ?? 0;
  if (!figuresShown(submitted)) return { joined, submitted, counted: 0, items: null, dealbreakers: null };

  // The figures are over the first submitted, in steps of three: a change between two reads is always three or more
  // participants' answers, never one newcomer's.
  const counted = countedOf(submitted);
  const included = await db()
    .select({ checkId: p.checkId })
    .from(p)
    .innerJoin(tables.parties, vcsParty)
    .innerJoin(tables.responses, and(sideResponse, isNotNull(tables.responses.submittedAt)))
    .where(eq(p.workshopId, workshop.id))
    .orderBy(asc(tables.responses.submittedAt), asc(p.checkId))
    .limit(counted);
  const ids = included.map((row) => row.checkId);
  const questionnaire = questionnaireFor(workshop.questionnaireVersion, workshop.questionSet, workshop.sections);
  if (!questionnaire) throw new Error(`Unknown questionnaire version ${workshop.questionnaireVersion}`);
  const rows = await db()
    .select({
      itemId: tables.answers.itemId,
      preferred: tables.answers.preferred,
      n: count(),
      redLines: sql<number>`sum(case when ${tables.answers.redLine} then 1 else 0 end)`.mapWith(Number),
    })
    .from(p)
    .innerJoin(tables.parties, vcsParty)
    .innerJoin(tables.responses, sideResponse)
    .innerJoin(tables.answers, eq(tables.answers.responseId, tables.responses.id))
    .where(inArray(p.checkId, ids))
    .groupBy(tables.answers.itemId, tables.answers.preferred);
  const byItem = new Map<string, ItemFigures>();
  for (const d of questionnaire.dimensions) {
    for (const item of d.items) byItem.set(item.id, { id: item.id, positions: [0, 0, 0, 0, 0], redLines: 0 });
  }
  for (const row of rows) {
    const figures = byItem.get(row.itemId);
    if (!figures || row.preferred < 1 || row.preferred > 5) continue;
    const at = (row.preferred as Position) - 1;
    figures.positions[at] = (figures.positions[at] ?? 0) + row.n;
    figures.redLines += row.redLines;
  }
  const hits = await db()
    .select({ code: tables.participantDealbreakers.code, n: count() })
    .from(tables.participantDealbreakers)
    .where(inArray(tables.participantDealbreakers.checkId, ids))
    .groupBy(tables.participantDealbreakers.code);
  const dealbreakers = hits
    .map((hit) => ({ code: hit.code as FlagCode, share: Math.min(1, hit.n / counted) }))
    .sort((a, b) => b.share - a.share || a.code.localeCompare(b.code));
  return { joined, submitted, counted, items: [...byItem.values()], dealbreakers };
}
