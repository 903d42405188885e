/**
 * Check-ups (issue 19; docs/method.md, "Check-ups"): one round of a check against the one before, and the section
 * scores of a whole chain of rounds for its chart. Each round keeps its own bank and method, so only what both
 * rounds asked is compared; everything else is listed as not compared, with the round that asked it.
 */
import { flagKey, type Flag } from "./flags";
import type { Method, VerdictCode } from "./method";
import type { Report } from "./report";
import type { Occasion } from "./rounds";
import { roundName } from "./rounds";
import type { Answer, PositionItem, Questionnaire, Side } from "./types";
import { SIDES } from "./types";

/** One complete round: its place in the chain, the questions it asked and its report. */
export interface RoundInput {
  number: number;
  occasion: Occasion | null;
  questionnaire: Questionnaire;
  report: Report;
}

/** A before and an after. */
export interface Change<T> {
  before: T;
  after: T;
}

export interface SectionComparison {
  id: string;
  title: string;
  score: Change<number | null>;
}

/** How one side's answer to a question moved between the rounds, in words. */
export interface SideMove {
  side: Side;
  /** "2. Delivered under both names → 4. Under the prime’s brand", or null when it stayed. */
  preferred: Change<string> | null;
  /** "1 to 3 → 3 to 5", or null when it stayed. */
  acceptable: Change<string> | null;
}

export interface QuestionMove {
  itemId: string;
  sectionId: string;
  /** The question in the organisation's words (the current round's). */
  prompt: string;
  sides: SideMove[];
  /** The fit between the two sides' answers, 0–100. */
  fit: Change<number>;
}

export interface FlagChange {
  key: string;
  title: string;
  severity: Flag["severity"];
  /** What the flag is about, in the round's own words: its first question's prompt or figure's label. */
  about: string | null;
}

/** Something only one of the two rounds has. */
export interface NotCompared {
  id: string;
  /** The question's prompt or the section's title, in the round's own words. */
  text: string;
  /** The number of the round that has it. */
  onlyIn: number;
}

export interface RoundComparison {
  previous: { number: number; name: string; questionnaireVersion: string; methodVersion: string };
  current: { number: number; name: string; questionnaireVersion: string; methodVersion: string };
  overall: Change<number>;
  verdict: Change<{ code: VerdictCode; label: string }>;
  /** The questions both rounds asked, by id, in the current bank's order: each was compared. */
  compared: string[];
  /** Sections both banks have, in the current bank's order. */
  sections: SectionComparison[];
  /** Questions both rounds asked whose answers or fit changed, in the current bank's order. */
  moved: QuestionMove[];
  /**
   * Whether the fits of the two rounds can be compared: only when both used the same method. Otherwise a fit moves
   * with the method as well as the answers, so `moved` lists only questions whose answers moved.
   */
  fitComparable: boolean;
  appeared: FlagChange[];
  cleared: FlagChange[];
  /** Flags raised in both rounds at a different severity: a gap that became a dealbreaker, or the reverse. */
  changed: Array<FlagChange & { before: Flag["severity"] }>;
  notCompared: {
    questions: NotCompared[];
    sections: NotCompared[];
    /** Flags about a question or a figure only one round asked: neither appeared nor cleared. */
    /**
     * `onlyIn`: the round that raised it. `why`: "asked" (a question or figure of it only one round asked),
     * "method" (a kind of flag only one round's method raises), "board" (a disagreement within a side's board,
     * where only one round asked several people for that side).
     */
    flags: Array<FlagChange & { onlyIn: number; why: "asked" | "method" | "board" }>;
    /** Set when the rounds used different bank or method versions: which each used. */
    versions: string | null;
  };
}

