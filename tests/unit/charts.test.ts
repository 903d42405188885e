import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  CHART_WIDTH,
  SMALLEST_TEXT,
  boxesOverlap,
  dimensionProfileLayout,
  embraceGapLayout,
  embraceGaps,
  positionsLayout,
  textBox,
  textWidth,
  wrapText,
  type Box,
  type EmbraceGap,
  type TextMark,
} from "~/components/charts/layout";
import { METHOD_V1, METHOD_V2 } from "~/domain/method";
import { questionnaireV1 } from "~/domain/questionnaires/v1";
import { questionnaireV2 } from "~/domain/questionnaires/v2";
import type { DimensionResult, ItemResult } from "~/domain/report";
import { bandOf } from "~/domain/scoring";
import type { Answer } from "~/domain/types";
import { answerArb } from "./arbitraries";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { SpreadChart, SpreadTable } from "~/components/charts/spread-chart";
import { spreadLayout, spreadSummary } from "~/components/charts/spread-layout";
import type { ItemSpread } from "~/domain/combine";
import type { Position } from "~/domain/types";

const dimension = (id: string, score: number | null, critical = false, title = id): DimensionResult => ({
  id,
  title,
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

/** Every section title the questionnaires have, the longest first: the hardest to fit on a phone. */
const sectionTitles = [...questionnaireV1.dimensions, ...questionnaireV2.dimensions]
  .map((d) => d.title)
  .sort((a, b) => b.length - a.length);
const widths = [CHART_WIDTH.wide, CHART_WIDTH.narrow] as const;
const scoreArb = fc.oneof(
  fc.constant(null),
  fc.integer({ min: 0, max: 1000 }).map((n) => n / 10),
);
const bandsArb = fc
  .tuple(fc.integer({ min: 5, max: 90 }), fc.integer({ min: 1, max: 50 }))
  .map(([workable, step]) => ({ WORKABLE: workable, STRONG: Math.min(100, workable + step) }));
const sectionsArb = fc
  .array(fc.record({ title: fc.constantFrom(...sectionTitles), critical: fc.boolean(), score: scoreArb }), {
    minLength: 1,
    maxLength: 10,
  })
  .map((sections) => sections.map((s, i) => dimension(`d${i}`, s.score, s.critical, s.title)));

const inside = (box: Box, width: number, height: number) =>
  box.x1 >= 0 && box.x2 <= width && box.y1 >= 0 && box.y2 <= height;
const verticalLine = (x: number, y1: number, y2: number): Box => ({ x1: x - 1, x2: x + 1, y1, y2 });

function profileTexts(layout: ReturnType<typeof dimensionProfileLayout>): TextMark[] {
  return [
    ...layout.thresholds.map((t) => t.label),
    ...layout.bars.flatMap((b) => [...b.titleLines, b.value]),
    ...layout.ticks.map((t) => t.label),
  ];
}

describe("dimension profile", () => {
  test("bar length is proportional to the score, and the band lines sit at the method's bands", () => {
    for (const method of [METHOD_V1, METHOD_V2]) {
      const layout = dimensionProfileLayout(
        [dimension("a", 100), dimension("b", 50), dimension("c", 0)],
        method.bands,
        640,
      );
      const [full, half, none] = layout.bars;
      expect(half!.width).toBeCloseTo(full!.width / 2, 6);
      expect(none!.width).toBe(0);
      const span = full!.width;
      expect(layout.thresholds.map((t) => t.value)).toEqual([method.bands.WORKABLE, method.bands.STRONG]);
      for (const t of layout.thresholds) expect(t.x - full!.x).toBeCloseTo((span * t.value) / 100, 6);
    }
  });

  test("the band lines are labelled in words, and each bar's value names its band by the method's thresholds", () => {
    fc.assert(
      fc.property(
        sectionsArb,
        fc.constantFrom(METHOD_V1, METHOD_V2),
        fc.constantFrom(...widths),
        (sections, method, width) => {
          const layout = dimensionProfileLayout(sections, method.bands, width);
          expect(layout.thresholds.map((t) => t.label.text)).toEqual([
            `${method.bands.WORKABLE} workable`,
            `${method.bands.STRONG} strong`,
          ]);
          for (const [index, bar] of layout.bars.entries()) {
            const score = sections[index]!.score;
            if (score === null) {
              expect(bar.band).toBeNull();
              expect(bar.value.text).toBe("not scored");
            } else {
              const band = bandOf(method, score);
              expect(bar.band).toBe(band);
              expect(bar.value.text).toBe(`${score} · ${band.toLowerCase()}`);
            }
          }
        },
      ),
    );
  });

  test("no text leaves the chart, touches other text or is crossed by a band line, at either width", () => {
    fc.assert(
      fc.property(sectionsArb, bandsArb, fc.constantFrom(...widths), (sections, bands, width) => {
        const layout = dimensionProfileLayout(sections, bands, width);
        const boxes = profileTexts(layout).map(textBox);
        for (const box of boxes) expect(inside(box, layout.width, layout.height)).toBe(true);
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) expect(boxesOverlap(boxes[i]!, boxes[j]!)).toBe(false);
        }
        for (const t of layout.thresholds) {
          for (const s of t.segments) {
            for (const box of boxes) expect(boxesOverlap(verticalLine(t.x, s.y1, s.y2), box)).toBe(false);
          }
        }
      }),
    );
  });

  test("rows never overlap: each title starts below the bar before it", () => {
    for (const width of widths) {
      const layout = dimensionProfileLayout(
        sectionTitles.slice(0, 6).map((title, i) => dimension(`d${i}`, 60, i % 2 === 0, title)),
        METHOD_V2.bands,
        width,
      );
      for (let i = 1; i < layout.bars.length; i++) {
        const previous = layout.bars[i - 1]!;
        expect(textBox(layout.bars[i]!.titleLines[0]!).y1).toBeGreaterThan(previous.y + previous.height);
      }
    }
  });

  test("on a phone, long titles wrap onto lines of their own, with fewer ticks, and no text under the smallest size", () => {
    const sections = sectionTitles.map((title, i) => dimension(`d${i}`, 72, true, title));
    const wide = dimensionProfileLayout(sections, METHOD_V2.bands, CHART_WIDTH.wide);
    const narrow = dimensionProfileLayout(sections, METHOD_V2.bands, CHART_WIDTH.narrow);
    expect(narrow.narrow).toBe(true);
    expect(wide.bars.every((b) => b.titleLines.length === 1)).toBe(true);
    expect(narrow.bars[0]!.titleLines.length).toBeGreaterThan(1);
    expect(narrow.ticks.length).toBeLessThan(wide.ticks.length);
    for (const m of profileTexts(narrow)) expect(m.fontSize).toBeGreaterThanOrEqual(SMALLEST_TEXT);
  });
});

