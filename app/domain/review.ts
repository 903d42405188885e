/**
 * The joint review (issue 19; docs/method.md, "The joint review"): after both
 * sides have submitted, they meet and record an outcome for each flag of the
 * report: an agreed position (with the clause wording they agreed), still
 * open, or a risk accepted. An outcome stands once both sides have confirmed
 * it. The revised verdict is the same engine (report.ts) run again on the
 * answers as agreed: it never replaces the original report, which is built
 * from the answers as submitted and is not touched here.
 */
import { buildReport, type Boards, type Report } from "./report";
import { flagKey, type Flag } from "./flags";
import { VERDICT_LABELS } from "./scoring";
import type { VerdictCode } from "./method";
import {
  SIDES,
  type Answer,
  type FactDefinition,
  type FactId,
  type Facts,
  type Position,
  type Questionnaire,
  type Side,
  type SideAnswers,
} from "./types";

export const REVIEW_KINDS = ["agreed", "open", "accepted"] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

export const REVIEW_KIND_LABELS: Readonly<Record<ReviewKind, string>> = {
  agreed: "Agreed",
  open: "Still open",
  accepted: "Risk accepted",
};

/** Who carries an accepted risk. */
export const ACCEPTERS = ["vcs", "prime", "both"] as const;
export type Accepter = (typeof ACCEPTERS)[number];

/** Wording, reasons: long enough for a clause, short enough for a line of heads of terms. */
export const REVIEW_TEXT_MAX = 1000;

/** What one side proposes for a flag. */
export interface ReviewProposal {
  kind: ReviewKind;
  /** Agreed, on a flag about a question: the position on the common axis both sides will sign up to. */
  position?: Position | undefined;
  /** Agreed, on a flag raised by the figures: the figures both sides will sign up to (some of the flag's own). */
  figures?: Facts | undefined;
  /** Agreed: the clause wording. Open: what is still to settle. */
  wording?: string | undefined;
  /** Accepted: why the risk is accepted (required). Open: why it stays open. */
  reason?: string | undefined;
  /** Accepted: who carries the risk (the proposer's side unless given). */
  acceptedBy?: Accepter | undefined;
}

/** A proposal as it stands for a flag, and whether the other side has confirmed it. */
export interface ReviewOutcome extends ReviewProposal {
  flagKey: string;
  /** The side that proposed it as it stands. */
  by: Side;
  proposedAt: Date;
  /** Counts the proposals made for the flag: a confirmation names the one it confirms. */
  revision: number;
  confirmedAt: Date | null;
}

export const otherSide = (side: Side): Side => (side === "vcs" ? "prime" : "vcs");

/** An outcome both sides stand behind: proposed by one, confirmed by the other. */
export const isConfirmed = (outcome: Pick<ReviewOutcome, "confirmedAt">) => outcome.confirmedAt !== null;

export interface ProposalError {
  path: string;
  message: string;
}

/**
 * What is wrong with a proposal for this flag of this report, in plain words (empty when nothing is). The
 * shape of the fields has been checked already (forms/review-schemas.server.ts); these are the rules that need
 * the flag: a position only for a flag about a question, figures only the flag's own and within their limits,
 * and one agreed position per question and one agreed value per figure across the whole review.
 */
export function proposalErrors(
  questionnaire: Questionnaire,
  flag: Pick<Flag, "code" | "itemIds" | "factIds" | "side">,
  proposal: ReviewProposal,
  others: readonly ReviewOutcome[],
): ProposalError[] {
  const errors: ProposalError[] = [];
  const key = flagKey(flag);
  const aboutQuestion = flag.itemIds.length > 0;
  if (proposal.kind !== "agreed") {
    if (proposal.position !== undefined) {
      errors.push({ path: "position", message: "Only an agreed outcome sets a position" });
    }
    if (proposal.figures !== undefined) {
      errors.push({ path: "figures", message: "Only an agreed outcome sets figures" });
    }
  }
  if (proposal.kind === "accepted" && !proposal.reason) {
    errors.push({ path: "reason", message: "Say why the risk is accepted" });
  }
  if (proposal.kind !== "accepted" && proposal.acceptedBy !== undefined) {
    errors.push({ path: "acceptedBy", message: "Only an accepted risk names who carries it" });
  }
  if (proposal.kind !== "agreed") return errors;
  if (aboutQuestion) {
    if (proposal.figures !== undefined) {
      errors.push({ path: "figures", message: "This flag is about a question: agree a position, not figures" });
    }
    if (proposal.position === undefined) {
      errors.push({ path: "position", message: "Choose the position both sides agreed" });
      return errors;
    }
    for (const other of others) {
      if (other.flagKey === key || other.kind !== "agreed" || other.position === undefined) continue;
      const shared = itemIdsOfKey(other.flagKey).some((id) => flag.itemIds.includes(id));
      if (shared && other.position !== proposal.position) {
        errors.push({
          path: "position",
          message: `This question already has position ${other.position} agreed under another flag: one question has one agreed position`,
        });
        break;
      }
    }
    return errors;
  }
  if (proposal.position !== undefined) {
    errors.push({ path: "position", message: "This flag is raised by the figures: agree figures, not a position" });
  }
  const figures = Object.entries(proposal.figures ?? {}) as Array<[FactId, number]>;
  if (figures.length === 0) {
    errors.push({ path: "figures", message: "Give at least one of the figures both sides agreed" });
    return errors;
  }
  const definitions = new Map<string, FactDefinition>(questionnaire.facts.map((f) => [f.id, f]));
  for (const [id, value] of figures) {
    const fact = definitions.get(id);
    if (!fact || !flag.factIds.includes(id)) {
      errors.push({ path: `figures.${id}`, message: "This figure is not one this flag reads" });
      continue;
    }
    if (value < fact.min || value > fact.max || (fact.integer && !Number.isInteger(value))) {
      errors.push({
        path: `figures.${id}`,
        message: `${fact.label}: enter ${fact.integer ? "a whole number" : "a number"} from ${fact.min} to ${fact.max}`,
      });
      continue;
    }
    for (const other of others) {
      const agreed = other.flagKey !== key && other.kind === "agreed" ? other.figures?.[id] : undefined;
      if (agreed !== undefined && agreed !== value) {
        errors.push({
          path: `figures.${id}`,
          message: `${fact.label} is already agreed as ${agreed} under another flag: one figure has one agreed value`,
        });
        break;
      }
    }
  }
  return errors;
}

