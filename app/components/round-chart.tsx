/**
 * Check-ups (issue 19): each section's score round by round, one row per section (the overall score first), on a
 * 0–100 track; each complete round is a numbered marker, joined in order so the row reads as a path from the first
 * round to the latest. d3 does the scale; React draws the SVG on the server, so the chart shows without JavaScript.
 * Drawn twice like the report's charts (wide, and re-laid for phones; CSS shows one), with the same figures as a
 * table for screen readers and anyone who prefers one.
 */
import { scaleLinear } from "d3-scale";
import { SvgText } from "./charts/svg-text";
import type { ReactNode } from "react";
import type { RoundSeries } from "~/domain/round-comparison";
import {
  CHART_WIDTH,
  NARROW_BELOW,
  SMALLEST_TEXT,
  textMark,
  textWidth,
  wrapText,
  type TextMark,
} from "./charts/layout";
import { TableScroll } from "./table-scroll";

const TEXT_COLOUR = "#0b0c0c";
const TRACK_COLOUR = "#b1b4b6";
const PATH_COLOUR = "#505a5f";
/** The latest round stands out; earlier ones are lighter. Both pass 4.5:1 for the white numbers inside. */
const LATEST_COLOUR = "#1d70b8";
const EARLIER_COLOUR = "#505a5f";

export interface RoundMarker {
  /** The rounds at this score, by number ("1", or "1,2" where two rounds scored the same). */
  label: string;
  cx: number;
  cy: number;
  r: number;
  latest: boolean;
}

export interface RoundRow {
  id: string;
  titleLines: TextMark[];
  track: { x1: number; x2: number; y: number };
  /** The path through the rounds' scores in order (skipping rounds without one). */
  path: string | null;
  markers: RoundMarker[];
  /** The scores in words, to the right of the track (wide) or under the title (narrow). */
  value: TextMark;
}

const text = textMark;

/** A chart's scale: the range its tracks cover, how a score is written, and the ticks on its axis. */
export interface TrackScale {
  domain: readonly [number, number];
  format: (score: number) => string;
  ticks: (narrow: boolean) => number[];
}

/** The check-ups' scale: section scores out of 100. */
const OUT_OF_100: TrackScale = {
  domain: [0, 100],
  format: String,
  ticks: (narrow) =>
    scaleLinear()
      .domain([0, 100])
      .ticks(narrow ? 2 : 5),
};

/** One row of a round-by-round chart: a title and its score in each round (null: none that round). */
export interface TrackRow {
  id: string;
  title: string;
  scores: ReadonlyArray<number | null>;
  bold?: boolean;
}

const scoresText = (scores: ReadonlyArray<number | null>, scale: TrackScale) =>
  scores.map((s) => (s === null ? "–" : scale.format(s))).join(" → ");

/**
 * Rows of scores round by round, laid out for a width: each row a track, each round a numbered marker on it, joined
 * in order; the marker of round `latestAt` (an index into `rounds`) stands out. Shared by the check-ups' chart and
 * the stakeholder reviews' year on year (docs/method.md, "Check-ups" and "Stakeholder reviews").
 */
export function roundTracksLayout(
  rows: readonly TrackRow[],
  rounds: readonly number[],
  latestAt: number,
  scale: TrackScale,
  width: number = CHART_WIDTH.wide,
) {
  const narrow = width < NARROW_BELOW;
  const titleSize = 14;
  const lineHeight = 18;
  const r = 10;
  const valueColumn = narrow
    ? 0
    : Math.max(...rows.map((row) => textWidth(scoresText(row.scores, scale), titleSize, true))) + 12;
  const titleColumn = narrow ? 0 : 190;
  const left = 4 + titleColumn;
  // The widest a marker can be: every round at one score ("1,2,3"), so no marker runs past either end.
  const widest = Math.max(r, textWidth(rounds.join(","), 12, true) / 2 + 3);
  const [low, high] = scale.domain;
  const x = scaleLinear()
    .domain([low, high])
    .range([left + widest + 2, width - 4 - valueColumn - widest - 2]);
  let top = 24;
  const laid: RoundRow[] = rows.map((row) => {
    const written = scoresText(row.scores, scale);
    // Narrow: the scores share the title's first line, so the title wraps short of them.
    const room = narrow ? width - 8 - textWidth(written, titleSize, true) - 12 : titleColumn - 10;
    const lines = wrapText(row.title, room, titleSize, row.bold ?? false);
    const titleLines = lines.map((line, i) => text(line, 4, top + 14 + i * lineHeight, titleSize, row.bold ?? false));
    const y = narrow
      ? top + lines.length * lineHeight + 4 + r
      : top + Math.max(lines.length * lineHeight, 2 * r) / 2 + 4;
    // Rounds at the same score share one marker, so no number hides another.
    const byScore = new Map<number, number[]>();
    row.scores.forEach((score, i) => {
      if (score !== null) byScore.set(score, [...(byScore.get(score) ?? []), i]);
    });
    const markers: RoundMarker[] = [...byScore].map(([score, at]) => {
      const label = at.map((i) => String(rounds[i]!)).join(",");
      return {
        label,
        cx: x(score),
        cy: y,
        r: Math.max(r, textWidth(label, 12, true) / 2 + 3),
        latest: at.includes(latestAt),
      };
    });
    const points = row.scores.flatMap((score) => (score === null ? [] : [`${x(score).toFixed(1)},${y}`]));
    const value = narrow
      ? text(written, width - 4, top + 14, titleSize, true, "end")
      : text(written, width - 4, y + 5, titleSize, true, "end");
    const height = narrow ? lines.length * lineHeight + 2 * r + 14 : Math.max(lines.length * lineHeight, 2 * r) + 14;
    top += height;
    return {
      id: row.id,
      titleLines,
      track: { x1: x(low), x2: x(high), y },
      path: new Set(points).size > 1 ? `M${points.join("L")}` : null,
      markers,
      value,
    };
  });
  const axisY = top + 4;
  const ticks = scale
    .ticks(narrow)
    .map((v) => ({ x: x(v), label: text(String(v), x(v), axisY + 18, SMALLEST_TEXT, false, "middle") }));
  return { width, height: axisY + 26, rows: laid, axis: { x1: x(low), x2: x(high), y: axisY }, ticks, narrow };
}

