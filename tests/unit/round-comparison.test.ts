/**
 * Check-ups (issue 19; docs/method.md, "Check-ups"): one round against the one before. What it must always do:
 * a round against itself moved nothing; a flag appears only if raised now and not before, and clears only if
 * raised before and not now; swapping the rounds swaps what appeared and what cleared; across bank versions only
 * what both asked is compared and the rest is listed. And the chart's series and layout.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { CHART_WIDTH } from "~/components/charts/layout";
import { roundChartLayout, roundChartText } from "~/components/round-chart";
import { flagKey } from "~/domain/flags";
import { currentQuestionnaire, getQuestionnaire } from "~/domain/questionnaires";
import { buildReport } from "~/domain/report";
import { compareRounds, roundSeries, type RoundInput } from "~/domain/round-comparison";
import type { Answer, Questionnaire, Side, SideAnswers } from "~/domain/types";
import { REALISTIC_CLASH } from "../fixtures";
import { answerArb } from "./arbitraries";

const v2 = currentQuestionnaire();
const v1 = getQuestionnaire("1")!;
const idsOf = (q: Questionnaire) => q.dimensions.flatMap((d) => d.items.map((i) => i.id));

function sideOf(q: Questionnaire, side: Side, answer: (id: string) => Answer): SideAnswers {
  const facts = Object.fromEntries(
    Object.entries(REALISTIC_CLASH.facts[side]).filter(([id]) => q.facts.some((f) => f.id === id)),
  );
  return { answers: Object.fromEntries(idsOf(q).map((id) => [id, answer(id)])), facts };
}

function round(
  number: number,
  q: Questionnaire,
  answer: (side: Side, id: string) => Answer = (side, id) => REALISTIC_CLASH.answer(side, id),
): RoundInput {
  const report = buildReport(
    q,
    sideOf(q, "vcs", (id) => answer("vcs", id)),
    sideOf(q, "prime", (id) => answer("prime", id)),
  );
  return { number, occasion: number === 1 ? null : "12-months", questionnaire: q, report };
}

/** Random answers for both sides on the first `n` questions of v2; the rest as in the realistic clash. */
const roundArb = (number: number, n = 8) =>
  fc.array(fc.tuple(answerArb, answerArb), { minLength: n, maxLength: n }).map((pairs) => {
    const ids = idsOf(v2);
    return round(number, v2, (side, id) => {
      const at = ids.indexOf(id);
      const pair = at < n ? pairs[at] : undefined;
      return pair ? pair[side === "vcs" ? 0 : 1] : REALISTIC_CLASH.answer(side, id);
    });
  });