/** The item ids in a flag key ("CODE:item-a+item-b:facts[:side]"; see flagKey). */
export function itemIdsOfKey(key: string): string[] {
  const items = key.split(":")[1] ?? "";
  return items ? items.split("+") : [];
}

/** The answer both sides give once they have agreed a position: that position alone, as preferred and acceptable. */
function agreedAnswer(answer: Answer, position: Position): Answer {
  return { ...answer, preferred: position, acceptable: { min: position, max: position } };
}

/**
 * The two sides' answers as the confirmed agreements leave them: each agreed question at its agreed position for
 * both, each agreed figure at its agreed value (on the side that gives it). New objects throughout: the answers
 * as submitted, and so the original report, are left exactly as they were.
 */
export function agreedAnswers(
  questionnaire: Questionnaire,
  vcs: SideAnswers,
  prime: SideAnswers,
  confirmed: readonly ReviewOutcome[],
): { vcs: SideAnswers; prime: SideAnswers; agreedItems: Set<string> } {
  const answers: Record<Side, Partial<Record<string, Answer>>> = {
    vcs: { ...vcs.answers },
    prime: { ...prime.answers },
  };
  const facts: Record<Side, Facts> = { vcs: { ...vcs.facts }, prime: { ...prime.facts } };
  const sideOfFact = new Map<string, Side>(questionnaire.facts.map((f) => [f.id, f.side]));
  const agreedItems = new Set<string>();
  for (const outcome of confirmed) {
    if (outcome.kind !== "agreed") continue;
    if (outcome.position !== undefined) {
      for (const itemId of itemIdsOfKey(outcome.flagKey)) {
        for (const side of SIDES) {
          const given = answers[side][itemId];
          if (given) answers[side][itemId] = agreedAnswer(given, outcome.position);
        }
        agreedItems.add(itemId);
      }
    }
    for (const [id, value] of Object.entries(outcome.figures ?? {}) as Array<[FactId, number]>) {
      const side = sideOfFact.get(id);
      if (side && typeof value === "number") facts[side][id] = value;
    }
  }
  const agreedFacts = new Set(confirmed.flatMap((o) => (o.kind === "agreed" ? Object.keys(o.figures ?? {}) : [])));
  const side = (s: Side, given: SideAnswers): SideAnswers => ({
    ...given,
    answers: answers[s],
    facts: facts[s],
    // A figure both sides agreed is one both know: it is no longer shared as a finding only.
    ...(given.findingOnlyFacts
      ? { findingOnlyFacts: given.findingOnlyFacts.filter((id) => !agreedFacts.has(id)) }
      : {}),
  });
  return { vcs: side("vcs", vcs), prime: side("prime", prime), agreedItems };
}

/** What became of a revised report's flag. */
export type RevisedFlagStatus =
  /** No outcome both sides confirmed: still to settle. */
  | "open"
  /** Both sides confirmed the flag stays open. */
  | "agreed-open"
  /** Both sides accepted the risk: it stays, and caps the verdict as before. */
  | "accepted"
  /** Both sides agreed an outcome, but the engine still raises the flag from what they agreed. */
  | "still-raised"
  /** Not in the original report: raised by what the two sides agreed (an unsafe agreement, say). */
  | "new";

export interface RevisedFlag {
  key: string;
  flag: Flag;
  status: RevisedFlagStatus;
}

/** A flag of the original report that the revised one no longer raises. */
export interface ClearedFlag {
  key: string;
  flag: Flag;
  /** "agreed": its own agreement cleared it; "with-another": an agreement on another flag did. */
  how: "agreed" | "with-another";
}

