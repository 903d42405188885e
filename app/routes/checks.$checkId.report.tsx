import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireReport } from "~/access/report.server";
import { noReviewReason } from "~/access/review.server";
import { homeFor } from "~/access/session.server";
import { BidCandyPanel } from "~/components/bid-candy-panel";
import { Recommendation } from "~/components/recommendation";
import { RevisedVerdict } from "~/components/revised-verdict";
import { ReportSummary } from "~/components/report-summary";
import { flagKey } from "~/domain/flags";
import { bidCandyTerms } from "~/formats/bid-candy";
import { revisedVerdictOf } from "~/formats/joint-review-text";
import { reportBoards, reportIssues, reportLabels } from "~/formats/report-labels";
import { parseForm } from "~/forms/parse.server";
import { outcomeSchema, recommendationSchema } from "~/forms/schemas.server";
import { saveRecommendation } from "~/models/check.server";
import { recordFlagOutcome } from "~/models/outcome.server";
import { questionnaireOf } from "~/models/questionnaire.server";
import { getSideAnswers } from "~/models/response.server";
import { getJointReview } from "~/models/review.server";
import { getRoundLink } from "~/models/round.server";
import { roundName } from "~/domain/rounds";
import { readFormData } from "~/http/form-body.server";
import type { RouteHandle } from "~/root";

/**
 * The full report is read, not used: its charts are drawn on the server, its
 * detail folds with native disclosures and its forms post without JavaScript,
 * so the page ships no scripts (issue 14: hydrating 159 KB of HTML and d3 cost
 * 0.7 to 3 s of blocking time).
 */
export const handle: RouteHandle = { hydrate: false };

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Report: ${data.title} – Common Ground` : "Common Ground" },
  { name: "robots", content: "noindex, nofollow" },
];

/** `?section=all` shows every section's question-by-question comparison on one page. */
const ALL_SECTIONS = "all";

/**
 * The full report, for the owner (this route) or a side (the same module under /checks/<id>/<side>/report).
 * The question-by-question comparison shows one section at a time (`?section=<id>`, by default the section of
 * the first flag, the first thing to discuss): it is two thirds of the page, and the page is rendered afresh
 * for every request. The board paper (…/print) and `?section=all` show every section.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { check, report, role } = await requireReport(request, params);
  const questionnaire = questionnaireOf(check);
  const labels = reportLabels(questionnaire, report).dimensions.filter((d) => d.items.length > 0);
  const wanted = new URL(request.url).searchParams.get("section");
  const firstFlagged = report.items.find((i) => report.flags[0]?.itemIds.includes(i.id))?.dimensionId;
  const shown =
    wanted === ALL_SECTIONS
      ? labels
      : [labels.find((d) => d.id === wanted) ?? labels.find((d) => d.id === firstFlagged) ?? labels[0]!];
  const home = homeFor(check.id, role);
  // The joint review (issue 19): always a link to it, and the revised verdict once any outcome stands.
  const jointReview = noReviewReason(check)
    ? null
    : {
        href: `${home}/joint-review`,
        revised: revisedVerdictOf(questionnaire, await getJointReview(check, report)),
      };
  // A check-up's report points to its comparison with the round before (issue 19, "Check-ups").
  const link = jointReview ? await getRoundLink(check.id) : null;
  const checkUp = link?.previousCheckId
    ? { name: roundName(link.number, link.occasion), href: `${home}/rounds` }
    : null;
  return {
    title: check.title,
    vcsName: check.sides.vcs.name,
    primeName: check.sides.prime.name,
    report,
    issues: reportIssues(questionnaire, report),
    boards: reportBoards(questionnaire, report),
    recommendation: check.recommendation,
    dimensions: shown,
    sections: labels.map((d) => ({ id: d.id, title: d.title, shown: shown.includes(d) })),
    home,
    jointReview,
    checkUp,
    canRecordOutcomes: role === "owner",
    /** A partner search's candidate sees the prime's terms on referrals and naming partners (issue 17). */
    bidCandy:
      role === "vcs" && check.search?.part === "candidate"
        ? bidCandyTerms(questionnaire, report, await getSideAnswers(check.sides.prime.responseId))
        : null,
  };
}

/** The owner records what became of a flag after the two sides talked, or writes the recommendation to the board. */
export async function action({ request, params }: ActionFunctionArgs) {
  if (params.side !== undefined)
    throw new Response("Only the person who started the check can record outcomes.", { status: 403 });
  const { check, report } = await requireReport(request, params);
  const formData = await readFormData(request);
  if (formData.get("intent") === "recommendation") {
    const parsed = parseForm(formData, recommendationSchema);
    if (!parsed.ok) {
      return data({ recommendationError: { errors: parsed.errors, values: parsed.values } }, { status: 400 });
    }
    await saveRecommendation({ checkId: check.id, recommendation: parsed.value.recommendation });
    return redirect(`/checks/${check.id}/report#recommendation`, 303);
  }
  const result = parseForm(formData, outcomeSchema);
  if (!result.ok) {
    const key = formData.get("flagKey");
    return data(
      { outcomeError: { flagKey: typeof key === "string" ? key : "", errors: result.errors, values: result.values } },
      { status: 400 },
    );
  }
  const { flagKey: key, outcome, note } = result.value;
  if (!report.flags.some((flag) => flagKey(flag) === key)) {
    throw new Response("There is no such flag in this check’s report.", { status: 400 });
  }
  await recordFlagOutcome({ checkId: check.id, flagKey: key, outcome, note });
  return redirect(`/checks/${check.id}/report#flag-${encodeURIComponent(key)}`, 303);
}

