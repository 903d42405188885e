import { and, eq, inArray, isNull } from "drizzle-orm";
import { currentQuestionnaire, type QuestionSet } from "~/domain/questionnaires";
import type { Side, SideStatus } from "~/domain/types";
import { db, tables, writeTransaction } from "~/db.server";
import { forgetReport } from "./report.server";
import { deriveSideToken, generateId, generateToken, hashToken, isWellFormedToken } from "./tokens.server";

export type Role = "owner" | Side;

export interface NewCheck {
  title: string;
  vcsName: string;
  primeName: string;
  serviceArea?: string | undefined;
  commissioner?: string | undefined;
  contractLength?: string | undefined;
  /** The short core set instead of the whole bank (only where the bank has one). */
  questionSet?: QuestionSet | undefined;
  /** Defaults to the current bank; an earlier one only for tests and tools (the pages and API always use the current). */
  questionnaireVersion?: string | undefined;
}

export interface CreatedCheck {
  id: string;
  tokens: Record<Role, string>;
}

/** The invitation links' tokens, derived from the owner's token and each link's generation (see deriveSideToken). */
export function sideTokens(
  ownerToken: string,
  generations: Record<Side, number> = { vcs: 1, prime: 1 },
): Record<Side, string> {
  return {
    vcs: deriveSideToken(ownerToken, "vcs", generations.vcs),
    prime: deriveSideToken(ownerToken, "prime", generations.prime),
  };
}

/** Creates a check, one party per side, a response for each, and the three secret links. */
export async function createCheck(input: NewCheck): Promise<CreatedCheck> {
  const id = generateId();
  const owner = generateToken();
  const tokens: Record<Role, string> = { owner, ...sideTokens(owner) };
  const now = new Date();
  writeTransaction((tx) => {
    tx.insert(tables.checks)
      .values({
        id,
        title: input.title,
        serviceArea: input.serviceArea || null,
        commissioner: input.commissioner || null,
        contractLength: input.contractLength || null,
        questionnaireVersion: input.questionnaireVersion ?? currentQuestionnaire().version,
        questionSet: input.questionSet ?? "full",
        createdAt: now,
      })
      .run();
    tx.insert(tables.accessTokens)
      .values({ tokenHash: hashToken(tokens.owner), checkId: id, role: "owner" })
      .run();
    for (const [role, name] of [
      ["vcs", input.vcsName],
      ["prime", input.primeName],
    ] as const) {
      const partyId = generateId();
      tx.insert(tables.parties).values({ id: partyId, checkId: id, role, name, createdAt: now }).run();
      tx.insert(tables.responses).values({ id: generateId(), partyId, createdAt: now }).run();
      tx.insert(tables.accessTokens)
        .values({ tokenHash: hashToken(tokens[role]), checkId: id, role, partyId })
        .run();
    }
  });
  return { id, tokens };
}

export interface Access {
  checkId: string;
  role: Role;
  partyId: string | null;
}

export type TokenLookup = { status: "active"; access: Access } | { status: "revoked" } | { status: "unknown" };

/** What a secret link grants: active, revoked (replaced by the owner), or unknown (including malformed). */
export async function lookupToken(token: string): Promise<TokenLookup> {
  if (!isWellFormedToken(token)) return { status: "unknown" };
  const [row] = await db()
    .select({
      checkId: tables.accessTokens.checkId,
      role: tables.accessTokens.role,
      partyId: tables.accessTokens.partyId,
      revokedAt: tables.accessTokens.revokedAt,
    })
    .from(tables.accessTokens)
    .where(eq(tables.accessTokens.tokenHash, hashToken(token)))
    .limit(1);
  if (!row) return { status: "unknown" };
  if (row.revokedAt) return { status: "revoked" };
  return { status: "active", access: { checkId: row.checkId, role: row.role as Role, partyId: row.partyId } };
}

/** What an active secret link grants, or null for an unknown, malformed or revoked link. */
export async function getAccess(token: string): Promise<Access | null> {
  const found = await lookupToken(token);
  return found.status === "active" ? found.access : null;
}

/** The current generation of each side's link, for deriving the invitation links. */
export async function getLinkGenerations(checkId: string): Promise<Record<Side, number>> {
  const rows = await db()
    .select({ role: tables.accessTokens.role, generation: tables.accessTokens.generation })
    .from(tables.accessTokens)
    .where(
      and(
        eq(tables.accessTokens.checkId, checkId),
        inArray(tables.accessTokens.role, ["vcs", "prime"]),
        isNull(tables.accessTokens.revokedAt),
      ),
    );
  const generations: Record<Side, number> = { vcs: 1, prime: 1 };
  for (const row of rows) generations[row.role as Side] = row.generation;
  return generations;
}

