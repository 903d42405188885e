/** Workshops in the JSON API's shapes (docs/api.md, "Workshops"). */
import type { WorkshopFigures, WorkshopSummary } from "~/domain/workshop";

export function workshopJson(workshop: WorkshopSummary, origin: string) {
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
export function workshopFiguresJson(figures: WorkshopFigures) {
  return {
    joined: figures.joined,
    submitted: figures.submitted,
    counted: figures.counted,
    items: figures.items?.map((item) => ({ id: item.id, positions: item.positions, redLines: item.redLines })) ?? null,
    dealbreakers: figures.dealbreakers?.map((d) => ({ code: d.code, share: d.share })) ?? null,
  };
}
