/**
 * A stakeholder review year on year (docs/method.md, "Year on year"): what moved between the latest two closed
 * rounds, with no group compared that either round hid, and the trend chart laid out inside its drawing.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { CHART_WIDTH, textBox } from "~/components/charts/layout";
import { trendChartLayout, trendChartText } from "~/components/stakeholder-trend-chart";
import { currentStakeholderQuestionnaire, statementsOf } from "~/domain/stakeholder";
import { stakeholderResults, type SubmittedResponse } from "~/domain/stakeholder/results";
import { reviewTrend, trendMoves } from "~/domain/stakeholder/rounds";
import type { Agreement } from "~/domain/stakeholder/types";

const q = currentStakeholderQuestionnaire();
const ids = statementsOf(q).map((s) => s.id);
const themeIds = q.themes.map((t) => t.id);
const GROUPS = [
  { id: "g1", name: "GP practices" },
  { id: "g2", name: "Residents' representatives" },
];

const responses = (groupId: string, count: number, value: Agreement): SubmittedResponse[] =>
  Array.from({ length: count }, () => ({
    groupId,
    level: "operational" as const,
    answers: { ratings: Object.fromEntries(ids.map((id) => [id, value])), text: {} },
  }));

const round = (number: number, counts: [number, number], values: [Agreement, Agreement], closed = true) => ({
  number,
  results: closed
    ? stakeholderResults(
        q,
        GROUPS,
        [...responses("g1", counts[0], values[0]), ...responses("g2", counts[1], values[1])],
        null,
      )
    : null,
});

describe("what moved", () => {
  test("the latest two closed rounds, by theme and only for groups both show", () => {
    const trend = reviewTrend(themeIds, [
      round(1, [3, 1], [2, 5]),
      round(2, [3, 3], [4, 3]),
      round(3, [3, 3], [1, 1], false),
    ]);
    const moves = trendMoves(trend)!;
    expect([moves.from, moves.to]).toEqual([1, 2]);
    expect(moves.overall[0]).toEqual({ themeId: themeIds[0], before: 2, after: 3.5, change: 1.5 });
    expect(moves.groups.map((g) => g.name)).toEqual(["GP practices"]);
    expect(moves.groups[0]!.themes[0]).toMatchObject({ before: 2, after: 4, change: 2 });
  });

  test("nothing to compare with fewer than two closed rounds", () => {
    expect(trendMoves(reviewTrend(themeIds, [round(1, [3, 3], [2, 2])]))).toBeNull();
    expect(trendMoves(reviewTrend(themeIds, [round(1, [3, 3], [2, 2]), round(2, [3, 3], [2, 2], false)]))).toBeNull();
  });

  test("a group below three in either round is never compared, however it answered", () => {
    fc.assert(
      fc.property(
        fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 })),
        fc.tuple(fc.constantFrom<Agreement>(1, 2, 3, 4, 5), fc.constantFrom<Agreement>(1, 2, 3, 4, 5)),
        (counts, values) => {
          const moves = trendMoves(
            reviewTrend(themeIds, [round(1, [3, counts[0]], values), round(2, [3, counts[1]], values)]),
          )!;
          const compared = moves.groups.some((g) => g.name === "Residents' representatives");
          expect(compared).toBe(counts[0] >= 3 && counts[1] >= 3);
        },
      ),
    );
  });
});

describe("the trend chart", () => {
  const trend = reviewTrend(themeIds, [
    round(1, [3, 3], [2, 2]),
    round(2, [3, 3], [5, 5]),
    round(3, [3, 3], [1, 1], false),
  ]);
  const data = {
    rounds: trend.rounds,
    themes: trend.overall.map((t) => ({
      id: t.themeId,
      title: q.themes.find((x) => x.id === t.themeId)!.title,
      means: t.means,
    })),
  };

  test("each closed round a marker on its track, and all text inside the drawing, at both widths", () => {
    for (const width of [CHART_WIDTH.wide, CHART_WIDTH.narrow]) {
      const layout = trendChartLayout(data, width);
      expect(layout.rows).toHaveLength(q.themes.length);
      for (const row of layout.rows) {
        expect(row.markers.map((m) => m.label)).toEqual(["1", "2"]);
        expect(row.markers.find((m) => m.latest)?.label).toBe("2");
        for (const m of row.markers) {
          expect(m.cx - m.r).toBeGreaterThanOrEqual(row.track.x1 - m.r);
          expect(m.cx + m.r).toBeLessThanOrEqual(width - 4);
        }
        for (const mark of [...row.titleLines, row.value]) {
          const box = textBox(mark);
          expect(box.x1).toBeGreaterThanOrEqual(0);
          expect(box.x2).toBeLessThanOrEqual(width);
        }
      }
      expect(layout.ticks.map((t) => t.label.text)).toEqual(["1", "2", "3", "4", "5"]);
    }
    expect(trendChartText(data)).toMatch(/^Theme scores round by round, from 1 \(strongly disagree\)/);
    expect(trendChartText(data)).toContain("2.0 in round 1, 5.0 in round 2");
  });
});
