/**
 * Stakeholder reviews (issue 20; docs/method.md, "Stakeholder reviews"): each theme's mean on the 1–5 agreement
 * scale, for all stakeholders in the groups shown (a filled circle) and in the provider's own view (a hollow
 * diamond), joined by a line where they differ. d3 does the scale; React draws the SVG on the server, twice (wide
 * and for phones; CSS shows one), with the same figures as a table.
 */
import { scaleLinear } from "d3-scale";
import { CHART_WIDTH, NARROW_BELOW, SMALLEST_TEXT, textMark, wrapText } from "./charts/layout";
import { SvgText } from "./charts/svg-text";
import { TableScroll } from "./table-scroll";

const SYSTEM_COLOUR = "#1d70b8";
const SELF_COLOUR = "#6f3b0a";
const TRACK_COLOUR = "#b1b4b6";
const TEXT_COLOUR = "#0b0c0c";

export interface ThemeRow {
  id: string;
  title: string;
  system: number | null;
  self: number | null;
}

const text = textMark;

const figure = (n: number | null) => (n === null ? "–" : n.toFixed(1));

export function themeChartLayout(rows: readonly ThemeRow[], width: number = CHART_WIDTH.wide) {
  const narrow = width < NARROW_BELOW;
  const size = 14;
  const line = 18;
  const titleColumn = narrow ? 0 : 200;
  const x = scaleLinear()
    .domain([1, 5])
    .range([titleColumn + 16, width - 16]);
  let top = 16;
  const laid = rows.map((row) => {
    const lines = wrapText(row.title, narrow ? width - 8 : titleColumn - 12, size, false);
    const titleLines = lines.map((l, i) => text(l, 4, top + 14 + i * line, size));
    const y = narrow ? top + lines.length * line + 14 : top + Math.max(lines.length * line, 24) / 2 + 4;
    const height = narrow ? lines.length * line + 32 : Math.max(lines.length * line, 24) + 14;
    top += height;
    return {
      id: row.id,
      titleLines,
      y,
      track: { x1: x(1), x2: x(5) },
      system: row.system === null ? null : x(row.system),
      self: row.self === null ? null : x(row.self),
    };
  });
  const axisY = top + 4;
  const ticks = [1, 2, 3, 4, 5].map((v) => ({
    x: x(v),
    label: text(String(v), x(v), axisY + 18, SMALLEST_TEXT, false, "middle"),
  }));
  return { width, height: axisY + 44, rows: laid, axisY, ticks, narrow };
}

export function themeChartText(rows: readonly ThemeRow[]): string {
  return `Theme scores from 1 (strongly disagree) to 5 (strongly agree): ${rows
    .map((r) => `${r.title}: stakeholders ${figure(r.system)}, the provider's own view ${figure(r.self)}`)
    .join("; ")}.`;
}

function Drawing({ rows, width }: { rows: readonly ThemeRow[]; width: number }) {
  const layout = themeChartLayout(rows, width);
  return (
    <svg
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width="100%"
      role="img"
      aria-label={themeChartText(rows)}
      preserveAspectRatio="xMinYMin meet"
      className={`chart__canvas chart__canvas--${layout.narrow ? "narrow" : "wide"}`}
    >
      {layout.rows.map((row) => (
        <g key={row.id}>
          {row.titleLines.map((m) => (
            <SvgText key={m.y} mark={m} />
          ))}
          <line x1={row.track.x1} x2={row.track.x2} y1={row.y} y2={row.y} stroke={TRACK_COLOUR} strokeWidth={2} />
          {row.system !== null && row.self !== null ? (
            <line x1={row.system} x2={row.self} y1={row.y} y2={row.y} stroke={TEXT_COLOUR} strokeWidth={2} />
          ) : null}
          {row.system !== null ? <circle cx={row.system} cy={row.y} r={8} fill={SYSTEM_COLOUR} /> : null}
          {row.self !== null ? (
            <rect
              x={row.self - 6}
              y={row.y - 6}
              width={12}
              height={12}
              transform={`rotate(45 ${row.self} ${row.y})`}
              fill="#fff"
              stroke={SELF_COLOUR}
              strokeWidth={3}
            />
          ) : null}
        </g>
      ))}
      <line x1={layout.ticks[0]!.x} x2={layout.ticks[4]!.x} y1={layout.axisY} y2={layout.axisY} stroke={TEXT_COLOUR} />
      {layout.ticks.map((t) => (
        <g key={t.x}>
          <line x1={t.x} x2={t.x} y1={layout.axisY} y2={layout.axisY + 5} stroke={TEXT_COLOUR} />
          <SvgText mark={t.label} />
        </g>
      ))}
      <SvgText mark={text("Strongly disagree", layout.ticks[0]!.x, layout.axisY + 36, SMALLEST_TEXT, false, "start")} />
      <SvgText mark={text("Strongly agree", layout.ticks[4]!.x, layout.axisY + 36, SMALLEST_TEXT, false, "end")} />
    </svg>
  );
}

/** The figure: caption, how to read it, a legend, the two drawings and the table. */
export function ThemeChart({ rows }: { rows: readonly ThemeRow[] }) {
  const withSelf = rows.some((r) => r.self !== null);
  return (
    <figure className="chart stakeholder-chart">
      <figcaption className="chart__caption">How the system sees the service, theme by theme</figcaption>
      <p className="chart__description hint">
        Each row is a theme, from 1 (strongly disagree) to 5 (strongly agree): the average of its statements.
        {withSelf
          ? " Where the two marks are apart, the provider sees itself differently from how the system sees it."
          : ""}
      </p>
      <ul className="chart__legend">
        <li>
          <svg width="18" height="18" aria-hidden="true">
            <circle cx="9" cy="9" r="7" fill={SYSTEM_COLOUR} />
          </svg>{" "}
          All stakeholders in the groups shown
        </li>
        {withSelf ? (
          <li>
            <svg width="18" height="18" aria-hidden="true">
              <rect
                x="4"
                y="4"
                width="10"
                height="10"
                transform="rotate(45 9 9)"
                fill="#fff"
                stroke={SELF_COLOUR}
                strokeWidth="3"
              />
            </svg>{" "}
            The provider’s own view
          </li>
        ) : null}
      </ul>
      <div className="chart__svg">
        <Drawing rows={rows} width={CHART_WIDTH.wide} />
        <Drawing rows={rows} width={CHART_WIDTH.narrow} />
      </div>
      <details className="chart__data">
        <summary>Show this chart as a table</summary>
        <TableScroll label="Theme scores">
          <table className="table">
            <caption className="visually-hidden">Theme scores, 1 to 5</caption>
            <thead>
              <tr>
                <th scope="col">Theme</th>
                <th scope="col" className="numeric">
                  Stakeholders
                </th>
                <th scope="col" className="numeric">
                  Provider’s own view
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{r.title}</th>
                  <td className="numeric">{figure(r.system)}</td>
                  <td className="numeric">{figure(r.self)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </figure>
  );
}
