/**
 * Partner searches (issue 17; docs/architecture.md, "Partner searches"). A
 * search is a check of its own, where the prime answers its side once; each
 * candidate is an ordinary check with the candidate's VCS side and, as its
 * prime side, the search's (getCheckSummary joins them). So a candidate's
 * report comes from getReport like any other, by the same engine and method
 * version, sealed the same way: the prime sees nothing of a candidate before
 * both have submitted, and a candidate nothing of the prime's before that.
 *
 * Once both sides have submitted, a candidate's result (verdict, overall score,
 * dealbreakers, each section's score) is stored with it, so the dashboard ranks
 * and filters a thousand candidates with one indexed query instead of building
 * a thousand reports. The stored result is derived from answers that can never
 * change, and every read of it is the owner's, authorised first.
 */
import { and, asc, count, desc, eq, exists, gte, inArray, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import { currentQuestionnaire, type QuestionSet } from "~/domain/questionnaires";
import { BAND_RANK } from "~/domain/scoring";
import type { VerdictCode } from "~/domain/method";
import {
  applicationsOpen,
  MAX_CANDIDATES_PER_SEARCH,
  normaliseApplyCode,
  type CandidatePage,
  type CandidateQuery,
  type CandidateRow,
  type SearchSummary,
} from "~/domain/search";
import { db, forUpdate, tables, writeTransaction } from "~/db.server";
import { getCheckSummary, type CheckSummary, type SealKeys } from "./check.server";
import { forgetReport, getReport } from "./report.server";
import { authorityHolds, type Authority } from "./session.server";
import { generateCode, generateId, generateToken, hashToken, isWellFormedId, seal, unseal } from "./tokens.server";

/** The placeholder name of a search's own VCS side: nobody answers it, and no page shows it as a party. */
export const SEARCH_VCS_PLACEHOLDER = "Each candidate";

/** A new apply code: 10 characters of Crockford base 32 (50 bits), from the CSPRNG. */
const generateApplyCode = () => generateCode(10);

export interface NewSearch {
  title: string;
  primeName: string;
  closesAt?: Date | undefined;
  questionSet?: QuestionSet | undefined;
  /** Defaults to the current bank; an earlier one only for tests and tools. */
  questionnaireVersion?: string | undefined;
}

export interface CreatedSearch {
  id: string;
  /** The search's own check, where the prime answers. */
  checkId: string;
  applyCode: string;
  /** The search owner's link, and the prime's own link (already claimed: the creator answers for the prime). */
  tokens: { owner: string; prime: string };
}

/** Creates a search: its own check (the prime's party and response, a placeholder VCS side), two links and a code. */
export async function createSearch(input: NewSearch): Promise<CreatedSearch> {
  const id = generateId();
  const checkId = generateId();
  const tokens = { owner: generateToken(), prime: generateToken() };
  const now = new Date();
  return writeTransaction(async (tx) => {
    let applyCode = generateApplyCode();
    // 50 bits make a clash unlikely before millions of searches; one is still checked for, and a new code drawn.
    for (;;) {
      const [taken] = await tx
        .select({ id: tables.searches.id })
        .from(tables.searches)
        .where(eq(tables.searches.applyCode, applyCode))
        .limit(1);
      if (!taken) break;
      applyCode = generateApplyCode();
    }
    await tx.insert(tables.checks).values({
      id: checkId,
      title: input.title,
      questionnaireVersion: input.questionnaireVersion ?? currentQuestionnaire().version,
      questionSet: input.questionSet ?? "full",
      createdAt: now,
    });
    await tx
      .insert(tables.accessTokens)
      .values({ tokenHash: hashToken(tokens.owner), checkId, role: "owner", createdAt: now });
    for (const [role, name] of [
      ["vcs", SEARCH_VCS_PLACEHOLDER],
      ["prime", input.primeName],
    ] as const) {
      const partyId = generateId();
      await tx.insert(tables.parties).values({ id: partyId, checkId, role, name, createdAt: now });
      await tx.insert(tables.responses).values({ id: generateId(), partyId, createdAt: now });
      if (role === "prime") {
        await tx
          .insert(tables.accessTokens)
          .values({ tokenHash: hashToken(tokens.prime), checkId, role, partyId, kind: "link", createdAt: now });
      }
    }
    await tx
      .insert(tables.searches)
      .values({ id, checkId, applyCode, closesAt: input.closesAt ?? null, createdAt: now });
    return { id, checkId, applyCode, tokens };
  });
}

async function summaryOf(where: SQL): Promise<SearchSummary | null> {
  const [row] = await db()
    .select({ search: tables.searches, check: tables.checks })
    .from(tables.searches)
    .innerJoin(tables.checks, eq(tables.checks.id, tables.searches.checkId))
    .where(where)
    .limit(1);
  if (!row) return null;
  const summary = await getCheckSummary(row.check.id);
  if (!summary) return null;
  const prime = summary.sides.prime;
  return {
    id: row.search.id,
    checkId: row.check.id,
    title: row.check.title,
    primeName: prime.name,
    questionnaireVersion: row.check.questionnaireVersion,
    questionSet: summary.questionSet,
    applyCode: row.search.applyCode,
    closesAt: row.search.closesAt,
    closedAt: row.search.closedAt,
    open: applicationsOpen(row.search),
    primeStatus: prime.status,
    primeSubmittedAt: prime.submittedAt,
    createdAt: row.search.createdAt,
  };
}

export async function getSearch(searchId: string): Promise<SearchSummary | null> {
  if (!isWellFormedId(searchId)) return null;
  return summaryOf(eq(tables.searches.id, searchId));
}

/** The search whose own check this is (the owner's and the prime's links belong to it), or null. */
export async function getSearchOfCheck(checkId: string): Promise<SearchSummary | null> {
  if (!isWellFormedId(checkId)) return null;
  return summaryOf(eq(tables.searches.checkId, checkId));
}

/** The search this code opens, or null (a code is normalised first, so case and dashes do not matter). */
export async function getSearchByCode(typed: string): Promise<SearchSummary | null> {
  const code = normaliseApplyCode(typed);
  if (!/^[0-9A-Z]{10}$/.test(code)) return null;
  return summaryOf(eq(tables.searches.applyCode, code));
}

export type CloseResult = { status: "closed"; closedAt: Date } | { status: "unauthorised" };

/**
 * Closes the open application link (named invitations still work); closing
 * twice keeps the first time. The owner's authority is checked under the
 * search's lock (locks are taken search, then link, then session).
 */
export async function closeSearch(input: { searchId: string; authority: Authority }): Promise<CloseResult> {
  const now = new Date();
  return writeTransaction(async (tx): Promise<CloseResult> => {
    const [row] = await forUpdate(
      tx.select().from(tables.searches).where(eq(tables.searches.id, input.searchId)).limit(1),
    );
    if (!row || row.checkId !== input.authority.checkId) return { status: "unauthorised" };
    if (!(await authorityHolds(tx, input.authority))) return { status: "unauthorised" };
    if (row.closedAt) return { status: "closed", closedAt: row.closedAt };
    await tx.update(tables.searches).set({ closedAt: now }).where(eq(tables.searches.id, input.searchId));
    return { status: "closed", closedAt: now };
  });
}

export interface NewCandidate {
  id: string;
  name: string;
  /** An invited candidate's invitation (claimed on first use); an applicant's own link (already theirs). */
  token: string;
}

export type AddCandidatesResult =
  { status: "added"; candidates: NewCandidate[] } | { status: "full"; room: number } | { status: "unauthorised" };

/** Locks the search row and says how many more candidates it may take (every addition takes this lock first). */
async function roomIn(tx: Parameters<Parameters<typeof writeTransaction>[0]>[0], searchId: string) {
  const [search] = await forUpdate(tx.select().from(tables.searches).where(eq(tables.searches.id, searchId)).limit(1));
  if (!search) return null;
  const [held] = await tx
    .select({ n: count() })
    .from(tables.candidates)
    .where(eq(tables.candidates.searchId, searchId));
  return { search, room: MAX_CANDIDATES_PER_SEARCH - (held?.n ?? 0) };
}

async function insertCandidate(
  tx: Parameters<Parameters<typeof writeTransaction>[0]>[0],
  input: {
    searchId: string;
    search: { checkId: string };
    name: string;
    source: "applied" | "invited";
    email: string | null;
    token: string;
    sealKey: Buffer | null;
    now: Date;
  },
) {
  const [template] = await tx
    .select({ title: tables.checks.title, version: tables.checks.questionnaireVersion, set: tables.checks.questionSet })
    .from(tables.checks)
    .where(eq(tables.checks.id, input.search.checkId))
    .limit(1);
  if (!template) throw new Error("A search without its check");
  const checkId = generateId();
  const partyId = generateId();
  await tx.insert(tables.checks).values({
    id: checkId,
    title: template.title,
    questionnaireVersion: template.version,
    questionSet: template.set,
    createdAt: input.now,
  });
  await tx.insert(tables.parties).values({ id: partyId, checkId, role: "vcs", name: input.name, createdAt: input.now });
  await tx.insert(tables.responses).values({ id: generateId(), partyId, createdAt: input.now });
  await tx.insert(tables.candidates).values({
    checkId,
    searchId: input.searchId,
    source: input.source,
    email: input.email,
    createdAt: input.now,
  });
  await tx.insert(tables.accessTokens).values({
    tokenHash: hashToken(input.token),
    checkId,
    role: "vcs",
    partyId,
    createdAt: input.now,
    ...(input.sealKey ? { kind: "invitation", sealedToken: seal(input.token, input.sealKey) } : { kind: "link" }),
  });
  return checkId;
}

/**
 * Named candidates, invited by the prime: each gets a check of its own and an
 * invitation, claimed by whoever opens it first (decision record 0003), which
 * the owner's dashboard can show again until then.
 */
export async function addCandidates(input: {
  searchId: string;
  names: readonly string[];
  keys: SealKeys;
  /** The search owner's, checked under the search's lock. */
  authority: Authority;
}): Promise<AddCandidatesResult> {
  const now = new Date();
  return writeTransaction(async (tx): Promise<AddCandidatesResult> => {
    const held = await roomIn(tx, input.searchId);
    if (!held || held.search.checkId !== input.authority.checkId) return { status: "unauthorised" };
    if (!(await authorityHolds(tx, input.authority))) return { status: "unauthorised" };
    if (input.names.length > held.room) return { status: "full", room: Math.max(0, held.room) };
    const added: NewCandidate[] = [];
    for (const name of input.names) {
      const token = generateToken();
      const id = await insertCandidate(tx, {
        searchId: input.searchId,
        search: held.search,
        name,
        source: "invited",
        email: null,
        token,
        sealKey: input.keys.seal,
        now,
      });
      added.push({ id, name, token });
    }
    return { status: "added", candidates: added };
  });
}

export type ApplyResult =
  | { status: "applied"; searchId: string; candidate: NewCandidate }
  | { status: "unknown" }
  | { status: "closed" }
  | { status: "full" };

/**
 * An application through the open link: a new check for the applicant, with
 * its own link (the applicant holds it at once). Refused once the prime has
 * closed the link or the closing date has passed, checked under the search's lock.
 */
export async function applyToSearch(input: { code: string; name: string; email: string }): Promise<ApplyResult> {
  const code = normaliseApplyCode(input.code);
  if (!/^[0-9A-Z]{10}$/.test(code)) return { status: "unknown" };
  const now = new Date();
  return writeTransaction(async (tx): Promise<ApplyResult> => {
    const [found] = await tx
      .select({ id: tables.searches.id })
      .from(tables.searches)
      .where(eq(tables.searches.applyCode, code))
      .limit(1);
    if (!found) return { status: "unknown" };
    const held = await roomIn(tx, found.id);
    if (!held) return { status: "unknown" };
    if (!applicationsOpen(held.search, now)) return { status: "closed" };
    if (held.room < 1) return { status: "full" };
    const token = generateToken();
    const id = await insertCandidate(tx, {
      searchId: found.id,
      search: held.search,
      name: input.name,
      source: "applied",
      email: input.email,
      token,
      sealKey: null,
      now,
    });
    return { status: "applied", searchId: found.id, candidate: { id, name: input.name, token } };
  });
}

export interface CandidateRecord {
  id: string;
  searchId: string;
  source: "applied" | "invited";
  email: string | null;
}

/** A check's candidacy, or null for a check that is no search's candidate. */
export async function getCandidacy(checkId: string): Promise<CandidateRecord | null> {
  if (!isWellFormedId(checkId)) return null;
  const [row] = await db().select().from(tables.candidates).where(eq(tables.candidates.checkId, checkId)).limit(1);
  return row
    ? { id: row.checkId, searchId: row.searchId, source: row.source as CandidateRecord["source"], email: row.email }
    : null;
}

/**
 * A candidate withdraws: its check goes, and with it its answers, links,
 * sessions, contact email and stored result (foreign keys, on delete cascade).
 * Only a candidate's check, or a workshop participant's, can be withdrawn this way.
 */
export async function withdrawCandidate(input: {
  /** The candidate's side: its own link or session, checked under the lock. */
  authority: Authority;
}): Promise<"withdrawn" | "not_candidate" | "unauthorised"> {
  const checkId = input.authority.checkId;
  const outcome = await writeTransaction(async (tx) => {
    // Locked in the order every write takes (response, then link, then session): a save or a submission at the
    // same moment either finishes first or finds the check gone.
    await forUpdate(
      tx
        .select({ id: tables.responses.id })
        .from(tables.responses)
        .innerJoin(tables.parties, eq(tables.parties.id, tables.responses.partyId))
        .where(eq(tables.parties.checkId, checkId))
        .orderBy(tables.responses.id),
      tables.responses,
    );
    if (!(await authorityHolds(tx, input.authority))) return "unauthorised" as const;
    const [candidate] = await tx
      .select({ checkId: tables.candidates.checkId })
      .from(tables.candidates)
      .where(eq(tables.candidates.checkId, checkId))
      .limit(1);
    // A workshop's participant may delete its answers the same way, before the retention period ends (issue 18).
    const [participant] = candidate
      ? [candidate]
      : await tx
          .select({ checkId: tables.participants.checkId })
          .from(tables.participants)
          .where(eq(tables.participants.checkId, checkId))
          .limit(1);
    if (!participant) return "not_candidate" as const;
    await tx.delete(tables.checks).where(eq(tables.checks.id, checkId));
    return "withdrawn" as const;
  });
  if (outcome === "withdrawn") forgetReport(checkId);
  return outcome;
}

/** The verdict's place in the dashboard's order: strong first, red lines last (unscored after all of them). */
const verdictRankOf = (code: string) => (BAND_RANK[code as keyof typeof BAND_RANK] ?? -1) + 1;

/**
 * Scores every candidate of a search whose report is ready (both sides
 * submitted) and has no stored result yet: the report is built by getReport,
 * exactly as the candidate's own report page builds it, and its result stored.
 * Called after each submission that could make a report ready, and before the
 * dashboard reads, so a crash between a submission and its scoring is made good.
 * Doing it twice, or in two processes at once, stores one result.
 */
export async function scoreCandidates(searchId: string, only?: readonly string[]): Promise<number> {
  const pending = await db()
    .select({ checkId: tables.candidates.checkId })
    .from(tables.candidates)
    .innerJoin(
      tables.parties,
      and(eq(tables.parties.checkId, tables.candidates.checkId), eq(tables.parties.role, "vcs")),
    )
    .innerJoin(
      tables.responses,
      and(eq(tables.responses.partyId, tables.parties.id), eq(tables.responses.kind, "side")),
    )
    .where(
      and(
        eq(tables.candidates.searchId, searchId),
        isNull(tables.candidates.verdict),
        isNotNull(tables.responses.submittedAt),
        ...(only ? [inArray(tables.candidates.checkId, [...only])] : []),
      ),
    );
  let scored = 0;
  for (const { checkId } of pending) {
    const summary = await getCheckSummary(checkId);
    const report = summary ? await getReport(summary, { keep: false }) : null;
    if (!report) continue;
    const stored = await writeTransaction(async (tx) => {
      const updated = await tx
        .update(tables.candidates)
        .set({
          verdict: report.verdict.code,
          verdictRank: verdictRankOf(report.verdict.code),
          overall: report.overall,
          dealbreakers: report.flags.filter((flag) => flag.severity === "dealbreaker").length,
          scoredWith: report.method.version,
        })
        .where(and(eq(tables.candidates.checkId, checkId), isNull(tables.candidates.verdict)))
        .returning({ checkId: tables.candidates.checkId });
      // Already scored by another process, or withdrawn meanwhile: nothing more to write.
      if (updated.length !== 1) return false;
      await tx
        .insert(tables.candidateScores)
        .values(report.dimensions.map((d) => ({ checkId, dimensionId: d.id, score: d.score })));
      return true;
    });
    if (stored) scored += 1;
  }
  return scored;
}

/**
 * One page of a search's candidates, filtered and sorted in the database: the
 * count and the page are two indexed queries, and the page's section scores a
 * third, however many candidates the search holds.
 */
export async function listCandidates(searchId: string, query: CandidateQuery): Promise<CandidatePage> {
  const c = tables.candidates;
  const vcsParty = and(eq(tables.parties.checkId, c.checkId), eq(tables.parties.role, "vcs"));
  const sideResponse = and(eq(tables.responses.partyId, tables.parties.id), eq(tables.responses.kind, "side"));
  const where = and(
    eq(c.searchId, searchId),
    query.submittedOnly ? isNotNull(tables.responses.submittedAt) : undefined,
    query.minScore !== undefined ? gte(c.overall, query.minScore) : undefined,
    query.noDealbreakers ? eq(c.dealbreakers, 0) : undefined,
    query.section !== undefined && query.minSectionScore !== undefined
      ? exists(
          db()
            .select({ one: sql`1` })
            .from(tables.candidateScores)
            .where(
              and(
                eq(tables.candidateScores.checkId, c.checkId),
                eq(tables.candidateScores.dimensionId, query.section),
                gte(tables.candidateScores.score, query.minSectionScore),
              ),
            ),
        )
      : undefined,
  );
  const [counted] = await db()
    .select({ n: count() })
    .from(c)
    .innerJoin(tables.parties, vcsParty)
    .innerJoin(tables.responses, sideResponse)
    .where(where);
  const total = counted?.n ?? 0;
  const unscoredLast = sql`coalesce(${c.verdictRank}, -1)`;
  const scoreOrUnscored = sql`coalesce(${c.overall}, -1)`;
  const byName = sql`lower(${tables.parties.name})`;
  const order = {
    fit: [desc(unscoredLast), desc(scoreOrUnscored), asc(byName)],
    score: [desc(scoreOrUnscored), desc(unscoredLast), asc(byName)],
    dealbreakers: [asc(sql`coalesce(${c.dealbreakers}, 1000000)`), desc(scoreOrUnscored), asc(byName)],
    name: [asc(byName)],
    newest: [desc(c.createdAt)],
  }[query.sort];
  const pages = Math.max(1, Math.ceil(total / query.pageSize));
  const page = Math.min(Math.max(1, query.page), pages);
  const rows = await db()
    .select({
      candidate: c,
      name: tables.parties.name,
      updatedAt: tables.responses.updatedAt,
      submittedAt: tables.responses.submittedAt,
    })
    .from(c)
    .innerJoin(tables.parties, vcsParty)
    .innerJoin(tables.responses, sideResponse)
    .where(where)
    .orderBy(...order, asc(c.checkId))
    .limit(query.pageSize)
    .offset((page - 1) * query.pageSize);
  const scoredIds = rows.filter((row) => row.candidate.verdict !== null).map((row) => row.candidate.checkId);
  const scores =
    scoredIds.length > 0
      ? await db().select().from(tables.candidateScores).where(inArray(tables.candidateScores.checkId, scoredIds))
      : [];
  const byCandidate = new Map<string, Record<string, number | null>>();
  for (const score of scores) {
    const mine = byCandidate.get(score.checkId) ?? {};
    mine[score.dimensionId] = score.score;
    byCandidate.set(score.checkId, mine);
  }
  return {
    total,
    page,
    pageSize: query.pageSize,
    pages,
    candidates: rows.map(({ candidate, name, updatedAt, submittedAt }) => ({
      id: candidate.checkId,
      name,
      source: candidate.source as CandidateRow["source"],
      email: candidate.email,
      status: submittedAt ? "submitted" : updatedAt ? "in_progress" : "not_started",
      submittedAt,
      createdAt: candidate.createdAt,
      result:
        candidate.verdict !== null && candidate.overall !== null
          ? {
              verdict: candidate.verdict as VerdictCode,
              overall: candidate.overall,
              dealbreakers: candidate.dealbreakers ?? 0,
              dimensions: byCandidate.get(candidate.checkId) ?? {},
            }
          : null,
    })),
  };
}

/**
 * The unclaimed invitations of a search's named candidates, by candidate id, so
 * the owner can send one again (null where it can no longer be unsealed).
 */
export async function getCandidateInvitations(
  searchId: string,
  candidateIds: readonly string[],
  keys: SealKeys,
): Promise<Record<string, string | null>> {
  if (candidateIds.length === 0) return {};
  const rows = await db()
    .select({ checkId: tables.accessTokens.checkId, sealedToken: tables.accessTokens.sealedToken })
    .from(tables.accessTokens)
    .innerJoin(tables.candidates, eq(tables.candidates.checkId, tables.accessTokens.checkId))
    .where(
      and(
        eq(tables.candidates.searchId, searchId),
        inArray(tables.accessTokens.checkId, [...candidateIds]),
        eq(tables.accessTokens.kind, "invitation"),
        isNull(tables.accessTokens.claimedAt),
        isNull(tables.accessTokens.revokedAt),
      ),
    );
  const found: Record<string, string | null> = {};
  for (const row of rows) found[row.checkId] = row.sealedToken ? unseal(row.sealedToken, keys.open) : null;
  return found;
}

/** A candidate of this search, with its check; null for any other id (another search's candidate included). */
export async function getSearchCandidate(
  searchId: string,
  candidateId: string,
): Promise<{ candidate: CandidateRecord; check: CheckSummary } | null> {
  const candidate = await getCandidacy(candidateId);
  if (!candidate || candidate.searchId !== searchId) return null;
  const check = await getCheckSummary(candidateId);
  return check ? { candidate, check } : null;
}

/**
 * Deletes a search and everything in it: every candidate's check (answers,
 * links, sessions, contact emails, stored results) and the search's own check
 * (the prime's answers and links), in one transaction, with the owner's
 * authority checked under the search's lock.
 */
export async function deleteSearch(input: {
  searchId: string;
  authority: Authority;
}): Promise<"deleted" | "unauthorised"> {
  const deleted = await writeTransaction(async (tx) => {
    const [search] = await forUpdate(
      tx.select().from(tables.searches).where(eq(tables.searches.id, input.searchId)).limit(1),
    );
    if (!search || search.checkId !== input.authority.checkId) return null;
    // Every candidate's responses are locked before the owner's link and session, in id order, as every write takes
    // them (docs/decisions/0004-write-transactions-on-both-databases.md): a candidate saving, submitting or
    // withdrawing at this moment finishes first or finds its check gone.
    await forUpdate(
      tx
        .select({ id: tables.responses.id })
        .from(tables.responses)
        .innerJoin(tables.parties, eq(tables.parties.id, tables.responses.partyId))
        .innerJoin(tables.candidates, eq(tables.candidates.checkId, tables.parties.checkId))
        .where(eq(tables.candidates.searchId, input.searchId))
        .orderBy(tables.responses.id),
      tables.responses,
    );
    if (!(await authorityHolds(tx, input.authority))) return null;
    const candidateChecks = await tx
      .select({ checkId: tables.candidates.checkId })
      .from(tables.candidates)
      .where(eq(tables.candidates.searchId, input.searchId));
    const ids = candidateChecks.map((row) => row.checkId);
    // In slices, so a search of thousands stays within every driver's limit on bound parameters; the candidates'
    // checks first, since a candidate must not outlive its search (candidates.search_id does not cascade).
    for (let i = 0; i < ids.length; i += 500) {
      await tx.delete(tables.checks).where(inArray(tables.checks.id, ids.slice(i, i + 500)));
    }
    await tx.delete(tables.checks).where(eq(tables.checks.id, search.checkId));
    return [...ids, search.checkId];
  });
  if (!deleted) return "unauthorised";
  for (const checkId of deleted) forgetReport(checkId);
  return "deleted";
}

/** The prime's own response in a search (where a saved profile is loaded when the search starts from one). */
export async function getSearchPrimeResponse(searchId: string): Promise<string | null> {
  const search = await getSearch(searchId);
  if (!search) return null;
  const check = await getCheckSummary(search.checkId);
  return check?.sides.prime.responseId ?? null;
}
