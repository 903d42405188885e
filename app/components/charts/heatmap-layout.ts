/**
 * The maths of the partner search's heatmap (issue 17): one row per scored
 * candidate, one column for the overall score and one per section, each cell
 * coloured by the method's band and printed with its score. d3 places the rows
 * and columns and maps a score to its band's colour; React draws the SVG on
 * the server (app/components/candidate-heatmap.tsx).
 *
 * The drawing is laid out at its natural size and never shrunk: on a phone it
 * scrolls sideways inside its scroll region, so its text stays readable.
 */
import { scaleBand, scaleThreshold } from "d3-scale";
import type { Band } from "~/domain/method";
import { SMALLEST_TEXT, textWidth, wrapText, type TextMark } from "./layout";

/** The report's band colours (app/components/charts/report-charts.tsx): white bold text on each is at least 4.5:1. */
export const HEATMAP_BAND_COLOUR: Readonly<Record<Band, string>> = {
  STRONG: "#00703c",
  WORKABLE: "#b35900",
  WEAK: "#d4351c",
};
/** A section with no score: a pale grey, its dash in dark grey (6:1). */
export const UNSCORED_FILL = "#f3f2f1";
export const UNSCORED_TEXT = "#505a5f";

export interface HeatmapRow {
  id: string;
  name: string;
  overall: number;
  dimensions: Record<string, number | null>;
}

export interface HeatmapCell {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
  band: Band | null;
  fill: string;
  textFill: string;
  value: TextMark;
}

/** One column's heading, drawn rotated 45° up from the foot of the heading area at the column's centre. */
export interface HeatmapHeading {
  key: string;
  x: number;
  y: number;
  lines: string[];
  bold: boolean;
}

const CELL = { width: 52, height: 36 } as const;
const GAP = 2;
const NAME_COLUMN = 200;
const NAME_SIZE = 14;
const HEADING_SIZE = SMALLEST_TEXT;
const HEADING_LINE = 16;
/** The widest a heading's line may run along its slant before it wraps. */
const HEADING_WRAP = 150;
/** Space between the overall column and the first section column. */
const OVERALL_GAP = 10;
const COS45 = Math.SQRT1_2;

/** A name cut to at most two lines of the name column, the last ending in an ellipsis when cut. */
function nameLines(name: string): string[] {
  const room = NAME_COLUMN - 12;
  const lines = wrapText(name, room, NAME_SIZE);
  if (lines.length <= 2) return lines.map((line) => cutToWidth(line, room));
  return [cutToWidth(lines[0]!, room), cutToWidth(`${lines[1]} ${lines.slice(2).join(" ")}`, room, true)];
}

function cutToWidth(text: string, room: number, force = false): string {
  if (!force && textWidth(text, NAME_SIZE) <= room) return text;
  let cut = [...text];
  while (cut.length > 1 && textWidth(`${cut.join("").trimEnd()}…`, NAME_SIZE) > room) cut = cut.slice(0, -1);
  return `${cut.join("").trimEnd()}…`;
}

/** The band a score falls in, by the method's thresholds, inclusive at the bottom as in the verdict. */
export function heatmapBand(bands: { STRONG: number; WORKABLE: number }) {
  return scaleThreshold<number, Band>().domain([bands.WORKABLE, bands.STRONG]).range(["WEAK", "WORKABLE", "STRONG"]);
}

