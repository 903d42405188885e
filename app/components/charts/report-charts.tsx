import { acceptableRangeText } from "~/formats/answer-text";
import { useId, type ReactNode } from "react";
import type { DimensionResult, ItemResult } from "~/domain/report";
import type { DimensionLabels } from "~/formats/report-labels";
import { TableScroll } from "../table-scroll";
import { dimensionProfileLayout, embraceGapLayout, embraceGaps, positionsLayout } from "./layout";

const VCS_COLOUR = "#1d70b8";
const PRIME_COLOUR = "#6f3b0a";

/** A chart with its title, a description for screen readers, and the same data as a table anyone can open. */
function ChartFigure(props: {
  title: string;
  description: string;
  chart: ReactNode;
  table: ReactNode;
  legend?: ReactNode;
}) {
  const id = useId();
  return (
    <figure className="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="chart__caption">
        {props.title}
      </figcaption>
      <p className="hint" id={`${id}-desc`}>
        {props.description}
      </p>
      {props.legend}
      <div className="chart__svg">{props.chart}</div>
      <details className="chart__data">
        <summary>Show this chart as a table</summary>
        {props.table}
      </details>
    </figure>
  );
}

function Svg({
  width,
  height,
  title,
  description,
  children,
}: {
  width: number;
  height: number;
  title: string;
  description: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      role="img"
      aria-labelledby={`${id}-t ${id}-d`}
      preserveAspectRatio="xMinYMin meet"
      className="chart__canvas"
    >
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{description}</desc>
      {children}
    </svg>
  );
}

