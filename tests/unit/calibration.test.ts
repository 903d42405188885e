/**
 * Calibration of method v2 (docs/method.md): STRONG must mean the two sides
 * want the same partnership. Properties over random seeds, not one seed.
 */
import fc from "fast-check";
import { expect, test } from "vitest";
import { calibrate, seededRandom, simulatedPair } from "~/domain/calibration";
import { getQuestionnaire, selectQuestions } from "~/domain/questionnaires";
import { assessCheck } from "~/domain/report";
import type { Questionnaire, SideAnswers } from "~/domain/types";

const v2 = getQuestionnaire("2")!;
const core = selectQuestions(v2, "core");
const withoutRedLines = (side: SideAnswers): SideAnswers => ({
  ...side,
  answers: Object.fromEntries(Object.entries(side.answers).map(([id, a]) => [id, a && { ...a, redLine: false }])),
});
const verdictsOf = (
  kind: "middling" | "random" | "near-identical",
  seed: number,
  pairs: number,
  bank: Questionnaire = v2,
  redLines = true,
) => {
  const random = seededRandom(seed);
  return Array.from({ length: pairs }, () => {
    const [vcs, prime] = simulatedPair(bank, kind, random);
    return redLines
      ? assessCheck(bank, vcs, prime).verdict
      : assessCheck(bank, withoutRedLines(vcs), withoutRedLines(prime)).verdict;
  });
};

/** How many verdicts are strong. */
const strong = (verdicts: readonly string[]) => verdicts.filter((v) => v === "STRONG").length;

// NOTE: an unrelated pair comes out strong very rarely, not never: 1 in 200,000 middling pairs on the full bank and 9
// on the core set (docs/method.md). So each seed's sample may hold one; two in one sample would take a rate
// hundreds of times higher, and the large fixed samples below hold the rate itself.
test("unrelated pairs giving middling answers almost never come out strong, whatever the seed", () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 2 ** 31 }), (seed) => strong(verdictsOf("middling", seed, 50)) <= 1),
    { numRuns: 40 },
  );
});

test("of 20,000 unrelated middling pairs, fewer than 1 in 5,000 come out strong, on the full bank and on the core set", () => {
  for (const bank of [v2, core]) expect(strong(verdictsOf("middling", 2026, 20_000, bank))).toBeLessThan(4);
});

test("unrelated pairs answering at random, with their red lines taken away, never come out strong, whatever the seed", () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 2 ** 31 }), (seed) => {
      const verdicts = verdictsOf("random", seed, 50, v2, false);
      return !verdicts.includes("STRONG") && !verdicts.includes("RED_LINES");
    }),
    { numRuns: 40 },
  );
});

test("on the core set too, unrelated pairs almost never come out strong and near-identical pairs mostly do", () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 2 ** 31 }), (seed) => {
      const unrelated = [...verdictsOf("middling", seed, 40, core), ...verdictsOf("random", seed, 40, core, false)];
      const near = verdictsOf("near-identical", seed, 50, core);
      // Fewer questions per section make one difference weigh more (docs/method.md). The bar sits well below the
      // simulated rate (77%), more than four standard deviations, so no seed fails it by chance.
      return strong(unrelated) <= 1 && strong(near) >= 25;
    }),
    { numRuns: 25 },
  );
});

test("near-identical pairs come out strong at least three times in four, whatever the seed", () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 2 ** 31 }), (seed) => {
      const verdicts = verdictsOf("near-identical", seed, 50);
      // The simulated rate is 92.5%: the bar sits more than four standard deviations below it.
      return verdicts.filter((v) => v === "STRONG").length >= 38;
    }),
    { numRuns: 40 },
  );
});

test("method v1 did call middling pairs strong: the reason for v2's calibration", () => {
  const v1 = getQuestionnaire("1")!;
  const random = seededRandom(7);
  const verdicts = Array.from({ length: 50 }, () => assessCheck(v1, ...simulatedPair(v1, "middling", random)).verdict);
  expect(verdicts.filter((v) => v === "STRONG").length).toBeGreaterThan(40);
});

test("every realistic scenario gets the verdict an adviser would expect", () => {
  const calibration = calibrate(v2, 10);
  for (const scenario of calibration.scenarios) {
    expect(scenario.verdict, `${scenario.title} (overall ${scenario.overall})`).toBe(scenario.expected);
  }
});
