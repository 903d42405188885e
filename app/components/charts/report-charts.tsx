import { acceptableRangeText } from "~/formats/answer-text";
import { SvgText } from "./svg-text";
import type { ReactNode } from "react";
import type { Band } from "~/domain/method";
import type { DimensionResult, ItemResult } from "~/domain/report";
import type { DimensionLabels } from "~/formats/report-labels";
import { TableScroll } from "../table-scroll";
import {
  BAND_WORD,
  CHART_WIDTH,
  bandFor,
  dimensionProfileLayout,
  embraceGapLayout,
  embraceGaps,
  gapText,
  positionsLayout,
} from "./layout";

const VCS_COLOUR = "#1d70b8";
const PRIME_COLOUR = "#6f3b0a";
const TEXT_COLOUR = "#0b0c0c";
const SECONDARY_TEXT = "#505a5f";
const GAP_COLOUR = "#d4351c";
const OVERLAP_FILL = "#cce2d8";
const OVERLAP_EDGE = "#00703c";
/** Each band's fill: at least 4.3:1 against white and the grey track; the value label names the band too. */
const BAND_COLOUR: Readonly<Record<Band, string>> = { STRONG: "#00703c", WORKABLE: "#b35900", WEAK: "#d4351c" };

/**
 * A chart with its caption, a description and a legend in HTML, the chart drawn twice (wide for desktops and
 * print, narrow for phones; CSS shows one, so a screen reader meets one), and the same data as a table.
 * The caption names the figure; the drawing's own name is its data in words, so the title is heard once.
 */
function ChartFigure(props: {
  caption: ReactNode;
  description: ReactNode;
  chart: (width: number) => ReactNode;
  table: ReactNode;
  legend: ReactNode;
}) {
  return (
    <figure className="chart">
      <figcaption className="chart__caption">{props.caption}</figcaption>
      <div className="chart__description">{props.description}</div>
      {props.legend}
      <div className="chart__svg">
        {props.chart(CHART_WIDTH.wide)}
        {props.chart(CHART_WIDTH.narrow)}
      </div>
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
  label,
  narrow,
  children,
}: {
  width: number;
  height: number;
  label: string;
  narrow: boolean;
  children: ReactNode;
}) {
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      // NOTE: both drawings fill their column; the narrow one's is at most 24rem wide (CSS), so on phones its
      // text is drawn from 96% (a 320 px phone) to 128% of the sizes the layout set, never shrunk to illegible.
      width="100%"
      role="img"
      aria-label={label}
      preserveAspectRatio="xMinYMin meet"
      className={`chart__canvas chart__canvas--${narrow ? "narrow" : "wide"}`}
    >
      {children}
    </svg>
  );
}

/** A legend in HTML, each entry a small drawing of the mark and what it means in words. */
function Legend({ entries }: { entries: ReadonlyArray<{ key: string; swatch: ReactNode; text: ReactNode }> }) {
  return (
    <ul className="chart__legend">
      {entries.map((entry) => (
        <li key={entry.key}>
          <svg width="28" height="16" viewBox="0 0 28 16" aria-hidden="true" className="chart__swatch">
            {entry.swatch}
          </svg>
          <span>{entry.text}</span>
        </li>
      ))}
    </ul>
  );
}

const circleSwatch = <circle cx="14" cy="8" r="6" fill={VCS_COLOUR} />;
const squareSwatch = <rect x="8" y="2" width="12" height="12" fill={PRIME_COLOUR} />;

