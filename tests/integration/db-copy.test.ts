/**
 * `npm run db:copy` (db/copy.ts, issue 15): a realistic SQLite database, made
 * with the app's own models (every table holds rows), is copied to a
 * throwaway PostgreSQL cluster and from there to a new SQLite file. Each hop's
 * counts and checksums match, every row of every table reads back equal at the
 * end, the submitted check's report is the same built from the copy, a
 * non-empty target is refused and left as it was, and a changed or missing row
 * is caught by the verification.
 *
 * Without PostgreSQL the PostgreSQL hops warn and skip (a SQLite-to-SQLite copy
 * still runs); under CI=true they fail instead.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { eq } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { flagKey, type Flag } from "~/domain/flags";
import { currentQuestionnaire } from "~/domain/questionnaires";
import type { Answer } from "~/domain/types";
import { sealKeys } from "~/access/session.server";
import { inviteRespondent, saveOverride } from "~/models/board.server";
import { claimInvitation, getCheckSummary } from "~/models/check.server";
import { hashToken } from "~/models/tokens.server";
import { saveNotificationAddress } from "~/models/notification.server";
import { recordFlagOutcome } from "~/models/outcome.server";
import { confirmOutcome, proposeOutcome } from "~/models/review.server";
import { startRound } from "~/models/round.server";
import { hitRateLimit } from "~/models/rate-limit.server";
import { forgetReport, getReport } from "~/models/report.server";
import { saveSideAnswers, submitResponse } from "~/models/response.server";
import { applyToSearch, createSearch, scoreCandidates } from "~/models/search.server";
import { questionnaireOf } from "~/models/questionnaire.server";
import { createWorkshop, joinWorkshop, scoreParticipants } from "~/models/workshop.server";
import {
  addAction,
  closeReview,
  confirmReview,
  createStakeholderReview,
  getStakeholderReview,
  inviteStakeholders,
  joinFromOpenLink,
  makeOpenLink,
  saveReviewAnswers,
  startNextRound,
} from "~/models/stakeholder.server";
import { currentStakeholderQuestionnaire, statementsOf } from "~/domain/stakeholder";
import { openDatabase, openSqliteDatabase, type DatabaseHandle } from "../../db/client";
import {
  compareDatabases,
  copyDatabase,
  CopyRefused,
  summariseDatabase,
  tablesInForeignKeyOrder,
  verifyDatabases,
} from "../../db/copy";
import { startPostgres, type PostgresCluster } from "../setup/postgres";
import { HEALTHY_FACTS, answerAt, checkWithSessions, completeAnswers, newCheck, sideAuthority } from "./support";

const run = promisify(execFile);
const source = process.env.DATABASE_URL!;
const folder = mkdtempSync(join(tmpdir(), "common-ground-copy-"));

const started = await startPostgres();
const skipped = "skipped" in started ? started.skipped : null;
const cluster = skipped ? null : (started as PostgresCluster);
const inCI = process.env.CI === "true";
if (skipped && !inCI) console.warn(`\n*** PostgreSQL copy tests skipped: ${skipped}\n`);

afterAll(async () => {
  await cluster?.stop();
  rmSync(folder, { recursive: true, force: true });
});

/** Text that a careless copy would mangle: quotes, a backslash, a newline, accents and an emoji. */
const AWKWARD_NOTE = "Prime will review \"volumes\" after 6 months \\ O'Neill's note — café, naïve ✓ 🙂\nsecond line";

let submittedCheckId = "";