export default function FullReport() {
  const {
    title,
    vcsName,
    primeName,
    report,
    issues,
    boards,
    recommendation,
    dimensions,
    sections,
    home,
    jointReview,
    checkUp,
    canRecordOutcomes,
    bidCandy,
  } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const outcomeError = actionData && "outcomeError" in actionData ? actionData.outcomeError : null;
  const recommendationError = actionData && "recommendationError" in actionData ? actionData.recommendationError : null;
  return (
    <>
      <p className="no-print">
        <Link to={home}>Back to the check</Link>
      </p>
      <span className="caption">Partnership check report</span>
      <h1>{title}</h1>
      <p>
        Between <strong>{vcsName}</strong> (the voluntary or community organisation) and <strong>{primeName}</strong>{" "}
        (the prime contractor).
      </p>
      {checkUp ? (
        <p className="round-banner">
          <strong>{checkUp.name}.</strong> <Link to={checkUp.href}>Compare it with the round before</Link>
        </p>
      ) : null}
      {jointReview ? (
        <p className="no-print report-joint-review-link">
          <Link to={jointReview.href}>Joint review</Link>: record with the other side what you agreed on each flag.
        </p>
      ) : null}
      {jointReview?.revised ? <RevisedVerdict view={jointReview.revised} /> : null}
      {bidCandy ? <BidCandyPanel primeName={primeName} terms={bidCandy} /> : null}
      <ReportSummary
        report={report}
        issues={issues}
        vcsName={vcsName}
        primeName={primeName}
        basePath={home}
        dimensions={dimensions}
        boards={boards}
        outcomeForms={canRecordOutcomes ? { error: outcomeError } : undefined}
        recommendation={
          <Recommendation text={recommendation} form={canRecordOutcomes ? { error: recommendationError } : undefined} />
        }
      />
      <SectionLinks sections={sections} path={`${home}/report`} />
    </>
  );
}

function SectionLinks({
  sections,
  path,
}: {
  sections: Array<{ id: string; title: string; shown: boolean }>;
  path: string;
}) {
  const all = sections.every((s) => s.shown);
  return (
    <nav className="no-print" aria-labelledby="report-sections">
      <h3 id="report-sections">Question by question, section by section</h3>
      <ul>
        {sections.map((s) =>
          s.shown && !all ? (
            <li key={s.id} aria-current="page">
              {s.title} (shown above)
            </li>
          ) : (
            <li key={s.id}>
              <Link to={`${path}?section=${s.id}#report-${s.id}`}>{s.title}</Link>
            </li>
          ),
        )}
        {all ? null : (
          <li>
            <Link to={`${path}?section=${ALL_SECTIONS}`}>Every section on one page</Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
