/**
 * The JSON shapes of the public API (see docs/api.md), built from the domain's types. Each is typed as its schema in
 * app/api/schemas/checks.ts, which the OpenAPI description is generated from: a field added here and not there is a
 * type error.
 */
import { FLAG_CATALOGUE } from "~/domain/flag-catalogue";
import { flagKey, type Outcome } from "~/domain/flags";
import type { Report } from "~/domain/report";
import type { Answer, Questionnaire, Side } from "~/domain/types";
import { toApiAnswer } from "~/domain/validation";
import type { z } from "zod";
import type { CreatedCheckSchema, QuestionnaireSchema, ReportSchema } from "~/api/schemas/checks";

export function questionnaireJson(questionnaire: Questionnaire): z.input<typeof QuestionnaireSchema> {
  return {
    version: questionnaire.version,
    dimensions: questionnaire.dimensions.map((d) => ({
      id: d.id,
      title: d.title,
      critical: d.critical,
      items: d.items.map((item) => ({
        id: item.id,
        prompt: { vcs: item.prompt.vcs, prime: item.prompt.prime },
        guidance: item.guidance,
        options: item.options.map((o) => ({ value: o.value, label: { vcs: o.label.vcs, prime: o.label.prime } })),
        flag: { code: item.flag, title: FLAG_CATALOGUE[item.flag].title },
        ...(item.core ? { core: true as const } : {}),
      })),
    })),
    facts: questionnaire.facts.map((f) => ({
      id: f.id,
      side: f.side,
      label: f.label,
      unit: f.unit,
      ...(f.optional ? { optional: true as const } : {}),
      ...(f.default !== undefined ? { default: f.default } : {}),
    })),
    method: { version: questionnaire.method.version, label: questionnaire.method.label },
  };
}

export function reportJson(
  checkId: string,
  report: Report & {
    outcomes?: Record<string, { outcome: Outcome; note: string | null }>;
    sides?: Record<Side, SideBoardJson>;
  },
): z.input<typeof ReportSchema> {
  return {
    checkId,
    questionnaireVersion: report.questionnaireVersion,
    verdict: { code: report.verdict.code, label: report.verdict.label, why: report.why },
    overall: report.overall,
    dimensions: report.dimensions.map((d) => ({ id: d.id, title: d.title, critical: d.critical, score: d.score })),
    flags: report.flags.map((f) => ({
      code: f.code,
      severity: f.severity,
      itemIds: [...f.itemIds],
      factIds: [...f.factIds],
      title: f.title,
      explanation: f.explanation,
      questions: [...f.questions],
      negotiable: [...f.negotiable],
      outcome: outcomeJson(report.outcomes?.[flagKey(f)]),
      ...(f.side ? { side: f.side } : {}),
      ...(f.viability ? { viability: true } : {}),
      ...(f.redLineFacts ? { redLineFacts: [...f.redLineFacts] } : {}),
      ...(f.whoActs ? { whoActs: f.whoActs } : {}),
      ...(f.evidence ? { evidence: [...f.evidence] } : {}),
    })),
    items: report.items.map((i) => ({
      id: i.id,
      dimensionId: i.dimensionId,
      fit: i.fit,
      meetingPoint: i.meetingPoint,
      vcs: toApiAnswer(i.vcs),
      prime: toApiAnswer(i.prime),
    })),
    method: report.method,
    questionSet: report.questionSet,
    // A workshop's selection (issue 18): the sections asked and scored; absent when every section was.
    ...(report.sections ? { sections: [...report.sections] } : {}),
    fixedTerms: report.fixedTerms,
    ...(report.sides
      ? { sides: { vcs: sideBoardJson(report.sides.vcs), prime: sideBoardJson(report.sides.prime) } }
      : {}),
  };
}

/** What a report says of how a side answered: how many people, and once three or more, the spread and overrides. */
export interface SideBoardJson {
  respondents: number;
  spread: Record<string, { positions: number[]; redLines: number }> | null;
  overrides: Record<string, { answer: Answer; reason: string }>;
}

function sideBoardJson(board: SideBoardJson) {
  return {
    respondents: board.respondents,
    ...(board.spread ? { spread: board.spread } : {}),
    ...(Object.keys(board.overrides).length > 0
      ? {
          overrides: Object.fromEntries(
            Object.entries(board.overrides).map(([id, o]) => [id, { ...toApiAnswer(o.answer), reason: o.reason }]),
          ),
        }
      : {}),
  };
}

function outcomeJson(recorded: { outcome: Outcome; note: string | null } | undefined) {
  return recorded ? { status: recorded.outcome, note: recorded.note } : null;
}

/** A check just created (POST /api/v1/checks, and a check-up's next round): its secret links, shown this once. */
export function createdCheckJson(
  check: { id: string; tokens: Record<"owner" | Side, string>; claimed: Record<Side, boolean> },
  origin: string,
): z.input<typeof CreatedCheckSchema> {
  return {
    id: check.id,
    tokens: check.tokens,
    claimed: check.claimed,
    links: {
      owner: `${origin}/i/${check.tokens.owner}`,
      vcs: `${origin}/i/${check.tokens.vcs}`,
      prime: `${origin}/i/${check.tokens.prime}`,
    },
  };
}
