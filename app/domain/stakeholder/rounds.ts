/**
 * A service's stakeholder reviews year on year (issue 20, "Repeat yearly"; docs/method.md, "Stakeholder reviews"):
 * each theme's mean for all stakeholders and for each group, round by round, where that round shows it. A group is
 * matched across rounds by its name; a round below the threshold for a group, or not yet closed, has no figure.
 */
import type { StakeholderResults } from "./results";

export interface RoundTrend {
  rounds: Array<{ number: number; closed: boolean }>;
  /** Each theme: all stakeholders' mean in each round (null: not closed, or no group reached the threshold). */
  overall: Array<{ themeId: string; means: Array<number | null> }>;
  /** Each group by name, in order of first appearance: each theme's mean in each round it was shown. */
  groups: Array<{ name: string; themes: Array<{ themeId: string; means: Array<number | null> }> }>;
}

export function reviewTrend(
  themeIds: readonly string[],
  rounds: ReadonlyArray<{
    number: number;
    results: StakeholderResults | null;
  }>,
): RoundTrend {
  const themeMean = (cell: { themes: ReadonlyArray<{ themeId: string; mean: number | null }> } | null, id: string) =>
    cell?.themes.find((t) => t.themeId === id)?.mean ?? null;
  const names: string[] = [];
  for (const round of rounds) {
    for (const g of round.results?.groups ?? []) {
      const name = g.group.name;
      if (!names.includes(name)) names.push(name);
    }
  }
  return {
    rounds: rounds.map((r) => ({ number: r.number, closed: r.results !== null })),
    overall: themeIds.map((themeId) => ({
      themeId,
      means: rounds.map((r) => themeMean(r.results?.overall ?? null, themeId)),
    })),
    groups: names.map((name) => ({
      name,
      themes: themeIds.map((themeId) => ({
        themeId,
        means: rounds.map((r) => {
          const shown = r.results?.groups.find((g) => g.group.name === name);
          return shown?.shown ? themeMean(shown.cell, themeId) : null;
        }),
      })),
    })),
  };
}

/** A theme's figure in two rounds and the change between them (null where either round has none). */
export interface ThemeMove {
  themeId: string;
  before: number | null;
  after: number | null;
  change: number | null;
}

export interface TrendMoves {
  /** The numbers of the two rounds compared: the latest closed round and the closed round before it. */
  from: number;
  to: number;
  overall: ThemeMove[];
  /** Only the groups shown in both rounds; a group hidden in either (below the threshold) is left out. */
  groups: Array<{ name: string; themes: ThemeMove[] }>;
}

/**
 * What moved between the latest two closed rounds (docs/method.md, "Year on year"), theme by theme, for all
 * stakeholders and for each group both rounds show: only figures the trend already holds, so nothing a round's
 * results hid. Null until two rounds are closed.
 */
export function trendMoves(trend: RoundTrend): TrendMoves | null {
  const closed = trend.rounds.flatMap((r, i) => (r.closed ? [i] : []));
  if (closed.length < 2) return null;
  const [a, b] = closed.slice(-2) as [number, number];
  const move = (themeId: string, means: ReadonlyArray<number | null>): ThemeMove => {
    const before = means[a] ?? null;
    const after = means[b] ?? null;
    const change = before === null || after === null ? null : Math.round((after - before) * 10) / 10;
    return { themeId, before, after, change };
  };
  const shownIn = (themes: RoundTrend["groups"][number]["themes"], at: number) =>
    themes.some((t) => t.means[at] !== null && t.means[at] !== undefined);
  return {
    from: trend.rounds[a]!.number,
    to: trend.rounds[b]!.number,
    overall: trend.overall.map((t) => move(t.themeId, t.means)),
    groups: trend.groups
      .filter((g) => shownIn(g.themes, a) && shownIn(g.themes, b))
      .map((g) => ({ name: g.name, themes: g.themes.map((t) => move(t.themeId, t.means)) })),
  };
}
