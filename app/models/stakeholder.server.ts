/**
 * Stakeholder reviews (issue 20; docs/architecture.md, "Stakeholder reviews"): a 360° review of one relational
 * service, run by its commissioner and its provider together. The review's id is its check's: that row anchors its
 * links and sessions, so opening a link, claiming an invitation, sessions and bearer tokens work as they do for a
 * check. Every write re-checks its writer's link inside its transaction (authorityHolds) and locks the review first.
 */
import { and, asc, eq, inArray, isNotNull, isNull } from "drizzle-orm";
import { currentQuestionnaire } from "~/domain/questionnaires";
import { currentStakeholderQuestionnaire, getStakeholderQuestionnaire, statementsOf } from "~/domain/stakeholder";
import { stakeholderResults, type StakeholderResults, type SubmittedResponse } from "~/domain/stakeholder/results";
import type {
  Agreement,
  StakeholderAnswers,
  StakeholderLevel,
  StakeholderQuestionnaire,
} from "~/domain/stakeholder/types";
import { db, forUpdate, tables, writeTransaction, type WriteTransaction } from "~/db.server";
import {
  MAX_STAKEHOLDERS,
  REVIEW_PARTIES,
  type ReviewParty,
  type StakeholderReviewSummary,
} from "~/domain/stakeholder/review";
import type { SealKeys } from "./check.server";
import { authorityHolds, type Authority } from "./session.server";
import { generateId, generateToken, hashToken, isWellFormedId, seal, unseal } from "./tokens.server";

export interface NewStakeholderReview {
  service: string;
  providerName: string;
  commissionerName: string;
  createdBy: ReviewParty;
  groups: readonly string[];
  /** The review it follows a year on (startNextRound); null for a first review. */
  previous?: { id: string; number: number } | undefined;
}

export interface CreatedStakeholderReview {
  id: string;
  /** The creator's own link, and an invitation for the other party (claimed by whoever opens it first). */
  tokens: Record<ReviewParty, string>;
  claimed: Record<ReviewParty, boolean>;
}

async function insertReview(
  tx: WriteTransaction,
  input: NewStakeholderReview,
  keys: SealKeys,
): Promise<CreatedStakeholderReview> {
  const id = generateId();
  const now = new Date();
  const tokens = { commissioner: generateToken(), provider: generateToken() };
  // The anchor of the review's links and sessions; it holds no sides and nobody holds a check role in it.
  await tx
    .insert(tables.checks)
    .values({ id, title: input.service, questionnaireVersion: currentQuestionnaire().version, createdAt: now });
  await tx.insert(tables.stakeholderReviews).values({
    checkId: id,
    service: input.service,
    providerName: input.providerName,
    commissionerName: input.commissionerName,
    createdBy: input.createdBy,
    questionnaireVersion: currentStakeholderQuestionnaire().version,
    // Whoever creates it has said it runs the review; the other party confirms through its own link.
    commissionerConfirmedAt: input.createdBy === "commissioner" ? now : null,
    providerConfirmedAt: input.createdBy === "provider" ? now : null,
    previousCheckId: input.previous?.id ?? null,
    number: (input.previous?.number ?? 0) + 1,
    createdAt: now,
  });
  for (const party of REVIEW_PARTIES) {
    const own = party === input.createdBy;
    await tx.insert(tables.accessTokens).values({
      tokenHash: hashToken(tokens[party]),
      checkId: id,
      role: party,
      createdAt: now,
      ...(own ? { kind: "link" } : { kind: "invitation", sealedToken: seal(tokens[party], keys.seal) }),
    });
  }
  for (const [position, name] of input.groups.entries()) {
    await tx
      .insert(tables.stakeholderGroups)
      .values({ id: generateId(), reviewId: id, name, position, createdAt: now });
  }
  return {
    id,
    tokens,
    claimed: { commissioner: input.createdBy === "commissioner", provider: input.createdBy === "provider" },
  };
}

