/**
 * The maths of the report's charts: d3 computes scales, ticks and geometry
 * here, in pure functions; React renders the SVG (on the server, so charts
 * appear without JavaScript). Only the d3 submodules used are imported.
 *
 * Each chart is laid out twice: wide for desktops and print, narrow for phones.
 * Each is drawn about its natural size (the narrow one from 96% on a 320 px
 * phone), so its text is never scaled far below the sizes set here; on a phone
 * the chart is re-laid (titles on their own lines, fewer ticks, stacked
 * labels), not shrunk. Every piece of text is placed here, with
 * its size, so the tests can check that none leaves the chart or touches a line.
 */
import { mean } from "d3-array";
import { scaleLinear } from "d3-scale";
import type { Band } from "~/domain/method";
import type { DimensionResult, ItemResult } from "~/domain/report";
import { overlapOf } from "~/domain/scoring";

/** The two drawings of every chart, in SVG units; the narrow one is drawn at 96% of its size in a 320 px phone's column. */
export const CHART_WIDTH = { wide: 640, narrow: 300 } as const;

/** Below this width a layout is narrow. */
export const NARROW_BELOW = 480;

/** The smallest text any chart draws, in SVG units (at least 12 px on screen: see CHART_WIDTH). */
export const SMALLEST_TEXT = 13;

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface TextMark {
  text: string;
  /** Where the text is anchored, and the y of its baseline. */
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
  fontSize: number;
  bold: boolean;
}

/** A text mark at a point: its words, size and weight, anchored at the start unless told otherwise. */
export const textMark = (
  value: string,
  x: number,
  y: number,
  fontSize: number,
  bold = false,
  anchor: TextMark["anchor"] = "start",
): TextMark => ({ text: value, x, y, anchor, fontSize, bold });

export interface Box {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

/**
 * A generous estimate of how wide a text is drawn: wide enough for DejaVu Sans, the broadest of the
 * system fonts the page may fall back to, so text that fits by this measure fits on screen.
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  return [...text].length * fontSize * (bold ? 0.66 : 0.6);
}

/** The box a text mark covers, from the top of its capitals to below its descenders. */
export function textBox(mark: TextMark): Box {
  const width = textWidth(mark.text, mark.fontSize, mark.bold);
  const x1 = mark.anchor === "start" ? mark.x : mark.anchor === "middle" ? mark.x - width / 2 : mark.x - width;
  return { x1, x2: x1 + width, y1: mark.y - mark.fontSize * 0.8, y2: mark.y + mark.fontSize * 0.25 };
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/** Breaks a text into lines no wider than maxWidth, at spaces; a single word wider than that keeps a line to itself. */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(`${last} ${word}`, fontSize, bold) <= maxWidth) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else {
      lines.push(word);
    }
  }
  return lines;
}

const mark = (
  text: string,
  x: number,
  y: number,
  options: { anchor?: TextMark["anchor"]; fontSize?: number; bold?: boolean } = {},
): TextMark => ({
  text,
  x,
  y,
  anchor: options.anchor ?? "start",
  fontSize: options.fontSize ?? SMALLEST_TEXT,
  bold: options.bold ?? false,
});

/** Moves a text sideways, as little as it can, so it stays between left and right. */
function clampMark(m: TextMark, left: number, right: number): TextMark {
  const box = textBox(m);
  if (box.x1 < left) return { ...m, x: m.x + (left - box.x1) };
  if (box.x2 > right) return { ...m, x: m.x - (box.x2 - right) };
  return m;
}

/** The band a section's score falls in, by the method's thresholds (inclusive at the bottom, as in the verdict). */
export function bandFor(score: number, bands: { STRONG: number; WORKABLE: number }): Band {
  if (score >= bands.STRONG) return "STRONG";
  if (score >= bands.WORKABLE) return "WORKABLE";
  return "WEAK";
}

export const BAND_WORD: Readonly<Record<Band, string>> = { STRONG: "strong", WORKABLE: "workable", WEAK: "weak" };

/**
 * Dimension profile: one horizontal bar per dimension, 0–100, each marked with its band in words. The band
 * thresholds are labelled above the bars and drawn only across the bars, so they never cross a title or a value;
 * values sit in their own column to the right of the 100 mark for the same reason.
 */
