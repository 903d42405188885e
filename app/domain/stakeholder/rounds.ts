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