/** Creates a review with its groups, the creator's link and the other party's invitation. */
export async function createStakeholderReview(
  input: NewStakeholderReview,
  keys: SealKeys,
): Promise<CreatedStakeholderReview> {
  return writeTransaction((tx) => insertReview(tx, input, keys));
}

export async function getStakeholderReview(id: string): Promise<StakeholderReviewSummary | null> {
  if (!isWellFormedId(id)) return null;
  const [row] = await db()
    .select()
    .from(tables.stakeholderReviews)
    .where(eq(tables.stakeholderReviews.checkId, id))
    .limit(1);
  if (!row) return null;
  const [groups, responses, invitations, next] = await Promise.all([
    db()
      .select()
      .from(tables.stakeholderGroups)
      .where(eq(tables.stakeholderGroups.reviewId, id))
      .orderBy(asc(tables.stakeholderGroups.position)),
    db()
      .select({
        kind: tables.stakeholderResponses.kind,
        groupId: tables.stakeholderResponses.groupId,
        submittedAt: tables.stakeholderResponses.submittedAt,
      })
      .from(tables.stakeholderResponses)
      .where(eq(tables.stakeholderResponses.reviewId, id)),
    db()
      .select({ groupId: tables.stakeholderInvitations.groupId })
      .from(tables.stakeholderInvitations)
      .innerJoin(tables.stakeholderGroups, eq(tables.stakeholderGroups.id, tables.stakeholderInvitations.groupId))
      .where(eq(tables.stakeholderGroups.reviewId, id)),
    db()
      .select({ id: tables.stakeholderReviews.checkId })
      .from(tables.stakeholderReviews)
      .where(eq(tables.stakeholderReviews.previousCheckId, id))
      .limit(1),
  ]);
  const count = <T>(rows: readonly T[], pick: (row: T) => boolean) => rows.filter(pick).length;
  return {
    id,
    service: row.service,
    providerName: row.providerName,
    commissionerName: row.commissionerName,
    createdBy: row.createdBy as ReviewParty,
    questionnaireVersion: row.questionnaireVersion,
    confirmed: { commissioner: row.commissionerConfirmedAt !== null, provider: row.providerConfirmedAt !== null },
    number: row.number,
    previousId: row.previousCheckId,
    nextId: next[0]?.id ?? null,
    closedAt: row.closedAt,
    createdAt: row.createdAt,
    groups: groups.map((g) => ({
      id: g.id,
      name: g.name,
      submitted: count(responses, (r) => r.groupId === g.id && r.submittedAt !== null),
      invited:
        count(invitations, (i) => i.groupId === g.id) +
        count(responses, (r) => r.groupId === g.id && r.kind === "stakeholder"),
      hasOpenLink: g.openTokenHash !== null,
    })),
    selfSubmitted: responses.some((r) => r.kind === "provider" && r.submittedAt !== null),
  };
}

export const questionnaireOfReview = (review: Pick<StakeholderReviewSummary, "questionnaireVersion">) =>
  getStakeholderQuestionnaire(review.questionnaireVersion) ?? currentStakeholderQuestionnaire();

/** Locks the review's row (the order every write here takes: review, then what it changes); null once deleted. */
async function lockReview(tx: WriteTransaction, id: string) {
  const [row] = await forUpdate(
    tx.select().from(tables.stakeholderReviews).where(eq(tables.stakeholderReviews.checkId, id)).limit(1),
  );
  return row ?? null;
}

type Refusal =
  | { status: "unauthorised" }
  /** The other party has not confirmed yet: nobody is invited before both have. */
  | { status: "unconfirmed" }
  /** Closed to answers (and so to invitations). */
  | { status: "closed" };

/** The commissioner or the provider confirms it runs the review with the other. Harmless twice. */
export async function confirmReview(authority: Authority): Promise<{ status: "confirmed" } | Refusal> {
  // Only the two who run it confirm: the model holds to that as well as the routes.
  if (!runs(authority)) return { status: "unauthorised" };
  const party = authority.role as ReviewParty;
  return writeTransaction(async (tx) => {
    if (!(await authorityHolds(tx, authority))) return { status: "unauthorised" };
    const review = await lockReview(tx, authority.checkId);
    if (!review) return { status: "unauthorised" };
    const column = party === "commissioner" ? "commissionerConfirmedAt" : "providerConfirmedAt";
    if (review[column] === null) {
      await tx
        .update(tables.stakeholderReviews)
        .set({ [column]: new Date() })
        .where(eq(tables.stakeholderReviews.checkId, authority.checkId));
    }
    return { status: "confirmed" as const };
  });
}

