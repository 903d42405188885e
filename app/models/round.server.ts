/**
 * Check-ups (issue 19; docs/architecture.md, "Rounds"): from a completed check, its next round, a check of its
 * own on the current question bank, linked to the one before. Each side's answers to the questions start from its
 * answers in the round before; its figures are asked afresh (they change, and a figure shared only as a finding
 * must not reach whoever opens an invitation first).
 */
import { and, eq, inArray } from "drizzle-orm";
import { currentQuestionnaire, hasCoreSet, questionnaireFor } from "~/domain/questionnaires";
import type { VerdictCode } from "~/domain/method";
import type { Side } from "~/domain/types";
import { SIDES } from "~/domain/types";
import { roundName, type Occasion } from "~/domain/rounds";
import { db, forUpdate, tables, writeTransaction } from "~/db.server";
import {
  getCheckSummary,
  insertCheck,
  type CheckSummary,
  type CreatedCheck,
  type CreatorSide,
  type SealKeys,
} from "./check.server";
import { getReport, type ReportView } from "./report.server";
import { authorityHolds, type Authority } from "./session.server";
import { questionnaireOf } from "./questionnaire.server";
import {
  compareRounds,
  roundSeries,
  type RoundComparison,
  type RoundSeries,
  type RoundsPage,
  type RoundsPageRound,
} from "~/domain/round-comparison";

/** A check's place in its chain of rounds. */
export interface RoundLink {
  checkId: string;
  /** 1 for the original check. */
  number: number;
  /** Null for the original check. */
  occasion: Occasion | null;
  previousCheckId: string | null;
  nextCheckId: string | null;
}

/** Where a check sits among its rounds (an ordinary check with none is round 1 of 1). */
export async function getRoundLink(checkId: string): Promise<RoundLink> {
  const [own, next] = await Promise.all([
    db().select().from(tables.rounds).where(eq(tables.rounds.checkId, checkId)).limit(1),
    db()
      .select({ checkId: tables.rounds.checkId })
      .from(tables.rounds)
      .where(eq(tables.rounds.previousCheckId, checkId))
      .limit(1),
  ]);
  const row = own[0];
  return {
    checkId,
    number: row?.number ?? 1,
    occasion: (row?.occasion as Occasion | undefined) ?? null,
    previousCheckId: row?.previousCheckId ?? null,
    nextCheckId: next[0]?.checkId ?? null,
  };
}

/** The chain a check belongs to, first round first: each round's link, walking back and forward from this one. */
export async function getRoundChain(checkId: string): Promise<RoundLink[]> {
  const here = await getRoundLink(checkId);
  const chain: RoundLink[] = [here];
  const seen = new Set([checkId]);
  for (let at = here; at.previousCheckId && !seen.has(at.previousCheckId);) {
    seen.add(at.previousCheckId);
    at = await getRoundLink(at.previousCheckId);
    chain.unshift(at);
  }
  for (let at = here; at.nextCheckId && !seen.has(at.nextCheckId);) {
    seen.add(at.nextCheckId);
    at = await getRoundLink(at.nextCheckId);
    chain.push(at);
  }
  return chain;
}

export type StartRoundResult =
  | { status: "started"; check: CreatedCheck; number: number }
  /** The check already has a next round: check-ups go from the latest round. */
  | { status: "exists"; nextCheckId: string }
  /** The owner's link was replaced, or the check deleted, since the request began. */
  | { status: "unauthorised" };

/**
 * Starts the next round of a completed check (the caller has checked both sides submitted, and that it is an
 * ordinary check): a new check with the same names and details, on the current bank (its core set if the round
 * before used one and the bank has one), with each side's answers to the questions the new bank still asks
 * copied from that side's answers in the round before, as a draft to change. One next round per check: a second
 * start, even at the same moment, finds the first.
 */
