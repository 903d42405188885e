import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { itemFlag } from "~/domain/flags";
import { currentQuestionnaire } from "~/domain/questionnaires";
import { OVERLAP_FLOOR, bandOf, itemFit, meetingPoint, overlapOf, verdictOf, weightedScore } from "~/domain/scoring";
import type { Answer, Position } from "~/domain/types";
import { answerArb } from "./arbitraries";

const item = currentQuestionnaire().dimensions[1]!.items[0]!;
const distance = (a: Answer, b: Answer) => Math.abs(a.preferred - b.preferred);
const runs = { numRuns: 2000 };

describe("item fit: properties that must always hold", () => {
  test("is symmetric when the sides' answers are swapped", () => {
    fc.assert(
      fc.property(answerArb, answerArb, (a, b) => itemFit(a, b) === itemFit(b, a)),
      runs,
    );
  });

  test("is between 0 and 1", () => {
    fc.assert(
      fc.property(answerArb, answerArb, (a, b) => {
        const fit = itemFit(a, b);
        return fit >= 0 && fit <= 1;
      }),
      runs,
    );
  });

  test("is 1 exactly when the preferred positions are equal", () => {
    fc.assert(
      fc.property(answerArb, answerArb, (a, b) => (itemFit(a, b) === 1) === (a.preferred === b.preferred)),
      runs,
    );
  });

  test("with the same distance between preferred positions, overlapping ranges never score below non-overlapping ones", () => {
    fc.assert(
      fc.property(answerArb, answerArb, answerArb, answerArb, (a, b, c, d) => {
        fc.pre(distance(a, b) === distance(c, d));
        fc.pre(overlapOf(a.acceptable, b.acceptable) !== null && overlapOf(c.acceptable, d.acceptable) === null);
        return itemFit(a, b) >= itemFit(c, d);
      }),
      { numRuns: 500 },
    );
  });

  test("moving one side's preferred position towards the other's, within its acceptable range, never lowers fit", () => {
    fc.assert(
      fc.property(answerArb, answerArb, fc.integer({ min: 1, max: 4 }), (a, b, steps) => {
        fc.pre(a.preferred !== b.preferred);
        const direction = Math.sign(b.preferred - a.preferred);
        let moved = a.preferred;
        for (let i = 0; i < steps && moved !== b.preferred; i++) moved += direction;
        fc.pre(moved >= a.acceptable.min && moved <= a.acceptable.max);
        const closer: Answer = { ...a, preferred: moved as Position };
        return itemFit(closer, b) >= itemFit(a, b);
      }),
      runs,
    );
  });

  test("overlapping ranges always score at least the overlap floor; others stay below it", () => {
    fc.assert(
      fc.property(answerArb, answerArb, (a, b) =>
        overlapOf(a.acceptable, b.acceptable) ? itemFit(a, b) >= OVERLAP_FLOOR : itemFit(a, b) < OVERLAP_FLOOR,
      ),
      runs,
    );
  });
});

describe("item flags: properties that must always hold", () => {
  test("a red line with no overlap is always a dealbreaker", () => {
    fc.assert(
      fc.property(answerArb, answerArb, (a, b) => {
        fc.pre(a.redLine || b.redLine);
        fc.pre(overlapOf(a.acceptable, b.acceptable) === null);
        return itemFlag(item, a, b)?.severity === "dealbreaker";
      }),
      runs,
    );
  });

  test("a red line with overlap never is", () => {
    fc.assert(
      fc.property(answerArb, answerArb, (a, b) => {
        fc.pre(overlapOf(a.acceptable, b.acceptable) !== null);
        return itemFlag(item, a, b)?.severity !== "dealbreaker";
      }),
      runs,
    );
  });

  test("no overlap without a red line is serious", () => {
    fc.assert(
      fc.property(answerArb, answerArb, (a, b) => {
        fc.pre(!a.redLine && !b.redLine && overlapOf(a.acceptable, b.acceptable) === null);
        return itemFlag(item, a, b)?.severity === "serious";
      }),
      runs,
    );
  });

  test("the suggested meeting point is acceptable to both and lies between the preferred positions", () => {
    fc.assert(
      fc.property(answerArb, answerArb, (a, b) => {
        const point = meetingPoint(a, b);
        const shared = overlapOf(a.acceptable, b.acceptable);
        if (!shared) return point === null;
        return (
          point !== null &&
          point >= shared.min &&
          point <= shared.max &&
          point >= Math.min(a.preferred, b.preferred) &&
          point <= Math.max(a.preferred, b.preferred)
        );
      }),
      runs,
    );
  });
});

