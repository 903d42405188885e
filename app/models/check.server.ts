import { and, eq, inArray, isNull, or } from "drizzle-orm";
import { currentQuestionnaire, parseSections, type QuestionSet } from "~/domain/questionnaires";
import type { Side, SideStatus } from "~/domain/types";
import { db, forUpdate, tables, writeTransaction, type WriteTransaction } from "~/db.server";
import { storeNotificationAddress } from "./notification.server";
import { claimStakeholderInvitation, lockReviewForClaim } from "./stakeholder.server";
import { forgetReport } from "./report.server";
import { generateId, generateToken, hashToken, isWellFormedId, isWellFormedToken, seal, unseal } from "./tokens.server";

/** A respondent invited by a side's lead (issue 16): answers alone, for that side, and sees nothing else. */
export type RespondentRole = `${Side}-respondent`;
/**
 * A stakeholder review's roles (issue 20): the commissioner and the provider who run it, each stakeholder (their own
 * link, made when their invitation is claimed or when they start from their group's open link), and a group's open
 * link. Its check row anchors these links and sessions; nobody holds a check role in it.
 */
export type ReviewRole = "commissioner" | "provider" | "stakeholder" | "stakeholder-open";
export type Role = "owner" | Side | RespondentRole | ReviewRole;

export const isReviewRole = (role: Role): role is ReviewRole =>
  role === "commissioner" || role === "provider" || role === "stakeholder" || role === "stakeholder-open";

export const respondentRoleOf = (side: Side): RespondentRole => `${side}-respondent`;

/** The side a role answers for (null for the owner). */
export function sideOfRole(role: Role): Side | null {
  if (role === "owner" || isReviewRole(role)) return null;
  return role === "vcs" || role === "vcs-respondent" ? "vcs" : "prime";
}

export const isRespondentRole = (role: Role): role is RespondentRole => role.endsWith("-respondent");
/** Who started the check: one of the two sides, or neither (an adviser or facilitator). */
export type CreatorSide = Side | "neither";

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
  creatorSide?: CreatorSide | undefined;
  /** Where the owner wants updates (only asked for when email is switched on); kept apart from the check. */
  ownerEmail?: string | undefined;
}

export interface CreatedCheck {
  id: string;
  /**
   * The owner's link, and for each side either an invitation (to be claimed
   * by whoever opens it first) or, for the creator's own side, that side's own
   * link (already claimed).
   */
  tokens: Record<"owner" | Side, string>;
  claimed: Record<Side, boolean>;
}

/** The keys that seal an unclaimed invitation's token; the first seals, any opens. */
export interface SealKeys {
  seal: Buffer;
  open: readonly Buffer[];
}

/** Creates a check, one party per side, a response for each, the owner's link and the two sides' links. */
export async function createCheck(input: NewCheck, keys: SealKeys): Promise<CreatedCheck> {
  return writeTransaction((tx) => insertCheck(tx, input, keys));
}

/** The insertions of createCheck, inside the caller's write transaction (a check-up adds its own rows to them). */
export async function insertCheck(
  tx: WriteTransaction,
  input: NewCheck,
  keys: SealKeys,
): Promise<CreatedCheck & { responses: Record<Side, string> }> {
  const id = generateId();
  const tokens: Record<"owner" | Side, string> = {
    owner: generateToken(),
    vcs: generateToken(),
    prime: generateToken(),
  };
  const claimed: Record<Side, boolean> = { vcs: input.creatorSide === "vcs", prime: input.creatorSide === "prime" };
  const now = new Date();
  const responses: Record<Side, string> = { vcs: generateId(), prime: generateId() };
  await tx.insert(tables.checks).values({
    id,
    title: input.title,
    serviceArea: input.serviceArea || null,
    commissioner: input.commissioner || null,
    contractLength: input.contractLength || null,
    questionnaireVersion: input.questionnaireVersion ?? currentQuestionnaire().version,
    questionSet: input.questionSet ?? "full",
    createdAt: now,
  });
  await tx
    .insert(tables.accessTokens)
    .values({ tokenHash: hashToken(tokens.owner), checkId: id, role: "owner", createdAt: now });
  for (const [role, name] of [
    ["vcs", input.vcsName],
    ["prime", input.primeName],
  ] as const) {
    const partyId = generateId();
    await tx.insert(tables.parties).values({ id: partyId, checkId: id, role, name, createdAt: now });
    await tx.insert(tables.responses).values({ id: responses[role], partyId, createdAt: now });
    await tx.insert(tables.accessTokens).values({
      tokenHash: hashToken(tokens[role]),
      checkId: id,
      role,
      partyId,
      createdAt: now,
      ...(claimed[role] ? { kind: "link" } : { kind: "invitation", sealedToken: seal(tokens[role], keys.seal) }),
    });
  }
  if (input.ownerEmail) await storeNotificationAddress(tx, { checkId: id, role: "owner", email: input.ownerEmail });
  return { id, tokens, claimed, responses };
}

