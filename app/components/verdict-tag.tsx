import type { VerdictCode } from "~/domain/method";
import { VERDICT_LABELS } from "~/domain/scoring";

const VERDICT_TAG: Readonly<Record<VerdictCode, string>> = {
  RED_LINES: "tag tag--red",
  STRONG: "tag tag--green",
  WORKABLE: "tag tag--yellow",
  WEAK: "tag tag--orange",
};

/** A candidate's verdict in the report's own words (app/domain/scoring.ts, VERDICT_LABELS), as a tag. */
export function VerdictTag({ verdict }: { verdict: string }) {
  const known = verdict in VERDICT_LABELS ? (verdict as VerdictCode) : null;
  return (
    <strong className={`${known ? VERDICT_TAG[known] : "tag tag--grey"} verdict-tag`}>
      {known ? VERDICT_LABELS[known] : verdict}
    </strong>
  );
}
