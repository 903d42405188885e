/**
 * The results of a stakeholder review (issue 20; docs/method.md, "Stakeholder reviews"), and the rules that keep
 * them candid: nobody sees a group with fewer than MIN_GROUP_RESPONSES submitted responses, nor any one response.
 *
 * - A group below the threshold is not shown and not counted anywhere: not in "all stakeholders", not in the
 *   levels. Counting it in a total beside the groups that are shown would let anyone subtract its figures out.
 * - Levels (operational, strategic) are shown only across all the groups that are shown, never within a group, and
 *   only when both levels reach the threshold (with two levels, showing one gives away the other) and, within every
 *   group shown, each level has none or at least the threshold: otherwise a level's total less the groups' totals
 *   (whose levels whoever invited them knows) could leave one person's answers.
 * - Free text is shown only for a group that reaches the threshold, sorted (not in the order it arrived), and with
 *   no level beside it.
 * - The results are worked out once the review is closed to answers (the caller's rule): figures that moved with
 *   each new response would give that response away.
 *
 * Pure: the arithmetic, no storage.
 */
import { mean } from "d3-array";
import type {
  Agreement,
  StakeholderAnswers,
  StakeholderFreeText,
  StakeholderLevel,
  StakeholderQuestionnaire,
} from "./types";
import { AGREEMENTS, STAKEHOLDER_LEVELS } from "./types";

/** No group, level or free text is shown below this many submitted responses. */
export const MIN_GROUP_RESPONSES = 3;

/** The provider sees itself differently from the system when its rating is this far from the system's mean. */
export const SELF_GAP = 1;
/** The system disagrees within itself when the shown groups' means are this far apart. */
export const GROUP_SPREAD = 1.5;
/** The system does not know, when at least this share of the counted responses said "don't know". */
export const DONT_KNOW_SHARE = 0.5;

export interface SubmittedResponse {
  groupId: string;
  level: StakeholderLevel;
  answers: StakeholderAnswers;
}

export interface GroupInfo {
  id: string;
  name: string;
}

/** One statement's figures over a set of responses. */
export interface StatementFigures {
  statementId: string;
  /** How many chose 1 (strongly disagree) to 5 (strongly agree). */
  counts: [number, number, number, number, number];
  dontKnow: number;
  /** Mean of the ratings given (don't know left out), to one decimal; null when nobody rated it. */
  mean: number | null;
  /** Share (0–100, whole) of the ratings given that agree (4 or 5); null when nobody rated it. */
  agree: number | null;
}

export interface ThemeFigures {
  themeId: string;
  /** Mean of the theme's statements' means, to one decimal; null when none was rated. */
  mean: number | null;
}

/** The figures of a set of responses that reaches the threshold. */
export interface Cell {
  responses: number;
  statements: StatementFigures[];
  themes: ThemeFigures[];
}

export type GroupResult =
  | { group: GroupInfo; shown: true; cell: Cell; text: FreeTextAnswers }
  /** Fewer than MIN_GROUP_RESPONSES submitted: nothing of its answers is shown or counted. */
  | { group: GroupInfo; shown: false };

export type FreeTextAnswers = Record<StakeholderFreeText["id"], string[]>;

export interface Divergence {
  statementId: string;
  themeId: string;
  /** The provider's own rating (null: don't know, or no self-assessment). */
  self: Agreement | null;
  /** The system's mean over the counted responses. */
  system: number | null;
  /** self − system, to one decimal: positive when the provider rates itself higher than the system does. */
  gap: number | null;
  /** The highest shown group's mean minus the lowest's (two groups or more), to one decimal. */
  groupSpread: number | null;
  dontKnowShare: number | null;
  reasons: Array<"self-higher" | "self-lower" | "groups-differ" | "not-known">;
}

export interface StakeholderResults {
  threshold: number;
  /** The responses counted in the figures: those of the groups shown. */
  counted: number;
  /** All stakeholders in the groups shown; null when no group reaches the threshold. */
  overall: Cell | null;
  groups: GroupResult[];
  /** Both levels across the groups shown, or null when either is below the threshold. */
  levels: Array<{ level: StakeholderLevel; cell: Cell }> | null;
  /** The provider's self-assessment, if it has submitted one. */
  self: Readonly<Record<string, Agreement | null>> | null;
  /**
   * The provider's own answers to the free-text questions, as the provider's (it answers as itself, not anonymously);
   * null without a self-assessment. Unanswered questions are left out.
   */
  selfText: Partial<Record<StakeholderFreeText["id"], string>> | null;
  /** Each theme's mean of the provider's own ratings (don't know left out), to one decimal; null without one. */
  selfThemes: ThemeFigures[] | null;
  /** Every statement, in the questionnaire's order, with why it is worth discussing (divergent when any reason). */
  divergence: Divergence[];
}

const oneDecimal = (n: number) => Math.round(n * 10) / 10;

function statementFigures(statementId: string, responses: readonly SubmittedResponse[]): StatementFigures {
  const counts: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  let dontKnow = 0;
  const given: number[] = [];
  for (const r of responses) {
    const rating = r.answers.ratings[statementId];
    if (rating === null) dontKnow += 1;
    else if (rating !== undefined && AGREEMENTS.includes(rating)) {
      counts[rating - 1] = (counts[rating - 1] ?? 0) + 1;
      given.push(rating);
    }
  }
  const average = mean(given);
  return {
    statementId,
    counts,
    dontKnow,
    mean: average === undefined ? null : oneDecimal(average),
    agree: given.length === 0 ? null : Math.round((100 * (counts[3] + counts[4])) / given.length),
  };
}