export function DimensionProfileChart({
  dimensions,
  bands,
}: {
  dimensions: DimensionResult[];
  bands: { STRONG: number; WORKABLE: number };
}) {
  const layout = dimensionProfileLayout(dimensions, bands);
  const title = "Alignment by section";
  const description = `Each bar is a section's alignment score from 0 to 100. Dashed lines mark ${bands.WORKABLE} (workable) and ${bands.STRONG} (strong). Critical sections, which cap the verdict, are marked with a star.`;
  const summary = dimensions
    .map((d) => `${d.title}${d.critical ? " (critical)" : ""}: ${d.score ?? "not scored"}`)
    .join("; ");
  return (
    <ChartFigure
      title={title}
      description={description}
      chart={
        <Svg width={layout.width} height={layout.height} title={title} description={`${description} ${summary}.`}>
          {layout.ticks.map((t) => (
            <g key={t.value}>
              <line x1={t.x} x2={t.x} y1={20} y2={layout.height - 8} stroke="#b1b4b6" strokeWidth={1} />
              <text x={t.x} y={14} textAnchor="middle" fontSize={12} fill="#505a5f">
                {t.value}
              </text>
            </g>
          ))}
          {layout.thresholds.map((t) => (
            <line
              key={t.value}
              x1={t.x}
              x2={t.x}
              y1={20}
              y2={layout.height - 8}
              stroke="#0b0c0c"
              strokeDasharray="4 3"
              strokeWidth={1.5}
            />
          ))}
          {layout.bars.map((bar) => (
            <g key={bar.id}>
              <text x={bar.x} y={bar.titleY} fontSize={14} fill="#0b0c0c" fontWeight={bar.critical ? 700 : 400}>
                {bar.critical ? "★ " : ""}
                {bar.title}
              </text>
              <rect
                x={bar.x}
                y={bar.y}
                width={Math.max(bar.width, 1)}
                height={bar.height}
                fill={bar.critical ? "#1d4f6e" : "#6fa8c9"}
                stroke="#0b0c0c"
                strokeWidth={0.5}
              />
              <text x={bar.labelX} y={bar.y + bar.height - 4} fontSize={14} fontWeight={700} fill="#0b0c0c">
                {bar.score ?? "–"}
              </text>
            </g>
          ))}
        </Svg>
      }
      table={
        <table className="table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">Section</th>
              <th scope="col">Critical</th>
              <th scope="col" className="numeric">
                Score (0 to 100)
              </th>
            </tr>
          </thead>
          <tbody>
            {dimensions.map((d) => (
              <tr key={d.id}>
                <th scope="row">{d.title}</th>
                <td>{d.critical ? "Yes" : "No"}</td>
                <td className="numeric">{d.score ?? "Not scored"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

/** The 1–5 axis shared by the positions and embrace-gap charts: a faint line and a label per position. */
function PositionAxis({ axis, height }: { axis: ReadonlyArray<{ value: number; x: number }>; height: number }) {
  return (
    <>
      {axis.map((a) => (
        <g key={a.value}>
          <line x1={a.x} x2={a.x} y1={20} y2={height - 8} stroke="#dddddd" />
          <text x={a.x} y={14} textAnchor="middle" fontSize={12} fill="#505a5f">
            {a.value}
          </text>
        </g>
      ))}
    </>
  );
}

function PositionsLegend() {
  return (
    <p className="chart__legend">
      <svg width="14" height="14" aria-hidden="true">
        <circle cx="7" cy="7" r="6" fill={VCS_COLOUR} />
      </svg>{" "}
      Organisation’s preferred position, its line what it could accept.{" "}
      <svg width="14" height="14" aria-hidden="true">
        <rect x="1" y="1" width="12" height="12" fill={PRIME_COLOUR} />
      </svg>{" "}
      Prime’s preferred position, its dashed line what it could accept. Shaded: positions both could accept. “Red line”
      marks a side’s red line.
    </p>
  );
}

/** Positions chart for one dimension: where each side stands on every question, on the 1–5 axis. */
export function PositionsChart({ dimension, items }: { dimension: DimensionLabels; items: ItemResult[] }) {
  const layout = positionsLayout(items);
  const byId = new Map(dimension.items.map((i) => [i.id, i]));
  const short = (id: string) => byId.get(id)?.prompt.vcs ?? id;
  const title = `Positions: ${dimension.title}`;
  const description =
    "For each question, on the scale from 1 (the organisation keeps the most independence) to 5 (fullest integration with the prime): each side's preferred position and the range it could accept.";
  const summary = items
    .map(
      (i) =>
        `${short(i.id)} Organisation prefers ${i.vcs.preferred}, could accept ${acceptableRangeText(i.vcs) ?? "only that"}${i.vcs.redLine ? ", red line" : ""}; prime prefers ${i.prime.preferred}, could accept ${acceptableRangeText(i.prime) ?? "only that"}${i.prime.redLine ? ", red line" : ""}.`,
    )
    .join(" ");
  return (
    <ChartFigure
      title={title}
      description={description}
      legend={<PositionsLegend />}
      chart={
        <Svg width={layout.width} height={layout.height} title={title} description={`${description} ${summary}`}>
          <PositionAxis axis={layout.axis} height={layout.height} />
          {layout.rows.map((row, index) => (
            <g key={row.id}>
              <text x={4} y={row.top + 4} fontSize={11} fill="#505a5f">
                Q{index + 1}
              </text>
              {row.overlap ? (
                <rect
                  x={row.overlap.x1}
                  y={row.overlap.y}
                  width={row.overlap.x2 - row.overlap.x1}
                  height={row.overlap.height}
                  fill="#cce2d8"
                  stroke="#00703c"
                  strokeDasharray="2 2"
                />
              ) : null}
              <line
                x1={row.vcs.x1}
                x2={row.vcs.x2}
                y1={row.vcs.y}
                y2={row.vcs.y}
                stroke={VCS_COLOUR}
                strokeWidth={row.vcs.redLine ? 6 : 4}
                strokeLinecap="round"
              />
              <circle cx={row.vcs.cx} cy={row.vcs.y} r={7} fill={VCS_COLOUR} stroke="#fff" strokeWidth={1.5} />
              {row.vcs.redLine ? (
                <text x={row.vcs.x2 + 8} y={row.vcs.y + 4} fontSize={11} fontWeight={700} fill="#0b0c0c">
                  red line
                </text>
              ) : null}
              <line
                x1={row.prime.x1}
                x2={row.prime.x2}
                y1={row.prime.y}
                y2={row.prime.y}
                stroke={PRIME_COLOUR}
                strokeWidth={row.prime.redLine ? 6 : 4}
                strokeDasharray="8 4"
              />
              <rect
                x={row.prime.cx - 7}
                y={row.prime.y - 7}
                width={14}
                height={14}
                fill={PRIME_COLOUR}
                stroke="#fff"
                strokeWidth={1.5}
              />
              {row.prime.redLine ? (
                <text x={row.prime.x2 + 8} y={row.prime.y + 4} fontSize={11} fontWeight={700} fill="#0b0c0c">
                  red line
                </text>
              ) : null}
            </g>
          ))}
        </Svg>
      }
      table={<PositionsTable items={items} label={short} caption={title} />}
    />
  );
}

function PositionsTable({
  items,
  label,
  caption,
}: {
  items: ItemResult[];
  label: (id: string) => string;
  caption: string;
}) {
  return (
    <TableScroll label={caption}>
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Question</th>
            <th scope="col">Organisation</th>
            <th scope="col">Prime</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i, index) => (
            <tr key={i.id}>
              <th scope="row">
                Q{index + 1}. {label(i.id)}
              </th>
              <td>
                Prefers {i.vcs.preferred}; could accept {acceptableRangeText(i.vcs) ?? "only that"}
                {i.vcs.redLine ? "; red line" : ""}
              </td>
              <td>
                Prefers {i.prime.preferred}; could accept {acceptableRangeText(i.prime) ?? "only that"}
                {i.prime.redLine ? "; red line" : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** The embrace gap: per section, how much integration the prime asks for against how much the organisation can accept. */
export function EmbraceGapChart({ dimensions, items }: { dimensions: DimensionResult[]; items: ItemResult[] }) {
  const gaps = embraceGaps(dimensions, items);
  const layout = embraceGapLayout(gaps);
  const title = "The embrace gap";
  const description =
    "For each section, on the scale from 1 (independence) to 5 (full integration): the square is the integration the prime asks for (the average of its preferred positions); the circle is the furthest the organisation could go (the average of the most integrated positions it could accept). Where the square is to the right of the circle, the prime asks for more than the organisation can accept.";
  const summary = gaps
    .map(
      (g) =>
        `${g.title}: prime asks ${g.primeAsks}, organisation can accept up to ${g.vcsAccepts}${g.gap > 0 ? `, a gap of ${g.gap}` : ", no gap"}.`,
    )
    .join(" ");
  return (
    <ChartFigure
      title={title}
      description={description}
      chart={
        <Svg width={layout.width} height={layout.height} title={title} description={`${description} ${summary}`}>
          <PositionAxis axis={layout.axis} height={layout.height} />
          {layout.rows.map((row) => (
            <g key={row.dimensionId}>
              <text x={4} y={row.y - 10} fontSize={12} fill="#0b0c0c">
                {row.title}
                {row.beyond ? ` — gap ${row.gap}` : ""}
              </text>
              <line
                x1={row.acceptsX}
                x2={row.asksX}
                y1={row.y + 4}
                y2={row.y + 4}
                stroke={row.beyond ? "#d4351c" : "#505a5f"}
                strokeWidth={row.beyond ? 4 : 2}
                strokeDasharray={row.beyond ? undefined : "3 3"}
              />
              <circle cx={row.acceptsX} cy={row.y + 4} r={7} fill={VCS_COLOUR} stroke="#fff" strokeWidth={1.5} />
              <rect
                x={row.asksX - 7}
                y={row.y - 3}
                width={14}
                height={14}
                fill={PRIME_COLOUR}
                stroke="#fff"
                strokeWidth={1.5}
              />
            </g>
          ))}
        </Svg>
      }
      table={
        <table className="table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">Section</th>
              <th scope="col" className="numeric">
                Prime asks for
              </th>
              <th scope="col" className="numeric">
                Organisation can accept up to
              </th>
              <th scope="col" className="numeric">
                Gap
              </th>
            </tr>
          </thead>
          <tbody>
            {gaps.map((g) => (
              <tr key={g.dimensionId}>
                <th scope="row">{g.title}</th>
                <td className="numeric">{g.primeAsks}</td>
                <td className="numeric">{g.vcsAccepts}</td>
                <td className="numeric">{g.gap > 0 ? g.gap : "None"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