export interface Access {
  checkId: string;
  role: Role;
  partyId: string | null;
  /** A respondent's own response (their answers); null for the owner and a side's lead. */
  responseId: string | null;
  /** The hash of the link this access came from: writes check it is still active, inside their transaction. */
  tokenHash: string;
}

export type TokenLookup =
  | { status: "active"; access: Access }
  | { status: "invitation"; access: Access }
  | { status: "claimed" }
  | { status: "revoked" }
  | { status: "unknown" };

/**
 * What a secret link is: an active link (the owner's, or a side's own), an
 * unclaimed invitation, an invitation someone has already claimed, a
 * replaced link, or unknown (including malformed).
 */
export async function lookupToken(token: string): Promise<TokenLookup> {
  if (!isWellFormedToken(token)) return { status: "unknown" };
  const tokenHash = hashToken(token);
  const [row] = await db()
    .select()
    .from(tables.accessTokens)
    .where(eq(tables.accessTokens.tokenHash, tokenHash))
    .limit(1);
  if (!row) return { status: "unknown" };
  if (row.revokedAt) return { status: "revoked" };
  const access: Access = {
    checkId: row.checkId,
    role: row.role as Role,
    partyId: row.partyId,
    responseId: row.responseId,
    tokenHash,
  };
  if (row.kind === "invitation") return row.claimedAt ? { status: "claimed" } : { status: "invitation", access };
  return { status: "active", access };
}

export type ClaimResult =
  | { status: "claimed"; token: string; access: Access }
  | { status: "claimed_before" }
  | { status: "revoked" }
  /** A stakeholder's invitation to a review that has closed (issue 20): it stays unclaimed. */
  | { status: "review_closed" }
  | { status: "unknown" };

/**
 * Claims a side's invitation for whoever presents it first: in one write
 * transaction the invitation is marked claimed (so it opens nothing again),
 * its sealed copy is erased, and a new, random link is made for the side.
 * Only the claimer ever sees that link.
 */