describe("compareRounds", () => {
  test("a round against an identical one: nothing moved, appeared, cleared or changed, and everything compared", () => {
    const c = compareRounds(round(1, v2), round(2, v2));
    expect(c.moved).toEqual([]);
    expect(c.appeared).toEqual([]);
    expect(c.cleared).toEqual([]);
    expect(c.changed).toEqual([]);
    expect(c.compared).toEqual(idsOf(v2));
    expect(c.fitComparable).toBe(true);
    expect(c.notCompared).toEqual({ questions: [], sections: [], flags: [], versions: null });
    expect(c.sections.every((s) => s.score.before === s.score.after)).toBe(true);
    expect(c.current.name).toBe("Round 2 (twelve months in)");
    expect(c.previous.name).toBe("Round 1");
  });

  test("a flag appears only if raised now and not before, and clears only if raised before and not now", () => {
    fc.assert(
      fc.property(roundArb(1), roundArb(2), (a, b) => {
        const c = compareRounds(a, b);
        const before = new Set(a.report.flags.map(flagKey));
        const after = new Set(b.report.flags.map(flagKey));
        for (const f of c.appeared) expect(after.has(f.key) && !before.has(f.key)).toBe(true);
        for (const f of c.cleared) expect(before.has(f.key) && !after.has(f.key)).toBe(true);
        for (const f of c.changed) expect(before.has(f.key) && after.has(f.key)).toBe(true);
        // Every difference is accounted for (one bank: nothing is left uncompared).
        expect(c.appeared.length).toBe([...after].filter((k) => !before.has(k)).length);
        expect(c.cleared.length).toBe([...before].filter((k) => !after.has(k)).length);
      }),
      { numRuns: 60 },
    );
  });

  test("swapping the rounds swaps what appeared and what cleared, and reverses each move", () => {
    fc.assert(
      fc.property(roundArb(1), roundArb(2), (a, b) => {
        const forward = compareRounds(a, b);
        const back = compareRounds({ ...b, number: 1 }, { ...a, number: 2 });
        const keys = (xs: ReadonlyArray<{ key: string }>) => xs.map((x) => x.key).sort();
        expect(keys(back.appeared)).toEqual(keys(forward.cleared));
        expect(keys(back.cleared)).toEqual(keys(forward.appeared));
        expect(back.moved.map((m) => m.itemId)).toEqual(forward.moved.map((m) => m.itemId));
        for (const [i, m] of forward.moved.entries()) {
          expect(back.moved[i]!.fit).toEqual({ before: m.fit.after, after: m.fit.before });
        }
      }),
      { numRuns: 40 },
    );
  });

  test("a flag raised in both rounds at another severity is listed as changed, with both severities", () => {
    const ids = idsOf(v2);
    const gap: Answer = { preferred: 1, acceptable: { min: 1, max: 2 }, importance: "high", redLine: false };
    const prime: Answer = { preferred: 5, acceptable: { min: 4, max: 5 }, importance: "high", redLine: false };
    const middle: Answer = { preferred: 3, acceptable: { min: 2, max: 4 }, importance: "medium", redLine: false };
    const answers =
      (redLine: boolean) =>
      (side: Side, id: string): Answer =>
        id === ids[0] ? (side === "vcs" ? { ...gap, redLine } : prime) : middle;
    const c = compareRounds(round(1, v2, answers(false)), round(2, v2, answers(true)));
    expect(c.appeared).toEqual([]);
    expect(c.cleared).toEqual([]);
    expect(c.changed).toHaveLength(1);
    expect(c.changed[0]).toMatchObject({ before: "serious", severity: "dealbreaker" });
    expect(c.changed[0]!.about).toBe(v2.dimensions[0]!.items[0]!.prompt.vcs);
  });

  test("across bank versions, only what both asked is compared; the rest is listed with the round that asked it", () => {
    const c = compareRounds(round(1, v1), round(2, v2));
    const onlyV1 = idsOf(v1).filter((id) => !idsOf(v2).includes(id));
    const onlyV2 = idsOf(v2).filter((id) => !idsOf(v1).includes(id));
    expect(c.compared).toEqual(idsOf(v2).filter((id) => idsOf(v1).includes(id)));
    expect(c.notCompared.questions.map((q) => [q.id, q.onlyIn])).toEqual([
      ...onlyV2.map((id) => [id, 2]),
      ...onlyV1.map((id) => [id, 1]),
    ]);
    expect(c.notCompared.versions).toContain(v1.label);
    expect(c.notCompared.versions).toContain(v2.label);
    expect(c.fitComparable).toBe(false);
    // Flags only v2's method raises are not counted as having appeared.
    for (const f of c.appeared) expect(["UNSAFE_AGREEMENT", "CONTRADICTION"]).not.toContain(f.key.split(":")[0]);
    for (const f of c.notCompared.flags) expect(["asked", "method"]).toContain(f.why);
    // A flag from the figures raised in both rounds (v2 reads more figures for it) neither appears nor clears.
    const figureCodes = (r: RoundInput) =>
      new Set(r.report.flags.filter((f) => f.itemIds.length === 0).map((f) => f.code));
    const before = figureCodes(round(1, v1));
    const inBoth = [...figureCodes(round(2, v2))].filter((code) => before.has(code));
    expect(inBoth.length).toBeGreaterThan(0);
    for (const f of [...c.appeared, ...c.cleared]) expect(inBoth).not.toContain(f.key.split(":")[0]);
    // The same answers scored by two methods: nothing moved, since no answer did.
    expect(c.moved).toEqual([]);
  });
});

describe("roundSeries and its chart", () => {
  const complete = round(1, v2);
  const series = roundSeries([
    { number: 1, occasion: null, report: complete.report },
    { number: 2, occasion: "6-months", report: complete.report },
    { number: 3, occasion: "renewal", report: null },
  ]);

  test("one score per round for each section, null for a round not complete", () => {
    expect(series.rounds.map((r) => r.name)).toEqual(["Round 1", "Round 2 (six months in)", "Round 3 (at renewal)"]);
    expect(series.rounds[2]!.overall).toBeNull();
    expect(series.sections.map((s) => s.id)).toEqual(v2.dimensions.map((d) => d.id));
    for (const s of series.sections) {
      expect(s.scores).toHaveLength(3);
      expect(s.scores[2]).toBeNull();
      expect(s.scores[0]).toBe(s.scores[1]);
    }
  });

  test("rounds at the same score share one marker, every marker sits on its track, at both widths", () => {
    for (const width of [CHART_WIDTH.wide, CHART_WIDTH.narrow]) {
      const layout = roundChartLayout(series, width);
      expect(layout.rows).toHaveLength(v2.dimensions.length + 1);
      for (const row of layout.rows) {
        expect(row.markers).toHaveLength(1);
        expect(row.markers[0]!.label).toBe("1,2");
        expect(row.markers[0]!.cx).toBeGreaterThanOrEqual(row.track.x1);
        expect(row.markers[0]!.cx).toBeLessThanOrEqual(row.track.x2);
        expect(row.markers[0]!.cy).toBe(row.track.y);
        // The widest marker (two rounds at 100) stays inside the drawing and its margin.
        expect(row.markers[0]!.cx + row.markers[0]!.r).toBeLessThanOrEqual(width - 4);
        expect(row.markers[0]!.cx - row.markers[0]!.r).toBeGreaterThanOrEqual(4);
        expect(row.path).toBeNull();
      }
    }
    expect(roundChartText(series)).toMatch(
      /^Section scores round by round, out of 100, for 2 complete rounds: overall /,
    );
  });
});
