/**
 * Where one side's respondents stand on one question (issue 16): a dot per respondent at the position they
 * preferred, drawn on the server as SVG, wide and narrow (CSS shows one), with the same data as a table.
 * Show it only for a side with SPREAD_THRESHOLD or more respondents submitted (app/domain/combine.ts): with fewer,
 * each respondent could read the others' answers from it.
 */
import type { ReactNode } from "react";
import { SvgText } from "./svg-text";
import type { ItemSpread } from "~/domain/combine";
import type { Position, Side } from "~/domain/types";
import { TableScroll } from "../table-scroll";
import { CHART_WIDTH } from "./layout";
import { redLinesText, respondentsText, spreadLayout, spreadSummary } from "./spread-layout";

const SIDE_COLOUR: Readonly<Record<Side, string>> = { vcs: "#1d70b8", prime: "#6f3b0a" };
const TEXT_COLOUR = "#0b0c0c";
const SECONDARY_TEXT = "#505a5f";

export interface SpreadProps {
  /** The item's spread: how many respondents preferred each position, and how many marked it a red line. */
  spread: ItemSpread;
  /** The combined answer's preferred position, ringed under the axis and named in the summary. */
  combinedPreferred?: Position;
  /**
   * The five options' labels in the side's own words (index 0 = position 1), for the table and the accessible
   * summary; the drawing itself numbers the positions 1 to 5.
   */
  optionLabels?: readonly string[];
  /** Whose respondents these are: the dots take that side's colour (the organisation's blue by default). */
  side?: Side;
  /** The figure's caption (default "Where the respondents stand"); the table's caption is the same. */
  caption?: string;
}

/** One drawing of the chart, at a width. */
function SpreadSvg({ spread, combinedPreferred, optionLabels, side = "vcs", width }: SpreadProps & { width: number }) {
  const layout = spreadLayout(spread, combinedPreferred, width);
  const colour = SIDE_COLOUR[side];
  return (
    <svg
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width="100%"
      role="img"
      aria-label={`Dot chart. ${spreadSummary(spread, combinedPreferred, optionLabels)}`}
      preserveAspectRatio="xMinYMin meet"
      className={`chart__canvas chart__canvas--${layout.narrow ? "narrow" : "wide"}`}
    >
      <line
        x1={layout.axis.x1}
        x2={layout.axis.x2}
        y1={layout.axis.y}
        y2={layout.axis.y}
        stroke={SECONDARY_TEXT}
        strokeWidth={1.5}
      />
      {layout.ticks.map((t) => (
        <g key={t.value}>
          <line x1={t.x} x2={t.x} y1={layout.axis.y} y2={layout.axis.y + 5} stroke={SECONDARY_TEXT} />
          <SvgText mark={t.label} fill={SECONDARY_TEXT} />
        </g>
      ))}
      {layout.stacks.map((s) => (
        <g key={s.position}>
          {s.dots.map((d, n) => (
            <circle key={n} cx={d.cx} cy={d.cy} r={layout.radius} fill={colour} stroke="#fff" strokeWidth={1.5} />
          ))}
          {s.countLabel ? <SvgText mark={s.countLabel} /> : null}
        </g>
      ))}
      {layout.combined ? (
        <g>
          <rect
            x={layout.combined.ring.x1}
            y={layout.combined.ring.y1}
            width={layout.combined.ring.x2 - layout.combined.ring.x1}
            height={layout.combined.ring.y2 - layout.combined.ring.y1}
            rx={6}
            fill="none"
            stroke={TEXT_COLOUR}
            strokeWidth={2}
          />
          <SvgText mark={layout.combined.label} />
        </g>
      ) : null}
      {layout.ends.map((m) => (
        <SvgText key={m.text} mark={m} fill={SECONDARY_TEXT} />
      ))}
      {layout.redLines.map((m) => (
        <SvgText key={m.y} mark={m} />
      ))}
    </svg>
  );
}

/**
 * The spread as a table: respondents per position (with the option's label when given) and how many marked a red
 * line. Accessible on its own (caption, header cells with scope), for a page that shows only the table.
 */
export function SpreadTable({ spread, combinedPreferred, optionLabels, caption }: SpreadProps) {
  const title = caption ?? "Where the respondents stand";
  const total = spread.positions.reduce((a, b) => a + b, 0);
  const labelled = optionLabels !== undefined && optionLabels.length > 0;
  return (
    <TableScroll label={title}>
      <table className="table">
        <caption>
          {title}: {respondentsText(total)}
        </caption>
        <thead>
          <tr>
            <th scope="col">Position (1 to 5)</th>
            {labelled ? <th scope="col">Option</th> : null}
            <th scope="col" className="numeric">
              Respondents who preferred it
            </th>
          </tr>
        </thead>
        <tbody>
          {spread.positions.map((count, i) => (
            <tr key={i}>
              <th scope="row">
                {i + 1}
                {combinedPreferred === i + 1 ? " (the combined answer)" : ""}
              </th>
              {labelled ? <td>{optionLabels[i] ?? ""}</td> : null}
              <td className="numeric">{count}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={labelled ? 2 : 1}>
              Marked it a red line
            </th>
            <td className="numeric">
              {spread.redLines} of {total}
            </td>
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}

/**
 * The spread chart with its caption, a line saying how to read it, both drawings and the table behind a
 * disclosure (as the report's charts do). `table={false}` leaves the table out, for a page that shows SpreadTable
 * elsewhere.
 */
export function SpreadChart(props: SpreadProps & { table?: boolean; description?: ReactNode }) {
  const total = props.spread.positions.reduce((a, b) => a + b, 0);
  return (
    <figure className="chart">
      <figcaption className="chart__caption">{props.caption ?? "Where the respondents stand"}</figcaption>
      <div className="chart__description">
        {props.description ?? (
          <p className="hint">
            Each dot is one of {respondentsText(total)}, at the position they preferred, from 1 (the organisation keeps
            the most independence) to 5 (fullest integration with the prime).
            {props.combinedPreferred ? " The ringed number is the combined answer." : ""} {redLinesText(props.spread)}.
          </p>
        )}
      </div>
      <div className="chart__svg">
        <SpreadSvg {...props} width={CHART_WIDTH.wide} />
        <SpreadSvg {...props} width={CHART_WIDTH.narrow} />
      </div>
      {props.table === false ? null : (
        <details className="chart__data">
          <summary>Show this chart as a table</summary>
          <SpreadTable {...props} />
        </details>
      )}
    </figure>
  );
}