/** Two checks as people leave them: one with both sides submitted and its flags recorded, one half answered. */
async function seed() {
  // Only so submissions queue their emails in the outbox; nothing is sent in this file.
  process.env.SMTP_URL = "smtp://127.0.0.1:9";
  try {
    const check = await checkWithSessions({ title: "Employment support, Lot 2 — “North”" });
    submittedCheckId = check.id;
    await saveNotificationAddress({ authority: check.authority("vcs"), email: "vcs@example.org" });
    await saveNotificationAddress({ authority: check.authority("owner"), email: "owner@example.org" });
    const summary = (await getCheckSummary(check.id))!;
    const items = currentQuestionnaire().dimensions.flatMap((d) => d.items.map((i) => i.id));
    for (const side of ["vcs", "prime"] as const) {
      const authority = await sideAuthority(check.id, side);
      const answers = completeAnswers(side, (itemId): Answer => {
        const n = items.indexOf(itemId);
        if (n === 0) return { preferred: 1, acceptable: { min: 1, max: 2 }, importance: "high", redLine: true };
        if (n === 1)
          return {
            preferred: 4,
            acceptable: { min: 3, max: 5 },
            importance: "low",
            redLine: false,
            note: AWKWARD_NOTE,
          };
        if (n === 2 && side === "prime")
          return {
            preferred: 5,
            acceptable: { min: 5, max: 5 },
            importance: "high",
            redLine: false,
            fixed: true,
            clause: "Schedule 3, 4.2",
          };
        return { preferred: 3, acceptable: { min: 2, max: 4 }, importance: "medium", redLine: false };
      });
      if (side === "prime") answers.facts = { ...HEALTHY_FACTS.prime, guaranteedReferralsPerYear: 0 };
      const factIds = Object.keys(answers.facts) as (keyof typeof answers.facts)[];
      const saved = await saveSideAnswers({
        authority,
        responseId: summary.sides[side].responseId,
        ...answers,
        ...(side === "vcs" ? { findingOnlyFacts: { marked: factIds.slice(0, 1), sideFactIds: factIds } } : {}),
        ...(side === "prime" ? { redLineFacts: { marked: factIds.slice(0, 1), sideFactIds: factIds } } : {}),
      });
      expect(saved.status).toBe("saved");
      const submitted = await submitResponse({
        authority,
        responseId: summary.sides[side].responseId,
        questionnaire: currentQuestionnaire(),
        side,
      });
      expect(submitted.status).toBe("submitted");
    }
    const report = (await getReport((await getCheckSummary(check.id))!))!;
    expect(report.flags.length).toBeGreaterThan(1);
    await recordFlagOutcome({
      checkId: check.id,
      flagKey: flagKey(report.flags[0]!),
      outcome: "accepted",
      note: AWKWARD_NOTE,
    });
    await recordFlagOutcome({ checkId: check.id, flagKey: flagKey(report.flags[1]!), outcome: "resolved" });

    const half = await newCheck({ title: "Youth mentoring", vcsName: "Small Steps", primeName: "Prime Ltd" });
    const halfSummary = (await getCheckSummary(half.id))!;
    const some = completeAnswers("vcs");
    const firstTen = Object.fromEntries(Object.entries(some.answers).slice(0, 10));
    const saved = await saveSideAnswers({
      authority: half.authority("vcs"),
      responseId: halfSummary.sides.vcs.responseId,
      answers: firstTen,
      facts: { reservesMonths: 2.1 } as typeof some.facts,
    });
    expect(saved.status).toBe("saved");
    // A board on the half-answered side (issue 16): a respondent with a shared note, and an override.
    const invited = await inviteRespondent({
      authority: half.authority("vcs"),
      side: "vcs",
      label: "Treasurer — “café”",
      keys: await sealKeys(),
    });
    if (invited.status !== "invited") throw new Error(invited.status);
    const claimed = await claimInvitation(invited.token);
    if (claimed.status !== "claimed") throw new Error(claimed.status);
    const [firstItem] = Object.keys(firstTen);
    const shared = { ...some.answers[firstItem!]!, note: AWKWARD_NOTE, shareNote: true };
    const respondentSaved = await saveSideAnswers({
      authority: { checkId: half.id, role: "vcs-respondent", tokenHash: hashToken(claimed.token) },
      responseId: invited.id,
      answers: { [firstItem!]: shared },
      facts: {},
    });
    expect(respondentSaved.status).toBe("saved");
    const overridden = await saveOverride({
      authority: half.authority("vcs"),
      side: "vcs",
      itemId: firstItem!,
      override: { answer: some.answers[firstItem!]!, reason: AWKWARD_NOTE },
    });
    expect(overridden.status).toBe("saved");
    await hitRateLimit("link-opens:203.0.113.9", 60_000);
    await hitRateLimit("link-opens:203.0.113.9", 60_000);
    await seedSearch();
    await seedWorkshop();
    await seedReview(check.id, report.flags);
    await seedStakeholderReview();
  } finally {
    delete process.env.SMTP_URL;
  }
}