/** The other party's invitation while nobody has claimed it (null once claimed, or if it can no longer be unsealed). */
export async function getPartyInvitation(id: string, party: ReviewParty, keys: SealKeys) {
  const [row] = await db()
    .select()
    .from(tables.accessTokens)
    .where(
      and(
        eq(tables.accessTokens.checkId, id),
        eq(tables.accessTokens.role, party),
        eq(tables.accessTokens.kind, "invitation"),
        isNull(tables.accessTokens.revokedAt),
        isNull(tables.accessTokens.claimedAt),
      ),
    )
    .limit(1);
  return row?.sealedToken ? unseal(row.sealedToken, keys.open) : null;
}

/** Whether a writer is one of the two who run a review (the routes check it; the model does too). */
const runs = (authority: Authority) => authority.role === "commissioner" || authority.role === "provider";

async function ready(tx: WriteTransaction, authority: Authority): Promise<Refusal | { status: "ok" }> {
  if (!runs(authority) || !(await authorityHolds(tx, authority))) return { status: "unauthorised" };
  const review = await lockReview(tx, authority.checkId);
  if (!review) return { status: "unauthorised" };
  if (review.closedAt) return { status: "closed" };
  if (!review.commissionerConfirmedAt || !review.providerConfirmedAt) return { status: "unconfirmed" };
  return { status: "ok" };
}

async function stakeholderCount(tx: WriteTransaction, reviewId: string) {
  const [invited, responded] = await Promise.all([
    tx
      .select({ tokenHash: tables.stakeholderInvitations.tokenHash })
      .from(tables.stakeholderInvitations)
      .innerJoin(tables.stakeholderGroups, eq(tables.stakeholderGroups.id, tables.stakeholderInvitations.groupId))
      .where(eq(tables.stakeholderGroups.reviewId, reviewId)),
    tx
      .select({ id: tables.stakeholderResponses.id })
      .from(tables.stakeholderResponses)
      .where(
        and(eq(tables.stakeholderResponses.reviewId, reviewId), eq(tables.stakeholderResponses.kind, "stakeholder")),
      ),
  ]);
  return invited.length + responded.length;
}

async function groupOf(tx: WriteTransaction, reviewId: string, groupId: string) {
  const [group] = await tx
    .select()
    .from(tables.stakeholderGroups)
    .where(and(eq(tables.stakeholderGroups.id, groupId), eq(tables.stakeholderGroups.reviewId, reviewId)))
    .limit(1);
  return group ?? null;
}

export type InviteResult =
  { status: "invited"; tokens: string[] } | { status: "no-group" } | { status: "too-many"; room: number } | Refusal;

/**
 * Makes `count` invitations for a group at a level: each is one stakeholder's, claimed by whoever opens it first
 * (who then gets a link of their own, which nobody else, the commissioner included, ever sees).
 */
export async function inviteStakeholders(input: {
  authority: Authority;
  groupId: string;
  level: StakeholderLevel;
  count: number;
}): Promise<InviteResult> {
  const { authority } = input;
  return writeTransaction(async (tx): Promise<InviteResult> => {
    const refused = await ready(tx, authority);
    if (refused.status !== "ok") return refused;
    if (!(await groupOf(tx, authority.checkId, input.groupId))) return { status: "no-group" };
    const room = MAX_STAKEHOLDERS - (await stakeholderCount(tx, authority.checkId));
    if (input.count > room) return { status: "too-many", room };
    const now = new Date();
    const tokens: string[] = [];
    for (let i = 0; i < input.count; i += 1) {
      const token = generateToken();
      const tokenHash = hashToken(token);
      await tx.insert(tables.accessTokens).values({
        tokenHash,
        checkId: authority.checkId,
        role: "stakeholder",
        kind: "invitation",
        createdAt: now,
      });
      await tx.insert(tables.stakeholderInvitations).values({ tokenHash, groupId: input.groupId, level: input.level });
      tokens.push(token);
    }
    return { status: "invited", tokens };
  });
}

