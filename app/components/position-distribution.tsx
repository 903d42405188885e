/**
 * Where the room stands on one item, for the facilitator's live view (issue 18): the five positions as bars with
 * their counts, the scenario prime's preferred position and acceptable range under the axis, and the share who
 * marked the item a red line. Drawn on the server as SVG (layout in charts/distribution-layout.ts), so it appears
 * without JavaScript; its text alternative (distributionText, app/domain/workshop-prompts.ts) says the same. The
 * drawing numbers the positions 1 to 5; the item's own option labels are in the table beside it. Colours come
 * from the live view's theme (app/styles/app.css, "Live view"); the attributes here are the light theme's.
 */
import type { ItemFigures } from "~/domain/workshop";
import { SvgText } from "./charts/svg-text";
import { distributionText, type PrimeStance } from "~/domain/workshop-prompts";
import { distributionLayout } from "./charts/distribution-layout";

export interface PositionDistributionProps {
  figures: ItemFigures;
  prime?: PrimeStance | null;
  /** The item's five options in the organisation's words (index 0 = position 1), for the table. */
  optionLabels: readonly string[];
  /** The item as participants read it: the figure's caption. */
  caption: string;
}

export function PositionDistributionSvg({ figures, prime }: Pick<PositionDistributionProps, "figures" | "prime">) {
  const layout = distributionLayout(figures, prime ?? null);
  return (
    <svg
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width="100%"
      role="img"
      aria-label={distributionText(figures, prime)}
      preserveAspectRatio="xMinYMin meet"
      className="distribution__canvas"
    >
      {layout.bars.map((bar) => (
        <g key={bar.position}>
          {bar.count > 0 ? (
            <rect
              x={bar.x1}
              y={bar.y1}
              width={bar.x2 - bar.x1}
              height={bar.y2 - bar.y1}
              className="distribution__bar"
              fill="#1d4f6e"
            />
          ) : null}
          <SvgText mark={bar.label} className="distribution__text" />
        </g>
      ))}
      <line
        x1={layout.axis.x1}
        x2={layout.axis.x2}
        y1={layout.axis.y}
        y2={layout.axis.y}
        className="distribution__axis"
        stroke="#0b0c0c"
        strokeWidth={3}
      />
      {layout.ticks.map((t) => (
        <SvgText key={t.position} mark={t.label} className="distribution__text" />
      ))}
      {layout.prime ? (
        <g>
          <rect
            x={layout.prime.range.x1}
            y={layout.prime.range.y1}
            width={layout.prime.range.x2 - layout.prime.range.x1}
            height={layout.prime.range.y2 - layout.prime.range.y1}
            rx={10}
            className="distribution__prime-range"
            fill="#f6e4d3"
            stroke="#6f3b0a"
            strokeWidth={3}
          />
          <circle
            cx={layout.prime.preferred.cx}
            cy={layout.prime.preferred.cy}
            r={layout.prime.preferred.r}
            className="distribution__prime-preferred"
            fill="#6f3b0a"
            stroke="#fff"
            strokeWidth={3}
          />
          {layout.prime.note.map((m) => (
            <SvgText key={m.y} mark={m} className="distribution__text" />
          ))}
        </g>
      ) : null}
      <SvgText mark={layout.redLines.note} className="distribution__text" />
      <rect
        x={layout.redLines.track.x1}
        y={layout.redLines.track.y1}
        width={layout.redLines.track.x2 - layout.redLines.track.x1}
        height={layout.redLines.track.y2 - layout.redLines.track.y1}
        className="distribution__track"
        fill="none"
        stroke="#0b0c0c"
        strokeWidth={2}
      />
      {layout.redLines.filled.x2 > layout.redLines.filled.x1 ? (
        <rect
          x={layout.redLines.filled.x1}
          y={layout.redLines.filled.y1}
          width={layout.redLines.filled.x2 - layout.redLines.filled.x1}
          height={layout.redLines.filled.y2 - layout.redLines.filled.y1}
          className="distribution__red-lines"
          fill="#d4351c"
        />
      ) : null}
    </svg>
  );
}

/** The chart with its caption, and the item's options behind a disclosure with the counts as a table. */
export function PositionDistribution({ figures, prime, optionLabels, caption }: PositionDistributionProps) {
  const total = figures.positions.reduce((sum, c) => sum + c, 0);
  return (
    <figure className="distribution">
      <figcaption className="distribution__caption">{caption}</figcaption>
      <PositionDistributionSvg figures={figures} prime={prime ?? null} />
      <details className="distribution__options">
        <summary>What positions 1 to 5 mean here</summary>
        <table className="table">
          <caption className="visually-hidden">The positions, and how many of {total} chose each</caption>
          <thead>
            <tr>
              <th scope="col">Position</th>
              <th scope="col">Option</th>
              <th scope="col" className="numeric">
                Chose it
              </th>
            </tr>
          </thead>
          <tbody>
            {figures.positions.map((count, i) => (
              <tr key={i}>
                <th scope="row">
                  {i + 1}
                  {prime?.preferred === i + 1 ? " (prime prefers)" : ""}
                </th>
                <td>{optionLabels[i] ?? ""}</td>
                <td className="numeric">{count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
