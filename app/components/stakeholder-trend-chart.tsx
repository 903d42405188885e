/**
 * A stakeholder review year on year (issue 20; docs/method.md, "Year on year"): each theme's mean for all
 * stakeholders, round by round, on the 1–5 agreement scale. The check-ups' round-by-round drawing (round-chart.tsx)
 * does the layout with d3's scale; React draws it on the server twice (wide, and for phones; CSS shows one), with the
 * same figures as a table.
 */
import { CHART_WIDTH } from "./charts/layout";
import { RoundTracksDrawing, roundTracksLayout, type TrackScale } from "./round-chart";
import { TableScroll } from "./table-scroll";

export interface TrendChartData {
  rounds: ReadonlyArray<{ number: number; closed: boolean }>;
  themes: ReadonlyArray<{ id: string; title: string; means: ReadonlyArray<number | null> }>;
}

const AGREEMENT: TrackScale = {
  domain: [1, 5],
  format: (n) => n.toFixed(1),
  ticks: () => [1, 2, 3, 4, 5],
};

export const trendFigure = (n: number | null) => (n === null ? "–" : n.toFixed(1));

const at = (means: ReadonlyArray<number | null>, i: number) => means[i] ?? null;

export function trendChartLayout(data: TrendChartData, width: number = CHART_WIDTH.wide) {
  const latestAt = data.rounds.reduce((at, round, i) => (round.closed ? i : at), -1);
  return roundTracksLayout(
    data.themes.map((t) => ({ id: t.id, title: t.title, scores: t.means })),
    data.rounds.map((r) => r.number),
    latestAt,
    AGREEMENT,
    width,
  );
}

/** The chart's figures in words: its accessible name. */
export function trendChartText(data: TrendChartData): string {
  const inWords = (means: ReadonlyArray<number | null>) =>
    data.rounds
      .flatMap((round, i) => (at(means, i) === null ? [] : [`${trendFigure(at(means, i))} in round ${round.number}`]))
      .join(", ");
  return `Theme scores round by round, from 1 (strongly disagree) to 5 (strongly agree), all stakeholders in the groups shown: ${data.themes
    .map((t) => `${t.title} ${inWords(t.means) || "no figure"}`)
    .join("; ")}.`;
}

/** A round's column in the table: "Round 2", and why a figure is missing. */
const missing = (round: { closed: boolean }) => (round.closed ? "No figure" : "Not closed");

export function TrendChart({ data }: { data: TrendChartData }) {
  const label = trendChartText(data);
  return (
    <figure className="chart round-chart">
      <figcaption className="chart__caption">Theme scores round by round, all stakeholders</figcaption>
      <p className="chart__description hint">
        Each row is a theme, from 1 (strongly disagree) to 5 (strongly agree). Each circle is a round, numbered; the
        line joins them in order, and the latest closed round is blue. The figures at the end of each row are the scores
        round by round. A round still taking answers has no figures yet.
      </p>
      <div className="chart__svg">
        {[CHART_WIDTH.wide, CHART_WIDTH.narrow].map((width) => (
          <RoundTracksDrawing key={width} layout={trendChartLayout(data, width)} label={label} />
        ))}
      </div>
      <details className="chart__data">
        <summary>Show this chart as a table</summary>
        <TableScroll label="Theme scores round by round">
          <table className="table">
            <caption className="visually-hidden">Theme scores round by round, all stakeholders, 1 to 5</caption>
            <thead>
              <tr>
                <th scope="col">Theme</th>
                {data.rounds.map((round) => (
                  <th scope="col" className="numeric" key={round.number}>
                    Round {round.number}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.themes.map((t) => (
                <tr key={t.id}>
                  <th scope="row">{t.title}</th>
                  {data.rounds.map((round, i) => (
                    <td className="numeric" key={round.number}>
                      {at(t.means, i) === null ? missing(round) : trendFigure(at(t.means, i))}
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