describe("positions chart", () => {
  test("the shaded overlap is drawn exactly when the ranges overlap, and always inside both ranges", () => {
    fc.assert(
      fc.property(answerArb, answerArb, fc.constantFrom(...widths), (vcs, prime, width) => {
        const [row] = positionsLayout([item("x", "d", vcs, prime)], width).rows;
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

  test("labels stay inside the chart and clear of the ranges and the grid, at either width", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(answerArb, answerArb), { minLength: 1, maxLength: 12 }),
        fc.constantFrom(...widths),
        (pairs, width) => {
          const layout = positionsLayout(
            pairs.map(([vcs, prime], i) => item(`q${i}`, "d", vcs, prime)),
            width,
          );
          const rangeBoxes = layout.rows.flatMap((r) => [
            ...[r.vcs, r.prime].map((s) => ({ x1: s.x1 - 7, x2: s.x2 + 7, y1: s.y - 7, y2: s.y + 7 })),
            ...(r.overlap ? [{ ...r.overlap, y1: r.overlap.y, y2: r.overlap.y + r.overlap.height }] : []),
          ]);
          const grid = layout.axis.map((a) => verticalLine(a.x, layout.gridTop, layout.height));
          const rowLabels = layout.rows.flatMap((r) => [
            r.label,
            ...[r.vcs.redLineLabel, r.prime.redLineLabel].filter((m): m is TextMark => m !== null),
          ]);
          for (const m of [...layout.axis.map((a) => a.label), ...rowLabels]) {
            expect(m.fontSize).toBeGreaterThanOrEqual(SMALLEST_TEXT);
            expect(inside(textBox(m), layout.width, layout.height)).toBe(true);
          }
          // Question numbers sit clear of the grid too; red-line labels are drawn with a halo over it.
          for (const r of layout.rows) {
            for (const box of [...rangeBoxes, ...grid]) expect(boxesOverlap(textBox(r.label), box)).toBe(false);
          }
          for (const m of rowLabels) {
            for (const box of rangeBoxes) expect(boxesOverlap(textBox(m), box)).toBe(false);
          }
        },
      ),
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
    expect(layout.rows[0]!.gapLabel.text).toBe("gap of 2 positions");
    expect(layout.rows[1]!.beyond).toBe(false);
    expect(layout.rows[1]!.gapLabel.text).toBe("no gap");
    expect(layout.unit.text).toBe("Position on the 1 to 5 scale");
  });

  test("no text leaves the chart, touches other text or sits on a section's marks, at either width", () => {
    const gapArb: fc.Arbitrary<EmbraceGap> = fc
      .record({
        title: fc.constantFrom(...sectionTitles),
        asks: fc.integer({ min: 10, max: 50 }),
        accepts: fc.integer({ min: 10, max: 50 }),
      })
      .map(({ title, asks, accepts }) => ({
        dimensionId: title,
        title,
        primeAsks: asks / 10,
        vcsAccepts: accepts / 10,
        gap: (asks - accepts) / 10,
      }));
    fc.assert(
      fc.property(fc.array(gapArb, { minLength: 1, maxLength: 10 }), fc.constantFrom(...widths), (gaps, width) => {
        const layout = embraceGapLayout(gaps, width);
        const marks = [
          layout.unit,
          ...layout.axis.map((a) => a.label),
          ...layout.rows.flatMap((r) => [...r.titleLines, r.gapLabel]),
          ...layout.ends,
        ];
        const boxes = marks.map(textBox);
        const markBands = layout.rows.map((r) => ({ x1: 0, x2: layout.width, y1: r.y - 10, y2: r.y + 10 }));
        for (const m of marks) expect(m.fontSize).toBeGreaterThanOrEqual(SMALLEST_TEXT);
        for (const box of boxes) {
          expect(inside(box, layout.width, layout.height)).toBe(true);
          for (const band of markBands) expect(boxesOverlap(box, band)).toBe(false);
        }
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) expect(boxesOverlap(boxes[i]!, boxes[j]!)).toBe(false);
        }
      }),
    );
  });
});