/**
 * Replaces a side's link: the old one, and every session opened with it,
 * stops working at once; the new one is derived from the owner's token and
 * the next generation. Returns the new token.
 */
export async function reissueSideLink(input: { checkId: string; ownerToken: string; role: Side }): Promise<string> {
  const now = new Date();
  const activeLink = and(
    eq(tables.accessTokens.checkId, input.checkId),
    eq(tables.accessTokens.role, input.role),
    isNull(tables.accessTokens.revokedAt),
  );
  return writeTransaction((tx) => {
    const current = tx
      .select({ generation: tables.accessTokens.generation, partyId: tables.accessTokens.partyId })
      .from(tables.accessTokens)
      .where(activeLink)
      .get();
    if (!current) throw new Error(`No active ${input.role} link for check ${input.checkId}`);
    const generation = current.generation + 1;
    const token = deriveSideToken(input.ownerToken, input.role, generation);
    tx.update(tables.accessTokens).set({ revokedAt: now }).where(activeLink).run();
    tx.insert(tables.accessTokens)
      .values({
        tokenHash: hashToken(token),
        checkId: input.checkId,
        role: input.role,
        partyId: current.partyId,
        generation,
        createdAt: now,
      })
      .run();
    return token;
  });
}

/**
 * Deletes a check and everything in it: parties, links, responses, answers and
 * facts go with it, and so does its built report in this process's memory.
 */
export async function deleteCheck(checkId: string): Promise<boolean> {
  const deleted = await db()
    .delete(tables.checks)
    .where(eq(tables.checks.id, checkId))
    .returning({ id: tables.checks.id });
  forgetReport(checkId);
  return deleted.length === 1;
}

/** Keeps the chief executive's recommendation with the check; an empty one clears it. */
export async function saveRecommendation(input: { checkId: string; recommendation: string | undefined }) {
  await db()
    .update(tables.checks)
    .set({ recommendation: input.recommendation || null })
    .where(eq(tables.checks.id, input.checkId));
}

export interface SideSummary {
  role: Side;
  partyId: string;
  responseId: string;
  name: string;
  status: SideStatus;
  submittedAt: Date | null;
}

export interface CheckSummary {
  id: string;
  title: string;
  serviceArea: string | null;
  commissioner: string | null;
  contractLength: string | null;
  questionnaireVersion: string;
  questionSet: QuestionSet;
  /** The chief executive's recommendation to the board (the owner types it), or null. */
  recommendation: string | null;
  createdAt: Date;
  sides: Record<Side, SideSummary>;
}

/** The check and each side's status: never the answers themselves. */
export async function getCheckSummary(checkId: string): Promise<CheckSummary | null> {
  const [check] = await db().select().from(tables.checks).where(eq(tables.checks.id, checkId)).limit(1);
  if (!check) return null;
  const rows = await db()
    .select({
      partyId: tables.parties.id,
      role: tables.parties.role,
      name: tables.parties.name,
      responseId: tables.responses.id,
      updatedAt: tables.responses.updatedAt,
      submittedAt: tables.responses.submittedAt,
    })
    .from(tables.parties)
    .innerJoin(tables.responses, eq(tables.responses.partyId, tables.parties.id))
    .where(eq(tables.parties.checkId, checkId));
  const sides: Partial<Record<Side, SideSummary>> = {};
  for (const row of rows) {
    if (row.role !== "vcs" && row.role !== "prime") continue;
    sides[row.role] = {
      role: row.role,
      partyId: row.partyId,
      responseId: row.responseId,
      name: row.name,
      status: row.submittedAt ? "submitted" : row.updatedAt ? "in_progress" : "not_started",
      submittedAt: row.submittedAt,
    };
  }
  if (!sides.vcs || !sides.prime) return null;
  return {
    id: check.id,
    title: check.title,
    serviceArea: check.serviceArea,
    commissioner: check.commissioner,
    contractLength: check.contractLength,
    questionnaireVersion: check.questionnaireVersion,
    questionSet: check.questionSet === "core" ? "core" : "full",
    recommendation: check.recommendation,
    createdAt: check.createdAt,
    sides: { vcs: sides.vcs, prime: sides.prime },
  };
}

/** What a page may show about a check: names and statuses, no internal ids. */
export function publicCheck(check: CheckSummary) {
  const side = (s: SideSummary) => ({ name: s.name, status: s.status });
  return {
    id: check.id,
    title: check.title,
    serviceArea: check.serviceArea,
    commissioner: check.commissioner,
    contractLength: check.contractLength,
    questionnaireVersion: check.questionnaireVersion,
    questionSet: check.questionSet,
    sides: { vcs: side(check.sides.vcs), prime: side(check.sides.prime) },
  };
}
