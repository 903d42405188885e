/**
 * The maths of the spread chart (spread-chart.tsx; issue 16): where one side's respondents stand on one question.
 * A dot per respondent, stacked at the position they preferred on the 1–5 axis, the count above each stack, the
 * combined answer ringed under the axis, and how many marked the question a red line written below. Laid out wide
 * and narrow like the report's charts (layout.ts), every text placed here with its size so the tests can check
 * that none leaves the chart or touches another.
 */
import { max } from "d3-array";
import { scaleLinear } from "d3-scale";
import type { ItemSpread } from "~/domain/combine";
import type { Position } from "~/domain/types";
import {
  CHART_WIDTH,
  NARROW_BELOW,
  SMALLEST_TEXT,
  boxesOverlap,
  textBox,
  textWidth,
  wrapText,
  type Box,
  type Margins,
  type TextMark,
} from "./layout";

const text = (
  content: string,
  x: number,
  y: number,
  anchor: TextMark["anchor"] = "start",
  bold = false,
  fontSize = SMALLEST_TEXT,
): TextMark => ({ text: content, x, y, anchor, fontSize, bold });

/** Moves a text sideways, as little as it can, so it stays between left and right. */
function clamp(m: TextMark, left: number, right: number): TextMark {
  const box = textBox(m);
  if (box.x1 < left) return { ...m, x: m.x + (left - box.x1) };
  if (box.x2 > right) return { ...m, x: m.x - (box.x2 - right) };
  return m;
}

/** How many respondents, in words ("1 respondent", "5 respondents"). */
export const respondentsText = (n: number) => `${n} respondent${n === 1 ? "" : "s"}`;

/** The red lines in words, against how many answered. */
export function redLinesText(spread: ItemSpread): string {
  const total = spread.positions.reduce((a, b) => a + b, 0);
  if (spread.redLines === 0) return "No one marked it a red line";
  if (spread.redLines === total) return `All ${total} marked it a red line`;
  return `${spread.redLines} of ${total} marked it a red line`;
}

/** The chart's data in one sentence or three: its accessible name (the table says the same). */
export function spreadSummary(
  spread: ItemSpread,
  combinedPreferred?: Position,
  optionLabels?: readonly string[],
): string {
  const total = spread.positions.reduce((a, b) => a + b, 0);
  const at = (p: number) => (optionLabels?.[p - 1] ? `${p} (“${optionLabels[p - 1]}”)` : String(p));
  const counts = spread.positions.map((count, i) => `${count} at ${at(i + 1)}`).join(", ");
  const combined = combinedPreferred ? ` The combined answer is ${at(combinedPreferred)}.` : "";
  return `Preferred positions of ${respondentsText(total)}, on the scale from 1 (most independent) to 5 (most integrated): ${counts}.${combined} ${redLinesText(spread)}.`;
}

export interface SpreadDot {
  cx: number;
  cy: number;
}

/**
 * The spread chart's layout at a width (CHART_WIDTH.wide or .narrow). A stack of more than ten dots is laid in up
 * to three side-by-side columns, so a large board stays a readable height.
 */
export function spreadLayout(spread: ItemSpread, combinedPreferred?: Position, width: number = CHART_WIDTH.wide) {
  const narrow = width < NARROW_BELOW;
  const margin: Margins = { top: 4, right: 4, bottom: 4, left: 4 };
  const radius = narrow ? 6 : 7;
  const step = radius * 2 + 3;
  const inner = width - margin.left - margin.right;
  // The axis's ends sit far enough in for a dot stack and its count label (up to three digits) to fit.
  const endRoom = Math.max(radius * 3 + 4, textWidth("000", SMALLEST_TEXT, true) / 2 + 4);
  const x = scaleLinear()
    .domain([1, 5])
    .range([margin.left + endRoom, width - margin.right - endRoom]);
  const spacing = x(2) - x(1);
  // At most three columns: they stay clear of the next position's, and inside the chart at either end.
  const maxColumns = Math.max(1, Math.min(3, Math.floor((spacing * 0.8) / step)));
  const most = max(spread.positions) ?? 0;
  const perColumn = Math.max(10, Math.ceil(most / maxColumns));
  const rows = Math.max(1, Math.min(most, perColumn));

  const countTop = margin.top + SMALLEST_TEXT;
  const axisY = countTop + 6 + rows * step + 2;
  const stacks = spread.positions.map((count, i) => {
    const position = (i + 1) as Position;
    const cx = x(position);
    const columns = Math.ceil(count / perColumn);
    const dots: SpreadDot[] = [];
    for (let n = 0; n < count; n++) {
      const column = Math.floor(n / perColumn);
      const row = n % perColumn;
      dots.push({ cx: cx + (column - (columns - 1) / 2) * step, cy: axisY - 3 - radius - row * step });
    }
    const top = count === 0 ? axisY : Math.min(...dots.map((d) => d.cy)) - radius;
    return {
      position,
      x: cx,
      count,
      dots,
      /** The count above the stack; none over an empty position (the table gives its 0). */
      countLabel: count === 0 ? null : text(String(count), cx, top - 5, "middle", true),
    };
  });

  const tickY = axisY + 19;
  const ticks = [1, 2, 3, 4, 5].map((p) => ({ value: p, x: x(p), label: text(String(p), x(p), tickY, "middle") }));
  let bottom = tickY + 6;

  let combined: { position: Position; x: number; ring: Box; label: TextMark } | null = null;
  if (combinedPreferred) {
    const cx = x(combinedPreferred);
    // Below the axis's tick marks (which end 5 under the axis), around the position's number.
    const ring = { x1: cx - 11, x2: cx + 11, y1: axisY + 6, y2: tickY + 6 };
    const label = clamp(text("combined answer", cx, ring.y2 + 16, "middle", true), margin.left, width - margin.right);
    combined = { position: combinedPreferred, x: cx, ring, label };
    bottom = label.y + 6;
  }

  // What the ends of the scale mean; on two lines if one will not hold both.
  const endsY = bottom + 17;
  const ends = [
    text("1 most independent", margin.left, endsY),
    text("5 most integrated", width - margin.right, endsY, "end"),
  ] as const;
  const endMarks: TextMark[] = boxesOverlap({ ...textBox(ends[0]), x2: textBox(ends[0]).x2 + 8 }, textBox(ends[1]))
    ? [ends[0], { ...ends[1], y: ends[1].y + 17 }]
    : [...ends];
  bottom = Math.max(...endMarks.map((m) => m.y)) + 6;

  const redLines = wrapText(redLinesText(spread), inner, SMALLEST_TEXT, spread.redLines > 0).map((line, i) =>
    text(line, margin.left, bottom + 19 + i * 17, "start", spread.redLines > 0),
  );
  const height = Math.max(...redLines.map((m) => m.y)) + 6 + margin.bottom;

  return {
    width,
    height,
    narrow,
    radius,
    axis: { y: axisY, x1: margin.left, x2: width - margin.right },
    ticks,
    stacks,
    combined,
    ends: endMarks,
    redLines,
    /** Every text the chart draws. */
    texts: [
      ...stacks.flatMap((s) => (s.countLabel ? [s.countLabel] : [])),
      ...ticks.map((t) => t.label),
      ...(combined ? [combined.label] : []),
      ...endMarks,
      ...redLines,
    ],
  };
}
