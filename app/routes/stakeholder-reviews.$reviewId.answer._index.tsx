/**
 * A stakeholder's home in a stakeholder review (issue 20), and the provider's for its self-assessment (the same
 * module at …/self-assessment): the service, the six themes with how far each is answered, the privacy promise,
 * the person's own link shown once, and after submission what they submitted, read-only.
 */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireAnswerer } from "~/access/stakeholder-answer.server";
import { readFlash } from "~/access/session.server";
import { CopyLink } from "~/components/copy-link";
import { PrivacyPromise, StakeholderAnswerSummary } from "~/components/stakeholder-answers";
import { FREE_TEXT_STEP, describeAnswers, resumeStep, themeProgress } from "~/domain/stakeholder/answering";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: data
      ? `${data.role === "provider" ? "Your self-assessment" : "Your view"} – ${data.service} – Common Ground`
      : "Common Ground",
  },
  { name: "robots", content: "noindex, nofollow" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { role, review, questionnaire, answers, submittedAt, closed, base } = await requireAnswerer(request, params);
  const themes = themeProgress(questionnaire, answers);
  return {
    role,
    base,
    service: review.service,
    providerName: review.providerName,
    commissionerName: review.commissionerName,
    closed,
    submittedOn: submittedAt
      ? submittedAt.toLocaleDateString("en-GB", {
          day: "numeric",
          month: "long",
          year: "numeric",
          timeZone: "Europe/London",
        })
      : null,
    themes,
    answered: themes.reduce((n, t) => n + t.answered, 0),
    total: themes.reduce((n, t) => n + t.total, 0),
    freeTextAnswered: Object.keys(answers.text).length,
    resume: resumeStep(questionnaire, answers),
    /** What they gave, read-only, once it can no longer change. */
    sections: submittedAt || closed ? describeAnswers(questionnaire, role, answers) : null,
    saved: new URL(request.url).searchParams.has("saved"),
    /** The stakeholder's own link, made just now (on accepting an invitation or joining): shown this once. */
    newLink:
      role === "stakeholder"
        ? ((await readFlash(request))?.links.find((link) => link.role === "stakeholder")?.token ?? null)
        : null,
    origin: new URL(request.url).origin,
  };
}

export default function AnswerOverview() {
  const data = useLoaderData<typeof loader>();
  const { base } = data;
  const provider = data.role === "provider";
  return (
    <>
      {data.newLink ? (
        <div className="success-banner" role="status">
          <h2>This is your own link</h2>
          <p>
            <strong>Save it somewhere private now: this is the only time it is shown.</strong> Use it to come back to
            your answers from another browser or device. Do not share it: anyone with it can see and change your
            answers. The link you opened no longer works for anyone.
          </p>
          <CopyLink id="own-link" label="Your own link" url={`${data.origin}/i/${data.newLink}`} />
        </div>
      ) : null}
      {data.saved ? (
        <div className="success-banner" role="status">
          <p>
            <strong>Your answers have been saved.</strong>{" "}
            {provider ? "Come back to carry on at any time." : "Use your own link to come back and carry on."}
          </p>
        </div>
      ) : null}
      <span className="caption">{provider ? "Self-assessment" : "Stakeholder review"}</span>
      <h1>{data.service}</h1>
      <p>
        {provider ? (
          <>
            This is {data.providerName}’s self-assessment, answered once for the organisation. It asks the same
            questions as the stakeholders, about yourselves.
          </>
        ) : (
          <>
            {data.providerName} runs this service. {data.commissionerName}, which commissions it, and{" "}
            {data.providerName} are asking the people and organisations who work with it for their view.
            {data.submittedOn || data.closed ? null : " It takes about 10 minutes."}
          </>
        )}
      </p>
      {data.submittedOn ? (
        <div className="panel stakeholder-confirmation" role="status">
          <h2>Your answers have been submitted</h2>
          <p>
            You submitted them on {data.submittedOn}. Thank you.{" "}
            {data.closed
              ? "The review has closed."
              : "They can no longer change. Nobody sees any results until the review closes."}
          </p>
        </div>
      ) : data.closed ? (
        <div className="notice notice--warning" role="status">
          <h2 className="notice__title">This review has closed</h2>
          <p>
            It takes no more answers. Your saved answers are kept, but they were not submitted, so they are not counted
            in the results. If you think this is a mistake, contact {data.commissionerName}.
          </p>
        </div>
      ) : (
        <>
          <p className="progress">
            {data.answered} of {data.total} statements answered
          </p>
          {data.answered < data.total ? (
            <Link to={`${base}/${data.resume}`} className="button button--start" role="button">
              {data.answered === 0 ? "Start" : "Continue where you left off"}
            </Link>
          ) : (
            <Link to={`${base}/check`} className="button" role="button">
              Check your answers and submit
            </Link>
          )}
          <h2>Themes</h2>
          <ol className="task-list">
            {data.themes.map((t) => (
              <li key={t.id}>
                <Link to={`${base}/${t.id}`}>{t.title}</Link>
                {t.answered === t.total ? (
                  <strong className="tag tag--green">Completed</strong>
                ) : t.answered === 0 ? (
                  <strong className="tag tag--grey">Not started</strong>
                ) : (
                  <strong className="tag">
                    {t.answered} of {t.total} answered
                  </strong>
                )}
              </li>
            ))}
            <li>
              <Link to={`${base}/${FREE_TEXT_STEP}`}>One thing to change</Link>
              <strong className={data.freeTextAnswered > 0 ? "tag tag--green" : "tag tag--grey"}>
                {data.freeTextAnswered > 0 ? "Answered" : "Optional"}
              </strong>
            </li>
          </ol>
          <p>
            <Link to={`${base}/check`}>Check your answers and submit</Link>
          </p>
        </>
      )}
      <PrivacyPromise data={data} />
      {data.sections ? (
        // Folded: a long read-only list; open by default it would push the promise and the next steps off a phone.
        <details className="stakeholder-answers">
          <summary>{data.submittedOn ? "See what you submitted" : "See your saved answers"}</summary>
          <StakeholderAnswerSummary sections={data.sections} base={null} />
        </details>
      ) : null}
    </>
  );
}
