/**
 * The words of the question bank that a report prints: section titles, the
 * questions and their options. Loaders send only these to the report pages,
 * so the browser never receives the whole bank (guidance, flag rules, facts).
 */
import type { Questionnaire, SideText } from "~/domain/types";

export interface DimensionLabels {
  id: string;
  title: string;
  critical: boolean;
  items: ReadonlyArray<{ id: string; prompt: Pick<SideText, "vcs">; options: ReadonlyArray<{ label: SideText }> }>;
}

export interface ReportLabels {
  /** Which question bank the check was answered on, e.g. "Question bank v1 (November 2026)". */
  questionnaire: string;
  dimensions: DimensionLabels[];
}

export function reportLabels(questionnaire: Questionnaire): ReportLabels {
  return {
    questionnaire: questionnaire.label,
    dimensions: questionnaire.dimensions.map((d) => ({
      id: d.id,
      title: d.title,
      critical: d.critical,
      items: d.items.map((item) => ({
        id: item.id,
        prompt: { vcs: item.prompt.vcs },
        options: item.options.map((o) => ({ label: { vcs: o.label.vcs, prime: o.label.prime } })),
      })),
    })),
  };
}
