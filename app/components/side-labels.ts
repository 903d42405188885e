import type { Side } from "~/domain/types";

/** How the pages name each side's role. */
export const SIDE_LABELS: Record<Side, { the: string; short: string }> = {
  vcs: { the: "the voluntary or community organisation", short: "organisation" },
  prime: { the: "the prime contractor", short: "prime contractor" },
};