export interface RevisedReport {
  /** The engine's report on the answers as agreed (the same engine and method as the original). */
  report: Report;
  before: { code: VerdictCode; label: string; overall: number };
  after: { code: VerdictCode; label: string; overall: number };
  /** Every flag the revised report raises, with what became of it. */
  flags: RevisedFlag[];
  /** The original report's flags the revised one no longer raises. */
  cleared: ClearedFlag[];
  /** Why the revised verdict is what it is, saying so when an open or accepted dealbreaker holds it at red lines. */
  why: string;
  /** How many of the original flags have an outcome both sides confirmed, of how many. */
  settled: { confirmed: number; of: number };
}

/**
 * The revised verdict: the same engine, from the answers as the confirmed agreements leave them. An agreement
 * that clears a dealbreaker drops it; a dealbreaker left open or accepted as a risk is still raised, so the
 * verdict stays at red lines, and `why` says which. Board spreads (issue 16) are passed on, less the questions
 * both sides agreed (the side's lead has confirmed a position for the side).
 */
export function reviseReport(
  questionnaire: Questionnaire,
  vcs: SideAnswers,
  prime: SideAnswers,
  original: Pick<Report, "verdict" | "overall" | "flags">,
  outcomes: readonly ReviewOutcome[],
  boards?: Boards,
): RevisedReport {
  const keys = new Set(original.flags.map((f) => flagKey(f)));
  const confirmed = outcomes.filter((o) => isConfirmed(o) && keys.has(o.flagKey));
  const byKey = new Map(confirmed.map((o) => [o.flagKey, o]));
  const agreed = agreedAnswers(questionnaire, vcs, prime, confirmed);
  const report = buildReport(questionnaire, agreed.vcs, agreed.prime, boardsLess(boards, agreed.agreedItems));
  const flags: RevisedFlag[] = report.flags.map((flag) => {
    const key = flagKey(flag);
    const outcome = byKey.get(key);
    const status: RevisedFlagStatus = !keys.has(key)
      ? "new"
      : !outcome
        ? "open"
        : outcome.kind === "accepted"
          ? "accepted"
          : outcome.kind === "open"
            ? "agreed-open"
            : "still-raised";
    return { key, flag, status };
  });
  const raised = new Set(flags.map((f) => f.key));
  const cleared: ClearedFlag[] = original.flags
    .filter((flag) => !raised.has(flagKey(flag)))
    .map((flag) => {
      const key = flagKey(flag);
      return { key, flag, how: byKey.get(key)?.kind === "agreed" ? "agreed" : "with-another" };
    });
  return {
    report,
    before: { code: original.verdict.code, label: original.verdict.label, overall: original.overall },
    after: { code: report.verdict.code, label: VERDICT_LABELS[report.verdict.code], overall: report.overall },
    flags,
    cleared,
    why: revisedWhy(report, flags),
    settled: { confirmed: confirmed.length, of: original.flags.length },
  };
}

/** The spreads less the questions both sides agreed a position on. */
function boardsLess(boards: Boards | undefined, agreedItems: ReadonlySet<string>): Boards | undefined {
  if (!boards || agreedItems.size === 0) return boards;
  const out: Boards = {};
  for (const side of SIDES) {
    const spread = boards[side];
    if (!spread) continue;
    const items = Object.fromEntries(Object.entries(spread.items).filter(([id]) => !agreedItems.has(id)));
    out[side] = { ...spread, items };
  }
  return out;
}

const DEALBREAKER_HOLD: Readonly<Record<Exclude<RevisedFlagStatus, "new">, string>> = {
  open: "still open",
  "agreed-open": "agreed to stay open",
  accepted: "accepted as a risk, not resolved",
  "still-raised": "still raised by what was agreed",
};

/**
 * The revised report's one-line why, and when dealbreakers hold it at red lines, what became of each: a
 * dealbreaker accepted as a risk is named as such, so no board reads "accepted" as "resolved".
 */
function revisedWhy(report: Report, flags: readonly RevisedFlag[]): string {
  const holding = flags.filter((f) => f.flag.severity === "dealbreaker");
  if (report.verdict.code !== "RED_LINES" || holding.length === 0) return report.why;
  const parts = holding.map((f) =>
    f.status === "new"
      ? `${f.flag.title} (raised by what was agreed)`
      : `${f.flag.title} (${DEALBREAKER_HOLD[f.status]})`,
  );
  return `Still red lines in conflict: ${[...new Set(parts)].join("; ")}.`;
}

/** One flag of the report with its proposal, if any. */
export interface ReviewEntry {
  key: string;
  flag: Flag;
  outcome: ReviewOutcome | null;
}

export interface JointReview {
  entries: ReviewEntry[];
  /** All outcomes of the report's flags, by key (for proposalErrors). */
  outcomes: ReviewOutcome[];
  revised: RevisedReport;
}
