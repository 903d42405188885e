/**
 * Check-ups (issue 19; docs/method.md, "Check-ups"): a completed check can be followed by a new round, at six or
 * twelve months or at a renewal, which each side answers again from its answers in the round before.
 */

export const OCCASIONS = ["6-months", "12-months", "renewal"] as const;
export type Occasion = (typeof OCCASIONS)[number];

export const OCCASION_LABELS: Readonly<Record<Occasion, string>> = {
  "6-months": "Six months in",
  "12-months": "Twelve months in",
  renewal: "At renewal",
};

/** "Round 2 (twelve months in)", or "Round 1" for the check the rounds started from. */
export function roundName(number: number, occasion: Occasion | null): string {
  return occasion ? `Round ${number} (${OCCASION_LABELS[occasion].toLowerCase()})` : `Round ${number}`;
}

/** A neighbouring round, and where this browser opens it (null when it holds no role there). */
export interface RoundNeighbour {
  name: string;
  href: string | null;
}

/** Where a check sits among its rounds, as one role sees it: for the top of its home pages. */
export interface RoundPlace {
  number: number;
  name: string;
  previous: RoundNeighbour | null;
  next: RoundNeighbour | null;
  roundsHref: string;
}
