/**
 * The stakeholder review's results (issue 20; docs/method.md, "Stakeholder reviews"): the aggregation and the
 * anonymity threshold. What must always hold: nothing of a group below the threshold reaches the results (change
 * its answers however you like and the results do not move); levels show only when both reach it; free text only
 * for a group that does, sorted; and the arithmetic of means, shares and divergence.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { currentStakeholderQuestionnaire, statementsOf } from "~/domain/stakeholder";
import {
  MIN_GROUP_RESPONSES,
  stakeholderResults,
  type GroupInfo,
  type SubmittedResponse,
} from "~/domain/stakeholder/results";
import type { Agreement, StakeholderAnswers, StakeholderLevel } from "~/domain/stakeholder/types";

const q = currentStakeholderQuestionnaire();
const ids = statementsOf(q).map((s) => s.id);
const GROUPS: GroupInfo[] = [
  { id: "g1", name: "GP practices" },
  { id: "g2", name: "NHS trusts" },
  { id: "g3", name: "Council officers" },
];

const ratingArb = fc.constantFrom<Agreement | null>(1, 2, 3, 4, 5, null);
const answersArb: fc.Arbitrary<StakeholderAnswers> = fc.record({
  ratings: fc.tuple(...ids.map(() => ratingArb)).map((r) => Object.fromEntries(ids.map((id, i) => [id, r[i]!]))),
  text: fc.record({ "change-service": fc.string({ maxLength: 20 }) }, { requiredKeys: [] }),
});
const responseArb = (groupId: string): fc.Arbitrary<SubmittedResponse> =>
  fc.record({
    groupId: fc.constant(groupId),
    level: fc.constantFrom<StakeholderLevel>("operational", "strategic"),
    answers: answersArb,
  });
const groupArb = (groupId: string, min: number, max: number) =>
  fc.array(responseArb(groupId), { minLength: min, maxLength: max });

const every = (
  value: Agreement | null,
  level: StakeholderLevel = "operational",
  groupId = "g1",
): SubmittedResponse => ({
  groupId,
  level,
  answers: { ratings: Object.fromEntries(ids.map((id) => [id, value])), text: {} },
});

describe("the anonymity threshold", () => {
  test("nothing of a group below the threshold reaches the results, however it answered", () => {
    fc.assert(
      fc.property(
        groupArb("g1", 3, 6),
        groupArb("g2", 0, 6),
        groupArb("g3", 0, MIN_GROUP_RESPONSES - 1),
        groupArb("g3", 0, MIN_GROUP_RESPONSES - 1),
        (shown, other, small, otherwise) => {
          const a = stakeholderResults(q, GROUPS, [...shown, ...other, ...small], null);
          const b = stakeholderResults(q, GROUPS, [...shown, ...other, ...otherwise], null);
          // The small group's answers and its number of responses change nothing at all.
          expect(a).toEqual(b);
          expect(a.groups.find((g) => g.group.id === "g3")).toEqual({ group: GROUPS[2], shown: false });
        },
      ),
      { numRuns: 80 },
    );
  });

  test("a group is shown exactly when it reaches the threshold, and the total counts only the groups shown", () => {
    fc.assert(
      fc.property(groupArb("g1", 0, 5), groupArb("g2", 0, 5), groupArb("g3", 0, 5), (a, b, c) => {
        const results = stakeholderResults(q, GROUPS, [...a, ...b, ...c], null);
        const sizes = { g1: a.length, g2: b.length, g3: c.length };
        let counted = 0;
        for (const g of results.groups) {
          const size = sizes[g.group.id as keyof typeof sizes];
          expect(g.shown).toBe(size >= MIN_GROUP_RESPONSES);
          if (g.shown) {
            counted += size;
            expect(g.cell.responses).toBe(size);
          }
        }
        expect(results.counted).toBe(counted);
        expect(results.overall?.responses ?? 0).toBe(counted >= MIN_GROUP_RESPONSES ? counted : 0);
        // No cell, anywhere, is built from fewer responses than the threshold.
        for (const level of results.levels ?? []) expect(level.cell.responses).toBeGreaterThanOrEqual(3);
        if (results.levels) {
          for (const group of [a, b, c].filter((g) => g.length >= MIN_GROUP_RESPONSES)) {
            for (const l of ["operational", "strategic"] as const) {
              const n = group.filter((r) => r.level === l).length;
              expect(n === 0 || n >= MIN_GROUP_RESPONSES).toBe(true);
            }
          }
        }
        if (results.levels === null && results.overall) {
          const atLevel = (l: StakeholderLevel) =>
            [...a, ...b, ...c].filter((r) => r.level === l && sizes[r.groupId as keyof typeof sizes] >= 3).length;
          const smallWithinAGroup = [a, b, c]
            .filter((g) => g.length >= MIN_GROUP_RESPONSES)
            .some((g) =>
              (["operational", "strategic"] as const).some((l) => {
                const n = g.filter((r) => r.level === l).length;
                return n > 0 && n < MIN_GROUP_RESPONSES;
              }),
            );
          expect(
            Math.min(atLevel("operational"), atLevel("strategic")) < MIN_GROUP_RESPONSES || smallWithinAGroup,
          ).toBe(true);
        }
      }),
      { numRuns: 120 },
    );
  });

  test("levels show only when both reach the threshold: one level shown would give the other away", () => {
    const five = [0, 1, 2, 3, 4].map((i) => every(3, i < 3 ? "operational" : "strategic"));
    expect(stakeholderResults(q, GROUPS, five, null).levels).toBeNull();
    const six = [...five, every(5, "strategic")];
    const levels = stakeholderResults(q, GROUPS, six, null).levels!;
    expect(levels.map((l) => [l.level, l.cell.responses])).toEqual([
      ["operational", 3],
      ["strategic", 3],
    ]);
  });

  test("levels stay hidden when a level's total less the groups' totals would leave fewer than three", () => {
    // GPs: three, all operational. Council: one operational, three strategic. Both levels reach three, but the
    // operational total less the GPs' (whose level whoever invited them knows) is the one officer's answer.
    const gps = [0, 1, 2].map(() => every(2, "operational", "g1"));
    const council = [every(5, "operational", "g2"), ...[0, 1, 2].map(() => every(3, "strategic", "g2"))];
    expect(stakeholderResults(q, GROUPS, [...gps, ...council], null).levels).toBeNull();
    // With three operational officers, every level within every group reaches three or is empty: levels show.
    const more = [...council, every(5, "operational", "g2"), every(5, "operational", "g2")];
    expect(stakeholderResults(q, GROUPS, [...gps, ...more], null).levels?.map((l) => l.cell.responses)).toEqual([6, 3]);
  });

  test("free text shows only for a group that reaches the threshold, sorted and without its level", () => {
    const texted = (text: string, groupId: string, level: StakeholderLevel): SubmittedResponse => ({
      groupId,
      level,
      answers: { ratings: {}, text: { "change-service": text, "change-own": "" } },
    });
    const responses = [
      texted("Zebra crossings", "g1", "strategic"),
      texted("Answer emails", "g1", "operational"),
      texted("More evening sessions", "g1", "operational"),
      texted("Only two of us said this", "g2", "operational"),
      texted("Only two of us said this too", "g2", "strategic"),
    ];
    const results = stakeholderResults(q, GROUPS, responses, null);
    const g1 = results.groups.find((g) => g.group.id === "g1")!;
    expect(g1.shown && g1.text["change-service"]).toEqual([
      "Answer emails",
      "More evening sessions",
      "Zebra crossings",
    ]);
    expect(g1.shown && g1.text["change-own"]).toEqual([]);
    expect(JSON.stringify(results)).not.toContain("Only two of us");
  });
});

describe("the figures", () => {
  test("counts, means and shares leave out don't know; themes average their statements", () => {
    const responses = [every(5), every(4), every(null), every(1)];
    const overall = stakeholderResults(q, GROUPS, responses, null).overall!;
    const first = overall.statements[0]!;
    expect(first.counts).toEqual([1, 0, 0, 1, 1]);
    expect(first.dontKnow).toBe(1);
    expect(first.mean).toBe(3.3);
    expect(first.agree).toBe(67);
    expect(overall.themes.every((t) => t.mean === 3.3)).toBe(true);
    const nobody = stakeholderResults(q, GROUPS, [every(null), every(null), every(null)], null).overall!;
    expect(nobody.statements[0]).toMatchObject({ mean: null, agree: null, dontKnow: 3 });
  });

  test("divergence: the provider's view against the system's, groups that differ, and what the system does not know", () => {
    const system = [every(2), every(2), every(2), every(5, "operational", "g2"), every(5, "operational", "g2")];
    system.push(every(5, "strategic", "g2"));
    const self: StakeholderAnswers = { ratings: Object.fromEntries(ids.map((id) => [id, 5])), text: {} };
    const results = stakeholderResults(q, GROUPS, system, self);
    const first = results.divergence[0]!;
    expect(first.system).toBe(3.5);
    expect(first.self).toBe(5);
    expect(first.gap).toBe(1.5);
    expect(first.groupSpread).toBe(3);
    expect(first.reasons).toEqual(["self-higher", "groups-differ"]);
    expect(results.divergence).toHaveLength(ids.length);

    const unknown = stakeholderResults(q, GROUPS, [every(null), every(null), every(4)], {
      ratings: Object.fromEntries(ids.map((id) => [id, 2])),
      text: {},
    });
    expect(unknown.divergence[0]!.reasons).toEqual(["self-lower", "not-known"]);
    expect(stakeholderResults(q, GROUPS, [every(3), every(3), every(3)], null).divergence[0]!.reasons).toEqual([]);
  });
});
