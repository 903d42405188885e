import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { EmailUpdates, emailChange } from "~/components/email-updates";
import { readFormData } from "~/http/form-body.server";
import { emailUpdatesAction } from "~/mail/updates.server";
import { getNotificationAddress, mailConfigured } from "~/models/notification.server";
import { ResultSummary } from "~/components/result-summary";
import { SidesProgress } from "~/components/sides-progress";
import { overallProgress, resumeSection, sectionProgress, sectionsFor } from "~/domain/sections";
import { publicCheck } from "~/models/check.server";
import { getReport } from "~/models/report.server";
import { requireSide } from "~/access/side.server";
import { readFlash } from "~/access/session.server";
import { CopyLink } from "~/components/copy-link";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.check.title} – answering for ${data.organisation} – Common Ground` : "Common Ground" },
  { name: "robots", content: "noindex, nofollow" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { summary, role, side, questionnaire, answers, base } = await requireSide(request, params);
  const sections = sectionsFor(questionnaire, role);
  const other = summary.sides[role === "vcs" ? "prime" : "vcs"];
  const report = await getReport(summary);
  const emailAddress = mailConfigured() ? await getNotificationAddress({ checkId: summary.id, role }) : null;
  const url = new URL(request.url);
  return {
    base,
    check: publicCheck(summary),
    role,
    organisation: side.name,
    status: side.status,
    otherName: other.name,
    otherSubmitted: other.status === "submitted",
    /** When the other side submitted, as people read it, so a side need not keep reloading to find out. */
    otherSubmittedOn: other.submittedAt
      ? other.submittedAt.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" })
      : null,
    saved: url.searchParams.has("saved"),
    /** Email updates: null when the site sends no email, or when there is nothing left to tell and no address to remove. */
    email:
      mailConfigured() && (!report || emailAddress)
        ? { address: emailAddress, changed: emailChange(url.searchParams.get("email")) }
        : null,
    sections: sections.map((s) => ({ id: s.id, title: s.title, ...sectionProgress(s, answers) })),
    progress: overallProgress(sections, answers),
    resumeId: resumeSection(sections, answers)?.id ?? null,
    report,
    /** The side's own link, made just now (on claiming the invitation or replacing the link): shown this once. */
    newLink: (await readFlash(request))?.links.find((link) => link.role === role)?.token ?? null,
    origin: new URL(request.url).origin,
  };
}

/** A side keeps or removes its address for updates (plain form posts: no JavaScript needed). */
export async function action({ request, params }: ActionFunctionArgs) {
  const { authority, base } = await requireSide(request, params);
  return emailUpdatesAction(await readFormData(request), authority, base);
}

export default function SideOverview() {
  const data = useLoaderData<typeof loader>();
  const emailForm = useActionData<typeof action>();
  const { base } = data;
  const { check, report } = data;
  const submitted = data.status === "submitted";
  const roleText = data.role === "vcs" ? "the voluntary or community organisation" : "the prime contractor";
  return (
    <>
      {data.newLink ? (
        <div className="success-banner" role="status">
          <h2>This is {data.organisation}’s own link</h2>
          <p>
            <strong>Save it somewhere private now: this is the only time it is shown.</strong> Use it to come back from
            another browser or device, and share it only with colleagues answering for {data.organisation}. The
            invitation you opened no longer works for anyone, and nobody else can see your answers, including the person
            who started the check.
          </p>
          <CopyLink id="own-link" label={`${data.organisation}’s link`} url={`${data.origin}/i/${data.newLink}`} />
        </div>
      ) : null}
      {data.saved ? (
        <div className="success-banner" role="status">
          <p>
            <strong>Your answers have been saved.</strong> Use the same link to come back and carry on.
          </p>
        </div>
      ) : null}
      <span className="caption">Partnership check: answering for {data.organisation}</span>
      <h1>{check.title}</h1>
      <p>
        You are answering for <strong>{data.organisation}</strong>, {roleText}. The other side is{" "}
        <strong>{data.otherName}</strong>.
      </p>

      {!report && !submitted && data.otherSubmittedOn ? (
        <div className="notice notice--info" role="status">
          <p>
            <strong>
              {data.otherName} submitted its answers on {data.otherSubmittedOn}.
            </strong>{" "}
            The result appears on this page as soon as you submit yours.
          </p>
        </div>
      ) : null}

      {report ? (
        <ResultSummary report={report} basePath={base} />
      ) : submitted ? (
        <div className="panel">
          <h2>You have submitted your answers</h2>
          <p>
            {data.otherSubmitted
              ? "Both sides have submitted."
              : `The result will appear here when ${data.otherName} has submitted too. Until then, neither side can see the other’s answers.`}
          </p>
        </div>
      ) : (
        <>
          <p>
            Your answers are private. Nobody, including {data.otherName}, can see them until both sides have submitted.
            You can save and come back at any time with the same link; keep it safe, as anyone with it can answer for{" "}
            {data.organisation}.
          </p>
          <p className="progress">
            {data.progress.answered} of {data.progress.total} questions answered
          </p>
          {data.resumeId ? (
            <Link to={`${base}/section/${data.resumeId}`} className="button button--start" role="button">
              {data.progress.answered === 0 ? "Start answering" : "Continue where you left off"}
            </Link>
          ) : (
            <Link to={`${base}/review`} className="button" role="button">
              Check your answers and submit
            </Link>
          )}
          <h2>Sections</h2>
          <ol className="task-list">
            {data.sections.map((s) => (
              <li key={s.id}>
                <Link to={`${base}/section/${s.id}`}>{s.title}</Link>
                {s.answered === s.total ? (
                  <strong className="tag tag--green">Completed</strong>
                ) : s.answered === 0 ? (
                  <strong className="tag tag--grey">Not started</strong>
                ) : (
                  <strong className="tag">
                    {s.answered} of {s.total} answered
                  </strong>
                )}
              </li>
            ))}
          </ol>
          <p>
            <Link to={`${base}/review`}>Check your answers</Link> before you submit.
          </p>
        </>
      )}
      {submitted ? (
        <p>
          <Link to={`${base}/submitted`}>See, print or download what {data.organisation} submitted</Link>
        </p>
      ) : null}
      <h2>Progress of both sides</h2>
      <SidesProgress sides={check.sides} />
      {data.email ? (
        <EmailUpdates
          email={data.email}
          resultReady={Boolean(report)}
          when="when the other side submits and when the result is ready"
          form={emailForm}
        />
      ) : null}
      <h2>Your link</h2>
      <p>
        {data.organisation}’s private link was shown once, when it was made. If you have lost it, or it may have reached
        someone who should not answer for {data.organisation}, <Link to={`${base}/link`}>replace your link</Link>: the
        old one stops working at once. Only you can do this; the person who started the check cannot.
      </p>
      <Form method="post" action="/sign-out">
        <button type="submit" className="button button--secondary">
          Sign out on this device
        </button>
      </Form>
    </>
  );
}
