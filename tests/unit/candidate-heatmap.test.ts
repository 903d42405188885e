/**
 * The partner search's heatmap (app/components/charts/heatmap-layout.ts and
 * app/components/candidate-heatmap.tsx): cells take the method's bands, print
 * their scores, meet contrast, and no text leaves the drawing or runs into
 * another.
 */
import fc from "fast-check";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { CandidateHeatmap } from "~/components/candidate-heatmap";
import {
  HEATMAP_BAND_COLOUR,
  UNSCORED_FILL,
  UNSCORED_TEXT,
  heatmapBand,
  heatmapLayout,
  heatmapSummary,
  type HeatmapRow,
} from "~/components/charts/heatmap-layout";
import { SMALLEST_TEXT, bandFor, textBox, textWidth, type Box } from "~/components/charts/layout";
import { METHOD_V1, METHOD_V2 } from "~/domain/method";
import { questionnaireV2 } from "~/domain/questionnaires/v2";

const sections = questionnaireV2.dimensions.map((d) => ({ id: d.id, title: d.title }));
const bands = METHOD_V2.bands;

function row(id: string, name: string, overall: number, score: (sectionId: string) => number | null): HeatmapRow {
  return { id, name, overall, dimensions: Object.fromEntries(sections.map((s) => [s.id, score(s.id)])) };
}

const FIELD: HeatmapRow[] = [
  row("a", "Close Fit Trust", 100, () => 100),
  row("b", "The East Kent Community Interest Company for Young People and Families", 53.8, () => 53.8),
  row("c", "Red Line Housing", 98, (id) => (id === "mission-values" ? 77.5 : 100)),
  row("d", "Unscored Section CIC", 40, (id) => (id === "term-exit" ? null : 12)),
];

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

/** The four corners of a rotated heading's line, in the drawing's coordinates (SVG rotate(-45) about its anchor). */
function headingLineBox(x: number, y: number, lineY: number, width: number, size: number): Box {
  const c = Math.SQRT1_2;
  const corners = [
    [0, lineY - size * 0.8],
    [width, lineY - size * 0.8],
    [0, lineY + size * 0.25],
    [width, lineY + size * 0.25],
  ].map(([px, py]) => [x + (px! + py!) * c, y + (py! - px!) * c] as const);
  return {
    x1: Math.min(...corners.map((p) => p[0])),
    x2: Math.max(...corners.map((p) => p[0])),
    y1: Math.min(...corners.map((p) => p[1])),
    y2: Math.max(...corners.map((p) => p[1])),
  };
}