export type RoundTracks = ReturnType<typeof roundTracksLayout>;

/** The rows of the check-ups' chart, laid out for a width: the overall score first, then each section. */
export function roundChartLayout(series: RoundSeries, width: number = CHART_WIDTH.wide) {
  const rows = [
    { id: "overall", title: "Overall", scores: series.rounds.map((round) => round.overall), bold: true },
    ...series.sections.map((s) => ({ id: s.id, title: s.title, scores: s.scores })),
  ];
  const latestAt = series.rounds.reduce((at, round, i) => (round.overall === null ? at : i), -1);
  return roundTracksLayout(
    rows,
    series.rounds.map((round) => round.number),
    latestAt,
    OUT_OF_100,
    width,
  );
}

/** The chart's data in words: its accessible name, starting "Section scores". */
export function roundChartText(series: RoundSeries): string {
  const complete = series.rounds.filter((round) => round.overall !== null);
  const rows = [
    { title: "overall", scores: series.rounds.map((round) => round.overall) },
    ...series.sections.map((s) => ({ title: s.title, scores: s.scores })),
  ];
  const inWords = (scores: ReadonlyArray<number | null>) =>
    series.rounds
      .flatMap((round, i) =>
        scores[i] === null || scores[i] === undefined ? [] : [`${scores[i]} in round ${round.number}`],
      )
      .join(", ");
  return `Section scores round by round, out of 100, for ${complete.length} complete round${complete.length === 1 ? "" : "s"}: ${rows
    .map((row) => `${row.title} ${inWords(row.scores) || "not scored"}`)
    .join("; ")}.`;
}

/** One drawing of a round-by-round chart (the figure draws it twice: wide, and for phones). */
export function RoundTracksDrawing({ layout, label }: { layout: RoundTracks; label: string }) {
  return (
    <svg
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width="100%"
      role="img"
      aria-label={label}
      preserveAspectRatio="xMinYMin meet"
      className={`chart__canvas chart__canvas--${layout.narrow ? "narrow" : "wide"}`}
    >
      {layout.rows.map((row) => (
        <g key={row.id}>
          {row.titleLines.map((m) => (
            <SvgText key={m.y} mark={m} />
          ))}
          <line
            x1={row.track.x1}
            x2={row.track.x2}
            y1={row.track.y}
            y2={row.track.y}
            stroke={TRACK_COLOUR}
            strokeWidth={2}
          />
          {row.path ? <path d={row.path} fill="none" stroke={PATH_COLOUR} strokeWidth={3} /> : null}
          {row.markers.map((m) => (
            <g key={m.label}>
              <circle
                cx={m.cx}
                cy={m.cy}
                r={m.r}
                fill={m.latest ? LATEST_COLOUR : EARLIER_COLOUR}
                stroke="#fff"
                strokeWidth={2}
              />
              <text x={m.cx} y={m.cy + 4} textAnchor="middle" fontSize={12} fontWeight={700} fill="#fff">
                {m.label}
              </text>
            </g>
          ))}
          <SvgText mark={row.value} />
        </g>
      ))}
      <line
        x1={layout.axis.x1}
        x2={layout.axis.x2}
        y1={layout.axis.y}
        y2={layout.axis.y}
        stroke={TEXT_COLOUR}
        strokeWidth={1}
      />
      {layout.ticks.map((t) => (
        <g key={t.x}>
          <line x1={t.x} x2={t.x} y1={layout.axis.y} y2={layout.axis.y + 5} stroke={TEXT_COLOUR} />
          <SvgText mark={t.label} />
        </g>
      ))}
    </svg>
  );
}

/** The figure: caption, how to read it, the two drawings and the table. */
export function RoundChart({ series, caption }: { series: RoundSeries; caption: ReactNode }) {
  return (
    <figure className="chart round-chart">
      <figcaption className="chart__caption">{caption}</figcaption>
      <p className="chart__description hint">
        Each row is a section, scored out of 100. Each circle is a round, numbered; the line joins them in order, and
        the latest round is blue. The figures at the end of each row are the scores round by round.
      </p>
      <div className="chart__svg">
        {[CHART_WIDTH.wide, CHART_WIDTH.narrow].map((width) => (
          <RoundTracksDrawing key={width} layout={roundChartLayout(series, width)} label={roundChartText(series)} />
        ))}
      </div>
      <details className="chart__data">
        <summary>Show this chart as a table</summary>
        <TableScroll label="Section scores round by round">
          <table className="table">
            <caption className="visually-hidden">Section scores round by round, out of 100</caption>
            <thead>
              <tr>
                <th scope="col">Section</th>
                {series.rounds.map((round) => (
                  <th scope="col" key={round.number}>
                    {round.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {[
                { id: "overall", title: "Overall", scores: series.rounds.map((round) => round.overall) },
                ...series.sections,
              ].map((row) => (
                <tr key={row.id}>
                  <th scope="row">{row.title}</th>
                  {row.scores.map((score, i) => (
                    <td key={series.rounds[i]!.number}>
                      {score ?? (series.rounds[i]!.overall === null ? "Not yet" : "Not asked")}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </figure>
  );
}
