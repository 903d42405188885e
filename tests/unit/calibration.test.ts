/**
 * Calibration of method v2 (docs/method.md): STRONG must mean the two sides
 * want the same partnership. Properties over random seeds, not one seed.
 */
import fc from "fast-check";
import { expect, test } from "vitest";
import { calibrate, seededRandom, simulatedPair } from "~/domain/calibration";
import { getQuestionnaire } from "~/domain/questionnaires";
import { assessCheck } from "~/domain/report";

const v2 = getQuestionnaire("2")!;
const verdictsOf = (kind: "middling" | "random" | "near-identical", seed: number, pairs: number) => {
  const random = seededRandom(seed);
  return Array.from({ length: pairs }, () => assessCheck(v2, ...simulatedPair(v2, kind, random)).verdict);
};

test("unrelated pairs giving middling answers never come out strong, whatever the seed", () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 2 ** 31 }), (seed) => !verdictsOf("middling", seed, 50).includes("STRONG")),
    { numRuns: 40 },
  );
});

test("unrelated pairs answering at random never come out strong, whatever the seed", () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 2 ** 31 }), (seed) => !verdictsOf("random", seed, 50).includes("STRONG")),
    { numRuns: 40 },
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
