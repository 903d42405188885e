import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { itemSeverity } from "~/domain/flags";
import { METHOD_V1, METHOD_V2, type Method } from "~/domain/method";
import { getQuestionnaire } from "~/domain/questionnaires";
import { buildReport } from "~/domain/report";
import { OVERLAP_FLOOR, bandOf, itemFit as fitUnder, meetingPoint, overlapOf, weightedScore } from "~/domain/scoring";
import type { Answer, Position, Questionnaire } from "~/domain/types";
import { decideVerdict, type SectionSummary } from "~/domain/verdict";
import { answerArb } from "./arbitraries";

const v1 = getQuestionnaire("1")!;
const item = v1.dimensions[1]!.items[0]!;
const distance = (a: Answer, b: Answer) => Math.abs(a.preferred - b.preferred);
const runs = { numRuns: 2000 };

/** A one-question bank, to read the flag one pair of answers raises under v1. */
const oneItemBank: Questionnaire = { ...v1, dimensions: [{ ...v1.dimensions[1]!, items: [item] }], facts: [] };
const itemFlag = (_: unknown, a: Answer, b: Answer) =>
  buildReport(oneItemBank, { answers: { [item.id]: a }, facts: {} }, { answers: { [item.id]: b }, facts: {} })
    .flags[0] ?? null;

describe.each([METHOD_V1, METHOD_V2])("item fit under method v$version: properties that must always hold", (method) => {
  const itemFit = (a: Answer, b: Answer) => fitUnder(method, a, b);

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

  test("overlapping ranges never score below any pair whose ranges do not meet", () => {
    fc.assert(
      fc.property(answerArb, answerArb, answerArb, answerArb, (a, b, c, d) => {
        fc.pre(overlapOf(a.acceptable, b.acceptable) !== null && overlapOf(c.acceptable, d.acceptable) === null);
        return itemFit(a, b) >= itemFit(c, d);
      }),
      { numRuns: 500 },
    );
  });
});

test("method v1: overlapping ranges always score at least the overlap floor; others stay below it", () => {
  fc.assert(
    fc.property(answerArb, answerArb, (a, b) =>
      overlapOf(a.acceptable, b.acceptable)
        ? fitUnder(METHOD_V1, a, b) >= OVERLAP_FLOOR
        : fitUnder(METHOD_V1, a, b) < OVERLAP_FLOOR,
    ),
    runs,
  );
});

describe.each([METHOD_V1, METHOD_V2])("item severity under method v$version: red-line dominance", (method) => {
  test("a red line with no overlap is always a dealbreaker", () => {
    fc.assert(
      fc.property(answerArb, answerArb, (a, b) => {
        fc.pre(a.redLine || b.redLine);
        fc.pre(overlapOf(a.acceptable, b.acceptable) === null);
        return itemSeverity(method, a, b) === "dealbreaker";
      }),
      runs,
    );
  });

  test("a red line with overlap never is", () => {
    fc.assert(
      fc.property(answerArb, answerArb, (a, b) => {
        fc.pre(overlapOf(a.acceptable, b.acceptable) !== null);
        return itemSeverity(method, a, b) !== "dealbreaker";
      }),
      runs,
    );
  });

  test("is symmetric when the sides' answers are swapped", () => {
    fc.assert(
      fc.property(answerArb, answerArb, (a, b) => itemSeverity(method, a, b) === itemSeverity(method, b, a)),
      runs,
    );
  });
});