export type OpenLinkResult = { status: "made"; token: string } | { status: "no-group" } | Refusal;

/** A group's open link, made afresh (any earlier one stops working): anyone with it can answer for the group. */
export async function makeOpenLink(input: { authority: Authority; groupId: string }): Promise<OpenLinkResult> {
  const { authority } = input;
  return writeTransaction(async (tx): Promise<OpenLinkResult> => {
    const refused = await ready(tx, authority);
    if (refused.status !== "ok") return refused;
    const group = await groupOf(tx, authority.checkId, input.groupId);
    if (!group) return { status: "no-group" };
    const now = new Date();
    if (group.openTokenHash) {
      await tx
        .update(tables.accessTokens)
        .set({ revokedAt: now })
        .where(eq(tables.accessTokens.tokenHash, group.openTokenHash));
    }
    const token = generateToken();
    const tokenHash = hashToken(token);
    await tx
      .insert(tables.accessTokens)
      .values({ tokenHash, checkId: authority.checkId, role: "stakeholder-open", kind: "link", createdAt: now });
    await tx
      .update(tables.stakeholderGroups)
      .set({ openTokenHash: tokenHash })
      .where(eq(tables.stakeholderGroups.id, group.id));
    return { status: "made", token };
  });
}

/** A stakeholder's own link and empty response, for a group and level, inside the caller's transaction. */
async function newStakeholder(tx: WriteTransaction, reviewId: string, groupId: string, level: StakeholderLevel) {
  const token = generateToken();
  const tokenHash = hashToken(token);
  const now = new Date();
  await tx
    .insert(tables.accessTokens)
    .values({ tokenHash, checkId: reviewId, role: "stakeholder", kind: "link", createdAt: now });
  await tx.insert(tables.stakeholderResponses).values({
    id: generateId(),
    reviewId,
    kind: "stakeholder",
    groupId,
    level,
    tokenHash,
    createdAt: now,
  });
  return { token, tokenHash };
}

/**
 * Inside claimInvitation's transaction, for a stakeholder's invitation: the response the new link answers, with
 * the invitation's group and level. The invitation's row goes (it has done its job; the response keeps both).
 */
/**
 * Locks a stakeholder review before one of its invitations is claimed (review, then link: the order every write here
 * takes) and says whether it still takes answers. A closed review's invitations stay unclaimed.
 */
export async function lockReviewForClaim(tx: WriteTransaction, reviewId: string): Promise<"open" | "closed" | "gone"> {
  const review = await lockReview(tx, reviewId);
  if (!review) return "gone";
  return review.closedAt ? "closed" : "open";
}

export async function claimStakeholderInvitation(
  tx: WriteTransaction,
  invitationHash: string,
  reviewId: string,
): Promise<{ token: string; tokenHash: string } | null> {
  const [invitation] = await tx
    .select()
    .from(tables.stakeholderInvitations)
    .where(eq(tables.stakeholderInvitations.tokenHash, invitationHash))
    .limit(1);
  if (!invitation) return null;
  await tx.delete(tables.stakeholderInvitations).where(eq(tables.stakeholderInvitations.tokenHash, invitationHash));
  return newStakeholder(tx, reviewId, invitation.groupId, invitation.level as StakeholderLevel);
}

export type JoinResult =
  | { status: "joined"; token: string; tokenHash: string; reviewId: string }
  | { status: "unknown" }
  | { status: "full" }
  | Refusal;