describe("candidate heatmap", () => {
  test("a score takes the method's band, inclusive at the bottom, as the report's charts do", () => {
    for (const method of [METHOD_V1, METHOD_V2]) {
      const band = heatmapBand(method.bands);
      expect(band(method.bands.STRONG)).toBe("STRONG");
      expect(band(method.bands.STRONG - 0.1)).toBe("WORKABLE");
      expect(band(method.bands.WORKABLE)).toBe("WORKABLE");
      expect(band(method.bands.WORKABLE - 0.1)).toBe("WEAK");
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 1000 }), (tenths) => {
          expect(band(tenths / 10)).toBe(bandFor(tenths / 10, method.bands));
        }),
      );
    }
  });

  test("every cell prints its score (a dash where a section was not scored), and its text meets 4.5:1", () => {
    const layout = heatmapLayout({ rows: FIELD, sections, bands });
    expect(layout.cells).toHaveLength(FIELD.length * (sections.length + 1));
    for (const cell of layout.cells) {
      expect(contrast(cell.fill, cell.textFill), cell.key).toBeGreaterThanOrEqual(4.5);
      expect(cell.value.fontSize).toBeGreaterThanOrEqual(SMALLEST_TEXT);
      expect(textWidth(cell.value.text, cell.value.fontSize, true)).toBeLessThan(cell.width - 4);
    }
    // Each band's colour stands out from the white page (graphics: 3:1).
    for (const colour of Object.values(HEATMAP_BAND_COLOUR)) expect(contrast(colour, "#ffffff")).toBeGreaterThan(3);
    expect(contrast(UNSCORED_FILL, UNSCORED_TEXT)).toBeGreaterThanOrEqual(4.5);
    const cell = (rowId: string, column: string) => layout.cells.find((c) => c.key === `${rowId}-${column}`)!;
    expect(cell("b", "overall").value.text).toBe("53.8");
    expect(cell("b", "overall").band).toBe("WEAK");
    expect(cell("c", "mission-values").band).toBe("WORKABLE");
    expect(cell("d", "term-exit")).toMatchObject({ band: null, fill: UNSCORED_FILL });
    expect(cell("d", "term-exit").value.text).toBe("–");
  });

  test.each(["wide", "narrow"] as const)("no text leaves the %s drawing or runs into another", (size) => {
    const layout = heatmapLayout({ rows: FIELD, sections, bands }, size);
    const inside = (box: Box) => box.x1 >= 0 && box.y1 >= 0 && box.x2 <= layout.width && box.y2 <= layout.height;
    const gridLeft = Math.min(...layout.cells.map((c) => c.x));
    const gridTop = Math.min(...layout.cells.map((c) => c.y));
    for (const r of layout.rows) {
      expect(r.label.length).toBeLessThanOrEqual(size === "wide" ? 2 : 3);
      for (const mark of r.label) {
        const box = textBox(mark);
        expect(inside(box), mark.text).toBe(true);
        expect(box.x2, mark.text).toBeLessThan(gridLeft);
      }
    }
    // Names of neighbouring rows do not touch.
    const labelBoxes = layout.rows.map((r) => r.label.map(textBox));
    for (let i = 1; i < labelBoxes.length; i += 1) {
      expect(labelBoxes[i]![0]!.y1).toBeGreaterThan(labelBoxes[i - 1]!.at(-1)!.y2);
    }
    for (const heading of layout.headings) {
      heading.lines.forEach((line, i) => {
        const lineY = (i - (heading.lines.length - 1)) * layout.headingLine;
        const box = headingLineBox(
          heading.x,
          heading.y,
          lineY,
          textWidth(line, layout.headingSize, heading.bold),
          layout.headingSize,
        );
        expect(inside(box), line).toBe(true);
        expect(box.y2, line).toBeLessThanOrEqual(gridTop);
      });
    }
    // A long name is cut, and says so with an ellipsis; the table above has it whole.
    expect(layout.rows[1]!.label.at(-1)!.text.endsWith("…")).toBe(true);
    // Scores sit inside their cells, and a name never runs below its row.
    for (const cell of layout.cells) {
      const box = textBox(cell.value);
      expect(box.y1).toBeGreaterThanOrEqual(cell.y);
      expect(box.y2).toBeLessThanOrEqual(cell.y + cell.height);
    }
  });

  test("says what it shows: an image with a title and a summary, and a caption naming the table as its text", () => {
    const html = renderToStaticMarkup(createElement(CandidateHeatmap, { rows: FIELD, sections, bands }));
    expect(html).toContain('role="img"');
    // Drawn twice (wide and narrow, CSS shows one), each with its own title and summary.
    for (const size of ["wide", "narrow"]) {
      expect(html).toContain(`aria-labelledby="heatmap-title-${size} heatmap-desc-${size}"`);
    }
    expect(html).toMatch(
      /<figcaption[^>]*>Section scores at a glance[^<]*<span[^>]*>\(the candidates table above gives the same scores as text\)/,
    );
    expect(html).toContain(`<desc id="heatmap-desc-wide">${heatmapSummary({ rows: FIELD, sections, bands })}</desc>`);
    expect(heatmapSummary({ rows: FIELD, sections, bands })).toMatch(
      /^Section scores of 4 candidates: \d+ section scores are strong, \d+ workable and \d+ weak\. The most weak scores are in /,
    );
    expect(renderToStaticMarkup(createElement(CandidateHeatmap, { rows: [], sections, bands }))).toBe("");
  });
});