/** A flag's kind, for matching across methods: the kinds of finding the methods name differently are one kind. */
function kindOf(flag: Flag): string {
  if (flag.code === "UNSAFE_AGREEMENT" || flag.code === "CONTRADICTION") return flag.code;
  if (flag.code === "INTERNAL_DISAGREEMENT") return `${flag.code}:${flag.side ?? ""}`;
  return flag.itemIds.length > 0 ? "GAP" : flag.code;
}

/** Whether a method raises this kind of flag at all (v1 has no unsafe-agreement floors and no contradictions). */
function raisableUnder(method: Method, flag: Flag): boolean {
  if (flag.code === "UNSAFE_AGREEMENT") return method.floors;
  if (flag.code === "CONTRADICTION") return method.contradictions;
  return true;
}

const nameOf = (round: RoundInput) => roundName(round.number, round.occasion);

const itemsOf = (q: Questionnaire) =>
  new Map(q.dimensions.flatMap((d) => d.items.map((item) => [item.id, { item, sectionId: d.id }] as const)));

/** A position in the side's own words, as its question page names it. */
const positionWords = (item: PositionItem, side: Side, p: number) => `${p}. ${item.options[p - 1]?.label[side] ?? ""}`;

const rangeWords = (a: Answer) =>
  a.acceptable.min === a.acceptable.max ? `only ${a.acceptable.min}` : `${a.acceptable.min} to ${a.acceptable.max}`;

const percent = (fit: number) => Math.round(fit * 100);

/** How a side's answer moved; the earlier answer in the earlier round's words (`was`), the later in the later's. */
function sideMove(side: Side, before: Answer, after: Answer, item: PositionItem, was: PositionItem): SideMove | null {
  const preferred =
    before.preferred === after.preferred
      ? null
      : {
          before: positionWords(was, side, before.preferred),
          after: positionWords(item, side, after.preferred),
        };
  const acceptable =
    before.acceptable.min === after.acceptable.min && before.acceptable.max === after.acceptable.max
      ? null
      : { before: rangeWords(before), after: rangeWords(after) };
  return preferred || acceptable ? { side, preferred, acceptable } : null;
}

function versionNote(previous: RoundInput, current: RoundInput): string | null {
  const a = previous.report;
  const b = current.report;
  if (a.questionnaireVersion === b.questionnaireVersion && a.method.version === b.method.version) return null;
  const used = (round: RoundInput) =>
    `${nameOf(round)} used ${round.questionnaire.label} and ${round.report.method.label}`;
  return `${used(previous)}; ${used(current)}. Each round is scored by its own method, so the scores are each round’s own: only the questions and sections both rounds asked are compared.`;
}

