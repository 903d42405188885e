import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireSearchCandidateReport } from "~/access/search-candidate.server";
import { BoardPaper } from "~/components/board-paper";
import { boardDecision } from "~/domain/flag-groups";
import { reportBoards, reportIssues, reportLabels } from "~/formats/report-labels";
import { questionnaireOf } from "~/models/questionnaire.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Board paper: ${data.vcsName} for ${data.title} – Common Ground` : "Common Ground" },
  { name: "robots", content: "noindex, nofollow" },
];

/** A candidate's board paper, for the search's owner: the same paper as any check's (app/routes/checks.$checkId.print.tsx). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { search, candidate, check, report } = await requireSearchCandidateReport(request, params);
  const questionnaire = questionnaireOf(check);
  const issues = reportIssues(questionnaire, report);
  const url = new URL(request.url);
  return {
    title: search.title,
    vcsName: check.sides.vcs.name,
    primeName: check.sides.prime.name,
    context: [],
    report,
    issues,
    decision: boardDecision(report, issues),
    recommendation: null,
    labels: reportLabels(questionnaire, report),
    boards: reportBoards(questionnaire, report),
    basePath: `/searches/${search.id}/candidates/${candidate.id}`,
    methodUrl: `${url.origin}/how-scoring-works`,
    appendix: url.searchParams.get("appendix") === "yes",
    generatedOn: new Date().toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" }),
  };
}

export default function CandidateBoardPaper() {
  return <BoardPaper {...useLoaderData<typeof loader>()} />;
}