/** Someone with a group's open link starts answering for that group: a link of their own, shown to them once. */
export async function joinFromOpenLink(input: { openTokenHash: string; level: StakeholderLevel }): Promise<JoinResult> {
  return writeTransaction(async (tx): Promise<JoinResult> => {
    // The review first, then the link: the order makeOpenLink takes (review, then the old link), so a join racing a
    // remade link waits for it rather than deadlocking.
    const [peek] = await tx
      .select({ checkId: tables.accessTokens.checkId })
      .from(tables.accessTokens)
      .where(eq(tables.accessTokens.tokenHash, input.openTokenHash))
      .limit(1);
    if (!peek) return { status: "unknown" };
    const review = await lockReview(tx, peek.checkId);
    if (!review) return { status: "unknown" };
    const [link] = await forUpdate(
      tx
        .select()
        .from(tables.accessTokens)
        .where(
          and(
            eq(tables.accessTokens.tokenHash, input.openTokenHash),
            eq(tables.accessTokens.role, "stakeholder-open"),
            isNull(tables.accessTokens.revokedAt),
          ),
        )
        .limit(1),
    );
    if (!link) return { status: "unknown" };
    if (review.closedAt) return { status: "closed" };
    const [group] = await tx
      .select()
      .from(tables.stakeholderGroups)
      .where(eq(tables.stakeholderGroups.openTokenHash, input.openTokenHash))
      .limit(1);
    if (!group) return { status: "unknown" };
    if ((await stakeholderCount(tx, review.checkId)) >= MAX_STAKEHOLDERS) return { status: "full" };
    const made = await newStakeholder(tx, review.checkId, group.id, input.level);
    return { status: "joined", ...made, reviewId: review.checkId };
  });
}

/** What an open link is for, to show before anyone starts (null: not an open link, or no longer one). */
export async function openLinkGroup(openTokenHash: string) {
  const [row] = await db()
    .select({ reviewId: tables.stakeholderGroups.reviewId, name: tables.stakeholderGroups.name })
    .from(tables.stakeholderGroups)
    .where(eq(tables.stakeholderGroups.openTokenHash, openTokenHash))
    .limit(1);
  return row ?? null;
}

export interface OwnResponse {
  id: string;
  kind: "stakeholder" | "provider";
  groupId: string | null;
  level: StakeholderLevel | null;
  submittedAt: Date | null;
  answers: StakeholderAnswers;
}

async function readAnswers(reader: WriteTransaction | ReturnType<typeof db>, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, StakeholderAnswers>();
  const [ratings, texts] = await Promise.all([
    reader
      .select()
      .from(tables.stakeholderRatings)
      .where(inArray(tables.stakeholderRatings.responseId, [...ids])),
    reader
      .select()
      .from(tables.stakeholderTexts)
      .where(inArray(tables.stakeholderTexts.responseId, [...ids])),
  ]);
  const out = new Map<string, { ratings: Record<string, Agreement | null>; text: Record<string, string> }>(
    ids.map((id) => [id, { ratings: {}, text: {} }]),
  );
  for (const r of ratings) out.get(r.responseId)!.ratings[r.statementId] = r.rating as Agreement | null;
  for (const t of texts) out.get(t.responseId)!.text[t.questionId] = t.text;
  return out as Map<string, StakeholderAnswers>;
}

/** The response a stakeholder's link answers, or the provider's self-assessment (null until it first saves). */
export async function getOwnResponse(access: { checkId: string; role: string; tokenHash: string }) {
  const where =
    access.role === "provider"
      ? and(eq(tables.stakeholderResponses.reviewId, access.checkId), eq(tables.stakeholderResponses.kind, "provider"))
      : and(
          eq(tables.stakeholderResponses.reviewId, access.checkId),
          eq(tables.stakeholderResponses.tokenHash, access.tokenHash),
        );
  const [row] = await db().select().from(tables.stakeholderResponses).where(where).limit(1);
  if (!row) return null;
  const answers = (await readAnswers(db(), [row.id])).get(row.id)!;
  return {
    id: row.id,
    kind: row.kind as OwnResponse["kind"],
    groupId: row.groupId,
    level: row.level as StakeholderLevel | null,
    submittedAt: row.submittedAt,
    answers,
  } satisfies OwnResponse;
}