/** This round against the one before: both must be complete (each has its report). */
export function compareRounds(previous: RoundInput, current: RoundInput): RoundComparison {
  const before = itemsOf(previous.questionnaire);
  const after = itemsOf(current.questionnaire);
  const beforeItems = new Map(previous.report.items.map((i) => [i.id, i]));
  const afterItems = new Map(current.report.items.map((i) => [i.id, i]));

  const fitComparable = previous.report.method.version === current.report.method.version;
  const moved: QuestionMove[] = [];
  const compared: string[] = [];
  const questions: NotCompared[] = [];
  for (const [id, { item, sectionId }] of after) {
    if (!before.has(id)) {
      questions.push({ id, text: item.prompt.vcs, onlyIn: current.number });
      continue;
    }
    compared.push(id);
    const was = beforeItems.get(id);
    const now = afterItems.get(id);
    if (!was || !now) continue;
    const earlier = before.get(id)!.item;
    const sides = SIDES.flatMap((side) => sideMove(side, was[side], now[side], item, earlier) ?? []);
    const fit = { before: percent(was.fit), after: percent(now.fit) };
    if (sides.length > 0 || (fitComparable && fit.before !== fit.after)) {
      moved.push({ itemId: id, sectionId, prompt: item.prompt.vcs, sides, fit });
    }
  }
  for (const [id, { item }] of before) {
    if (!after.has(id)) questions.push({ id, text: item.prompt.vcs, onlyIn: previous.number });
  }

  const beforeScores = new Map(previous.report.dimensions.map((d) => [d.id, d]));
  const afterIds = new Set(current.report.dimensions.map((d) => d.id));
  const sections: SectionComparison[] = [];
  const sectionsNotCompared: NotCompared[] = [];
  for (const d of current.report.dimensions) {
    const was = beforeScores.get(d.id);
    if (was) sections.push({ id: d.id, title: d.title, score: { before: was.score, after: d.score } });
    else sectionsNotCompared.push({ id: d.id, text: d.title, onlyIn: current.number });
  }
  for (const d of previous.report.dimensions) {
    if (!afterIds.has(d.id)) sectionsNotCompared.push({ id: d.id, text: d.title, onlyIn: previous.number });
  }

  // A flag is compared only when both rounds could have raised it: every question and figure it concerns was
  // asked in both.
  const factsOf = (q: Questionnaire) => new Set<string>(q.facts.map((f) => f.id));
  const beforeFacts = factsOf(previous.questionnaire);
  const afterFacts = factsOf(current.questionnaire);
  const askedInBoth = (flag: Flag) =>
    flag.itemIds.every((id) => before.has(id) && after.has(id)) &&
    flag.factIds.every((id) => beforeFacts.has(id) && afterFacts.has(id));
  const aboutIn = (round: RoundInput, flag: Flag) => {
    const id = flag.itemIds[0];
    const item = id === undefined ? undefined : itemsOf(round.questionnaire).get(id)?.item;
    if (item) return item.prompt.vcs;
    return round.questionnaire.facts.find((f) => f.id === flag.factIds[0])?.label ?? null;
  };
  const change = (round: RoundInput, flag: Flag): FlagChange => ({
    key: flagKey(flag),
    title: flag.title,
    severity: flag.severity,
    about: aboutIn(round, flag),
  });
  // Under one method a flag is the same flag in both rounds when its key is. Across methods the key can differ for
  // the same finding (v2 names the side that pushes, and reads more figures for some rules), so a flag is matched by
  // its kind and what it concerns: its questions, or for a flag from the figures its code and first figure.
  const matchKey = fitComparable
    ? flagKey
    : (flag: Flag) =>
        flag.itemIds.length > 0
          ? [kindOf(flag), ...flag.itemIds].join(":")
          : [kindOf(flag), flag.factIds[0] ?? ""].join(":");
  // Why a flag cannot be compared, or null: a question or figure only one round asked; a kind of flag one round's
  // method does not raise; a board's disagreement where only one round asked several people for that side.
  const hasBoard = (round: RoundInput, side: Flag["side"]) => Boolean(side && round.report.boards?.[side]);
  const whyNot = (flag: Flag): "asked" | "method" | "board" | null => {
    if (!askedInBoth(flag)) return "asked";
    if (!raisable(flag)) return "method";
    if (flag.code === "INTERNAL_DISAGREEMENT" && !(hasBoard(previous, flag.side) && hasBoard(current, flag.side))) {
      return "board";
    }
    return null;
  };
  const raisable = (flag: Flag) =>
    raisableUnder(previous.questionnaire.method, flag) && raisableUnder(current.questionnaire.method, flag);
  // Decided per matched pair: if either round's flag cannot be compared, neither is counted as appearing or clearing.
  const uncomparable = new Map<string, "asked" | "method" | "board">();
  for (const flag of [...previous.report.flags, ...current.report.flags]) {
    const why = whyNot(flag);
    if (why && !uncomparable.has(matchKey(flag))) uncomparable.set(matchKey(flag), why);
  }
  const beforeFlags = new Map(previous.report.flags.map((f) => [matchKey(f), f]));
  const afterKeys = new Set(current.report.flags.map(matchKey));
  const flagsNotCompared: RoundComparison["notCompared"]["flags"] = [];
  const appeared: FlagChange[] = [];
  const cleared: FlagChange[] = [];
  const changed: RoundComparison["changed"] = [];
  for (const flag of current.report.flags) {
    const why = uncomparable.get(matchKey(flag));
    if (why) flagsNotCompared.push({ ...change(current, flag), onlyIn: current.number, why });
    else {
      const was = beforeFlags.get(matchKey(flag));
      if (!was) appeared.push(change(current, flag));
      else if (was.severity !== flag.severity) changed.push({ ...change(current, flag), before: was.severity });
    }
  }
  for (const flag of previous.report.flags) {
    const why = uncomparable.get(matchKey(flag));
    if (why) flagsNotCompared.push({ ...change(previous, flag), onlyIn: previous.number, why });
    else if (!afterKeys.has(matchKey(flag))) cleared.push(change(previous, flag));
  }

  const summary = (round: RoundInput) => ({
    number: round.number,
    name: nameOf(round),
    questionnaireVersion: round.report.questionnaireVersion,
    methodVersion: round.report.method.version,
  });
  const verdictOf = (round: RoundInput) => ({ code: round.report.verdict.code, label: round.report.verdict.label });
  return {
    previous: summary(previous),
    current: summary(current),
    overall: { before: previous.report.overall, after: current.report.overall },
    verdict: { before: verdictOf(previous), after: verdictOf(current) },
    compared,
    sections,
    moved,
    fitComparable,
    appeared,
    cleared,
    changed,
    notCompared: {
      questions,
      sections: sectionsNotCompared,
      flags: flagsNotCompared,
      versions: versionNote(previous, current),
    },
  };
}

