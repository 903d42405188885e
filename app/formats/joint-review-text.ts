/**
 * The joint review in words (issue 19), for its pages, the report and the board paper: each flag's status as
 * the reader sees it, what stands in the reader's own side's wording, and the revised verdict's panel. Loaders
 * send only these views, never the revised report itself (a whole second report). Pure and safe for the browser.
 */
import { groupFlags } from "~/domain/flag-groups";
import type { Flag } from "~/domain/flags";
import type { VerdictCode } from "~/domain/method";
import {
  REVIEW_KIND_LABELS,
  isConfirmed,
  otherSide,
  type JointReview,
  type ReviewEntry,
  type ReviewKind,
  type ReviewOutcome,
  type RevisedFlagStatus,
  type RevisedReport,
} from "~/domain/review";
import type { FactId, PositionItem, Questionnaire, Severity, Side } from "~/domain/types";
import { factValueText, positionText } from "./answer-text";

export type ReviewStatusCode = "none" | "waiting-other" | "waiting-you" | "agreed" | "open" | "accepted";

export interface ReviewStatus {
  code: ReviewStatusCode;
  text: string;
}

/** The two sides' names, for "Waiting for … to confirm". */
export type SideNames = Readonly<Record<Side, string>>;

/** A flag's status for a reader: a side (`viewer`) or the owner (null). */
export function reviewStatus(outcome: ReviewOutcome | null, viewer: Side | null, names: SideNames): ReviewStatus {
  if (!outcome) return { code: "none", text: "Not discussed yet" };
  if (isConfirmed(outcome)) {
    if (outcome.kind === "agreed") return { code: "agreed", text: "Agreed by both" };
    if (outcome.kind === "open") return { code: "open", text: "Still open (agreed by both)" };
    return { code: "accepted", text: "Risk accepted by both" };
  }
  const confirmer = otherSide(outcome.by);
  if (viewer === confirmer) return { code: "waiting-you", text: "Waiting for you to confirm" };
  return { code: "waiting-other", text: `Waiting for ${names[confirmer]} to confirm` };
}

export const ACCEPTER_LABELS = { vcs: "The organisation", prime: "The prime contractor", both: "Both" } as const;

/** What stands for a flag, in the reader's wording: the kind, then a line for each thing the proposal says. */
export interface StandingView {
  kind: ReviewKind;
  kindLabel: string;
  lines: Array<{ label: string; text: string }>;
  proposedBy: string;
  /** The proposer is the reader's own side. */
  ownProposal: boolean;
  confirmed: boolean;
  revision: number;
}

export function itemOf(questionnaire: Questionnaire, itemId: string): PositionItem | undefined {
  for (const d of questionnaire.dimensions) for (const item of d.items) if (item.id === itemId) return item;
  return undefined;
}

export function standingView(
  questionnaire: Questionnaire,
  flag: Pick<Flag, "itemIds">,
  outcome: ReviewOutcome,
  viewer: Side | null,
  names: SideNames,
): StandingView {
  const wordingSide = viewer ?? "vcs";
  const lines: StandingView["lines"] = [];
  const item = flag.itemIds[0] ? itemOf(questionnaire, flag.itemIds[0]) : undefined;
  if (outcome.position !== undefined) {
    lines.push({
      label: "Agreed position",
      text: item ? positionText(item, wordingSide, outcome.position) : String(outcome.position),
    });
  }
  for (const [id, value] of Object.entries(outcome.figures ?? {}) as Array<[FactId, number]>) {
    const fact = questionnaire.facts.find((f) => f.id === id);
    lines.push({ label: fact?.label ?? id, text: fact ? factValueText(value, fact.unit) : String(value) });
  }
  if (outcome.wording) lines.push({ label: "Clause wording", text: outcome.wording });
  if (outcome.kind === "accepted") {
    lines.push({ label: "Who carries the risk", text: ACCEPTER_LABELS[outcome.acceptedBy ?? outcome.by] });
    if (outcome.reason) lines.push({ label: "Why the risk is accepted", text: outcome.reason });
  } else if (outcome.reason) {
    lines.push({ label: "What is still to settle", text: outcome.reason });
  }
  return {
    kind: outcome.kind,
    kindLabel: REVIEW_KIND_LABELS[outcome.kind],
    lines,
    proposedBy: names[outcome.by],
    ownProposal: viewer === outcome.by,
    confirmed: isConfirmed(outcome),
    revision: outcome.revision,
  };
}

