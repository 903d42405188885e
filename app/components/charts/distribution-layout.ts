/**
 * The maths of the live view's chart (position-distribution.tsx; issue 18): how the room's submitted
 * organisations spread over the five positions of one item. A bar per position, the tallest filling the chart's
 * height and the others in proportion (as live-polling tools draw them: a divided room's short bars would otherwise
 * leave most of a projector's chart empty), each bar's count written above it, so no one reads a height as a
 * share of the room; under the axis, the scenario prime's acceptable range as a band with its preferred position marked; then the
 * share who marked the item a red line, as a bar of its own. d3 gives the scales; every text is placed here with
 * its size, so the tests can check that none leaves the chart or touches another.
 *
 * Drawn for a projector: one drawing, 640 units wide, with text of 26 units and more, so a chart shown a third of
 * a 1920 px screen wide still reads from the back of a room, and one shown 350 px wide on a phone keeps 13 px text.
 */
import { scaleBand, scaleLinear } from "d3-scale";
import { POSITIONS, type Position } from "~/domain/types";
import type { ItemFigures } from "~/domain/workshop";
import type { PrimeStance } from "~/domain/workshop-prompts";
import { textBox, wrapText, type Box, type TextMark } from "./layout";

export const DISTRIBUTION_WIDTH = 640;
const COUNT_TEXT = 30;
const TICK_TEXT = 28;
const NOTE_TEXT = 26;
const BARS_HEIGHT = 240;
const MARGIN = 6;

const mark = (text: string, x: number, y: number, fontSize: number, anchor: TextMark["anchor"], bold = false) => ({
  text,
  x,
  y,
  fontSize,
  anchor,
  bold,
});

/** The prime's stance under the axis, in as few words as a projector needs. */
export function primeNote(prime: PrimeStance): string {
  const { min, max } = prime.acceptable;
  return `Prime prefers ${prime.preferred}, ${min === max ? `accepts only ${min}` : `accepts ${min} to ${max}`}`;
}

/** The red lines under the chart: "3 of 12 marked it a red line". */
export function redLineNote(redLines: number, total: number): string {
  return `${redLines === 0 ? "None" : redLines} of ${total} marked it a red line`;
}

export interface DistributionBar extends Box {
  position: Position;
  count: number;
  label: TextMark;
}

export function distributionLayout(figures: ItemFigures, prime: PrimeStance | null = null) {
  const width = DISTRIBUTION_WIDTH;
  const left = MARGIN;
  const right = width - MARGIN;
  const total = figures.positions.reduce((sum, c) => sum + c, 0);
  const x = scaleBand<Position>().domain(POSITIONS).range([left, right]).paddingInner(0.22).paddingOuter(0.08);
  const barTop = MARGIN + COUNT_TEXT + 8;
  const baseline = barTop + BARS_HEIGHT;
  const y = scaleLinear()
    .domain([0, Math.max(...figures.positions, 1)])
    .range([baseline, barTop]);
  const bandwidth = x.bandwidth();
  const centre = (p: Position) => (x(p) ?? 0) + bandwidth / 2;

  const bars: DistributionBar[] = POSITIONS.map((position, i) => {
    const count = figures.positions[i] ?? 0;
    const top = y(count);
    return {
      position,
      count,
      x1: x(position) ?? 0,
      x2: (x(position) ?? 0) + bandwidth,
      y1: top,
      y2: baseline,
      label: mark(String(count), centre(position), top - 8, COUNT_TEXT, "middle", true),
    };
  });
  const tickY = baseline + TICK_TEXT + 6;
  const ticks = POSITIONS.map((p) => ({ position: p, label: mark(String(p), centre(p), tickY, TICK_TEXT, "middle") }));
  let bottom = tickY + 10;

  let primeMarks: { range: Box; preferred: { cx: number; cy: number; r: number }; note: TextMark[] } | null = null;
  if (prime) {
    const rangeTop = bottom + 6;
    const range = {
      x1: x(prime.acceptable.min) ?? left,
      x2: (x(prime.acceptable.max) ?? right) + bandwidth,
      y1: rangeTop,
      y2: rangeTop + 20,
    };
    const preferred = { cx: centre(prime.preferred), cy: rangeTop + 10, r: 15 };
    const note = wrapText(primeNote(prime), right - left, NOTE_TEXT).map((line, n) =>
      mark(line, left, range.y2 + 12 + NOTE_TEXT + n * (NOTE_TEXT + 6), NOTE_TEXT, "start"),
    );
    primeMarks = { range, preferred, note };
    bottom = (note.at(-1)?.y ?? range.y2) + 8;
  }

  const redNote = mark(redLineNote(figures.redLines, total), left, bottom + NOTE_TEXT + 12, NOTE_TEXT, "start", true);
  const trackTop = redNote.y + 12;
  const track: Box = { x1: left, x2: right, y1: trackTop, y2: trackTop + 20 };
  const share = total === 0 ? 0 : figures.redLines / total;
  const filled: Box = { ...track, x2: left + (right - left) * share };
  const height = track.y2 + MARGIN;

  return {
    width,
    height,
    baseline,
    axis: { x1: left, x2: right, y: baseline },
    bars,
    ticks,
    prime: primeMarks,
    redLines: { note: redNote, track, filled },
    /** Every text the chart draws. */
    texts: [
      ...bars.map((b) => b.label),
      ...ticks.map((t) => t.label),
      ...(primeMarks?.note ?? []),
      redNote,
    ] as TextMark[],
  };
}

/** Whether every text lies inside the drawing (a test's check, kept beside the layout it checks). */
export function textsInside(layout: ReturnType<typeof distributionLayout>): boolean {
  return layout.texts.every((t) => {
    const box = textBox(t);
    return box.x1 >= 0 && box.x2 <= layout.width && box.y1 >= 0 && box.y2 <= layout.height;
  });
}