/** The joint review and a check-up (issue 19): an agreed outcome, agreed figures, and the next round started. */
async function seedReview(checkId: string, flags: Flag[]) {
  const questionFlag = flags.find((f) => f.itemIds.length > 0)!;
  const figureFlag = flags.find((f) => f.itemIds.length === 0)!;
  expect(figureFlag).toBeDefined();
  const vcs = await sideAuthority(checkId, "vcs");
  const prime = await sideAuthority(checkId, "prime");
  const agreed = await proposeOutcome({
    authority: vcs,
    side: "vcs",
    flagKey: flagKey(questionFlag),
    proposal: { kind: "agreed", position: 2, wording: AWKWARD_NOTE },
    problems: () => [],
  });
  expect(agreed.status).toBe("saved");
  expect((await confirmOutcome({ authority: prime, side: "prime", flagKey: flagKey(questionFlag) })).status).toBe(
    "confirmed",
  );
  const figure = figureFlag.factIds[0]!;
  const figures = await proposeOutcome({
    authority: prime,
    side: "prime",
    flagKey: flagKey(figureFlag),
    proposal: { kind: "agreed", figures: { [figure]: 2.5 } },
    problems: () => [],
  });
  expect(figures.status).toBe("saved");
  const started = await startRound(
    {
      authority: await sideAuthority(checkId, "owner"),
      previous: (await getCheckSummary(checkId))!,
      occasion: "12-months",
    },
    await sealKeys(),
  );
  expect(started.status).toBe("started");
}

/** A stakeholder review (issue 20): confirmed, stakeholders invited and answering, free text, actions, next year's. */
async function seedStakeholderReview() {
  const created = await createStakeholderReview(
    {
      service: "Healthwatch “Eastshire”",
      providerName: "O'Neill Community Voice",
      commissionerName: "Eastshire Council",
      createdBy: "commissioner",
      groups: ["GP practices", "Council officers"],
    },
    await sealKeys(),
  );
  const provider = await claimInvitation(created.tokens.provider);
  if (provider.status !== "claimed") throw new Error(provider.status);
  const commissioner = await sideAuthority(created.id, "commissioner");
  const providerAuthority = await sideAuthority(created.id, "provider");
  expect((await confirmReview(providerAuthority)).status).toBe("confirmed");
  const review = (await getStakeholderReview(created.id))!;
  const [gps, council] = review.groups;
  const invited = await inviteStakeholders({
    authority: commissioner,
    groupId: gps!.id,
    level: "operational",
    count: 2,
  });
  if (invited.status !== "invited") throw new Error(invited.status);
  const claimed = await claimInvitation(invited.tokens[0]!);
  if (claimed.status !== "claimed") throw new Error(claimed.status);
  const open = await makeOpenLink({ authority: providerAuthority, groupId: council!.id });
  if (open.status !== "made") throw new Error(open.status);
  const joined = await joinFromOpenLink({ openTokenHash: hashToken(open.token), level: "strategic" });
  if (joined.status !== "joined") throw new Error(joined.status);
  const questionnaire = currentStakeholderQuestionnaire();
  const first = statementsOf(questionnaire)[0]!.id;
  const saved = await saveReviewAnswers({
    authority: { checkId: created.id, role: "stakeholder", tokenHash: claimed.access.tokenHash },
    questionnaire,
    answers: { ratings: { [first]: 4 }, text: { "change-service": AWKWARD_NOTE } },
  });
  expect(saved.status).toBe("saved");
  const added = await addAction({
    authority: commissioner,
    action: { forWhom: "system", who: "GP federation", what: AWKWARD_NOTE, dueOn: "2027-03-31", themeId: "listening" },
  });
  expect(added.status).toBe("added");
  expect((await closeReview(commissioner)).status).toBe("closed");
  expect((await startNextRound(commissioner, await sealKeys())).status).toBe("started");
}

