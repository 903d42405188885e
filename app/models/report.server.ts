/**
 * The report of a check, and the one cache in the app (see
 * docs/architecture.md, "The one cache").
 */
import { LRUCache } from "lru-cache";
import type { BoardSpread } from "~/domain/combine";
import { buildReport, type Report } from "~/domain/report";
import type { Side } from "~/domain/types";
import { getSubmittedBoard, type SideBoardReport } from "./board.server";
import type { CheckSummary } from "./check.server";
import { getFlagOutcomes, type FlagOutcome } from "./outcome.server";
import { questionnaireOf } from "./questionnaire.server";
import { getSideAnswers } from "./response.server";

/** The report with what the owner has recorded about each flag since the two sides talked. */
export interface ReportView extends Report {
  outcomes: Record<string, FlagOutcome>;
  /** How each side answered: one person, or a board (with its spread from three respondents, and overrides). */
  sides: Record<Side, SideBoardReport>;
}

type BuiltReport = Report & { sides: Record<Side, SideBoardReport> };

/**
 * Built reports, keyed by check id, question bank version and both sides'
 * submission times. Submitted answers can never change, so an entry is never
 * stale, and a second process computing the same key builds the same report.
 * Outcomes are not kept here: they are read on every request. The memo is only
 * consulted after the caller has authorised the request and read the check
 * from the database, so a deleted check or a replaced link is refused before
 * anything kept here could be shown. Bounded by entries, by size and by age, so
 * memory stays small and nothing of a deleted check outlives the TTL in another
 * process; in this process deleteCheck empties it at once.
 */
const built = new LRUCache<string, BuiltReport>({
  // A built report takes about 420 KB of heap (tests/bench/memory.ts: 500 of them took 210 MB), about three times
  // its JSON. A hundred keep a process within 200 MB at 50 connections (docs/benchmarks.md, "Memory"); a report
  // not kept is built again in about 10 ms.
  max: 100,
  // Roughly the bytes of the report as JSON, as a second bound for unusually large reports.
  maxSize: 16 * 1024 * 1024,
  sizeCalculation: (report) => JSON.stringify(report).length,
  ttl: 60 * 60 * 1000,
});

export function bothSubmitted(check: CheckSummary): boolean {
  return check.sides.vcs.status === "submitted" && check.sides.prime.status === "submitted";
}

function memoKey(check: CheckSummary): string {
  return [
    check.id,
    check.questionnaireVersion,
    check.questionSet,
    check.sides.vcs.submittedAt?.getTime(),
    check.sides.prime.submittedAt?.getTime(),
  ].join(":");
}

/**
 * The report, or null while either side has still to submit. This is the only
 * place the two sides' answers are read together, so sealing is enforced here.
 */
export async function getReport(check: CheckSummary, options: { keep?: boolean } = {}): Promise<ReportView | null> {
  if (!bothSubmitted(check)) return null;
  const key = memoKey(check);
  // A partner search scoring its candidates (app/models/search.server.ts) builds each report once, to store its
  // result: `keep: false` leaves the memo to the reports people read.
  const keep = options.keep ?? true;
  let report = built.get(key);
  if (!report) {
    const epoch = forgets;
    const questionnaire = questionnaireOf(check);
    const [vcs, prime, vcsBoard, primeBoard] = await Promise.all([
      getSideAnswers(check.sides.vcs.responseId),
      getSideAnswers(check.sides.prime.responseId),
      getSubmittedBoard({ questionnaire, side: "vcs", ...check.sides.vcs }),
      getSubmittedBoard({ questionnaire, side: "prime", ...check.sides.prime }),
    ]);
    const boards: Partial<Record<Side, BoardSpread>> = {};
    if (vcsBoard.spread) boards.vcs = { respondents: vcsBoard.respondents, items: vcsBoard.spread };
    if (primeBoard.spread) boards.prime = { respondents: primeBoard.respondents, items: primeBoard.spread };
    report = { ...buildReport(questionnaire, vcs, prime, boards), sides: { vcs: vcsBoard, prime: primeBoard } };
    // NOTE: a check deleted while this report was being built must not be stored after its entries were
    // dropped. Any forgetting since the build began skips the store: a rare miss, never a stale entry.
    if (keep && forgets === epoch) built.set(key, report);
  }
  return { ...report, outcomes: await getFlagOutcomes(check.id) };
}

/** Counts forgetReport calls, so a build that overlapped one is not stored. */
let forgets = 0;

/** Called by deleteCheck: nothing of a deleted check may linger in memory. */
export function forgetReport(checkId: string) {
  forgets += 1;
  for (const key of built.keys()) if (key.startsWith(`${checkId}:`)) built.delete(key);
}

/** How many built reports of a check this process keeps (for tests and diagnostics). */
export function memoizedReports(checkId: string): number {
  let count = 0;
  for (const key of built.keys()) if (key.startsWith(`${checkId}:`)) count += 1;
  return count;
}