describe("spread chart", () => {
  const spreadArb: fc.Arbitrary<ItemSpread> = fc
    .tuple(fc.array(fc.nat({ max: 14 }), { minLength: 5, maxLength: 5 }), fc.nat({ max: 40 }))
    .filter(([positions]) => positions.some((n) => n > 0))
    .map(([positions, redLines]) => ({
      positions: positions as ItemSpread["positions"],
      redLines: Math.min(
        redLines,
        positions.reduce((a, b) => a + b, 0),
      ),
    }));
  const combinedArb = fc.option(fc.constantFrom<Position>(1, 2, 3, 4, 5), { nil: undefined });

  test("one dot per respondent, at the position they preferred, all above the axis and inside the chart", () => {
    fc.assert(
      fc.property(spreadArb, combinedArb, fc.constantFrom(...widths), (spread, combined, width) => {
        const layout = spreadLayout(spread, combined, width);
        const r = layout.radius;
        const dots = layout.stacks.flatMap((s) => s.dots);
        expect(dots.length).toBe(spread.positions.reduce((a, b) => a + b, 0));
        const spacing = layout.ticks[1]!.x - layout.ticks[0]!.x;
        for (const s of layout.stacks) {
          expect(s.dots.length).toBe(spread.positions[s.position - 1]);
          expect(s.x).toBe(layout.ticks[s.position - 1]!.x);
          for (const d of s.dots) {
            // Nearer its own position than any other, never on the axis, never outside the chart.
            expect(Math.abs(d.cx - s.x)).toBeLessThan(spacing / 2 - r);
            expect(d.cy + r).toBeLessThanOrEqual(layout.axis.y);
            expect(d.cx - r).toBeGreaterThanOrEqual(0);
            expect(d.cx + r).toBeLessThanOrEqual(layout.width);
            expect(d.cy - r).toBeGreaterThanOrEqual(0);
          }
          // Dots never overlap one another.
          for (let i = 0; i < s.dots.length; i++) {
            for (let j = i + 1; j < s.dots.length; j++) {
              const [a, b] = [s.dots[i]!, s.dots[j]!];
              expect(Math.hypot(a.cx - b.cx, a.cy - b.cy)).toBeGreaterThanOrEqual(2 * r);
            }
          }
          expect(s.countLabel?.text ?? null).toBe(s.dots.length > 0 ? String(s.dots.length) : null);
        }
        if (combined) {
          expect(layout.combined!.x).toBe(layout.ticks[combined - 1]!.x);
        } else {
          expect(layout.combined).toBeNull();
        }
      }),
    );
  });

  test("no text leaves the chart, touches other text or a dot, or is under the smallest size, at either width", () => {
    fc.assert(
      fc.property(spreadArb, combinedArb, fc.constantFrom(...widths), (spread, combined, width) => {
        const layout = spreadLayout(spread, combined, width);
        const boxes = layout.texts.map(textBox);
        const r = layout.radius;
        const dots = layout.stacks
          .flatMap((s) => s.dots)
          .map((d) => ({ x1: d.cx - r, x2: d.cx + r, y1: d.cy - r, y2: d.cy + r }));
        for (const m of layout.texts) expect(m.fontSize).toBeGreaterThanOrEqual(SMALLEST_TEXT);
        for (const box of boxes) {
          expect(inside(box, layout.width, layout.height)).toBe(true);
          for (const dot of dots) expect(boxesOverlap(box, dot)).toBe(false);
        }
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) expect(boxesOverlap(boxes[i]!, boxes[j]!)).toBe(false);
        }
        // No text sits on the axis line.
        const axis = { x1: 0, x2: layout.width, y1: layout.axis.y - 1, y2: layout.axis.y + 1 };
        for (const box of boxes) expect(boxesOverlap(box, axis)).toBe(false);
        if (layout.combined) {
          // The ring holds its number and touches no other text.
          const ring = layout.combined.ring;
          const number = textBox(layout.ticks[layout.combined.position - 1]!.label);
          expect(number.x1 > ring.x1 && number.x2 < ring.x2 && number.y1 > ring.y1 && number.y2 < ring.y2).toBe(true);
          expect(inside(ring, layout.width, layout.height)).toBe(true);
          const others = layout.texts.filter((m) => m !== layout.ticks[layout.combined!.position - 1]!.label);
          for (const m of others) expect(boxesOverlap(textBox(m), ring)).toBe(false);
        }
      }),
    );
  });

  test("a large board is laid in columns, so the chart stays a readable height", () => {
    const big = spreadLayout({ positions: [0, 30, 0, 0, 0], redLines: 0 }, 2, CHART_WIDTH.narrow);
    const small = spreadLayout({ positions: [0, 10, 0, 0, 0], redLines: 0 }, 2, CHART_WIDTH.narrow);
    expect(big.height).toBe(small.height);
    expect(new Set(big.stacks[1]!.dots.map((d) => d.cx)).size).toBe(3);
  });

  test("says what it shows: the accessible name, the red lines, and a table with a caption and header cells", () => {
    const spread: ItemSpread = { positions: [1, 2, 1, 1, 0], redLines: 1 };
    const labels = ["Own brand only", "Co-branded", "Delivered by", "Programme brand", "Prime's brand only"];
    expect(spreadSummary(spread, 2, labels)).toBe(
      "Preferred positions of 5 respondents, on the scale from 1 (most independent) to 5 (most integrated): " +
        "1 at 1 (“Own brand only”), 2 at 2 (“Co-branded”), 1 at 3 (“Delivered by”), 1 at 4 (“Programme brand”), " +
        "0 at 5 (“Prime's brand only”). The combined answer is 2 (“Co-branded”). 1 of 5 marked it a red line.",
    );
    expect(spreadLayout(spread, 2).redLines.map((m) => m.text)).toEqual(["1 of 5 marked it a red line"]);
    const html = renderToStaticMarkup(
      createElement(SpreadChart, { spread, combinedPreferred: 2, optionLabels: labels, side: "prime" }),
    );
    expect(html.match(/role="img"/g)).toHaveLength(2);
    expect(html).toContain('aria-label="Dot chart. Preferred positions of 5 respondents');
    expect(html.match(/<circle/g)).toHaveLength(10);
    expect(html).toContain("<caption>");
    expect(html).toContain('<th scope="row">2 (the combined answer)</th>');
    expect(html).toContain('<th scope="col">Option</th>');
    const table = renderToStaticMarkup(createElement(SpreadTable, { spread, caption: "Brand" }));
    expect(table).toContain("<caption>Brand: 5 respondents</caption>");
    expect(table).toContain("Marked it a red line");
    expect(table).toContain("1 of 5");
    expect(table).not.toContain("Option");
  });
});

describe("text measure", () => {
  test("wrapped lines fit the width, keep every word in order, and break only where they must", () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z]{1,12}$/), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 60, max: 600 }),
        (words, maxWidth) => {
          const lines = wrapText(words.join(" "), maxWidth, 14);
          expect(lines.join(" ")).toBe(words.join(" "));
          for (const [i, line] of lines.entries()) {
            if (line.includes(" ")) expect(textWidth(line, 14)).toBeLessThanOrEqual(maxWidth);
            const next = lines[i + 1]?.split(" ")[0];
            if (next) expect(textWidth(`${line} ${next}`, 14)).toBeGreaterThan(maxWidth);
          }
        },
      ),
    );
  });
});