/** One round's place on the chart. */
export interface SeriesRound {
  number: number;
  name: string;
  /** Null while the round is not complete: no scores to draw. */
  overall: number | null;
}

export interface SeriesSection {
  id: string;
  title: string;
  /** The section's score in each round of the series, in order; null where the round did not score it. */
  scores: Array<number | null>;
}

export interface RoundSeries {
  rounds: SeriesRound[];
  sections: SeriesSection[];
}

/**
 * Section scores round by round across a whole chain, for the chart. `rounds` is the chain in order; a round that
 * is not complete has no report (its scores are null). Sections are listed in the order they first appear.
 */
export function roundSeries(
  rounds: ReadonlyArray<{ number: number; occasion: Occasion | null; report: Report | null }>,
): RoundSeries {
  const sections = new Map<string, SeriesSection>();
  rounds.forEach((round, at) => {
    for (const d of round.report?.dimensions ?? []) {
      let section = sections.get(d.id);
      if (!section) {
        section = { id: d.id, title: d.title, scores: rounds.map(() => null) };
        sections.set(d.id, section);
      }
      section.scores[at] = d.score;
    }
  });
  return {
    rounds: rounds.map((r) => ({
      number: r.number,
      name: roundName(r.number, r.occasion),
      overall: r.report?.overall ?? null,
    })),
    sections: [...sections.values()],
  };
}

/** One round as the check-ups page lists it: nothing of its answers, only its figures once complete. */
export interface RoundsPageRound {
  id: string;
  number: number;
  name: string;
  /** "2 December 2026" */
  startedOn: string;
  current: boolean;
  submitted: Record<Side, boolean>;
  result: { verdict: { code: VerdictCode; label: string }; overall: number } | null;
  /** Where this browser can open the round (its report once complete, else its home), or null if it holds none. */
  href: string | null;
}

export interface RoundsPage {
  title: string;
  rounds: RoundsPageRound[];
  series: RoundSeries;
  comparison: RoundComparison | null;
  /** Names of the rounds the comparison waits for (empty: nothing to wait for, or nothing before this round). */
  waiting: string[];
  /** This round's number and name. */
  here: { number: number; name: string };
  previous: { id: string; name: string; href: string | null } | null;
  next: { id: string; name: string; href: string | null } | null;
}