export function dimensionProfileLayout(
  dimensions: readonly DimensionResult[],
  bands: { STRONG: number; WORKABLE: number },
  width: number = CHART_WIDTH.wide,
) {
  const narrow = width < NARROW_BELOW;
  const titleSize = 14;
  const lineHeight = 18;
  const barHeight = narrow ? 22 : 20;
  const margin: Margins = { top: 4, right: 4, bottom: 4, left: 4 };
  const valueText = (score: number | null) =>
    score === null ? "not scored" : `${score} · ${BAND_WORD[bandFor(score, bands)]}`;
  const valueColumn = Math.max(...dimensions.map((d) => textWidth(valueText(d.score), titleSize, true)), 0) + 8;
  const x = scaleLinear()
    .domain([0, 100])
    .range([margin.left, width - margin.right - valueColumn]);

  // The band labels, above the bars; the second drops to a line of its own if the two would touch.
  const thresholdMarks: TextMark[] = [];
  for (const [index, value] of [bands.WORKABLE, bands.STRONG].entries()) {
    const word = index === 0 ? BAND_WORD.WORKABLE : BAND_WORD.STRONG;
    let label = clampMark(
      mark(`${value} ${word}`, x(value), margin.top + 13, { anchor: "middle" }),
      margin.left,
      width - margin.right,
    );
    const previous = thresholdMarks.at(-1);
    if (previous && boxesOverlap(pad(textBox(previous), 6), textBox(label))) label = { ...label, y: previous.y + 17 };
    thresholdMarks.push(label);
  }
  const headerBottom = Math.max(...thresholdMarks.map((m) => m.y)) + 11;

  let top = headerBottom;
  const bars = dimensions.map((d) => {
    const lines = wrapText(`${d.critical ? "★ " : ""}${d.title}`, width - margin.left - margin.right, titleSize, true);
    const titleLines = lines.map((line, i) =>
      mark(line, margin.left, top + 14 + i * lineHeight, { fontSize: titleSize, bold: d.critical }),
    );
    const y = top + lines.length * lineHeight + 6;
    const score = d.score;
    const bar = {
      id: d.id,
      title: d.title,
      critical: d.critical,
      score,
      band: score === null ? null : bandFor(score, bands),
      titleLines,
      x: x(0),
      y,
      width: x(score ?? 0) - x(0),
      height: barHeight,
      /** The whole 0–100 track, drawn faintly behind the bar. */
      trackWidth: x(100) - x(0),
      value: mark(valueText(score), x(100) + 8, y + barHeight / 2 + 5, { fontSize: titleSize, bold: true }),
    };
    top = y + barHeight + (narrow ? 14 : 12);
    return bar;
  });

  const axisY = top;
  const ticks = x.ticks(narrow ? 2 : 5).map((value) => ({
    value,
    x: x(value),
    label: mark(String(value), x(value), axisY + 20, { anchor: "middle" }),
  }));
  const height = axisY + 24 + margin.bottom;
  return {
    width,
    height,
    narrow,
    axisY,
    ticks,
    thresholds: [bands.WORKABLE, bands.STRONG].map((value, index) => ({
      value,
      x: x(value),
      label: thresholdMarks[index]!,
      /** A short stroke under the labels, then one across each bar: never across a title or a value. */
      segments: [
        { y1: headerBottom - 6, y2: headerBottom },
        ...bars.map((b) => ({ y1: b.y - 3, y2: b.y + b.height + 3 })),
      ],
    })),
    bars,
  };
}

function pad(box: Box, by: number): Box {
  return { x1: box.x1 - by, x2: box.x2 + by, y1: box.y1, y2: box.y2 };
}

/** Horizontal extent of a range of positions on the 1–5 axis, drawn to the outer edges of its end positions. */
export function rangeExtent(scale: (p: number) => number, min: number, max: number, halfStep: number) {
  return { x1: scale(min) - halfStep, x2: scale(max) + halfStep };
}

/**
 * Positions chart for one dimension: each item's two preferred points and acceptable ranges, the overlap
 * shaded. A side's red line is named just after the end of its range; room for that is kept at the right.
 */