/** The figures of a set of responses (the caller has checked it reaches the threshold). */
export function cellOf(questionnaire: StakeholderQuestionnaire, responses: readonly SubmittedResponse[]): Cell {
  const statements = questionnaire.themes.flatMap((t) => t.statements.map((s) => statementFigures(s.id, responses)));
  const byId = new Map(statements.map((s) => [s.statementId, s]));
  const themes = questionnaire.themes.map((t) => {
    const means = t.statements.flatMap((s) => byId.get(s.id)?.mean ?? []);
    const average = mean(means);
    return { themeId: t.id, mean: average === undefined ? null : oneDecimal(average) };
  });
  return { responses: responses.length, statements, themes };
}

function freeTextOf(questionnaire: StakeholderQuestionnaire, responses: readonly SubmittedResponse[]): FreeTextAnswers {
  const out = Object.fromEntries(questionnaire.freeText.map((q) => [q.id, [] as string[]])) as FreeTextAnswers;
  for (const r of responses) {
    for (const q of questionnaire.freeText) {
      const text = r.answers.text[q.id]?.trim();
      if (text) out[q.id].push(text);
    }
  }
  // Sorted, so the order says nothing about who answered when.
  for (const list of Object.values(out)) list.sort((a, b) => a.localeCompare(b, "en-GB"));
  return out;
}

function ownWords(
  questionnaire: StakeholderQuestionnaire,
  answers: StakeholderAnswers,
): StakeholderResults["selfText"] {
  return Object.fromEntries(
    questionnaire.freeText.flatMap((q) => {
      const text = answers.text[q.id]?.trim();
      return text ? [[q.id, text]] : [];
    }),
  );
}

/**
 * The results of a closed review: each group (shown or not), all stakeholders in the groups shown, the two levels
 * where both reach the threshold, and where the provider's view and the system's diverge.
 */
export function stakeholderResults(
  questionnaire: StakeholderQuestionnaire,
  groups: readonly GroupInfo[],
  responses: readonly SubmittedResponse[],
  self: StakeholderAnswers | null,
  threshold = MIN_GROUP_RESPONSES,
): StakeholderResults {
  const byGroup = new Map(groups.map((g) => [g.id, [] as SubmittedResponse[]]));
  for (const r of responses) byGroup.get(r.groupId)?.push(r);
  const shownGroups = groups.filter((g) => (byGroup.get(g.id)?.length ?? 0) >= threshold);
  const counted = shownGroups.flatMap((g) => byGroup.get(g.id)!);
  const groupResults: GroupResult[] = groups.map((group) => {
    const own = byGroup.get(group.id)!;
    return own.length >= threshold
      ? { group, shown: true, cell: cellOf(questionnaire, own), text: freeTextOf(questionnaire, own) }
      : { group, shown: false };
  });
  const atLevel = STAKEHOLDER_LEVELS.map((level) => ({ level, responses: counted.filter((r) => r.level === level) }));
  const levelsSafe = shownGroups.every((g) =>
    STAKEHOLDER_LEVELS.every((level) => {
      const n = byGroup.get(g.id)!.filter((r) => r.level === level).length;
      return n === 0 || n >= threshold;
    }),
  );
  const levels =
    levelsSafe && atLevel.every((l) => l.responses.length >= threshold)
      ? atLevel.map((l) => ({ level: l.level, cell: cellOf(questionnaire, l.responses) }))
      : null;
  const overall = counted.length >= threshold ? cellOf(questionnaire, counted) : null;
  const selfRatings = self ? self.ratings : null;

  const shownCells = groupResults.flatMap((g) => (g.shown ? [g.cell] : []));
  const divergence = questionnaire.themes.flatMap((theme) =>
    theme.statements.map((statement): Divergence => {
      const system = overall?.statements.find((s) => s.statementId === statement.id) ?? null;
      const rating = selfRatings?.[statement.id];
      const own = rating === undefined ? null : rating;
      const gap = own !== null && system?.mean != null ? oneDecimal(own - system.mean) : null;
      const groupMeans = shownCells.flatMap(
        (c) => c.statements.find((s) => s.statementId === statement.id)?.mean ?? [],
      );
      const groupSpread = groupMeans.length >= 2 ? oneDecimal(Math.max(...groupMeans) - Math.min(...groupMeans)) : null;
      const dontKnowShare = system && overall ? system.dontKnow / overall.responses : null;
      const reasons: Divergence["reasons"] = [];
      if (gap !== null && gap >= SELF_GAP) reasons.push("self-higher");
      if (gap !== null && gap <= -SELF_GAP) reasons.push("self-lower");
      if (groupSpread !== null && groupSpread >= GROUP_SPREAD) reasons.push("groups-differ");
      if (dontKnowShare !== null && dontKnowShare >= DONT_KNOW_SHARE) reasons.push("not-known");
      return {
        statementId: statement.id,
        themeId: theme.id,
        self: own,
        system: system?.mean ?? null,
        gap,
        groupSpread,
        dontKnowShare: dontKnowShare === null ? null : Math.round(dontKnowShare * 100) / 100,
        reasons,
      };
    }),
  );
  const selfThemes = selfRatings
    ? questionnaire.themes.map((t) => {
        const given = t.statements.flatMap((s) => {
          const r = selfRatings[s.id];
          return r === null || r === undefined ? [] : [r];
        });
        const average = mean(given);
        return { themeId: t.id, mean: average === undefined ? null : oneDecimal(average) };
      })
    : null;
  return {
    threshold,
    counted: counted.length,
    selfThemes,
    overall,
    groups: groupResults,
    levels,
    self: selfRatings,
    selfText: self ? ownWords(questionnaire, self) : null,
    divergence,
  };
}
