/**
 * The words of the question bank that a report prints: section titles, the
 * questions, and the option each side preferred. Loaders send only these to
 * the report pages, so the browser receives neither the whole bank (guidance,
 * flag rules, facts) nor the options nobody chose.
 */
import { groupFlags, type IssueGroup } from "~/domain/flag-groups";
import type { Report } from "~/domain/report";
import type { Questionnaire, SideText } from "~/domain/types";

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