export function DimensionProfileChart({
  dimensions,
  bands,
}: {
  dimensions: DimensionResult[];
  bands: { STRONG: number; WORKABLE: number };
}) {
  const summary = dimensions
    .map(
      (d) =>
        `${d.title}${d.critical ? " (critical)" : ""}: ${d.score === null ? "not scored" : `${d.score}, ${BAND_WORD[bandFor(d.score, bands)]}`}`,
    )
    .join("; ");
  const bandEntry = (band: Band, text: string) => ({
    key: band,
    swatch: <rect x="1" y="3" width="26" height="10" fill={BAND_COLOUR[band]} />,
    text,
  });
  return (
    <ChartFigure
      caption="Each section’s score out of 100"
      description={
        <p className="hint">
          Each bar is one section’s alignment score, from 0 (the two sides want opposite things) to 100 (they want the
          same). The word beside each score is its band.
        </p>
      }
      legend={
        <Legend
          entries={[
            bandEntry("STRONG", `Strong: ${bands.STRONG} or more`),
            bandEntry("WORKABLE", `Workable: ${bands.WORKABLE} up to ${bands.STRONG}`),
            bandEntry("WEAK", `Weak: under ${bands.WORKABLE}`),
            {
              key: "lines",
              swatch: (
                <line x1="14" x2="14" y1="0" y2="16" stroke={TEXT_COLOUR} strokeWidth="2" strokeDasharray="4 3" />
              ),
              text: `Dashed lines: where the workable (${bands.WORKABLE}) and strong (${bands.STRONG}) bands begin`,
            },
            {
              key: "critical",
              swatch: (
                <text x="14" y="13" textAnchor="middle" fontSize="14" fontWeight="700" fill={TEXT_COLOUR}>
                  ★
                </text>
              ),
              text: "Star and bold name: a critical section, whose score can hold the verdict down",
            },
          ]}
        />
      }
      chart={(width) => {
        const layout = dimensionProfileLayout(dimensions, bands, width);
        return (
          <Svg
            key={width}
            width={layout.width}
            height={layout.height}
            narrow={layout.narrow}
            label={`Bar chart of each section’s score out of 100. ${summary}.`}
          >
            {layout.bars.map((bar) => (
              <g key={bar.id}>
                {bar.titleLines.map((line) => (
                  <SvgText key={line.y} mark={line} />
                ))}
                <rect x={bar.x} y={bar.y} width={bar.trackWidth} height={bar.height} fill="#f3f2f1" />
                {bar.band && bar.width > 0 ? (
                  <rect x={bar.x} y={bar.y} width={bar.width} height={bar.height} fill={BAND_COLOUR[bar.band]} />
                ) : null}
                <SvgText mark={bar.value} />
              </g>
            ))}
            {layout.thresholds.map((t) => (
              <g key={t.value}>
                <SvgText mark={t.label} />
                {t.segments.map((s) => (
                  <line
                    key={s.y1}
                    x1={t.x}
                    x2={t.x}
                    y1={s.y1}
                    y2={s.y2}
                    stroke={TEXT_COLOUR}
                    strokeDasharray="4 3"
                    strokeWidth={1.5}
                  />
                ))}
              </g>
            ))}
            <line
              x1={layout.ticks[0]!.x}
              x2={layout.ticks.at(-1)!.x}
              y1={layout.axisY}
              y2={layout.axisY}
              stroke="#b1b4b6"
            />
            {layout.ticks.map((t) => (
              <g key={t.value}>
                <line x1={t.x} x2={t.x} y1={layout.axisY} y2={layout.axisY + 5} stroke={SECONDARY_TEXT} />
                <SvgText mark={t.label} fill={SECONDARY_TEXT} />
              </g>
            ))}
          </Svg>
        );
      }}
      table={
        <table className="table">
          <caption className="visually-hidden">Each section’s score out of 100</caption>
          <thead>
            <tr>
              <th scope="col">Section</th>
              <th scope="col">Critical</th>
              <th scope="col" className="numeric">
                Score (0 to 100)
              </th>
              <th scope="col">Band</th>
            </tr>
          </thead>
          <tbody>
            {dimensions.map((d) => (
              <tr key={d.id}>
                <th scope="row">{d.title}</th>
                <td>{d.critical ? "Yes" : "No"}</td>
                <td className="numeric">{d.score ?? "Not scored"}</td>
                <td>{d.score === null ? "" : capitalise(BAND_WORD[bandFor(d.score, bands)])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** Positions chart for one dimension: where each side stands on every question, on the 1–5 axis. */
export function PositionsChart({ dimension, items }: { dimension: DimensionLabels; items: ItemResult[] }) {
  const byId = new Map(dimension.items.map((i) => [i.id, i]));
  const short = (itemId: string) => byId.get(itemId)?.prompt.vcs ?? itemId;
  const caption = `Where each side stands: ${dimension.title}`;
  const summary = items
    .map(
      (i, index) =>
        `Q${index + 1}, ${short(i.id)} Organisation prefers ${i.vcs.preferred}, could accept ${acceptableRangeText(i.vcs) ?? "only that"}${i.vcs.redLine ? ", red line" : ""}; prime prefers ${i.prime.preferred}, could accept ${acceptableRangeText(i.prime) ?? "only that"}${i.prime.redLine ? ", red line" : ""}.`,
    )
    .join(" ");
  return (
    <ChartFigure
      caption={
        <>
          Where each side stands, question by question<span className="visually-hidden">: {dimension.title}</span>
        </>
      }
      description={
        <p className="hint">
          On the scale from 1 (the organisation keeps the most independence) to 5 (fullest integration with the prime).
          Q1, Q2 and so on are the questions below, in order.
        </p>
      }
      legend={
        <Legend
          entries={[
            {
              key: "vcs",
              swatch: (
                <>
                  <line x1="2" x2="26" y1="8" y2="8" stroke={VCS_COLOUR} strokeWidth="4" strokeLinecap="round" />
                  {circleSwatch}
                </>
              ),
              text: "Circle: the organisation’s preferred position; solid line: what it could accept",
            },
            {
              key: "prime",
              swatch: (
                <>
                  <line x1="0" x2="28" y1="8" y2="8" stroke={PRIME_COLOUR} strokeWidth="4" strokeDasharray="6 3" />
                  {squareSwatch}
                </>
              ),
              text: "Square: the prime’s preferred position; dashed line: what it could accept",
            },
            {
              key: "overlap",
              swatch: (
                <rect
                  x="2"
                  y="1"
                  width="24"
                  height="14"
                  fill={OVERLAP_FILL}
                  stroke={OVERLAP_EDGE}
                  strokeDasharray="2 2"
                />
              ),
              text: "Green box: positions both sides could accept",
            },
            {
              key: "red-line",
              swatch: <line x1="2" x2="26" y1="8" y2="8" stroke={TEXT_COLOUR} strokeWidth="6" strokeLinecap="round" />,
              text: "“red line” and a thicker line: that side will not move beyond what it could accept",
            },
          ]}
        />
      }
      chart={(width) => {
        const layout = positionsLayout(items, width);
        return (
          <Svg
            key={width}
            width={layout.width}
            height={layout.height}
            narrow={layout.narrow}
            label={`Chart of where each side stands on each question, ${dimension.title}. ${summary}`}
          >
            {layout.axis.map((a) => (
              <g key={a.value}>
                <line x1={a.x} x2={a.x} y1={layout.gridTop} y2={layout.height - 4} stroke="#dddddd" />
                <SvgText mark={a.label} fill={SECONDARY_TEXT} />
              </g>
            ))}
            {layout.rows.map((row) => (
              <g key={row.id}>
                <SvgText mark={row.label} fill={SECONDARY_TEXT} />
                {row.overlap ? (
                  <rect
                    x={row.overlap.x1}
                    y={row.overlap.y}
                    width={row.overlap.x2 - row.overlap.x1}
                    height={row.overlap.height}
                    fill={OVERLAP_FILL}
                    stroke={OVERLAP_EDGE}
                    strokeDasharray="2 2"
                  />
                ) : null}
                <line
                  x1={row.vcs.x1}
                  x2={row.vcs.x2}
                  y1={row.vcs.y}
                  y2={row.vcs.y}
                  stroke={VCS_COLOUR}
                  strokeWidth={row.vcs.redLine ? 7 : 4}
                  strokeLinecap="round"
                />
                <circle cx={row.vcs.cx} cy={row.vcs.y} r={7} fill={VCS_COLOUR} stroke="#fff" strokeWidth={1.5} />
                {row.vcs.redLineLabel ? <SvgText mark={row.vcs.redLineLabel} halo /> : null}
                <line
                  x1={row.prime.x1}
                  x2={row.prime.x2}
                  y1={row.prime.y}
                  y2={row.prime.y}
                  stroke={PRIME_COLOUR}
                  strokeWidth={row.prime.redLine ? 7 : 4}
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
                {row.prime.redLineLabel ? <SvgText mark={row.prime.redLineLabel} halo /> : null}
              </g>
            ))}
          </Svg>
        );
      }}
      table={<PositionsTable items={items} label={short} caption={caption} />}
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
            <th scope="col">Organisation (1 to 5)</th>
            <th scope="col">Prime (1 to 5)</th>
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
  const caption = "How far the prime asks the organisation to go";
  const summary = gaps
    .map(
      (g) =>
        `${g.title}: the prime asks for ${g.primeAsks}, the organisation could go up to ${g.vcsAccepts}, ${gapText(g.gap)}.`,
    )
    .join(" ");
  return (
    <ChartFigure
      caption={caption}
      description={
        <p className="hint">
          Section by section, on the scale from 1 (the organisation keeps the most independence) to 5 (fullest
          integration with the prime). This is the embrace gap: how many positions further the prime wants to draw the
          organisation in than it said it could go. A gap of 1 means one position further, on average across the
          section’s questions; no gap means what the prime asks for is within what the organisation could accept.
        </p>
      }
      legend={
        <Legend
          entries={[
            {
              key: "prime",
              swatch: squareSwatch,
              text: "Square: what the prime asks for (the average of its preferred positions)",
            },
            {
              key: "vcs",
              swatch: circleSwatch,
              text: "Circle: the furthest the organisation could go (the average of the most integrated positions it could accept)",
            },
            {
              key: "gap",
              swatch: <line x1="2" x2="26" y1="8" y2="8" stroke={GAP_COLOUR} strokeWidth="4" />,
              text: "Thick red line: a gap, the prime asks for more than the organisation could accept",
            },
            {
              key: "no-gap",
              swatch: (
                <line x1="2" x2="26" y1="8" y2="8" stroke={SECONDARY_TEXT} strokeWidth="2" strokeDasharray="3 3" />
              ),
              text: "Thin dashed grey line: no gap",
            },
          ]}
        />
      }
      chart={(width) => {
        const layout = embraceGapLayout(gaps, width);
        return (
          <Svg
            key={width}
            width={layout.width}
            height={layout.height}
            narrow={layout.narrow}
            label={`Chart of how far the prime asks the organisation to go, in positions on the 1 to 5 scale. ${summary}`}
          >
            <SvgText mark={layout.unit} fill={SECONDARY_TEXT} />
            {layout.axis.map((a) => (
              <SvgText key={a.value} mark={a.label} fill={SECONDARY_TEXT} />
            ))}
            {layout.rows.map((row) => (
              <g key={row.dimensionId}>
                {row.titleLines.map((line) => (
                  <SvgText key={line.y} mark={line} />
                ))}
                <SvgText mark={row.gapLabel} fill={row.beyond ? TEXT_COLOUR : SECONDARY_TEXT} />
                {layout.axis.map((a) => (
                  <line key={a.value} x1={a.x} x2={a.x} y1={row.y - 10} y2={row.y + 10} stroke="#dddddd" />
                ))}
                <line
                  x1={row.acceptsX}
                  x2={row.asksX}
                  y1={row.y}
                  y2={row.y}
                  stroke={row.beyond ? GAP_COLOUR : SECONDARY_TEXT}
                  strokeWidth={row.beyond ? 4 : 2}
                  strokeDasharray={row.beyond ? undefined : "3 3"}
                />
                <circle cx={row.acceptsX} cy={row.y} r={7} fill={VCS_COLOUR} stroke="#fff" strokeWidth={1.5} />
                <rect
                  x={row.asksX - 7}
                  y={row.y - 7}
                  width={14}
                  height={14}
                  fill={PRIME_COLOUR}
                  stroke="#fff"
                  strokeWidth={1.5}
                />
              </g>
            ))}
            {layout.ends.map((end) => (
              <SvgText key={end.text} mark={end} fill={SECONDARY_TEXT} />
            ))}
          </Svg>
        );
      }}
      table={
        <table className="table">
          <caption className="visually-hidden">{caption}, in positions on the 1 to 5 scale</caption>
          <thead>
            <tr>
              <th scope="col">Section</th>
              <th scope="col" className="numeric">
                Prime asks for (position, 1 to 5)
              </th>
              <th scope="col" className="numeric">
                Organisation could go up to (position, 1 to 5)
              </th>
              <th scope="col" className="numeric">
                Gap (positions)
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