/** A partner search (issue 17): the prime submitted, one applicant scored (its stored result and section scores). */
async function seedSearch() {
  const search = await createSearch({ title: "Partner search — “Kent”", primeName: "Acme Prime" });
  const applied = await applyToSearch({ code: search.applyCode, name: "O'Neill Trust", email: "apply@example.org" });
  if (applied.status !== "applied") throw new Error(applied.status);
  for (const [checkId, side] of [
    [search.checkId, "prime"],
    [applied.candidate.id, "vcs"],
  ] as const) {
    const authority = await sideAuthority(checkId, side);
    const responseId = (await getCheckSummary(checkId))!.sides[side].responseId;
    expect((await saveSideAnswers({ authority, responseId, ...completeAnswers(side) })).status).toBe("saved");
    const submitted = await submitResponse({ authority, responseId, questionnaire: currentQuestionnaire(), side });
    expect(submitted.status).toBe("submitted");
  }
  expect(await scoreCandidates(applied.searchId)).toBe(1);
}

/** A workshop (issue 18): the built-in scenario, one participant submitted with its result's dealbreakers stored. */
async function seedWorkshop() {
  const workshop = await createWorkshop({
    title: "Workshop — “Kent” CVS",
    heldOn: "2030-01-31",
    profile: "tighter-embrace",
    questionSet: "core",
    sections: ["brand-identity", "independence-voice"],
    retentionDays: 30,
  });
  const joined = await joinWorkshop({ code: workshop.joinCode, organisation: "O'Neill Trust" });
  if (joined.status !== "joined") throw new Error(joined.status);
  const checkId = joined.participant.checkId;
  const summary = (await getCheckSummary(checkId))!;
  const authority = await sideAuthority(checkId, "vcs");
  const keep = answerAt(1, { redLine: true, note: AWKWARD_NOTE });
  const answers = Object.fromEntries(
    questionnaireOf(summary).dimensions.flatMap((d) => d.items.map((i) => [i.id, keep])),
  );
  const responseId = summary.sides.vcs.responseId;
  expect((await saveSideAnswers({ authority, responseId, answers, facts: {} })).status).toBe("saved");
  const submitted = await submitResponse({
    authority,
    responseId,
    questionnaire: questionnaireOf(summary),
    side: "vcs",
  });
  expect(submitted.status).toBe("submitted");
  expect(await scoreParticipants(joined.workshopId)).toBe(1);
}

/** Every row of every table, each table's rows sorted by primary key, as the drizzle driver reads them. */
async function allRows(handle: DatabaseHandle) {
  const out: Record<string, unknown[]> = {};
  for (const info of tablesInForeignKeyOrder(handle)) {
    const columns = info.table as unknown as Record<string, PgColumn>;
    out[info.name] = await handle.read
      .select()
      .from(info.table as PgTable)
      .orderBy(...info.primaryKey.map((k) => columns[k]!));
    // NOTE: the database's own order can differ between dialects (collations): sort here as well.
    const key = (row: unknown) => JSON.stringify(info.primaryKey.map((k) => (row as Record<string, unknown>)[k]));
    out[info.name]!.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  }
  return out;
}

async function withDatabase<T>(url: string, work: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = openDatabase(url);
  try {
    await handle.ready;
    return await work(handle);
  } finally {
    await handle.close();
  }
}

beforeAll(seed);

test("the seeded database holds rows in every table of the schema (so every table's copy is tested)", async () => {
  const summaries = await withDatabase(source, (handle) => summariseDatabase(handle));
  expect(summaries.map((s) => s.table)).toEqual([
    "checks",
    "parties",
    "sessions",
    "server_keys",
    "rate_limits",
    "responses",
    "access_tokens",
    "session_grants",
    "answers",
    "overrides",
    "fact_answers",
    "flag_outcomes",
    "notification_addresses",
    "outbox",
    "searches",
    "candidates",
    "candidate_scores",
    "workshops",
    "participants",
    "participant_dealbreakers",
    "review_outcomes",
    "review_figures",
    "rounds",
    "stakeholder_reviews",
    "stakeholder_groups",
    "stakeholder_invitations",
    "stakeholder_responses",
    "stakeholder_ratings",
    "stakeholder_texts",
    "stakeholder_actions",
  ]);
  // A new table must be seeded above, or this fails: an empty table would prove nothing about its copy.
  expect(summaries.filter((s) => s.rows === 0).map((s) => s.table)).toEqual([]);
});