export async function claimInvitation(token: string): Promise<ClaimResult> {
  if (!isWellFormedToken(token)) return { status: "unknown" };
  const tokenHash = hashToken(token);
  const now = new Date();
  return writeTransaction(async (tx): Promise<ClaimResult> => {
    // A respondent's invitation (issue 16): their response is locked first, in the order every write takes (response,
    // then link), so a withdrawal at the same moment either deletes the invitation before this sees it or waits.
    const [peek] = await tx
      .select({
        responseId: tables.accessTokens.responseId,
        role: tables.accessTokens.role,
        checkId: tables.accessTokens.checkId,
      })
      .from(tables.accessTokens)
      .where(eq(tables.accessTokens.tokenHash, tokenHash))
      .limit(1);
    // A stakeholder's invitation (issue 20): its review is locked first, so it cannot close between this check and the claim.
    if (peek?.role === "stakeholder") {
      const review = await lockReviewForClaim(tx, peek.checkId);
      if (review === "gone") return { status: "unknown" };
      if (review === "closed") return { status: "review_closed" };
    }
    if (peek?.responseId) {
      await forUpdate(
        tx
          .select({ id: tables.responses.id })
          .from(tables.responses)
          .where(eq(tables.responses.id, peek.responseId))
          .limit(1),
      );
    }
    // Locked: of two people accepting the same invitation at once, the second finds it claimed.
    const [row] = await forUpdate(
      tx.select().from(tables.accessTokens).where(eq(tables.accessTokens.tokenHash, tokenHash)).limit(1),
    );
    if (!row || row.kind !== "invitation") return { status: "unknown" };
    if (row.revokedAt) return { status: "revoked" };
    if (row.claimedAt) return { status: "claimed_before" };
    await tx
      .update(tables.accessTokens)
      .set({ claimedAt: now, sealedToken: null })
      .where(eq(tables.accessTokens.tokenHash, tokenHash));
    // A stakeholder's invitation (issue 20): the new link comes with the response it answers, for its group and level.
    if (row.role === "stakeholder") {
      const made = await claimStakeholderInvitation(tx, tokenHash, row.checkId);
      if (!made) return { status: "unknown" };
      return {
        status: "claimed",
        token: made.token,
        access: {
          checkId: row.checkId,
          role: "stakeholder",
          partyId: null,
          responseId: null,
          tokenHash: made.tokenHash,
        },
      };
    }
    const own = generateToken();
    const ownHash = hashToken(own);
    await tx.insert(tables.accessTokens).values({
      tokenHash: ownHash,
      checkId: row.checkId,
      role: row.role,
      partyId: row.partyId,
      responseId: row.responseId,
      kind: "link",
      generation: row.generation,
      createdAt: now,
    });
    return {
      status: "claimed",
      token: own,
      access: {
        checkId: row.checkId,
        role: row.role as Role,
        partyId: row.partyId,
        responseId: row.responseId,
        tokenHash: ownHash,
      },
    };
  });
}

export type SideLinkState =
  { state: "unclaimed"; token: string | null; createdAt: Date } | { state: "claimed"; claimedAt: Date };

/**
 * Whether each side's invitation has been claimed, and, while it has not, the
 * invitation itself (null if it can no longer be unsealed: replace it).
 */
export async function getSideLinks(checkId: string, keys: SealKeys): Promise<Record<Side, SideLinkState>> {
  const rows = await db()
    .select()
    .from(tables.accessTokens)
    .where(
      and(
        eq(tables.accessTokens.checkId, checkId),
        inArray(tables.accessTokens.role, ["vcs", "prime"]),
        isNull(tables.accessTokens.revokedAt),
      ),
    );
  const state = (side: Side): SideLinkState => {
    const mine = rows.filter((row) => row.role === side);
    const invitation = mine.find((row) => row.kind === "invitation" && !row.claimedAt);
    const link = mine.find((row) => row.kind === "link");
    if (link || !invitation) {
      const claim = mine.find((row) => row.kind === "invitation" && row.claimedAt);
      return { state: "claimed", claimedAt: claim?.claimedAt ?? link?.createdAt ?? new Date(0) };
    }
    return {
      state: "unclaimed",
      token: invitation.sealedToken ? unseal(invitation.sealedToken, keys.open) : null,
      createdAt: invitation.createdAt,
    };
  };
  return { vcs: state("vcs"), prime: state("prime") };
}

export type ReplaceResult =
  { status: "replaced"; token: string; tokenHash: string } | { status: "refused"; reason: "started" | "missing" };

/**
 * Replaces a side's invitation: the old one stops working at once. Allowed
 * while nothing has been saved for the side; if someone had already claimed
 * it (the wrong person, say), their link and sessions end too. Refused once
 * the side has saved anything: its draft is then the side's alone, and a new
 * invitation must not open it for anyone, so only the side can replace its
 * own link.
 */