export type SaveResult =
  | { status: "saved" }
  | { status: "submitted" }
  /** Submit refused: these statements have neither a rating nor "don't know". */
  | { status: "incomplete"; missing: string[] }
  | { status: "already-submitted" }
  | { status: "unauthorised" }
  | { status: "closed" };

/**
 * Saves a stakeholder's answers, or the provider's self-assessment (its response made on the first save), and with
 * `submit` submits them: every statement rated or "don't know". Nothing changes once submitted.
 */
export async function saveReviewAnswers(input: {
  authority: Authority;
  questionnaire: StakeholderQuestionnaire;
  answers: { ratings: Readonly<Record<string, Agreement | null>>; text: Readonly<Record<string, string | undefined>> };
  submit?: boolean;
}): Promise<SaveResult> {
  const { authority } = input;
  return writeTransaction(async (tx): Promise<SaveResult> => {
    if (!(await authorityHolds(tx, authority))) return { status: "unauthorised" };
    const review = await lockReview(tx, authority.checkId);
    if (!review) return { status: "unauthorised" };
    if (review.closedAt) return { status: "closed" };
    const provider = authority.role === "provider";
    let [row] = await forUpdate(
      tx
        .select()
        .from(tables.stakeholderResponses)
        .where(
          provider
            ? and(
                eq(tables.stakeholderResponses.reviewId, authority.checkId),
                eq(tables.stakeholderResponses.kind, "provider"),
              )
            : eq(tables.stakeholderResponses.tokenHash, authority.tokenHash),
        )
        .limit(1),
    );
    if (!row && !provider) return { status: "unauthorised" };
    if (!row) {
      const id = generateId();
      await tx
        .insert(tables.stakeholderResponses)
        .values({ id, reviewId: authority.checkId, kind: "provider", createdAt: new Date() });
      [row] = await tx.select().from(tables.stakeholderResponses).where(eq(tables.stakeholderResponses.id, id));
    }
    const response = row!;
    if (response.submittedAt) return { status: "already-submitted" };
    const known = new Set(statementsOf(input.questionnaire).map((s) => s.id));
    for (const [statementId, rating] of Object.entries(input.answers.ratings)) {
      if (!known.has(statementId)) continue;
      await tx
        .insert(tables.stakeholderRatings)
        .values({ responseId: response.id, statementId, rating })
        .onConflictDoUpdate({
          target: [tables.stakeholderRatings.responseId, tables.stakeholderRatings.statementId],
          set: { rating },
        });
    }
    for (const q of input.questionnaire.freeText) {
      if (!(q.id in input.answers.text)) continue;
      const text = input.answers.text[q.id]?.trim() ?? "";
      const key = and(
        eq(tables.stakeholderTexts.responseId, response.id),
        eq(tables.stakeholderTexts.questionId, q.id),
      );
      await tx.delete(tables.stakeholderTexts).where(key);
      if (text) await tx.insert(tables.stakeholderTexts).values({ responseId: response.id, questionId: q.id, text });
    }
    if (!input.submit) return { status: "saved" };
    const stored = (await readAnswers(tx, [response.id])).get(response.id)!;
    const missing = [...known].filter((id) => !(id in stored.ratings));
    if (missing.length > 0) return { status: "incomplete", missing };
    await tx
      .update(tables.stakeholderResponses)
      .set({ submittedAt: new Date() })
      .where(eq(tables.stakeholderResponses.id, response.id));
    return { status: "submitted" };
  });
}

/** The commissioner closes the review to answers; its results can then be read. Harmless twice. */
export async function closeReview(authority: Authority): Promise<{ status: "closed" } | { status: "unauthorised" }> {
  if (authority.role !== "commissioner") return { status: "unauthorised" };
  return writeTransaction(async (tx) => {
    if (!(await authorityHolds(tx, authority))) return { status: "unauthorised" as const };
    const review = await lockReview(tx, authority.checkId);
    if (!review) return { status: "unauthorised" as const };
    if (!review.closedAt) {
      await tx
        .update(tables.stakeholderReviews)
        .set({ closedAt: new Date() })
        .where(eq(tables.stakeholderReviews.checkId, authority.checkId));
    }
    return { status: "closed" as const };
  });
}

