/**
 * Scoring 10,000 checks on the full v1 question bank (target: under 100 ms
 * on these machines). Answers are random but fixed by a seed, so runs
 * compare; they arrive as plain JSON, as from the database or the API.
 */
import fc from "fast-check";
import { allItems, currentQuestionnaire } from "~/domain/questionnaires";
import { assessCheck, buildReport } from "~/domain/report";
import type { Answer, SideAnswers } from "~/domain/types";
import { answerArb } from "../unit/arbitraries";
import type { BenchContext, BenchResult } from "./runner";

const CHECKS = 10_000;

function samplePairs(): Array<[SideAnswers, SideAnswers]> {
  const itemIds = allItems(currentQuestionnaire()).map((i) => i.id);
  const sideArb: fc.Arbitrary<SideAnswers> = fc
    .tuple(
      fc.array(answerArb, { minLength: itemIds.length, maxLength: itemIds.length }),
      fc.record({
        reservesMonths: fc.double({ min: 0, max: 24, noNaN: true }),
        contractIncomeShare: fc.integer({ min: 0, max: 100 }),
        minReferralsPerYear: fc.integer({ min: 0, max: 500 }),
        minTermMonths: fc.integer({ min: 12, max: 84 }),
        maxManagementFeePercent: fc.integer({ min: 0, max: 30 }),
        minNoticeDays: fc.integer({ min: 0, max: 365 }),
        guaranteedReferralsPerYear: fc.integer({ min: 0, max: 500 }),
        outcomePaymentShare: fc.integer({ min: 0, max: 100 }),
        paymentLagDays: fc.integer({ min: 0, max: 180 }),
        managementFeePercent: fc.integer({ min: 0, max: 30 }),
        termMonths: fc.integer({ min: 12, max: 84 }),
        terminationNoticeDays: fc.integer({ min: 0, max: 365 }),
      }),
    )
    .map(([answers, facts]) => ({ answers: Object.fromEntries(itemIds.map((id, i) => [id, answers[i]])), facts }));
  return JSON.parse(JSON.stringify(fc.sample(fc.tuple(sideArb, sideArb), { numRuns: CHECKS, seed: 20261123 })));
}

/** Real pairs mostly agree: each prime answer within one position of the organisation's (a few flags per check). */
function nearby(pairs: Array<[SideAnswers, SideAnswers]>): Array<[SideAnswers, SideAnswers]> {
  return pairs.map(([vcs, prime]) => {
    const answers: SideAnswers["answers"] = {};
    for (const [id, a] of Object.entries(vcs.answers)) {
      if (!a) continue;
      const preferred = Math.min(5, Math.max(1, a.preferred + ((id.length % 3) - 1))) as Answer["preferred"];
      answers[id] = {
        ...a,
        preferred,
        acceptable: {
          min: Math.min(a.acceptable.min, preferred),
          max: Math.max(a.acceptable.max, preferred),
        } as Answer["acceptable"],
        redLine: false,
      };
    }
    return [vcs, { answers, facts: prime.facts }];
  });
}

function time(
  label: string,
  pairs: Array<[SideAnswers, SideAnswers]>,
  score: (q: ReturnType<typeof currentQuestionnaire>, a: SideAnswers, b: SideAnswers) => unknown,
  runs: number,
) {
  const questionnaire = currentQuestionnaire();
  for (let i = 0; i < 3; i++) for (const [a, b] of pairs) score(questionnaire, a, b); // warm up
  const times: number[] = [];
  // This process's CPU time per run as well: on a shared machine the wall time also counts time spent waiting for a core.
  const cpuTimes: number[] = [];
  for (let r = 0; r < runs; r++) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    for (const [a, b] of pairs) score(questionnaire, a, b);
    times.push(performance.now() - started);
    const used = process.cpuUsage(cpu);
    cpuTimes.push((used.user + used.system) / 1000);
  }
  times.sort((x, y) => x - y);
  cpuTimes.sort((x, y) => x - y);
  const ms = (n: number) => Math.round(n * 10) / 10;
  return {
    run: label,
    checks: pairs.length,
    "fastest ms": ms(times[0]!),
    "median ms": ms(times[Math.floor(runs / 2)]!),
    "slowest ms": ms(times.at(-1)!),
    "median CPU ms": ms(cpuTimes[Math.floor(runs / 2)]!),
  };
}

export const name = "scoring";

export async function run(context: BenchContext): Promise<BenchResult> {
  const pairs = samplePairs();
  const runs = context.quick ? 7 : 15;
  const random = time("assessCheck: scores, flags, verdict (random answers)", pairs, assessCheck, runs);
  const realistic = time("assessCheck (realistic answers, few flags)", nearby(pairs), assessCheck, runs);
  const full = time(
    "buildReport: plus every flag's text and item detail",
    pairs,
    buildReport,
    Math.max(3, Math.floor(runs / 3)),
  );
  return {
    rows: [random, realistic, full],
    budgets: [
      {
        budget: "scoring 10,000 checks < 100 ms (realistic answers)",
        value: `${realistic["median ms"]} ms median`,
        met: realistic["median ms"] < 100,
      },
      {
        budget: "scoring 10,000 checks < 100 ms (random answers, worst case)",
        value: `${random["median ms"]} ms median`,
        met: random["median ms"] < 100,
      },
    ],
  };
}