/** One flag of the list page. */
export interface ReviewEntryView {
  key: string;
  title: string;
  severity: Severity;
  /** The question's wording (the organisation's, as the report words it), or null for a flag about figures. */
  prompt: string | null;
  /** What a figure flag found. */
  finding: string | null;
  status: ReviewStatus;
  standing: StandingView | null;
  /** The reader may confirm what stands (the other side proposed it, and it is unconfirmed). */
  canConfirm: boolean;
}

export interface ReviewGroupView {
  title: string;
  severity: Severity;
  explanation: string;
  entries: ReviewEntryView[];
}

/** The review's flags grouped as the report groups them (reportIssues), each with its status for the reader. */
export function reviewGroups(
  questionnaire: Questionnaire,
  review: Pick<JointReview, "entries">,
  viewer: Side | null,
  names: SideNames,
): ReviewGroupView[] {
  const prompts = new Map(questionnaire.dimensions.flatMap((d) => d.items.map((i) => [i.id, i.prompt.vcs] as const)));
  const byKey = new Map<string, ReviewEntry>(review.entries.map((e) => [e.key, e]));
  return groupFlags(
    review.entries.map((e) => e.flag),
    (id) => prompts.get(id),
  ).map((group) => ({
    title: group.title,
    severity: group.severity,
    explanation: group.explanation,
    entries: group.flags.map((f) => {
      const entry = byKey.get(f.key)!;
      const outcome = entry.outcome;
      return {
        key: f.key,
        title: entry.flag.title,
        severity: f.severity,
        prompt: f.finding === null ? f.prompt : null,
        finding: f.finding,
        status: reviewStatus(outcome, viewer, names),
        standing: outcome ? standingView(questionnaire, entry.flag, outcome, viewer, names) : null,
        canConfirm: viewer !== null && outcome !== null && !isConfirmed(outcome) && outcome.by !== viewer,
      };
    }),
  }));
}

/** A flag named in the revised verdict's panel: its title and, for a question, the question. */
export interface PanelFlag {
  key: string;
  title: string;
  severity: Severity;
  prompt: string | null;
}

/** What the panel "Before and after the joint review" shows. */
export interface RevisedVerdictView {
  before: { code: VerdictCode; label: string; overall: number };
  after: { code: VerdictCode; label: string; overall: number };
  why: string;
  settled: { confirmed: number; of: number };
  /** Still raised, by what became of them. */
  stillOpen: Array<{ status: RevisedFlagStatus; label: string; flags: PanelFlag[] }>;
  cleared: Array<PanelFlag & { how: "agreed" | "with-another" }>;
}

const STILL_OPEN_LABELS: ReadonlyArray<[RevisedFlagStatus, string]> = [
  ["open", "Not settled yet"],
  ["agreed-open", "Agreed to stay open"],
  ["accepted", "Risk accepted (not resolved)"],
  ["still-raised", "Agreed, but what was agreed still raises the flag"],
  ["new", "Raised by what was agreed"],
];

export function revisedVerdictView(questionnaire: Questionnaire, revised: RevisedReport): RevisedVerdictView {
  const prompts = new Map(questionnaire.dimensions.flatMap((d) => d.items.map((i) => [i.id, i.prompt.vcs] as const)));
  const panelFlag = (key: string, flag: Flag): PanelFlag => ({
    key,
    title: flag.title,
    severity: flag.severity,
    prompt: flag.itemIds[0] && flag.factIds.length === 0 ? (prompts.get(flag.itemIds[0]) ?? null) : null,
  });
  return {
    before: revised.before,
    after: revised.after,
    why: revised.why,
    settled: revised.settled,
    stillOpen: STILL_OPEN_LABELS.map(([status, label]) => ({
      status,
      label,
      flags: revised.flags.filter((f) => f.status === status).map((f) => panelFlag(f.key, f.flag)),
    })).filter((g) => g.flags.length > 0),
    cleared: revised.cleared.map((c) => ({ ...panelFlag(c.key, c.flag), how: c.how })),
  };
}

/** The panel once the review has any outcome both sides confirmed; null before. */
export function revisedVerdictOf(
  questionnaire: Questionnaire,
  review: Pick<JointReview, "revised"> | null,
): RevisedVerdictView | null {
  if (!review || review.revised.settled.confirmed === 0) return null;
  return revisedVerdictView(questionnaire, review.revised);
}