/**
 * The results of a closed review (null while it takes answers: figures that moved with each new response would
 * give that response away). Only submitted responses count, and the domain's threshold applies.
 */
export async function getReviewResults(review: StakeholderReviewSummary): Promise<StakeholderResults | null> {
  if (!review.closedAt) return null;
  const rows = await db()
    .select()
    .from(tables.stakeholderResponses)
    .where(
      and(eq(tables.stakeholderResponses.reviewId, review.id), isNotNull(tables.stakeholderResponses.submittedAt)),
    );
  const answers = await readAnswers(
    db(),
    rows.map((r) => r.id),
  );
  const responses: SubmittedResponse[] = rows.flatMap((r) =>
    r.kind === "stakeholder" && r.groupId && r.level
      ? [{ groupId: r.groupId, level: r.level as StakeholderLevel, answers: answers.get(r.id)! }]
      : [],
  );
  const self = rows.find((r) => r.kind === "provider");
  return stakeholderResults(
    questionnaireOfReview(review),
    review.groups.map((g) => ({ id: g.id, name: g.name })),
    responses,
    self ? answers.get(self.id)! : null,
  );
}

export interface SharedAction {
  id: string;
  forWhom: "provider" | "system";
  who: string;
  what: string;
  dueOn: string | null;
  themeId: string | null;
  recordedBy: ReviewParty;
  createdAt: Date;
}

/** The shared actions agreed in the system discussion, in the order they were recorded. */
export async function listActions(reviewId: string): Promise<SharedAction[]> {
  const rows = await db()
    .select()
    .from(tables.stakeholderActions)
    .where(eq(tables.stakeholderActions.reviewId, reviewId))
    .orderBy(asc(tables.stakeholderActions.createdAt), asc(tables.stakeholderActions.id));
  return rows.map((r) => ({
    id: r.id,
    forWhom: r.forWhom as SharedAction["forWhom"],
    who: r.who,
    what: r.what,
    dueOn: r.dueOn,
    themeId: r.themeId,
    recordedBy: r.recordedBy as ReviewParty,
    createdAt: r.createdAt,
  }));
}

/** Most actions one review records: a list for a board paper, not a project plan. */
export const MAX_ACTIONS = 100;

/** The commissioner or the provider records a shared action (who, what, by when). */
export async function addAction(input: {
  authority: Authority;
  action: Pick<SharedAction, "forWhom" | "who" | "what" | "dueOn" | "themeId">;
}): Promise<{ status: "added"; id: string } | { status: "unauthorised" } | { status: "full" }> {
  const { authority } = input;
  if (!runs(authority)) return { status: "unauthorised" };
  return writeTransaction(async (tx) => {
    if (!(await authorityHolds(tx, authority))) return { status: "unauthorised" as const };
    if (!(await lockReview(tx, authority.checkId))) return { status: "unauthorised" as const };
    const existing = await tx
      .select({ id: tables.stakeholderActions.id })
      .from(tables.stakeholderActions)
      .where(eq(tables.stakeholderActions.reviewId, authority.checkId));
    if (existing.length >= MAX_ACTIONS) return { status: "full" as const };
    const id = generateId();
    await tx.insert(tables.stakeholderActions).values({
      id,
      reviewId: authority.checkId,
      ...input.action,
      recordedBy: authority.role,
      createdAt: new Date(),
    });
    return { status: "added" as const, id };
  });
}

