/**
 * The rules and the arithmetic of a workshop's room (issue 18,
 * app/domain/workshop.ts): how divided the room is, the middle position, the
 * threshold before any figure shows, the join code's reading, and when
 * participants' answers are deleted.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { currentQuestionnaire, questionnaireFor, sectionIdsOf, selectSections } from "~/domain/questionnaires";
import {
  deleteAnswersAfter,
  division,
  figuresShown,
  formatJoinCode,
  isJoinCode,
  JOIN_CODE_ALPHABET,
  medianPosition,
  MIN_SUBMITTED_FOR_FIGURES,
  mostDivided,
  normaliseJoinCode,
  type ItemFigures,
} from "~/domain/workshop";

const countsArb = fc.tuple(fc.nat(50), fc.nat(50), fc.nat(50), fc.nat(50), fc.nat(50));
const itemsArb = fc.array(
  fc.record({ id: fc.uuid(), positions: countsArb, redLines: fc.nat(50) }) as fc.Arbitrary<ItemFigures>,
  { maxLength: 30 },
);

describe("how divided the room is", () => {
  test("is always between 0 and 1, and 0 when everyone chose the same position", () => {
    fc.assert(
      fc.property(countsArb, (counts) => {
        const d = division(counts);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThanOrEqual(1);
        if (counts.filter((c) => c > 0).length <= 1) expect(d).toBe(0);
      }),
    );
  });

  test("is 1 for a room split evenly between the two ends, and the same for mirrored counts", () => {
    expect(division([5, 0, 0, 0, 5])).toBe(1);
    expect(division([0, 0, 7, 0, 0])).toBe(0);
    expect(division([2, 0, 0, 0, 1])).toBeGreaterThan(division([2, 1, 0, 0, 0]));
    fc.assert(
      fc.property(countsArb, (counts) => {
        expect(division([...counts].reverse())).toBeCloseTo(division(counts), 10);
      }),
    );
  });

  test("the most divided items come first, never an item the room agrees on, and at most the limit", () => {
    fc.assert(
      fc.property(itemsArb, fc.integer({ min: 1, max: 10 }), (items, limit) => {
        const top = mostDivided(items, limit);
        expect(top.length).toBeLessThanOrEqual(limit);
        for (const item of top) expect(division(item.positions)).toBeGreaterThan(0);
        for (let i = 1; i < top.length; i += 1) {
          expect(division(top[i - 1]!.positions)).toBeGreaterThanOrEqual(division(top[i]!.positions));
        }
        const left = items.filter((i) => !top.includes(i));
        if (top.length === limit) {
          for (const item of left)
            expect(division(item.positions)).toBeLessThanOrEqual(division(top.at(-1)!.positions));
        }
      }),
    );
  });

  test("the middle position holds at least half the room at or below it", () => {
    expect(medianPosition([0, 0, 0, 0, 0])).toBeNull();
    fc.assert(
      fc.property(countsArb, (counts) => {
        const n = counts.reduce((a, b) => a + b, 0);
        const m = medianPosition(counts);
        if (n === 0) {
          expect(m).toBeNull();
          return;
        }
        const atOrBelow = counts.slice(0, m!).reduce((a, b) => a + b, 0);
        const below = counts.slice(0, m! - 1).reduce((a, b) => a + b, 0);
        expect(atOrBelow * 2).toBeGreaterThanOrEqual(n);
        expect(below * 2).toBeLessThan(n);
      }),
    );
  });
});

test("no figure is shown until three have submitted", () => {
  expect(MIN_SUBMITTED_FOR_FIGURES).toBe(3);
  expect([0, 1, 2, 3, 4].map(figuresShown)).toEqual([false, false, false, true, true]);
});

describe("the join code", () => {
  const codeArb = fc
    .array(fc.constantFrom(...JOIN_CODE_ALPHABET.split("")), { minLength: 8, maxLength: 8 })
    .map((c) => c.join(""));

  test("reads back as typed off a screen: lower case, with its dash or spaces, O for 0, I or L for 1", () => {
    fc.assert(
      fc.property(codeArb, (code) => {
        expect(isJoinCode(code)).toBe(true);
        const typed = formatJoinCode(code).toLowerCase().replace(/0/g, "o").replace(/1/g, "l");
        expect(normaliseJoinCode(typed)).toBe(code);
        expect(normaliseJoinCode(` ${code.slice(0, 4)} ${code.slice(4)} `)).toBe(code);
      }),
    );
    expect(isJoinCode("ABCD-EFGH")).toBe(false);
    expect(isJoinCode("ABCDEFGU")).toBe(false);
  });
});

describe("retention", () => {
  test("answers go at the end of the workshop's day, UK time, plus the retention days", () => {
    // Winter: UK midnight is midnight UTC; summer: 23:00 UTC the day before.
    expect(deleteAnswersAfter("2027-01-10", 30).toISOString()).toBe("2027-02-10T00:00:00.000Z");
    expect(deleteAnswersAfter("2027-07-10", 7).toISOString()).toBe("2027-07-17T23:00:00.000Z");
    expect(deleteAnswersAfter("2027-07-10", 0).toISOString()).toBe("2027-07-10T23:00:00.000Z");
    // Across the clock change (28 March 2027): the end of 30 March in summer time, not an hour later.
    expect(deleteAnswersAfter("2027-03-20", 10).toISOString()).toBe("2027-03-30T23:00:00.000Z");
  });
});

describe("a selection of sections", () => {
  const bank = currentQuestionnaire();

  test("keeps only the sections chosen, in the bank's order, and asks figures only with 'facts'", () => {
    fc.assert(
      fc.property(fc.subarray(sectionIdsOf(bank), { minLength: 1 }), (chosen) => {
        const selected = selectSections(bank, [...chosen].reverse());
        expect(selected.sections).toEqual(sectionIdsOf(bank).filter((id) => chosen.includes(id)));
        expect(selected.dimensions.map((d) => d.id)).toEqual(
          bank.dimensions.map((d) => d.id).filter((id) => chosen.includes(id)),
        );
        expect(selected.facts.length > 0).toBe(chosen.includes("facts"));
        expect(selected.method).toBe(bank.method);
      }),
    );
  });

  test("null keeps the whole set, and the core set's selection keeps only core items", () => {
    expect(selectSections(bank, null)).toBe(bank);
    const core = questionnaireFor(bank.version, "core", ["brand-identity"])!;
    expect(core.dimensions).toHaveLength(1);
    expect(core.dimensions[0]!.items.every((i) => i.core)).toBe(true);
    expect(core.set).toBe("core");
  });
});