export function positionsLayout(items: readonly ItemResult[], width: number = CHART_WIDTH.wide) {
  const narrow = width < NARROW_BELOW;
  const rowHeight = 56;
  const redLineLabel = "red line";
  const margin: Margins = { top: 24, right: 4, bottom: 4, left: 4 };
  const height = margin.top + margin.bottom + rowHeight * items.length;
  // The ranges run from just after the question number to where a "red line" label still fits after them
  // (7 is the reach of a mark beyond the range's end). Ranges reach a third of the way to the next position,
  // so neighbouring ranges never seem to touch: the ends of the axis sit a twelfth of its span inside that room.
  const marksFrom = margin.left + textWidth(`Q${items.length}`, SMALLEST_TEXT) + (narrow ? 8 : 12) + 7;
  const marksTo = width - margin.right - textWidth(redLineLabel, SMALLEST_TEXT, true) - 8 - (narrow ? 4 : 12);
  const span = ((marksTo - marksFrom) * 6) / 7;
  const x = scaleLinear()
    .domain([1, 5])
    .range([marksFrom + span / 12, marksTo - span / 12]);
  const halfStep = (x(2) - x(1)) / 3;
  return {
    width,
    height,
    narrow,
    axis: [1, 2, 3, 4, 5].map((p) => ({ value: p, x: x(p), label: mark(String(p), x(p), 16, { anchor: "middle" }) })),
    gridTop: margin.top,
    rows: items.map((item, index) => {
      const top = margin.top + index * rowHeight;
      const shared = overlapOf(item.vcs.acceptable, item.prime.acceptable);
      const side = (answer: ItemResult["vcs"], y: number) => ({
        y,
        ...rangeExtent(x, answer.acceptable.min, answer.acceptable.max, halfStep),
        cx: x(answer.preferred),
        redLine: answer.redLine,
        redLineLabel: answer.redLine
          ? mark(redLineLabel, x(answer.acceptable.max) + halfStep + 8, y + 5, { bold: true })
          : null,
      });
      return {
        id: item.id,
        fit: item.fit,
        top,
        label: mark(`Q${index + 1}`, margin.left, top + 31),
        vcs: side(item.vcs, top + 18),
        prime: side(item.prime, top + 38),
        overlap: shared
          ? { ...rangeExtent(x, shared.min, shared.max, halfStep), y: top + 8, height: rowHeight - 16 }
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

/** The gap in words, with its unit: positions on the 1 to 5 scale. */
export function gapText(gap: number): string {
  return gap > 0 ? `gap of ${gap} position${gap === 1 ? "" : "s"}` : "no gap";
}

/**
 * Embrace gap: per section, a line from the furthest the organisation could go to what the prime asks for. Each
 * section's title (and its gap, beside it or below when there is no room) sits on lines of its own above the marks;
 * the scale's numbers are at the top and what its ends mean at the bottom.
 */
export function embraceGapLayout(gaps: readonly EmbraceGap[], width: number = CHART_WIDTH.wide) {
  const narrow = width < NARROW_BELOW;
  const titleSize = 14;
  const lineHeight = 18;
  const margin: Margins = { top: 4, right: 4, bottom: 4, left: 4 };
  const inner = width - margin.left - margin.right;
  const x = scaleLinear()
    .domain([1, 5])
    .range([margin.left + 12, width - margin.right - 12]);
  const unit = mark("Position on the 1 to 5 scale", margin.left, margin.top + 13);
  const axisY = margin.top + 13 + 20;
  let top = axisY + 8;
  // Each gap sits beside its section's title when every one fits there, and below it otherwise, the same in every row.
  const oneLine = gaps.every(
    (g) => textWidth(g.title, titleSize) + 16 + textWidth(gapText(g.gap), titleSize, g.gap > 0) <= inner,
  );
  const rows = gaps.map((g) => {
    const beyond = g.gap > 0;
    const lines = wrapText(g.title, inner, titleSize);
    const titleLines = lines.map((line, i) =>
      mark(line, margin.left, top + 14 + i * lineHeight, { fontSize: titleSize }),
    );
    const gapLabel = oneLine
      ? mark(gapText(g.gap), width - margin.right, top + 14, { anchor: "end", fontSize: titleSize, bold: beyond })
      : mark(gapText(g.gap), margin.left, top + 14 + lines.length * lineHeight, { fontSize: titleSize, bold: beyond });
    const textLines = oneLine ? lines.length : lines.length + 1;
    const y = top + textLines * lineHeight + 12;
    top = y + 12 + (narrow ? 8 : 6);
    return { ...g, titleLines, gapLabel, y, asksX: x(g.primeAsks), acceptsX: x(g.vcsAccepts), beyond };
  });
  // What the ends of the scale mean, under the chart; on two lines if one will not hold both.
  const ends = [
    mark("1 most independent", margin.left, top + 14),
    mark("5 most integrated", width - margin.right, top + 14, { anchor: "end" }),
  ] as const;
  const endMarks = boxesOverlap(pad(textBox(ends[0]), 8), textBox(ends[1]))
    ? [ends[0], { ...ends[1], y: ends[1].y + 17 }]
    : [...ends];
  const height = Math.max(...endMarks.map((m) => m.y)) + 6 + margin.bottom;
  return {
    width,
    height,
    narrow,
    unit,
    axis: [1, 2, 3, 4, 5].map((p) => ({
      value: p,
      x: x(p),
      label: mark(String(p), x(p), axisY, { anchor: "middle" }),
    })),
    ends: endMarks,
    rows,
  };
}
