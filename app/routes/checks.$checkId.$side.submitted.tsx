import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireSide } from "~/access/side.server";
import { BidCandyPanel } from "~/components/bid-candy-panel";
import { ResultSummary } from "~/components/result-summary";
import { bidCandyTerms } from "~/formats/bid-candy";
import { getReport } from "~/models/report.server";
import { getSideAnswers } from "~/models/response.server";
import { FACTS_SECTION_ID } from "~/domain/sections";
import { describeSideAnswers } from "~/formats/side-answers";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `What ${data.organisation} submitted – ${data.checkTitle} – Common Ground` : "Common Ground" },
  { name: "robots", content: "noindex, nofollow" },
];

/**
 * After submitting, a side sees exactly what it submitted (its own answers,
 * never the other side's), to print or download, whether or not the result is
 * ready. Before submitting, "Check your answers" is the page for this.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { summary, role, side, questionnaire, answers, base, respondent } = await requireSide(request, params);
  if (respondent) {
    // A respondent sees their own answers as they submitted them (there is no download: the side's are the lead's).
    if (respondent.status !== "submitted") throw redirect(`${base}/review`);
    return {
      base,
      checkTitle: summary.title,
      organisation: side.name,
      respondent: true,
      searchId: null,
      participantReport: null,
      primeName: summary.sides.prime.name,
      bidCandy: null,
      submittedOn: null,
      sections: describeSideAnswers(questionnaire, role, answers).filter((s) => s.id !== FACTS_SECTION_ID),
    };
  }
  if (side.status !== "submitted" || !side.submittedAt) throw redirect(`${base}/review`);
  // A partner search's candidate, once the prime has submitted too: the prime's terms on referrals and naming
  // partners (issue 17). getReport is null until both have submitted, so this is never shown sealed.
  const report = role === "vcs" && summary.search?.part === "candidate" ? await getReport(summary) : null;
  // A workshop's participant sees its own result against the scenario at once (issue 18): the scenario is always
  // submitted before anyone can join, so the result is ready as soon as the participant's answers are.
  const participantReport =
    role === "vcs" && summary.workshop?.part === "participant" ? await getReport(summary) : null;
  return {
    base,
    participantReport,
    searchId: summary.search?.part === "search" ? summary.search.id : null,
    primeName: summary.sides.prime.name,
    bidCandy: report
      ? bidCandyTerms(questionnaire, report, await getSideAnswers(summary.sides.prime.responseId))
      : null,
    checkTitle: summary.title,
    organisation: side.name,
    respondent: false,
    submittedOn: side.submittedAt.toLocaleString("en-GB", {
      day: "numeric",
      month: "long",
      year: "numeric",
      hour: "numeric",
      minute: "2-digit",
      timeZone: "Europe/London",
    }),
    sections: describeSideAnswers(questionnaire, role, answers),
  };
}

export default function Submitted() {
  const {
    base,
    checkTitle,
    organisation,
    submittedOn,
    sections,
    respondent,
    searchId,
    primeName,
    bidCandy,
    participantReport,
  } = useLoaderData<typeof loader>();
  return (
    <>
      <p className="no-print">
        <Link to={base}>Back to the check</Link>
      </p>
      <span className="caption">{checkTitle}</span>
      <h1>{respondent ? "What you submitted" : `What ${organisation} submitted`}</h1>
      {respondent ? (
        <p>
          These are your own answers exactly as you submitted them. They cannot be changed. They are combined with the
          others’ answers for {organisation}, and nobody sees which answers are yours.
        </p>
      ) : participantReport ? (
        <>
          <p>
            These are {organisation}’s answers exactly as submitted on {submittedOn}. They cannot be changed. Your
            result against the scenario prime, {primeName}, is below; the facilitator sees only the room’s totals.
          </p>
          <div className="no-print">
            <p>
              <Link to={`${base}/summary`} className="button">
                What we will and won’t compromise on
              </Link>
            </p>
            <ResultSummary report={participantReport} basePath={base} />
          </div>
          <h2>Your answers</h2>
        </>
      ) : searchId ? (
        <>
          <p>
            These are {organisation}’s answers exactly as submitted on {submittedOn}. They cannot be changed. They are
            used for every candidate in the partner search: each candidate sees them, in its result, only once it has
            submitted its own.
          </p>
          <p className="no-print">
            <Link to={`/searches/${searchId}`}>Back to the search’s dashboard</Link>
          </p>
        </>
      ) : (
        <p>
          These are {organisation}’s answers exactly as submitted on {submittedOn}. They cannot be changed. The other
          side sees them in the result only once both sides have submitted.
        </p>
      )}
      {bidCandy ? <BidCandyPanel primeName={primeName} terms={bidCandy} reportPath={`${base}/report`} /> : null}
      {respondent ? null : (
        <ul className="list no-print">
          <li>
            <a href={`${base}/submitted/csv`} download>
              Download as a spreadsheet (CSV)
            </a>
          </li>
          <li>
            <a href={`${base}/submitted/json`} download>
              Download as data (JSON, as the API gives it)
            </a>
          </li>
          <li>To print, use your browser’s Print command: the page prints without its links.</li>
        </ul>
      )}
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`submitted-${section.id}`}>
          <h2 id={`submitted-${section.id}`}>{section.title}</h2>
          <dl className="summary-list summary-list--read-only">
            {section.rows.map((row) => (
              <div className="summary-list__row" key={row.id}>
                <dt>
                  <span className="summary-list__number">Question {row.number}</span> {row.question}
                </dt>
                <dd>{row.answer ? row.answer.map((line) => <div key={line}>{line}</div>) : "Not answered"}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </>
  );
}
