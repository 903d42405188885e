import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireReport } from "~/access/report.server";
import { noReviewReason } from "~/access/review.server";
import { homeFor } from "~/access/session.server";
import { BoardPaper } from "~/components/board-paper";
import { boardDecision } from "~/domain/flag-groups";
import { revisedVerdictOf } from "~/formats/joint-review-text";
import { reportBoards, reportIssues, reportLabels } from "~/formats/report-labels";
import { questionnaireOf } from "~/models/questionnaire.server";
import { getJointReview } from "~/models/review.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Board paper: ${data.title} – Common Ground` : "Common Ground" },
  { name: "robots", content: "noindex, nofollow" },
];

/**
 * The board paper, for the owner (this route) or a side (the same module under /checks/<id>/<side>/print).
 * `?appendix=yes` adds the question-by-question detail; without it a realistic clash fits in ten A4 pages.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { check, report, role } = await requireReport(request, params);
  const questionnaire = questionnaireOf(check);
  const issues = reportIssues(questionnaire, report);
  const url = new URL(request.url);
  const context = [
    check.serviceArea ? `Service area: ${check.serviceArea}` : null,
    check.commissioner ? `Commissioner: ${check.commissioner}` : null,
    check.contractLength ? `Contract length: ${check.contractLength}` : null,
  ].filter((line): line is string => line !== null);
  return {
    title: check.title,
    vcsName: check.sides.vcs.name,
    primeName: check.sides.prime.name,
    context,
    report,
    issues,
    decision: boardDecision(report, issues),
    recommendation: check.recommendation,
    labels: reportLabels(questionnaire, report),
    boards: reportBoards(questionnaire, report),
    basePath: homeFor(check.id, role),
    methodUrl: `${url.origin}/how-scoring-works`,
    appendix: url.searchParams.get("appendix") === "yes",
    /** Before → after the joint review (issue 19), once any outcome stands. */
    revised: noReviewReason(check) ? null : revisedVerdictOf(questionnaire, await getJointReview(check, report)),
    generatedOn: new Date().toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" }),
  };
}

export default function OwnerBoardPaper() {
  return <BoardPaper {...useLoaderData<typeof loader>()} />;
}