describe("item flags under method v1: properties that must always hold", () => {
  test("no overlap without a red line is serious", () => {
    fc.assert(
      fc.property(answerArb, answerArb, (a, b) => {
        fc.pre(!a.redLine && !b.redLine && overlapOf(a.acceptable, b.acceptable) === null);
        return itemSeverity(METHOD_V1, a, b) === "serious";
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
        const score = weightedScore(pairs.map(([a, b]) => ({ fit: fitUnder(METHOD_V2, a, b), weight: 2 })));
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
    expect(bandOf(METHOD_V1, 75)).toBe("STRONG");
    expect(bandOf(METHOD_V1, 74.9)).toBe("WORKABLE");
    expect(bandOf(METHOD_V1, 50)).toBe("WORKABLE");
    expect(bandOf(METHOD_V1, 49.9)).toBe("WEAK");
    expect(bandOf(METHOD_V2, METHOD_V2.bands.STRONG)).toBe("STRONG");
    expect(bandOf(METHOD_V2, METHOD_V2.bands.STRONG - 0.1)).toBe("WORKABLE");
    expect(bandOf(METHOD_V2, METHOD_V2.bands.WORKABLE)).toBe("WORKABLE");
    expect(bandOf(METHOD_V2, METHOD_V2.bands.WORKABLE - 0.1)).toBe("WEAK");
  });
});

const rank = { WEAK: 0, WORKABLE: 1, STRONG: 2, RED_LINES: -1 } as const;
const sections = (scores: readonly number[]): SectionSummary[] =>
  scores.map((score, n) => ({ id: `s${n}`, title: `Section ${n}`, critical: true, score }));
const verdictOf = (
  method: Method,
  input: { overall: number; critical?: number[]; dealbreakers?: number; serious?: number; viability?: number },
) =>
  decideVerdict(method, {
    overall: input.overall,
    sections: sections(input.critical ?? []),
    edgeAgreements: (input.critical ?? []).map(() => 0),
    dealbreakers: input.dealbreakers ?? 0,
    serious: input.serious ?? 0,
    viabilityBreaches: input.viability ?? 0,
  }).code;

describe.each([METHOD_V1, METHOD_V2])("the verdict under method v$version", (method) => {
  test("any dealbreaker means RED_LINES whatever the score", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        (overall) => verdictOf(method, { overall, critical: [100], dealbreakers: 1 }) === "RED_LINES",
      ),
    );
  });

  test("the verdict is never better than the overall band or the weakest critical dimension", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { maxLength: 6 }),
        fc.nat({ max: 5 }),
        (overall, critical, serious) => {
          const verdict = verdictOf(method, { overall, critical, serious });
          return (
            rank[verdict] <= rank[bandOf(method, overall)] &&
            critical.every((score) => rank[verdict] <= rank[bandOf(method, score)])
          );
        },
      ),
    );
  });

  test("a serious flag keeps a strong score at workable, and never lifts a weaker one", () => {
    expect(verdictOf(method, { overall: 95, critical: [95], serious: 1 })).toBe("WORKABLE");
    expect(verdictOf(method, { overall: 40, critical: [95], serious: 1 })).toBe("WEAK");
    expect(verdictOf(method, { overall: 95, critical: [95] })).toBe("STRONG");
  });

  test("a strong overall score with one weak critical dimension is capped at weak", () => {
    expect(verdictOf(method, { overall: 90, critical: [95, 40] })).toBe("WEAK");
  });
});

test("method v2: three serious flags, or any figure that breaches viability, mean weak at best", () => {
  expect(verdictOf(METHOD_V2, { overall: 100, critical: [100], serious: 2 })).toBe("WORKABLE");
  expect(verdictOf(METHOD_V2, { overall: 100, critical: [100], serious: 3 })).toBe("WEAK");
  expect(verdictOf(METHOD_V2, { overall: 100, critical: [100], serious: 1, viability: 1 })).toBe("WEAK");
  expect(verdictOf(METHOD_V1, { overall: 100, critical: [100], serious: 3, viability: 1 })).toBe("WORKABLE");
});

test("method v2: two agreements only at the edge in one critical section cap the verdict at workable", () => {
  const input = (edgeAgreements: number) => ({
    overall: 95,
    sections: [{ id: "a", title: "A", critical: true, score: 95 }],
    edgeAgreements: [edgeAgreements],
    dealbreakers: 0,
    serious: 0,
    viabilityBreaches: 0,
  });
  expect(decideVerdict(METHOD_V2, input(1)).code).toBe("STRONG");
  const capped = decideVerdict(METHOD_V2, input(2));
  expect(capped.code).toBe("WORKABLE");
  expect(capped.reason).toMatchObject({ kind: "edge", dimensionId: "a", count: 2 });
  expect(decideVerdict(METHOD_V1, input(5)).code).toBe("STRONG");
});
