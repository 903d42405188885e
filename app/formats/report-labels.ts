/**
 * The words of the question bank that a report prints: section titles, the
 * questions, and the option each side preferred. Loaders send only these to
 * the report pages, so the browser receives neither the whole bank (guidance,
 * flag rules, facts) nor the options nobody chose.
 */
import { groupFlags, type IssueGroup } from "~/domain/flag-groups";
import type { Report } from "~/domain/report";
import type { ItemSpread } from "~/domain/combine";
import type { Answer, Position, Questionnaire, Side, SideText } from "~/domain/types";
import { answerLines } from "./answer-text";

export interface DimensionLabels {
  id: string;
  title: string;
  critical: boolean;
  items: ReadonlyArray<{
    id: string;
    prompt: Pick<SideText, "vcs">;
    /** The wording of the position each side preferred, each in its own words. */
    preferred: SideText;
  }>;
}

export interface ReportLabels {
  /** Which question bank the check was answered on, e.g. "Question bank v1 (November 2026)". */
  questionnaire: string;
  dimensions: DimensionLabels[];
}

export function reportLabels(questionnaire: Questionnaire, report: Pick<Report, "items">): ReportLabels {
  const answered = new Map(report.items.map((i) => [i.id, i]));
  return {
    questionnaire: questionnaire.label,
    dimensions: questionnaire.dimensions.map((d) => ({
      id: d.id,
      title: d.title,
      critical: d.critical,
      items: d.items.flatMap((item) => {
        const result = answered.get(item.id);
        if (!result) return [];
        const option = (side: keyof SideText) => item.options[result[side].preferred - 1]?.label[side] ?? "";
        return [
          { id: item.id, prompt: { vcs: item.prompt.vcs }, preferred: { vcs: option("vcs"), prime: option("prime") } },
        ];
      }),
    })),
  };
}

/** The report's flags grouped by issue, each question named in the organisation's wording (app/domain/flag-groups.ts). */
export function reportIssues(questionnaire: Questionnaire, report: Pick<Report, "flags">): IssueGroup[] {
  const prompts = new Map(questionnaire.dimensions.flatMap((d) => d.items.map((i) => [i.id, i.prompt.vcs] as const)));
  return groupFlags(report.flags, (id) => prompts.get(id));
}

/** How a submitted side answered, as the report model gives it (app/models/board.server.ts, getSubmittedBoard). */
interface SideBoardReport {
  respondents: number;
  spread: Record<string, ItemSpread> | null;
  combined: Record<string, Position>;
  overrides: Record<string, { answer: Answer; reason: string }>;
}

/** What a report shows of how one side answered (issue 16): one person, or a board with its spread and overrides. */
export interface SideBoardLabels {
  side: Side;
  respondents: number;
  /** Per item, only once three or more respondents submitted; the items the board disagreed on come first. */
  spread: Array<{
    id: string;
    prompt: string;
    optionLabels: string[];
    spread: ItemSpread;
    combinedPreferred: Position;
    disagreement: boolean;
  }> | null;
  /** Where the side's lead replaced the board's combined answer, in words, with the reason. */
  overrides: Array<{ id: string; prompt: string; lines: string[]; reason: string }>;
}

/** Each side's board, in the bank's words, for the report pages; null when both sides were answered by one person. */
export function reportBoards(
  questionnaire: Questionnaire,
  report: Pick<Report, "items" | "flags"> & { sides: Record<Side, SideBoardReport> },
): SideBoardLabels[] | null {
  const sides = (["vcs", "prime"] as const).filter(
    (side) => report.sides[side].respondents > 1 || hasBoard(report.sides[side]),
  );
  if (sides.length === 0) return null;
  const items = new Map(questionnaire.dimensions.flatMap((d) => d.items.map((i) => [i.id, i] as const)));
  const submitted = new Map(report.items.map((i) => [i.id, i]));
  return sides.map((side) => {
    const board = report.sides[side];
    const disagreed = new Set(
      report.flags.filter((f) => f.code === "INTERNAL_DISAGREEMENT" && f.side === side).flatMap((f) => f.itemIds),
    );
    const spread = board.spread
      ? Object.entries(board.spread).flatMap(([id, s]) => {
          const item = items.get(id);
          const answer = submitted.get(id)?.[side];
          if (!item || !answer) return [];
          return [
            {
              id,
              prompt: item.prompt[side],
              optionLabels: item.options.map((o) => o.label[side]),
              spread: s,
              // The board's own combined answer, not the lead's override of it.
              combinedPreferred: board.combined[id] ?? answer.preferred,
              disagreement: disagreed.has(id),
            },
          ];
        })
      : null;
    spread?.sort((a, b) => Number(b.disagreement) - Number(a.disagreement));
    const overrides = Object.entries(board.overrides).flatMap(([id, o]) => {
      const item = items.get(id);
      return item
        ? [{ id, prompt: item.prompt[side], lines: answerLines(item, side, o.answer), reason: o.reason }]
        : [];
    });
    return { side, respondents: board.respondents, spread, overrides };
  });
}

const hasBoard = (board: SideBoardReport) => board.spread !== null || Object.keys(board.overrides).length > 0;