export async function startRound(
  input: { authority: Authority; previous: CheckSummary; occasion: Occasion; creatorSide?: CreatorSide | undefined },
  keys: SealKeys,
): Promise<StartRoundResult> {
  const { previous } = input;
  const bank = currentQuestionnaire();
  const questionSet = previous.questionSet === "core" && hasCoreSet(bank) ? "core" : "full";
  const asked = new Set(
    questionnaireFor(bank.version, questionSet)!.dimensions.flatMap((d) => d.items.map((item) => item.id)),
  );
  return writeTransaction(async (tx): Promise<StartRoundResult> => {
    // Locked: of two starts at once, the second waits and then finds the first's round; and a check deleted
    // meanwhile (its owner's grant goes with it) starts nothing.
    if (!(await authorityHolds(tx, input.authority))) return { status: "unauthorised" };
    const [locked] = await forUpdate(
      tx.select({ id: tables.checks.id }).from(tables.checks).where(eq(tables.checks.id, previous.id)),
    );
    if (!locked) return { status: "unauthorised" };
    const [next] = await tx
      .select({ checkId: tables.rounds.checkId })
      .from(tables.rounds)
      .where(eq(tables.rounds.previousCheckId, previous.id))
      .limit(1);
    if (next) return { status: "exists", nextCheckId: next.checkId };
    const [own] = await tx
      .select({ number: tables.rounds.number })
      .from(tables.rounds)
      .where(eq(tables.rounds.checkId, previous.id))
      .limit(1);
    const number = (own?.number ?? 1) + 1;
    const created = await insertCheck(
      tx,
      {
        title: previous.title,
        vcsName: previous.sides.vcs.name,
        primeName: previous.sides.prime.name,
        serviceArea: previous.serviceArea ?? undefined,
        commissioner: previous.commissioner ?? undefined,
        contractLength: previous.contractLength ?? undefined,
        questionSet,
        creatorSide: input.creatorSide,
      },
      keys,
    );
    await tx
      .insert(tables.rounds)
      .values({ checkId: created.id, previousCheckId: previous.id, occasion: input.occasion, number });
    const now = new Date();
    for (const side of SIDES) {
      const rows = await tx
        .select()
        .from(tables.answers)
        .where(eq(tables.answers.responseId, previous.sides[side].responseId));
      for (const row of rows) {
        if (!asked.has(row.itemId)) continue;
        await tx.insert(tables.answers).values({
          ...row,
          responseId: created.responses[side],
          noteShared: false,
          updatedAt: now,
        });
      }
    }
    return { status: "started", check: created, number };
  });
}

/** One round as the rounds list shows it. */
export interface RoundListing {
  id: string;
  number: number;
  occasion: Occasion | null;
  createdAt: Date;
  title: string;
  /** Both sides' submission state, for the verdict (read by the caller from each round's report). */
  submitted: Record<Side, boolean>;
}

/** The rounds of the chain a check belongs to, first first. */
export async function listRounds(checkId: string): Promise<RoundListing[]> {
  const chain = await getRoundChain(checkId);
  const ids = chain.map((r) => r.checkId);
  const [checks, sides] = await Promise.all([
    db()
      .select({ id: tables.checks.id, createdAt: tables.checks.createdAt, title: tables.checks.title })
      .from(tables.checks)
      .where(inArray(tables.checks.id, ids)),
    db()
      .select({ checkId: tables.parties.checkId, role: tables.parties.role, submittedAt: tables.responses.submittedAt })
      .from(tables.parties)
      .innerJoin(
        tables.responses,
        and(eq(tables.responses.partyId, tables.parties.id), eq(tables.responses.kind, "side")),
      )
      .where(inArray(tables.parties.checkId, ids)),
  ]);
  const byId = new Map(checks.map((c) => [c.id, c]));
  return chain.flatMap((link) => {
    const check = byId.get(link.checkId);
    if (!check) return [];
    const mine = sides.filter((s) => s.checkId === link.checkId);
    const submitted = (side: Side) => mine.some((s) => s.role === side && s.submittedAt !== null);
    return [
      {
        id: check.id,
        number: link.number,
        occasion: link.occasion,
        createdAt: check.createdAt,
        title: check.title,
        submitted: { vcs: submitted("vcs"), prime: submitted("prime") },
      },
    ];
  });
}

