/**
 * A workshop's part in a side's pages (issue 18; docs/architecture.md,
 * "Workshops"): a participant answers its own VCS side against the scenario,
 * and the facilitator of a custom scenario answers that scenario's prime side.
 * The pages ask here whether the workshop is closed, so they offer no answer
 * form the models would refuse anyway.
 */
import { buildCompromiseSummary, selectionSentence } from "~/domain/compromise-summary";
import type { CheckSummary } from "~/models/check.server";
import { getReport } from "~/models/report.server";
import { getWorkshop } from "~/models/workshop.server";
import { requireSide } from "./side.server";

export interface WorkshopPart {
  id: string;
  part: "workshop" | "participant";
  title: string;
  primeName: string;
  /** Closed to new answers (or its answers deleted): nothing more is saved or submitted. */
  closed: boolean;
  /** When participants' answers are deleted. */
  deleteAnswersAfter: Date;
}

/** The workshop a check belongs to (as its scenario or as a participant), or null for any other check. */
export async function workshopPartOf(summary: CheckSummary): Promise<WorkshopPart | null> {
  if (!summary.workshop) return null;
  const workshop = await getWorkshop(summary.workshop.id);
  if (!workshop) return null;
  return {
    id: workshop.id,
    part: summary.workshop.part,
    title: workshop.title,
    primeName: workshop.primeName,
    closed: Boolean(workshop.closedAt || workshop.answersDeletedAt),
    deleteAnswersAfter: workshop.deleteAnswersAfter,
  };
}

/** Whether a participant of a closed workshop is on this check: its answering pages send it home, to the banner. */
export async function participantClosed(summary: CheckSummary): Promise<boolean> {
  if (summary.workshop?.part !== "participant") return false;
  return (await workshopPartOf(summary))?.closed ?? false;
}

/** A participant's check has no link to replace, no respondents and no email updates: each of those pages is a 404. */
export function refuseForParticipant(summary: CheckSummary): void {
  if (summary.workshop?.part === "participant") throw new Response("Not found", { status: 404 });
}

/**
 * A participant's take-home summary (issue 18): only for its own VCS side, once its result against the scenario is
 * ready; every other address (another side, a respondent, an ordinary check, before submitting) is a 404.
 */
export async function requireCompromiseSummary(request: Request, params: { checkId?: string; side?: string }) {
  if (params.side !== "vcs") throw new Response("Not found", { status: 404 });
  const { summary, questionnaire, answers, base, respondent, side } = await requireSide(request, params);
  if (respondent || summary.workshop?.part !== "participant") throw new Response("Not found", { status: 404 });
  const report = await getReport(summary);
  if (!report) throw new Response("Not found", { status: 404 });
  const workshop = await workshopPartOf(summary);
  return {
    base,
    organisation: side.name,
    workshopTitle: workshop?.title ?? summary.title,
    primeName: summary.sides.prime.name,
    compromise: buildCompromiseSummary(questionnaire, report, answers),
    selection: selectionSentence(report),
  };
}