describe("item flags at their edges", () => {
  const answer = (preferred: Position, min: Position, max: Position, redLine = false): Answer => ({
    preferred,
    acceptable: { min, max },
    importance: "medium",
    redLine,
  });

  test("agreement only at one edge position is a caution", () => {
    expect(itemFlag(item, answer(2, 1, 3), answer(4, 3, 5))?.severity).toBe("caution");
  });

  test("two positions in common raise no flag", () => {
    expect(itemFlag(item, answer(2, 1, 3), answer(4, 2, 5))).toBeNull();
  });

  test("the same preferred position raises no flag even when it is the only one either accepts", () => {
    expect(itemFlag(item, answer(3, 3, 3, true), answer(3, 3, 3, true))).toBeNull();
  });

  test("a dealbreaker names who drew the red line and which way the gap runs", () => {
    const flag = itemFlag(item, answer(1, 1, 2, true), answer(5, 4, 5));
    expect(flag?.severity).toBe("dealbreaker");
    expect(flag?.explanation).toContain("the organisation marked this as a red line");
    expect(flag?.explanation).toContain("The prime asks for closer integration");
    expect(flag?.itemIds).toEqual([item.id]);
    expect(flag?.factIds).toEqual([]);
  });
});

describe("scores and verdict", () => {
  test("weighted score is on 0–100 with one decimal at most", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(answerArb, answerArb), { minLength: 1, maxLength: 40 }), (pairs) => {
        const score = weightedScore(pairs.map(([a, b]) => ({ fit: itemFit(a, b), weight: 2 })));
        return score !== null && score >= 0 && score <= 100 && Math.round(score * 10) === score * 10;
      }),
    );
  });

  test("no items means no score", () => {
    expect(weightedScore([])).toBeNull();
  });

  test("importance weights the score towards what matters", () => {
    expect(
      weightedScore([
        { fit: 1, weight: 6 },
        { fit: 0, weight: 2 },
      ]),
    ).toBe(75);
  });

  test("bands are inclusive at the bottom", () => {
    expect(bandOf(75)).toBe("STRONG");
    expect(bandOf(74.9)).toBe("WORKABLE");
    expect(bandOf(50)).toBe("WORKABLE");
    expect(bandOf(49.9)).toBe("WEAK");
  });

  test("any dealbreaker means RED_LINES whatever the score", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        (overall) => verdictOf({ overall, criticalScores: [100], hasDealbreaker: true }) === "RED_LINES",
      ),
    );
  });

  test("the verdict is never better than the weakest critical dimension", () => {
    const rank = { WEAK: 0, WORKABLE: 1, STRONG: 2, RED_LINES: -1 } as const;
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { maxLength: 6 }),
        (overall, critical) => {
          const verdict = verdictOf({ overall, criticalScores: critical, hasDealbreaker: false });
          return (
            rank[verdict] <= rank[bandOf(overall)] && critical.every((score) => rank[verdict] <= rank[bandOf(score)])
          );
        },
      ),
    );
  });

  test("a serious flag keeps a strong score at workable, and never lifts a weaker one", () => {
    expect(verdictOf({ overall: 95, criticalScores: [95], hasDealbreaker: false, hasSerious: true })).toBe("WORKABLE");
    expect(verdictOf({ overall: 40, criticalScores: [95], hasDealbreaker: false, hasSerious: true })).toBe("WEAK");
    expect(verdictOf({ overall: 95, criticalScores: [95], hasDealbreaker: false, hasSerious: false })).toBe("STRONG");
  });

  test("a strong overall score with one weak critical dimension is capped at weak", () => {
    expect(verdictOf({ overall: 90, criticalScores: [95, 40], hasDealbreaker: false })).toBe("WEAK");
  });
});
