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
}

export interface VerdictInput {
  overall: number;
  sections: readonly SectionSummary[];
  /** Per section, in the same order: agreements only at the edge of a side's range. */
  edgeAgreements: readonly number[];
  dealbreakers: number;
  serious: number;
  /** Serious flags in critical sections, raised by figures, or unsafe agreements (counted by "many serious"). */
  weightySerious?: number;
  viabilityBreaches: number;
}

export interface Verdict {
  code: VerdictCode;
  reason: VerdictReason;
  /** Other caps that hold the verdict at the same level (for the method note). */
  alsoHolding: VerdictReason[];
}

interface Deciding {
  code: Band;
  reason: VerdictReason;
  alsoHolding: VerdictReason[];
}

/** How a cap at `band` bears on the verdict so far: 1 lowers it, 2 holds it at the same level, 0 neither. */
function bearing(state: Deciding, band: Band): 0 | 1 | 2 {
  if (BAND_RANK[band] < BAND_RANK[state.code]) return 1;
  // Nothing can hold a verdict at the top band: only caps below it hold.
  return band === state.code && band !== "STRONG" ? 2 : 0;
}

function apply(state: Deciding, band: Band, how: 1 | 2, why: VerdictReason): void {
  if (how === 1) {
    state.code = band;
    state.reason = why;
    state.alsoHolding = [];
  } else {
    state.alsoHolding.push(why);
  }
}

export function decideVerdict(method: Method, input: VerdictInput): Verdict {
  if (input.dealbreakers > 0) {
    return { code: "RED_LINES", reason: { kind: "dealbreakers", count: input.dealbreakers }, alsoHolding: [] };
  }
  const state: Deciding = {
    code: bandOf(method, input.overall),
    reason: { kind: "band", score: input.overall },
    alsoHolding: [],
  };
  const { caps } = method;
  // Each reason is built only when its cap bears on the verdict: this runs for every check ranked.
  let how: 0 | 1 | 2;
  if (caps.serious && input.serious > 0 && (how = bearing(state, caps.serious))) {
    apply(state, caps.serious, how, { kind: "serious", count: input.serious });
  }
  for (let n = 0; n < input.sections.length; n++) {
    const section = input.sections[n]!;
    const edgeAgreements = input.edgeAgreements[n] ?? 0;
    if (!section.critical || section.score === null) continue;
    const band = bandOf(method, section.score);
    if ((how = bearing(state, band))) {
      apply(state, band, how, {
        kind: "critical",
        dimensionId: section.id,
        title: section.title,
        score: section.score,
      });
    }
    const edge = caps.edgeInCritical;
    if (edge && edgeAgreements >= edge.count && (how = bearing(state, edge.cap))) {
      apply(state, edge.cap, how, {
        kind: "edge",
        dimensionId: section.id,
        title: section.title,
        count: edgeAgreements,
      });
    }
  }
  // Viability before "many serious": when both hold, the figures are the plainer reason to give a board.
  if (caps.viability && input.viabilityBreaches > 0 && (how = bearing(state, caps.viability))) {
    apply(state, caps.viability, how, { kind: "viability", count: input.viabilityBreaches });
  }
  const many = caps.manySerious;
  const weighty = input.weightySerious ?? input.serious;
  if (many && weighty >= many.count && (how = bearing(state, many.cap))) {
    apply(state, many.cap, how, { kind: "many-serious", count: weighty });
  }
  return state;
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
export function whyText(verdict: Verdict, bands: Method["bands"], titles: WhyTitles = {}): string {
  const r = verdict.reason;
  const also = alsoText(verdict, titles);
  switch (r.kind) {
    case "dealbreakers":
      return titles.dealbreakers?.length
        ? `Red lines in conflict: ${[...new Set(titles.dealbreakers)].join("; ")}.`
        : `${plural(r.count, "red line is", "red lines are")} in conflict.`;
    case "band": {
      const band = verdict.code as Band;
      const where =
        band === "STRONG"
          ? `${bands.STRONG} or more`
          : band === "WORKABLE"
            ? `${bands.WORKABLE} to ${bands.STRONG}`
            : `below ${bands.WORKABLE}`;
      const start = `Overall alignment ${r.score} out of 100 is in the ${BAND_WORD[band]} band (${where})`;
      if (also.length) return `${start}; also ${also.join("; ")}.`;
      return band === "STRONG" ? `${start}, and no flag or section holds it back.` : `${start}.`;
    }
    default:
      return `${capitalised(shortReason(r, titles))}${also.length ? `; also ${also.join("; ")}` : ""}.`;
  }
}

/** The other caps holding the verdict, with three or more critical sections in one phrase. */
function alsoText(verdict: Verdict, titles: WhyTitles): string[] {
  const critical = verdict.alsoHolding.filter((r) => r.kind === "critical");
  if (critical.length < 3) return verdict.alsoHolding.map((x) => shortReason(x, titles));
  const lowest = critical.reduce((low, r) => (r.score < low.score ? r : low));
  return [
    `${critical.length} critical sections are in the same band (lowest: ${lowest.title} at ${lowest.score})`,
    ...verdict.alsoHolding.filter((r) => r.kind !== "critical").map((x) => shortReason(x, titles)),
  ];
}

function shortReason(r: VerdictReason, titles: WhyTitles): string {
  switch (r.kind) {
    case "critical":
      return `capped by ${r.title} at ${r.score}`;
    case "serious":
      return `capped at workable by ${plural(r.count, "serious flag", "serious flags")} to settle first`;
    case "many-serious":
      return `capped at weak by ${r.count} serious flags in critical sections or the figures`;
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

/**
 * Method v2's advice follows the reason, not only the verdict: a weak verdict
 * reached through the figures says the figures do not work, not that the two
 * sides want different partnerships. Null: the verdict's general advice holds.
 */
export function adviceFor(verdict: Verdict): string | null {
  switch (verdict.reason.kind) {
    case "viability":
      return "Weak, whatever the answers: the figures do not work for the organisation. Do not proceed unless the money, volume or notice terms change in writing.";
    case "many-serious":
      return "Weak for now: too many serious terms are unsettled for this to be a safe partnership. Proceed only if they are resolved in writing before you sign.";
    case "serious":
      return "Workable only once the serious flags below are settled in writing: the two sides are close, but something must be negotiated before you commit.";
    case "edge":
      return "Workable, but fragile: in a critical section the two sides meet only at the limit of what one of them can accept. Test those terms hard before you commit.";
    case "critical":
      return verdict.code === "WEAK"
        ? `Weak: the two sides are far apart on ${verdict.reason.title.toLowerCase()}. Proceed only if that gap can be closed.`
        : null;
    default:
      return null;
  }
}
