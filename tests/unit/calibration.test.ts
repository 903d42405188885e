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

test("unrelated pairs giving middling answers never come out strong, whatever the seed", () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 2 ** 31 }), (seed) => !verdictsOf("middling", seed, 50).includes("STRONG")),
    { numRuns: 40 },
  );
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

test("on the core set too, unrelated pairs never come out strong and near-identical pairs mostly do", () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 2 ** 31 }), (seed) => {
      const unrelated = [...verdictsOf("middling", seed, 40, core), ...verdictsOf("random", seed, 40, core, false)];
      const near = verdictsOf("near-identical", seed, 50, core);
      // Fewer questions per section make one difference weigh more: three in five, not four (docs/method.md).
      return !unrelated.includes("STRONG") && near.filter((v) => v === "STRONG").length >= 30;
    }),
    { numRuns: 25 },
  );
});

test("near-identical pairs come out strong at least four times in five, whatever the seed", () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 2 ** 31 }), (seed) => {
      const verdicts = verdictsOf("near-identical", seed, 50);
      return verdicts.filter((v) => v === "STRONG").length >= 40;
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
