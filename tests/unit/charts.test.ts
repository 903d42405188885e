import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { dimensionProfileLayout, embraceGapLayout, embraceGaps, positionsLayout } from "~/components/charts/layout";
import { METHOD_V1 } from "~/domain/method";
import type { DimensionResult, ItemResult } from "~/domain/report";
import type { Answer } from "~/domain/types";
import { answerArb } from "./arbitraries";

const dimension = (id: string, score: number | null, critical = false): DimensionResult => ({
  id,
  title: id,
  critical,
  score,
});
const item = (id: string, dimensionId: string, vcs: Answer, prime: Answer): ItemResult => ({
  id,
  dimensionId,
  fit: 0.5,
  weight: 2,
  meetingPoint: null,
  vcs,
  prime,
});

describe("dimension profile", () => {
  test("bar length is proportional to the score, and the band lines sit at 50 and 75", () => {
    const layout = dimensionProfileLayout(
      [dimension("a", 100), dimension("b", 50), dimension("c", 0)],
      METHOD_V1.bands,
      640,
    );
    const [full, half, none] = layout.bars;
    expect(half!.width).toBeCloseTo(full!.width / 2, 6);
    expect(none!.width).toBe(0);
    const span = full!.width;
    expect(layout.thresholds.map((t) => t.value)).toEqual([50, 75]);
    expect(layout.thresholds[0]!.x - full!.x).toBeCloseTo(span / 2, 6);
    expect(layout.thresholds[1]!.x - full!.x).toBeCloseTo((span * 3) / 4, 6);
    expect(layout.ticks.map((t) => t.value)).toEqual([0, 20, 40, 60, 80, 100]);
  });

  test("rows never overlap and fit the chart", () => {
    const layout = dimensionProfileLayout(
      ["a", "b", "c", "d"].map((id) => dimension(id, 60)),
      METHOD_V1.bands,
    );
    for (let i = 1; i < layout.bars.length; i++) {
      expect(layout.bars[i]!.titleY).toBeGreaterThan(layout.bars[i - 1]!.y + layout.bars[i - 1]!.height);
    }
    const last = layout.bars.at(-1)!;
    expect(last.y + last.height).toBeLessThanOrEqual(layout.height);
  });
});

describe("positions chart", () => {
  test("the shaded overlap is drawn exactly when the ranges overlap, and always inside both ranges", () => {
    fc.assert(
      fc.property(answerArb, answerArb, (vcs, prime) => {
        const [row] = positionsLayout([item("x", "d", vcs, prime)]).rows;
        const overlaps =
          Math.max(vcs.acceptable.min, prime.acceptable.min) <= Math.min(vcs.acceptable.max, prime.acceptable.max);
        if (!overlaps) return row!.overlap === null;
        const o = row!.overlap!;
        return (
          o.x1 >= Math.max(row!.vcs.x1, row!.prime.x1) - 1e-9 &&
          o.x2 <= Math.min(row!.vcs.x2, row!.prime.x2) + 1e-9 &&
          o.x1 < o.x2
        );
      }),
    );
  });

  test("preferred points sit inside their own range, in axis order", () => {
    fc.assert(
      fc.property(answerArb, answerArb, (vcs, prime) => {
        const layout = positionsLayout([item("x", "d", vcs, prime)]);
        const row = layout.rows[0]!;
        const axisX = (p: number) => layout.axis[p - 1]!.x;
        return (
          row.vcs.cx === axisX(vcs.preferred) &&
          row.prime.cx === axisX(prime.preferred) &&
          row.vcs.x1 < row.vcs.cx &&
          row.vcs.cx < row.vcs.x2
        );
      }),
    );
  });
});

describe("embrace gap", () => {
  const answer = (preferred: 1 | 2 | 3 | 4 | 5, min: 1 | 2 | 3 | 4 | 5, max: 1 | 2 | 3 | 4 | 5): Answer => ({
    preferred,
    acceptable: { min, max },
    importance: "medium",
    redLine: false,
  });

  test("compares the prime's average preferred position with the furthest the organisation could go", () => {
    const items = [
      item("a", "brand", answer(1, 1, 2), answer(5, 4, 5)),
      item("b", "brand", answer(2, 1, 3), answer(4, 3, 5)),
      item("c", "voice", answer(3, 2, 4), answer(2, 1, 3)),
    ];
    const gaps = embraceGaps([dimension("brand", 40), dimension("voice", 90), dimension("empty", null)], items);
    expect(gaps).toEqual([
      { dimensionId: "brand", title: "brand", primeAsks: 4.5, vcsAccepts: 2.5, gap: 2 },
      { dimensionId: "voice", title: "voice", primeAsks: 2, vcsAccepts: 4, gap: -2 },
    ]);
    const layout = embraceGapLayout(gaps);
    expect(layout.rows[0]!.beyond).toBe(true);
    expect(layout.rows[0]!.asksX).toBeGreaterThan(layout.rows[0]!.acceptsX);
    expect(layout.rows[1]!.beyond).toBe(false);
  });
});