test("SQLite to SQLite: a verified copy (runs without PostgreSQL too)", async () => {
  const target = join(folder, "sqlite-to-sqlite.db");
  const result = await copyDatabase({ from: source, to: `file:${target}`, batchSize: 3 });
  expect(result.ok).toBe(true);
  expect(result.rowsCopied).toBe(result.tables.reduce((n, t) => n + t.sourceRows, 0));
  const [a, b] = await Promise.all([withDatabase(source, allRows), withDatabase(target, allRows)]);
  expect(b).toEqual(a);
});

// Under CI=true a PostgreSQL that cannot start fails this file; elsewhere its PostgreSQL tests are skipped, with the
// reason printed above.
if (skipped !== null && inCI) throw new Error(`PostgreSQL tests cannot run under CI=true: ${skipped}`);

describe.skipIf(skipped !== null)("SQLite to PostgreSQL to SQLite", () => {
  const final = join(folder, "final.db");
  let firstHop: Awaited<ReturnType<typeof copyDatabase>>;

  test("each hop copies every row and its counts and checksums match; the last hop's match the first's", async () => {
    const log: string[] = [];
    // A batch size that divides no table's count, so every table is read and written over several pages.
    firstHop = await copyDatabase({ from: source, to: cluster!.url, batchSize: 7, log: (l) => log.push(l) });
    expect(firstHop.ok).toBe(true);
    expect(log[0]).toMatch(/\(sqlite\) to postgres:\/\/.*\(postgresql\)$/);
    const secondHop = await copyDatabase({ from: cluster!.url, to: final });
    expect(secondHop.ok).toBe(true);
    expect(secondHop.rowsCopied).toBe(firstHop.rowsCopied);
    expect(secondHop.tables.map((t) => [t.table, t.targetRows, t.targetChecksum])).toEqual(
      firstHop.tables.map((t) => [t.table, t.sourceRows, t.sourceChecksum]),
    );
    console.info(
      `db:copy: ${firstHop.rowsCopied} rows; SQLite → PostgreSQL ${firstHop.copyMs.toFixed(0)} ms ` +
        `(+${firstHop.verifyMs.toFixed(0)} ms verify), PostgreSQL → SQLite ${secondHop.copyMs.toFixed(0)} ms ` +
        `(+${secondHop.verifyMs.toFixed(0)} ms verify)`,
    );
  });

  test("every row of every table reads back equal, on PostgreSQL and in the final SQLite file", async () => {
    const original = await withDatabase(source, allRows);
    expect(await withDatabase(cluster!.url, allRows)).toEqual(original);
    expect(await withDatabase(final, allRows)).toEqual(original);
    // The awkward text, the 8-byte float and the booleans came through as themselves.
    const rows = await withDatabase(final, allRows);
    expect(rows.answers).toContainEqual(expect.objectContaining({ note: AWKWARD_NOTE }));
    expect(rows.answers).toContainEqual(expect.objectContaining({ fixed: true, clause: "Schedule 3, 4.2" }));
    expect(rows.fact_answers).toContainEqual(expect.objectContaining({ factId: "reservesMonths", value: 2.1 }));
  });

  test("the submitted check's report, built from the final copy, is the report built from the original", async () => {
    const original = await getReport((await getCheckSummary(submittedCheckId))!);
    const app = globalThis.__commonGroundDb;
    const copy = openSqliteDatabase(final);
    try {
      // The models read whichever database app/db.server.ts holds: the copy, for this one report.
      globalThis.__commonGroundDb = copy;
      forgetReport(submittedCheckId);
      const fromCopy = await getReport((await getCheckSummary(submittedCheckId))!);
      expect(fromCopy).toEqual(original);
      expect(Object.keys(fromCopy!.outcomes)).toHaveLength(2);
    } finally {
      globalThis.__commonGroundDb = app;
      forgetReport(submittedCheckId);
      await copy.close();
    }
  });

  test("copying into a database that holds any row is refused and changes nothing, on either dialect", async () => {
    for (const target of [cluster!.url, final]) {
      const before = await withDatabase(target, (handle) => summariseDatabase(handle));
      const refused = copyDatabase({ from: source, to: target });
      await expect(refused).rejects.toThrow(CopyRefused);
      await expect(refused).rejects.toThrow(/target database is not empty \(rows in checks, parties, .*\)/);
      expect(await withDatabase(target, (handle) => summariseDatabase(handle))).toEqual(before);
    }
    // One row in one table is enough.
    const lone = join(folder, "one-row.db");
    await withDatabase(lone, (handle) =>
      handle.write((tx) => tx.insert(handle.tables.serverKeys).values({ name: "k", value: "v" })),
    );
    await expect(copyDatabase({ from: source, to: lone })).rejects.toThrow(/not empty \(rows in server_keys\)/);
  });

  test("a changed row and a missing row are found by the verification", async () => {
    const copy = join(folder, "tampered.db");
    expect((await copyDatabase({ from: cluster!.url, to: copy })).ok).toBe(true);
    expect((await verifyDatabases({ from: source, to: copy })).ok).toBe(true);
    await withDatabase(copy, (handle) =>
      handle.write(async (tx) => {
        const { answers, sessions } = handle.tables;
        await tx.update(answers).set({ note: "changed" }).where(eq(answers.note, AWKWARD_NOTE));
        const [one] = await tx.select().from(sessions).limit(1);
        await tx.delete(sessions).where(eq(sessions.idHash, one!.idHash));
      }),
    );
    const verification = await verifyDatabases({ from: source, to: copy });
    expect(verification.ok).toBe(false);
    const bad = verification.tables.filter((t) => !t.ok);
    // session_grants cascade with the deleted session.
    expect(bad.map((t) => t.table)).toEqual(["sessions", "session_grants", "answers"]);
    const answers = bad.find((t) => t.table === "answers")!;
    expect(answers.targetRows).toBe(answers.sourceRows);
    expect(answers.targetChecksum).not.toBe(answers.sourceChecksum);
    expect(bad.find((t) => t.table === "sessions")!.targetRows).toBe(
      bad.find((t) => t.table === "sessions")!.sourceRows - 1,
    );
    // The same comparison, on handles: a Date a millisecond off is a mismatch too.
    await withDatabase(copy, (handle) =>
      handle.write((tx) =>
        tx
          .update(handle.tables.checks)
          .set({ createdAt: new Date(0) })
          .where(eq(handle.tables.checks.id, submittedCheckId)),
      ),
    );
    const [a, b] = [openDatabase(source), openDatabase(copy)];
    try {
      const again = await compareDatabases(a, b);
      expect(again.tables.filter((t) => !t.ok).map((t) => t.table)).toContain("checks");
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  test("npm run db:copy: the arguments pass through, a password is never printed, refusals and mismatches exit 1", async () => {
    // Trust authentication ignores the password, so the cluster takes a URL that carries one.
    const withPassword = cluster!.url.replace("postgres@", "postgres:s3cret-Pa55@");
    const target = join(folder, "from-cli.db");
    const npm = (...args: string[]) =>
      run("npm", ["run", "--silent", "db:copy", "--", ...args], { encoding: "utf8" }).then(
        (r) => ({ code: 0, out: r.stdout + r.stderr }),
        (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
      );

    const copied = await npm("--from", withPassword, "--to", `file:${target}`);
    expect(copied.out).toMatch(/Every table matches/);
    expect(copied.code).toBe(0);
    expect(copied.out).toMatch(/^outbox\s+\d+\s+\d+\s+[0-9a-f]{16}\s+[0-9a-f]{16}\s+ok$/m);
    expect(copied.out).toContain("postgres://postgres:****@127.0.0.1");
    expect(copied.out).not.toContain("s3cret");

    const refused = await npm("--from", withPassword, "--to", target);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/target database is not empty/);
    expect(refused.out).not.toContain("s3cret");

    expect((await npm("--verify", "--from", source, "--to", target)).code).toBe(0);
    await withDatabase(target, (handle) => handle.write((tx) => tx.update(handle.tables.rateLimits).set({ hits: 99 })));
    const mismatch = await npm("--verify", "--from", source, "--to", target);
    expect(mismatch.code).toBe(1);
    expect(mismatch.out).toMatch(/^rate_limits\s.*MISMATCH$/m);

    expect((await npm("--from", join(folder, "no-such.db"), "--to", join(folder, "x.db"))).out).toMatch(
      /does not exist/,
    );
    expect((await npm("--to", target)).code).toBe(2);
  });
});