export function heatmapLayout(input: {
  rows: readonly HeatmapRow[];
  sections: ReadonlyArray<{ id: string; title: string }>;
  bands: { STRONG: number; WORKABLE: number };
}) {
  const band = heatmapBand(input.bands);
  const columns = [{ id: "overall", title: "Overall score" }, ...input.sections];

  const headings = columns.map((c) => wrapText(c.title, HEADING_WRAP, HEADING_SIZE, c.id === "overall"));
  // A rotated heading rises by its length times sin 45°, plus its extra lines' offset.
  const rise = (lines: string[], bold: boolean) =>
    Math.max(...lines.map((l) => textWidth(l, HEADING_SIZE, bold))) * COS45 + (lines.length - 1) * HEADING_LINE * COS45;
  const headingHeight = Math.ceil(Math.max(...headings.map((lines, i) => rise(lines, i === 0)))) + 14;

  const left = NAME_COLUMN;
  const columnX = (index: number) => left + index * CELL.width + (index > 0 ? OVERALL_GAP : 0);
  const rowY = scaleBand<string>()
    .domain(input.rows.map((r) => r.id))
    .range([headingHeight, headingHeight + input.rows.length * CELL.height]);
  const gridRight = columnX(columns.length - 1) + CELL.width;
  // The last heading runs up and to the right of its column.
  const overhang = Math.ceil(rise(headings.at(-1) ?? [""], false)) - CELL.width / 2;
  const width = gridRight + Math.max(0, overhang) + 8;
  const height = headingHeight + input.rows.length * CELL.height + 4;

  const cells: HeatmapCell[] = [];
  const rows = input.rows.map((row) => {
    const y = rowY(row.id) ?? headingHeight;
    columns.forEach((column, index) => {
      const score = column.id === "overall" ? row.overall : (row.dimensions[column.id] ?? null);
      const cellBand = score === null ? null : band(score);
      const x = columnX(index);
      cells.push({
        key: `${row.id}-${column.id}`,
        x: x + GAP / 2,
        y: y + GAP / 2,
        width: CELL.width - GAP,
        height: CELL.height - GAP,
        band: cellBand,
        fill: cellBand ? HEATMAP_BAND_COLOUR[cellBand] : UNSCORED_FILL,
        textFill: cellBand ? "#ffffff" : UNSCORED_TEXT,
        value: {
          text: score === null ? "–" : String(score),
          x: x + CELL.width / 2,
          y: y + CELL.height / 2 + 5,
          anchor: "middle",
          fontSize: 14,
          bold: true,
        },
      });
    });
    const lines = nameLines(row.name);
    const first = y + CELL.height / 2 + 5 - ((lines.length - 1) * 17) / 2;
    return {
      id: row.id,
      name: row.name,
      label: lines.map((text, i): TextMark => ({
        text,
        x: 4,
        y: first + i * 17,
        anchor: "start",
        fontSize: NAME_SIZE,
        bold: false,
      })),
    };
  });

  return {
    width,
    height,
    headings: columns.map((column, index): HeatmapHeading => ({
      key: column.id,
      x: columnX(index) + CELL.width / 2 - 4,
      y: headingHeight - 8,
      lines: headings[index]!,
      bold: column.id === "overall",
    })),
    headingSize: HEADING_SIZE,
    headingLine: HEADING_LINE,
    rows,
    cells,
  };
}

/** What the heatmap shows, in a sentence or two: how many cells fall in each band, and where the weak ones gather. */
export function heatmapSummary(input: {
  rows: readonly HeatmapRow[];
  sections: ReadonlyArray<{ id: string; title: string }>;
  bands: { STRONG: number; WORKABLE: number };
}): string {
  const band = heatmapBand(input.bands);
  const counts: Record<Band, number> = { STRONG: 0, WORKABLE: 0, WEAK: 0 };
  const weakBySection = new Map<string, number>();
  for (const row of input.rows) {
    for (const section of input.sections) {
      const score = row.dimensions[section.id];
      if (score === null || score === undefined) continue;
      const b = band(score);
      counts[b] += 1;
      if (b === "WEAK") weakBySection.set(section.title, (weakBySection.get(section.title) ?? 0) + 1);
    }
  }
  const candidates = `${input.rows.length} ${input.rows.length === 1 ? "candidate" : "candidates"}`;
  const cells = `${counts.STRONG} section scores are strong, ${counts.WORKABLE} workable and ${counts.WEAK} weak`;
  const [weakest] = [...weakBySection.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const where = weakest ? ` The most weak scores are in ${weakest[0]} (${weakest[1]} of ${input.rows.length}).` : "";
  return `Section scores of ${candidates}: ${cells}.${where}`;
}
