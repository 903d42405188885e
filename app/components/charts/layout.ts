/**
 * The maths of the report's charts: d3 computes scales, ticks and geometry
 * here, in pure functions; React renders the SVG (on the server, so charts
 * appear without JavaScript). Only the d3 submodules used are imported.
 */
import { mean } from "d3-array";
import { scaleBand, scaleLinear } from "d3-scale";
import type { DimensionResult, ItemResult } from "~/domain/report";
import { overlapOf } from "~/domain/scoring";

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Dimension profile: one horizontal bar per dimension, 0–100, with the verdict bands marked. */
export function dimensionProfileLayout(
  dimensions: readonly DimensionResult[],
  bands: { STRONG: number; WORKABLE: number },
  width = 640,
) {
  const rowHeight = 52;
  const margin: Margins = { top: 28, right: 64, bottom: 8, left: 8 };
  const height = margin.top + margin.bottom + rowHeight * dimensions.length;
  const x = scaleLinear()
    .domain([0, 100])
    .range([margin.left, width - margin.right]);
  const y = scaleBand<string>()
    .domain(dimensions.map((d) => d.id))
    .range([margin.top, height - margin.bottom]);
  return {
    width,
    height,
    ticks: x.ticks(4).map((value) => ({ value, x: x(value) })),
    thresholds: [bands.WORKABLE, bands.STRONG].map((value) => ({ value, x: x(value) })),
    bars: dimensions.map((d) => ({
      id: d.id,
      title: d.title,
      critical: d.critical,
      score: d.score,
      x: x(0),
      /** The title sits on the first line of the row, the bar below it. */
      titleY: (y(d.id) ?? 0) + 16,
      y: (y(d.id) ?? 0) + 24,
      width: x(d.score ?? 0) - x(0),
      height: y.bandwidth() - 32,
      labelX: x(d.score ?? 0) + 6,
    })),
  };
}

/** Horizontal extent of a range of positions on the 1–5 axis, drawn to the outer edges of its end positions. */
export function rangeExtent(scale: (p: number) => number, min: number, max: number, halfStep: number) {
  return { x1: scale(min) - halfStep, x2: scale(max) + halfStep };
}

/** Positions chart for one dimension: each item's two preferred points and acceptable ranges, the overlap shaded. */
export function positionsLayout(items: readonly ItemResult[], width = 640) {
  const rowHeight = 56;
  const margin: Margins = { top: 30, right: 72, bottom: 8, left: 40 };
  const height = margin.top + margin.bottom + rowHeight * items.length;
  const x = scaleLinear()
    .domain([1, 5])
    .range([margin.left + 16, width - margin.right - 16]);
  // Ranges reach a third of the way to the next position, so neighbouring ranges never seem to touch.
  const halfStep = (x(2) - x(1)) / 3;
  return {
    width,
    height,
    axis: [1, 2, 3, 4, 5].map((p) => ({ value: p, x: x(p) })),
    rows: items.map((item, index) => {
      const top = margin.top + index * rowHeight;
      const shared = overlapOf(item.vcs.acceptable, item.prime.acceptable);
      return {
        id: item.id,
        fit: item.fit,
        top,
        vcs: {
          y: top + 16,
          ...rangeExtent(x, item.vcs.acceptable.min, item.vcs.acceptable.max, halfStep),
          cx: x(item.vcs.preferred),
          redLine: item.vcs.redLine,
        },
        prime: {
          y: top + 36,
          ...rangeExtent(x, item.prime.acceptable.min, item.prime.acceptable.max, halfStep),
          cx: x(item.prime.preferred),
          redLine: item.prime.redLine,
        },
        overlap: shared
          ? { ...rangeExtent(x, shared.min, shared.max, halfStep), y: top + 6, height: rowHeight - 16 }
          : null,
      };
    }),
  };
}

export interface EmbraceGap {
  dimensionId: string;
  title: string;
  /** How much integration the prime asks for: the mean of its preferred positions. */
  primeAsks: number;
  /** How much the organisation can accept: the mean of the furthest positions it could accept. */
  vcsAccepts: number;
  /** Positive when the prime asks for more integration than the organisation can accept. */
  gap: number;
}

/** The "embrace gap" per dimension: what the prime asks for against what the organisation can accept. */
export function embraceGaps(dimensions: readonly DimensionResult[], items: readonly ItemResult[]): EmbraceGap[] {
  return dimensions.flatMap((d) => {
    const inDimension = items.filter((i) => i.dimensionId === d.id);
    const primeAsks = mean(inDimension, (i) => i.prime.preferred);
    const vcsAccepts = mean(inDimension, (i) => i.vcs.acceptable.max);
    if (primeAsks === undefined || vcsAccepts === undefined) return [];
    const round = (n: number) => Math.round(n * 10) / 10;
    return [
      {
        dimensionId: d.id,
        title: d.title,
        primeAsks: round(primeAsks),
        vcsAccepts: round(vcsAccepts),
        gap: round(primeAsks - vcsAccepts),
      },
    ];
  });
}

export function embraceGapLayout(gaps: readonly EmbraceGap[], width = 640) {
  const rowHeight = 40;
  const margin: Margins = { top: 30, right: 24, bottom: 8, left: 24 };
  const height = margin.top + margin.bottom + rowHeight * gaps.length;
  const x = scaleLinear()
    .domain([1, 5])
    .range([margin.left + 10, width - margin.right - 10]);
  return {
    width,
    height,
    axis: [1, 2, 3, 4, 5].map((p) => ({ value: p, x: x(p) })),
    rows: gaps.map((g, index) => ({
      ...g,
      y: margin.top + index * rowHeight + rowHeight / 2,
      asksX: x(g.primeAsks),
      acceptsX: x(g.vcsAccepts),
      beyond: g.gap > 0,
    })),
  };
}