/** A round's verdict and overall score, once both its sides have submitted. */
export interface RoundResult {
  verdict: { code: VerdictCode; label: string };
  overall: number;
}

async function withReports(listed: RoundListing[]): Promise<RoundWithReport[]> {
  return Promise.all(
    listed.map(async (round) => {
      const check = await getCheckSummary(round.id);
      const report = check ? await getReport(check) : null;
      return {
        ...round,
        check,
        report,
        result: report
          ? { verdict: { code: report.verdict.code, label: report.verdict.label }, overall: report.overall }
          : null,
      };
    }),
  );
}

/** A round of the chain with its report (null until both its sides submitted: the seal). */
export type RoundWithReport = RoundListing & { result: RoundResult | null; check: CheckSummary | null } & {
  report: ReportView | null;
};

/** The chain of a check's rounds for the check-ups page and API: each round, the chart's series, and the comparison. */
export interface RoundsOverview {
  rounds: RoundWithReport[];
  /** Where this check sits in `rounds`. */
  at: number;
  series: RoundSeries;
  /**
   * This round against the one before, once both are complete; null otherwise (`waiting` says why, or the check
   * is its chain's first round).
   */
  comparison: RoundComparison | null;
  /** What the comparison waits for: the rounds not yet complete, by number. Empty when there is nothing to wait for. */
  waiting: number[];
}

export async function getRoundsOverview(checkId: string): Promise<RoundsOverview> {
  const rounds = await withReports(await listRounds(checkId));
  const at = rounds.findIndex((r) => r.id === checkId);
  const here = rounds[at];
  const before = at > 0 ? rounds[at - 1] : undefined;
  const input = (round: RoundWithReport | undefined) =>
    round?.check && round.report
      ? {
          number: round.number,
          occasion: round.occasion,
          questionnaire: questionnaireOf(round.check),
          report: round.report,
        }
      : null;
  const previous = input(before);
  const current = input(here);
  return {
    rounds,
    at,
    series: roundSeries(rounds),
    comparison: previous && current ? compareRounds(previous, current) : null,
    waiting: before ? [before, here].flatMap((r) => (r && !r.report ? [r.number] : [])) : [],
  };
}

/**
 * The check-ups page's data for a role: `home(id)` is where the role's pages live in a round, and `holds(id)`
 * says whether this browser holds the role in that round (the caller asks the session).
 */
export async function getRoundsPage(
  checkId: string,
  options: { home: (checkId: string) => string; holds: (checkId: string) => Promise<boolean> },
): Promise<RoundsPage | null> {
  const overview = await getRoundsOverview(checkId);
  // Deleted since the caller read it: no chain to show.
  if (overview.at < 0) return null;
  const rounds = await Promise.all(
    overview.rounds.map(async (round): Promise<RoundsPageRound> => {
      const held = round.id === checkId || (await options.holds(round.id));
      return {
        id: round.id,
        number: round.number,
        name: roundName(round.number, round.occasion),
        startedOn: round.createdAt.toLocaleDateString("en-GB", {
          day: "numeric",
          month: "long",
          year: "numeric",
          timeZone: "Europe/London",
        }),
        current: round.id === checkId,
        submitted: round.submitted,
        result: round.result,
        href: held ? `${options.home(round.id)}${round.result ? "/report" : ""}` : null,
      };
    }),
  );
  const here = rounds[overview.at]!;
  const link = (round: RoundsPageRound | undefined) =>
    round ? { id: round.id, name: round.name, href: round.href === null ? null : options.home(round.id) } : null;
  return {
    title: overview.rounds[overview.at]?.title ?? "",
    rounds,
    series: overview.series,
    comparison: overview.comparison,
    waiting: overview.waiting.map((n) => rounds.find((r) => r.number === n)!.name),
    here: { number: here.number, name: here.name },
    previous: link(rounds[overview.at - 1]),
    next: link(rounds[overview.at + 1]),
  };
}