export async function replaceInvitation(input: {
  checkId: string;
  role: Side;
  keys: SealKeys;
}): Promise<ReplaceResult> {
  const now = new Date();
  return writeTransaction(async (tx): Promise<ReplaceResult> => {
    const active = and(
      eq(tables.accessTokens.checkId, input.checkId),
      eq(tables.accessTokens.role, input.role),
      isNull(tables.accessTokens.revokedAt),
    );
    // Locked, the side's response first: a save through the claimed link, or a second replacement, waits or is seen.
    const started = await sideStarted(tx, input.checkId, input.role);
    const current = await forUpdate(tx.select().from(tables.accessTokens).where(active));
    // The creator's own side has a link and no invitation: replacing it hands the side to someone else.
    const invitation = current.find((row) => row.kind === "invitation") ?? current[0];
    if (!invitation) return { status: "refused", reason: "missing" };
    if (started) return { status: "refused", reason: "started" };
    await tx.update(tables.accessTokens).set({ revokedAt: now, sealedToken: null }).where(active);
    const token = generateToken();
    const tokenHash = hashToken(token);
    await tx.insert(tables.accessTokens).values({
      tokenHash,
      checkId: input.checkId,
      role: input.role,
      partyId: invitation.partyId,
      kind: "invitation",
      sealedToken: seal(token, input.keys.seal),
      generation: Math.max(...current.map((row) => row.generation)) + 1,
      createdAt: now,
    });
    return { status: "replaced", token, tokenHash };
  });
}

/**
 * Replaces a link that is someone's own: the owner's, or a side's (which only
 * that side may do, before or after it has submitted). The old link, and every
 * session opened with it, stops working at once; the new token is returned
 * once and never stored.
 */
export async function replaceOwnLink(input: {
  checkId: string;
  role: Role;
  /** The link the request came with: it must still be the active one, checked under the lock. */
  tokenHash: string;
}): Promise<ReplaceResult> {
  const now = new Date();
  return writeTransaction(async (tx): Promise<ReplaceResult> => {
    const activeLinks = and(
      eq(tables.accessTokens.checkId, input.checkId),
      eq(tables.accessTokens.role, input.role),
      eq(tables.accessTokens.kind, "link"),
      isNull(tables.accessTokens.revokedAt),
    );
    // Locked, and must be the requester's own: of two replacements at once (a double click, or two people on one
    // side), the second finds the link it came with gone and replaces nothing.
    const [current] = await forUpdate(
      tx
        .select()
        .from(tables.accessTokens)
        .where(and(activeLinks, eq(tables.accessTokens.tokenHash, input.tokenHash)))
        .limit(1),
    );
    if (!current) return { status: "refused", reason: "missing" };
    await tx.update(tables.accessTokens).set({ revokedAt: now }).where(activeLinks);
    const token = generateToken();
    const tokenHash = hashToken(token);
    await tx.insert(tables.accessTokens).values({
      tokenHash,
      checkId: input.checkId,
      role: input.role,
      partyId: current.partyId,
      responseId: current.responseId,
      kind: "link",
      generation: current.generation + 1,
      createdAt: now,
    });
    return { status: "replaced", token, tokenHash };
  });
}

/** Whether anything has been saved (or submitted) for a side; the side's response stays locked until the write ends. */
async function sideStarted(tx: WriteTransaction, checkId: string, role: Side): Promise<boolean> {
  const [row] = await forUpdate(
    tx
      .select({ updatedAt: tables.responses.updatedAt, submittedAt: tables.responses.submittedAt })
      .from(tables.responses)
      .innerJoin(tables.parties, eq(tables.parties.id, tables.responses.partyId))
      .where(and(eq(tables.parties.checkId, checkId), eq(tables.parties.role, role), eq(tables.responses.kind, "side")))
      .limit(1),
    tables.responses,
  );
  return Boolean(row?.updatedAt || row?.submittedAt);
}

/**
 * Deletes a check and everything in it: parties, links, responses, answers and
 * facts go with it, and so does its built report in this process's memory.
 */
