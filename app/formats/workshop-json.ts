/**
 * Workshops in the JSON API's shapes (docs/api.md, "Workshops"). Each is typed by its response schema
 * (app/api/schemas/workshops.ts), from which the OpenAPI document is generated: a field added here and not there, or
 * there and not here, fails to compile.
 */
import type { z } from "zod";
import type {
  WorkshopCreatedSchema,
  WorkshopFiguresSchema,
  WorkshopJoinedSchema,
  WorkshopProfilesSchema,
  WorkshopSchema,
} from "~/api/schemas/workshops";
import type { WorkshopFigures as WorkshopFiguresData, WorkshopProfile, WorkshopSummary } from "~/domain/workshop";

/** A new workshop: the facilitator's token and link, the join code and link, and a custom scenario's prime token. */
export function workshopCreatedJson(
  workshop: { id: string; joinCode: string; tokens: { owner: string; prime?: string | null | undefined } },
  origin: string,
): z.input<typeof WorkshopCreatedSchema> {
  const prime = workshop.tokens.prime;
  return {
    id: workshop.id,
    joinCode: workshop.joinCode,
    tokens: { facilitator: workshop.tokens.owner, ...(prime ? { prime } : {}) },
    links: {
      facilitator: `${origin}/i/${workshop.tokens.owner}`,
      join: `${origin}/join/${workshop.joinCode}`,
      ...(prime ? { prime: `${origin}/i/${prime}` } : {}),
    },
  };
}

export function workshopJson(workshop: WorkshopSummary, origin: string): z.input<typeof WorkshopSchema> {
  return {
    id: workshop.id,
    title: workshop.title,
    date: workshop.heldOn,
    profile: workshop.profile,
    primeName: workshop.primeName,
    scenarioReady: workshop.scenarioReady,
    questionnaireVersion: workshop.questionnaireVersion,
    questionSet: workshop.questionSet,
    sections: workshop.sections,
    joinCode: workshop.joinCode,
    links: { join: `${origin}/join/${workshop.joinCode}` },
    open: !workshop.closedAt && !workshop.answersDeletedAt,
    closedAt: workshop.closedAt?.toISOString() ?? null,
    retentionDays: workshop.retentionDays,
    deleteAnswersAfter: workshop.deleteAnswersAfter.toISOString(),
    answersDeletedAt: workshop.answersDeletedAt?.toISOString() ?? null,
  };
}

/** The room's figures: counts over the submitted participants, nothing that names or separates one. */
export function workshopFiguresJson(figures: WorkshopFiguresData): z.input<typeof WorkshopFiguresSchema> {
  return {
    joined: figures.joined,
    submitted: figures.submitted,
    counted: figures.counted,
    items: figures.items?.map((item) => ({ id: item.id, positions: item.positions, redLines: item.redLines })) ?? null,
    dealbreakers: figures.dealbreakers?.map((d) => ({ code: d.code, share: d.share })) ?? null,
  };
}

/** The built-in scenarios, without their answers (participants see those only with their result). */
export function workshopProfilesJson(profiles: readonly WorkshopProfile[]): z.input<typeof WorkshopProfilesSchema> {
  return { profiles: profiles.map((p) => ({ id: p.id, title: p.title, summary: p.summary, primeName: p.primeName })) };
}

/** A participant's own token and link. */
export function workshopJoinedJson(token: string, origin: string): z.input<typeof WorkshopJoinedSchema> {
  return { tokens: { participant: token }, links: { participant: `${origin}/i/${token}` } };
}
