/**
 * Scoring 10,000 checks on the full v1 question bank (target: under 100 ms on
 * these machines). Answers are random but fixed by a seed, so runs compare.
 * Run with `npm run bench`.
 */
import fc from "fast-check";
import { bench, describe } from "vitest";
import { currentQuestionnaire, allItems } from "~/domain/questionnaires";
import { assessCheck, buildReport } from "~/domain/report";
import type { Answer, SideAnswers } from "~/domain/types";
import { answerArb } from "../unit/arbitraries";

const questionnaire = currentQuestionnaire();
const itemIds = allItems(questionnaire).map((i) => i.id);
const CHECKS = 10_000;

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
  .map(([answers, facts]) => ({
    answers: Object.fromEntries(itemIds.map((id, i) => [id, answers[i]])),
    facts,
  }));

// Plain JSON data, as answers arrive from the database or the API (not fast-check's generated objects).
const pairs: Array<[SideAnswers, SideAnswers]> = JSON.parse(
  JSON.stringify(fc.sample(fc.tuple(sideArb, sideArb), { numRuns: CHECKS, seed: 20261123 })),
);

/**
 * Random answers are the worst case (about half the items of each check raise
 * a flag). Real pairs mostly agree: here each prime answer sits within one
 * position of the organisation's, which raises a few flags per check.
 */
const nearby: Array<[SideAnswers, SideAnswers]> = pairs.map(([vcs, prime]) => {
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

describe(`scoring ${CHECKS.toLocaleString("en-GB")} checks (${itemIds.length} items each, flags and verdict)`, () => {
  bench(
    "assessCheck × 10,000 (scores, flags, verdict)",
    () => {
      for (const [vcs, prime] of pairs) assessCheck(questionnaire, vcs, prime);
    },
    { iterations: 20, warmupIterations: 3 },
  );
  bench(
    "assessCheck × 10,000, realistic answers (few flags)",
    () => {
      for (const [vcs, prime] of nearby) assessCheck(questionnaire, vcs, prime);
    },
    { iterations: 20, warmupIterations: 3 },
  );
  bench(
    "buildReport × 10,000 (the same, plus every flag's text and item detail)",
    () => {
      for (const [vcs, prime] of pairs) buildReport(questionnaire, vcs, prime);
    },
    { iterations: 20, warmupIterations: 3 },
  );
});