/** Removes a shared action (either of the two who run the review may). */
export async function removeAction(input: {
  authority: Authority;
  actionId: string;
}): Promise<{ status: "removed" } | { status: "unauthorised" } | { status: "unknown" }> {
  const { authority } = input;
  if (!runs(authority)) return { status: "unauthorised" };
  return writeTransaction(async (tx) => {
    if (!(await authorityHolds(tx, authority))) return { status: "unauthorised" as const };
    if (!(await lockReview(tx, authority.checkId))) return { status: "unauthorised" as const };
    const key = and(
      eq(tables.stakeholderActions.id, input.actionId),
      eq(tables.stakeholderActions.reviewId, authority.checkId),
    );
    const [found] = await tx.select({ id: tables.stakeholderActions.id }).from(tables.stakeholderActions).where(key);
    if (!found) return { status: "unknown" as const };
    await tx.delete(tables.stakeholderActions).where(key);
    return { status: "removed" as const };
  });
}

export type NextRoundResult =
  | { status: "started"; review: CreatedStakeholderReview; number: number }
  | { status: "exists"; nextId: string }
  /** A review still taking answers: the next year's starts from a closed one. */
  | { status: "open" }
  | { status: "unauthorised" };

/**
 * Next year's review of the same service (issue 20, "Repeat yearly"): the same names and stakeholder groups, on
 * the current questionnaire, linked to this one; new links for both parties (the one starting it has its own, the
 * other an invitation) and nobody invited yet. One next round per review.
 */
export async function startNextRound(authority: Authority, keys: SealKeys): Promise<NextRoundResult> {
  if (!runs(authority)) return { status: "unauthorised" };
  return writeTransaction(async (tx): Promise<NextRoundResult> => {
    if (!(await authorityHolds(tx, authority))) return { status: "unauthorised" };
    const review = await lockReview(tx, authority.checkId);
    if (!review) return { status: "unauthorised" };
    if (!review.closedAt) return { status: "open" };
    const [next] = await tx
      .select({ id: tables.stakeholderReviews.checkId })
      .from(tables.stakeholderReviews)
      .where(eq(tables.stakeholderReviews.previousCheckId, review.checkId))
      .limit(1);
    if (next) return { status: "exists", nextId: next.id };
    const groups = await tx
      .select({ name: tables.stakeholderGroups.name })
      .from(tables.stakeholderGroups)
      .where(eq(tables.stakeholderGroups.reviewId, review.checkId))
      .orderBy(asc(tables.stakeholderGroups.position));
    const created = await insertReview(
      tx,
      {
        service: review.service,
        providerName: review.providerName,
        commissionerName: review.commissionerName,
        createdBy: authority.role as ReviewParty,
        groups: groups.map((g) => g.name),
        previous: { id: review.checkId, number: review.number },
      },
      keys,
    );
    return { status: "started", review: created, number: review.number + 1 };
  });
}

/** The chain of yearly reviews a review belongs to, first first, each with its results once closed. */
export async function listReviewRounds(reviewId: string) {
  const chain: StakeholderReviewSummary[] = [];
  const seen = new Set<string>();
  let at = await getStakeholderReview(reviewId);
  while (at?.previousId && !seen.has(at.previousId)) {
    seen.add(at.id);
    const before = await getStakeholderReview(at.previousId);
    if (!before) break;
    at = before;
  }
  for (let round = at; round && !chain.some((r) => r.id === round!.id);) {
    chain.push(round);
    round = round.nextId ? await getStakeholderReview(round.nextId) : null;
  }
  return Promise.all(chain.map(async (review) => ({ review, results: await getReviewResults(review) })));
}

/**
 * Deletes a review for good: its check row, and with it (foreign keys, on delete cascade) its links and sessions,
 * groups, invitations, every response, rating and word of free text, and its actions. Next year's review, if any,
 * stays, no longer linked back. The commissioner's link is checked inside the same transaction.
 */
export async function deleteStakeholderReview(
  authority: Authority,
): Promise<{ status: "deleted" } | { status: "unauthorised" }> {
  if (authority.role !== "commissioner") return { status: "unauthorised" };
  return writeTransaction(async (tx) => {
    if (!(await authorityHolds(tx, authority))) return { status: "unauthorised" as const };
    if (!(await lockReview(tx, authority.checkId))) return { status: "unauthorised" as const };
    await tx.delete(tables.checks).where(eq(tables.checks.id, authority.checkId));
    return { status: "deleted" as const };
  });
}
