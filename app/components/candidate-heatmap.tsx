import type { Band } from "~/domain/method";
import {
  HEATMAP_BAND_COLOUR,
  UNSCORED_FILL,
  heatmapLayout,
  heatmapSummary,
  type HeatmapRow,
} from "./charts/heatmap-layout";
import { TableScroll } from "./table-scroll";

const TEXT_COLOUR = "#0b0c0c";

/**
 * The page's scored candidates by section, as a heatmap drawn on the server
 * (app/components/charts/heatmap-layout.ts does the maths). The candidates
 * table above it holds the same scores, and is its text alternative; each cell
 * prints its score, so colour is never the only cue.
 */
export function CandidateHeatmap({
  rows,
  sections,
  bands,
}: {
  rows: readonly HeatmapRow[];
  sections: ReadonlyArray<{ id: string; title: string }>;
  bands: { STRONG: number; WORKABLE: number };
}) {
  if (rows.length === 0) return null;
  const layout = heatmapLayout({ rows, sections, bands });
  const summary = heatmapSummary({ rows, sections, bands });
  const legend: Array<{ band: Band; text: string }> = [
    { band: "STRONG", text: `Strong: ${bands.STRONG} or more` },
    { band: "WORKABLE", text: `Workable: ${bands.WORKABLE} to ${bands.STRONG - 0.1}` },
    { band: "WEAK", text: `Weak: below ${bands.WORKABLE}` },
  ];
  return (
    <figure className="chart heatmap" aria-labelledby="heatmap-caption">
      <figcaption id="heatmap-caption" className="chart__caption">
        Section scores at a glance
      </figcaption>
      <p className="chart__description hint">
        Each row is a candidate on this page whose report is ready, each column a section, scored 0 to 100. The
        candidates table above gives the same scores as text.
      </p>
      <ul className="chart__legend">
        {legend.map((entry) => (
          <li key={entry.band}>
            <svg width="28" height="16" viewBox="0 0 28 16" aria-hidden="true" className="chart__swatch">
              <rect x="1" y="2" width="26" height="12" fill={HEATMAP_BAND_COLOUR[entry.band]} />
            </svg>
            <span>{entry.text}</span>
          </li>
        ))}
        <li>
          <svg width="28" height="16" viewBox="0 0 28 16" aria-hidden="true" className="chart__swatch">
            <rect x="1" y="2" width="26" height="12" fill={UNSCORED_FILL} stroke="#b1b4b6" />
          </svg>
          <span>A dash: the section was not scored</span>
        </li>
      </ul>
      <TableScroll label="Section scores at a glance (scrolls sideways)">
        <svg
          className="heatmap__canvas"
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          width={layout.width}
          height={layout.height}
          role="img"
          aria-labelledby="heatmap-title heatmap-desc"
        >
          <title id="heatmap-title">Section scores of the candidates on this page</title>
          <desc id="heatmap-desc">{summary}</desc>
          {layout.headings.map((heading) => (
            <text
              key={heading.key}
              transform={`translate(${heading.x} ${heading.y}) rotate(-45)`}
              fontSize={layout.headingSize}
              fontWeight={heading.bold ? 700 : 400}
              fill={TEXT_COLOUR}
            >
              {heading.lines.map((line, i) => (
                <tspan key={line} x={0} y={(i - (heading.lines.length - 1)) * layout.headingLine}>
                  {line}
                </tspan>
              ))}
            </text>
          ))}
          {layout.rows.map((row) =>
            row.label.map((mark) => (
              <text
                key={`${row.id}-${mark.y}`}
                x={mark.x}
                y={mark.y}
                fontSize={mark.fontSize}
                fill={TEXT_COLOUR}
                textAnchor={mark.anchor}
              >
                {mark.text}
              </text>
            )),
          )}
          {layout.cells.map((cell) => (
            <g key={cell.key}>
              <rect x={cell.x} y={cell.y} width={cell.width} height={cell.height} fill={cell.fill} />
              <text
                x={cell.value.x}
                y={cell.value.y}
                textAnchor="middle"
                fontSize={cell.value.fontSize}
                fontWeight={700}
                fill={cell.textFill}
              >
                {cell.value.text}
              </text>
            </g>
          ))}
        </svg>
      </TableScroll>
    </figure>
  );
}
