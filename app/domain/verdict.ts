/**
 * The verdict and why. Any dealbreaker means RED_LINES whatever the score;
 * otherwise the overall score's band, lowered by each cap the method sets
 * (docs/method.md, "The verdict"). The reason is the cap that set the final
 * verdict, so every report can say in one line why its verdict is what it is.
 */
import type { Band, Method, VerdictCode } from "./method";
import { BAND_RANK, bandOf } from "./scoring";

export type VerdictReason =
  | { kind: "dealbreakers"; count: number }
  | { kind: "band"; score: number }
  | { kind: "critical"; dimensionId: string; title: string; score: number }
  | { kind: "serious"; count: number }
  | { kind: "many-serious"; count: number }
  | { kind: "viability"; count: number }
  | { kind: "edge"; dimensionId: string; title: string; count: number };

export interface SectionSummary {
  id: string;
  title: string;
  critical: boolean;
  score: number | null;
  /** Agreements in this section only at the edge of a side's range. */
  edgeAgreements: number;
}

export interface VerdictInput {
  overall: number;
  sections: readonly SectionSummary[];
  dealbreakers: number;
  serious: number;
  viabilityBreaches: number;
}

export interface Verdict {
  code: VerdictCode;
  reason: VerdictReason;
  /** Other caps that hold the verdict at the same level (for the method note). */
  alsoHolding: VerdictReason[];
}

export function decideVerdict(method: Method, input: VerdictInput): Verdict {
  if (input.dealbreakers > 0) {
    return { code: "RED_LINES", reason: { kind: "dealbreakers", count: input.dealbreakers }, alsoHolding: [] };
  }
  let code: Band = bandOf(method, input.overall);
  let reason: VerdictReason = { kind: "band", score: input.overall };
  let alsoHolding: VerdictReason[] = [];
  const cap = (band: Band, why: VerdictReason) => {
    if (BAND_RANK[band] < BAND_RANK[code]) {
      code = band;
      reason = why;
      alsoHolding = [];
    } else if (band === code && reason.kind !== "band") {
      alsoHolding.push(why);
    }
  };
  const { caps } = method;
  if (caps.serious && input.serious > 0) cap(caps.serious, { kind: "serious", count: input.serious });
  for (const section of input.sections) {
    if (!section.critical || section.score === null) continue;
    cap(bandOf(method, section.score), {
      kind: "critical",
      dimensionId: section.id,
      title: section.title,
      score: section.score,
    });
    if (caps.edgeInCritical && section.edgeAgreements >= caps.edgeInCritical.count) {
      cap(caps.edgeInCritical.cap, {
        kind: "edge",
        dimensionId: section.id,
        title: section.title,
        count: section.edgeAgreements,
      });
    }
  }
  // Viability before "many serious": when both hold, the figures are the plainer reason to give a board.
  if (caps.viability && input.viabilityBreaches > 0) {
    cap(caps.viability, { kind: "viability", count: input.viabilityBreaches });
  }
  if (caps.manySerious && input.serious >= caps.manySerious.count) {
    cap(caps.manySerious.cap, { kind: "many-serious", count: input.serious });
  }
  return { code, reason, alsoHolding };
}

const BAND_WORD: Readonly<Record<Band, string>> = { STRONG: "strong", WORKABLE: "workable", WEAK: "weak" };
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const listed = (titles: readonly string[] | undefined) =>
  titles?.length ? ` (${[...new Set(titles)].join("; ")})` : "";

/** The titles of the flags a reason counts, when the caller has them (the report does; ranking does not). */
export interface WhyTitles {
  dealbreakers?: readonly string[];
  viability?: readonly string[];
}

/** "Why this verdict", in one line: the cap that set it, and any other that holds it at the same level. */
export function whyText(verdict: Verdict, titles: WhyTitles = {}): string {
  const r = verdict.reason;
  switch (r.kind) {
    case "dealbreakers":
      return titles.dealbreakers?.length
        ? `Red lines in conflict: ${[...new Set(titles.dealbreakers)].join("; ")}.`
        : `${plural(r.count, "red line is", "red lines are")} in conflict.`;
    case "band":
      return `Overall alignment ${r.score} out of 100 is in the ${BAND_WORD[verdict.code as Band]} band, and nothing caps it.`;
    default: {
      const also = verdict.alsoHolding.map((x) => shortReason(x, titles));
      return `${capitalised(shortReason(r, titles))}${also.length ? `; also ${also.join("; ")}` : ""}.`;
    }
  }
}

function shortReason(r: VerdictReason, titles: WhyTitles): string {
  switch (r.kind) {
    case "critical":
      return `capped by ${r.title} at ${r.score}`;
    case "serious":
      return `capped at workable by ${plural(r.count, "serious flag", "serious flags")} to settle first`;
    case "many-serious":
      return `capped at weak by ${r.count} serious flags`;
    case "viability":
      return `capped at weak: ${plural(r.count, "figure breaches", "figures breach")} the organisation's viability${listed(titles.viability)}`;
    case "edge":
      return `capped by ${r.title}: ${r.count} agreements only at the edge of what a side can accept`;
    case "dealbreakers":
      return plural(r.count, "red line in conflict", "red lines in conflict");
    case "band":
      return `overall alignment ${r.score}`;
  }
}