export async function deleteCheck(checkId: string): Promise<boolean> {
  const deleted = await writeTransaction((tx) =>
    tx.delete(tables.checks).where(eq(tables.checks.id, checkId)).returning({ id: tables.checks.id }),
  );
  forgetReport(checkId);
  return deleted.length === 1;
}

/** Keeps the chief executive's recommendation with the check; an empty one clears it. */
export async function saveRecommendation(input: { checkId: string; recommendation: string | undefined }) {
  await writeTransaction((tx) =>
    tx
      .update(tables.checks)
      .set({ recommendation: input.recommendation || null })
      .where(eq(tables.checks.id, input.checkId)),
  );
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
  /**
   * A partner search's part in this check (issue 17): "search" is the search's own check, where the prime answers
   * once (its VCS side a placeholder nobody answers); "candidate" is one candidate's check, whose prime side is the
   * search's. Null for an ordinary check.
   */
  search: { id: string; part: "search" | "candidate" } | null;
  /**
   * A workshop's part in this check (issue 18): "workshop" is the workshop's own check, whose prime side is the
   * scenario (its VCS side a placeholder nobody answers); "participant" is one participant's check, whose prime side
   * is the workshop's. Null for every other check.
   */
  workshop: { id: string; part: "workshop" | "participant" } | null;
  /** A workshop's selection of sections (ids), or null: every section of the question set. */
  sections: string[] | null;
}

/** The check and each side's status: never the answers themselves. */
export async function getCheckSummary(checkId: string): Promise<CheckSummary | null> {
  if (!isWellFormedId(checkId)) return null;
  const [found] = await db()
    .select({
      check: tables.checks,
      searchId: tables.searches.id,
      candidateOf: tables.candidates.searchId,
      workshopId: tables.workshops.id,
      participantOf: tables.participants.workshopId,
    })
    .from(tables.checks)
    .leftJoin(tables.searches, eq(tables.searches.checkId, tables.checks.id))
    .leftJoin(tables.candidates, eq(tables.candidates.checkId, tables.checks.id))
    .leftJoin(tables.workshops, eq(tables.workshops.checkId, tables.checks.id))
    .leftJoin(tables.participants, eq(tables.participants.checkId, tables.checks.id))
    .where(eq(tables.checks.id, checkId))
    .limit(1);
  if (!found) return null;
  const { check } = found;
  // A candidate's check has only its own side: the prime's is the search's, answered once for every candidate.
  let primeCheckId = checkId;
  if (found.candidateOf) {
    const [search] = await db()
      .select({ checkId: tables.searches.checkId })
      .from(tables.searches)
      .where(eq(tables.searches.id, found.candidateOf))
      .limit(1);
    if (!search) return null;
    primeCheckId = search.checkId;
  } else if (found.participantOf) {
    // The same for a workshop's participant: the prime side is the workshop's scenario.
    const [workshop] = await db()
      .select({ checkId: tables.workshops.checkId })
      .from(tables.workshops)
      .where(eq(tables.workshops.id, found.participantOf))
      .limit(1);
    if (!workshop) return null;
    primeCheckId = workshop.checkId;
  }
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
    .innerJoin(
      tables.responses,
      and(eq(tables.responses.partyId, tables.parties.id), eq(tables.responses.kind, "side")),
    )
    .where(
      primeCheckId === checkId
        ? eq(tables.parties.checkId, checkId)
        : or(
            and(eq(tables.parties.checkId, checkId), eq(tables.parties.role, "vcs")),
            and(eq(tables.parties.checkId, primeCheckId), eq(tables.parties.role, "prime")),
          ),
    );
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
    search: found.searchId
      ? { id: found.searchId, part: "search" }
      : found.candidateOf
        ? { id: found.candidateOf, part: "candidate" }
        : null,
    workshop: found.workshopId
      ? { id: found.workshopId, part: "workshop" }
      : found.participantOf
        ? { id: found.participantOf, part: "participant" }
        : null,
    sections: parseSections(check.sections),
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
