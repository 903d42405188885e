import { lastDayKept } from "~/domain/workshop";
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
import { respondentCounts } from "~/models/board.server";
import { workshopPartOf } from "~/access/participant.server";
import { WORKSHOP_CLOSED } from "~/domain/workshop";
import { roundPlaceFor } from "~/access/rounds.server";
import { AfterTheReportLinks, RoundBanner } from "~/components/round-links";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: data
      ? `${data.kind === "respondent" ? data.title : data.check.title} – answering for ${data.organisation} – Common Ground`
      : "Common Ground",
  },
  { name: "robots", content: "noindex, nofollow" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { summary, role, side, questionnaire, answers, base, respondent } = await requireSide(request, params);
  if (respondent) {
    // A respondent's own page: their progress and nothing of anyone else's answers, nor the result.
    const own = sectionsFor(questionnaire, role).filter((s) => s.kind === "dimension");
    return {
      kind: "respondent" as const,
      base,
      title: summary.title,
      organisation: side.name,
      label: respondent.label,
      status: respondent.status,
      sideSubmitted: side.status === "submitted",
      sections: own.map((s) => ({ id: s.id, title: s.title, ...sectionProgress(s, answers) })),
      progress: overallProgress(own, answers),
      resumeId: resumeSection(own, answers)?.id ?? null,
      newLink: (await readFlash(request))?.links.find((link) => link.role === `${role}-respondent`)?.token ?? null,
      origin: new URL(request.url).origin,
    };
  }
  const sections = sectionsFor(questionnaire, role);
  const other = summary.sides[role === "vcs" ? "prime" : "vcs"];
  const report = await getReport(summary);
  const emailAddress = mailConfigured() ? await getNotificationAddress({ checkId: summary.id, role }) : null;
  const url = new URL(request.url);
  const workshop = await workshopPartOf(summary);
  return {
    kind: "lead" as const,
    /**
     * A workshop's part in this check (issue 18): a participant answering alone against the scenario prime, or the
     * facilitator answering a custom scenario's prime side. `closed`: the workshop takes no more answers.
     */
    workshop: workshop
      ? {
          id: workshop.id,
          part: workshop.part,
          title: workshop.title,
          closed: workshop.closed,
          deletedOn: lastDayKept(workshop.deleteAnswersAfter).toLocaleDateString("en-GB", {
            day: "numeric",
            month: "long",
            year: "numeric",
            timeZone: "Europe/London",
          }),
        }
      : null,
    /** A partner search's part in this check (issue 17): the prime answering once for a search, or a candidate. */
    search: summary.search,
    /** The respondents this side's lead has invited (issue 16): how many, and how many have submitted. */
    board: await respondentCounts(side.partyId),
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
    /** Where this check sits among its rounds (issue 19); null for a search's or a workshop's check. */
    round: await roundPlaceFor(request, summary, role),
    /** The side's own link, made just now (on claiming the invitation or replacing the link): shown this once. */
    newLink: (await readFlash(request))?.links.find((link) => link.role === role)?.token ?? null,
    origin: new URL(request.url).origin,
  };
}

/** A side keeps or removes its address for updates (plain form posts: no JavaScript needed). */
export async function action({ request, params }: ActionFunctionArgs) {
  const { authority, base, respondent, summary } = await requireSide(request, params);
  // Email updates are the side's lead's: a respondent's page has no such form. Nor has a partner search's side: the
  // emails speak of one other side, and a search's progress is on its dashboard (a candidate's result is on its page).
  // Nor has a workshop's (issue 18): a participant's result is on its page at once, and the scenario is the
  // facilitator's to watch from the workshop's page.
  if (respondent || summary.search || summary.workshop) throw new Response("Not found", { status: 404 });
  return emailUpdatesAction(await readFormData(request), authority, base);
}

export default function SidePage() {
  const data = useLoaderData<typeof loader>();
  return data.kind === "respondent" ? <RespondentOverview data={data} /> : <SideOverview data={data} />;
}

type Loaded = Awaited<ReturnType<typeof loader>>;

function SideOverview({ data }: { data: Extract<Loaded, { kind: "lead" }> }) {
  const emailForm = useActionData<typeof action>();
  const { base } = data;
  const { check, report } = data;
  const submitted = data.status === "submitted";
  const roleText = data.role === "vcs" ? "the voluntary or community organisation" : "the prime contractor";
  const participant = data.workshop?.part === "participant" ? data.workshop : null;
  const scenario = data.workshop?.part === "workshop" ? data.workshop : null;
  /** A closed workshop's participant, not yet submitted: nothing more can be saved, so no form is offered. */
  const closedToAnswers = Boolean(participant?.closed) && !submitted;
  return (
    <>
      {data.newLink ? (
        <div className="success-banner" role="status">
          <h2>This is {data.organisation}’s own link</h2>
          <p>
            <strong>Save it somewhere private now: this is the only time it is shown.</strong> Use it to come back from
            another browser or device, and share it only with colleagues answering for {data.organisation}.{" "}
            {participant ? (
              <>
                Nobody else can see your answers, nor your result: the facilitator sees only the room’s totals, never
                which organisation said what.
              </>
            ) : data.search?.part === "candidate" ? (
              <>Nobody else can see your answers: {data.otherName} sees them only once you have submitted.</>
            ) : (
              <>
                The invitation you opened no longer works for anyone, and nobody else can see your answers, including
                the person who started the check.
              </>
            )}
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
      {participant?.closed ? (
        <div className="notice notice--warning workshop-closed" role="status">
          <h2 className="notice__title">This workshop has closed</h2>
          <p>{WORKSHOP_CLOSED}</p>
        </div>
      ) : null}
      <span className="caption">
        {data.workshop ? "Workshop" : data.search ? "Partner search" : "Partnership check"}: answering for{" "}
        {data.organisation}
      </span>
      <h1>{check.title}</h1>
      <RoundBanner place={data.round} />
      {participant ? (
        <ParticipantIntro data={data} />
      ) : scenario ? (
        <ScenarioPrimeIntro data={data} workshopId={scenario.id} />
      ) : data.search?.part === "search" ? (
        <SearchPrimeIntro data={data} searchId={data.search.id} />
      ) : data.search?.part === "candidate" ? (
        <p>
          You are answering for <strong>{data.organisation}</strong>, {roleText}, in <strong>{data.otherName}</strong>’s
          partner search for “{check.title}”. {data.otherName} is the prime contractor: it answers its side once, for
          every organisation in the search. You see its answers, in your result, only once you have submitted yours, and
          it sees yours only then. Other organisations in the search never see your answers, nor you theirs.
        </p>
      ) : (
        <p>
          You are answering for <strong>{data.organisation}</strong>, {roleText}. The other side is{" "}
          <strong>{data.otherName}</strong>.
        </p>
      )}

      {!report && !submitted && data.otherSubmittedOn && !data.workshop ? (
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
        <>
          {/* First, before the result's long list of flags: the page the participant takes home. */}
          {participant ? <SummaryLink base={base} /> : null}
          <ResultSummary report={report} basePath={base} />
          {data.round ? <AfterTheReportLinks base={base} /> : null}
        </>
      ) : submitted && scenario ? (
        <div className="panel">
          <h2>You have submitted the scenario</h2>
          <p>
            Participants can now join and answer against it. Each sees its own result against these answers as soon as
            it submits.
          </p>
          <p>
            <Link to={`/workshops/${scenario.id}`}>Back to the workshop</Link>
          </p>
        </div>
      ) : closedToAnswers ? (
        <p className="progress">
          {data.progress.answered} of {data.progress.total} questions answered before the workshop closed
        </p>
      ) : submitted && data.search?.part === "search" ? (
        <div className="panel">
          <h2>You have submitted your answers</h2>
          <p>
            They are used for every candidate in the search. Each candidate’s result is on{" "}
            <Link to={`/searches/${data.search.id}`}>the search’s dashboard</Link> once that candidate has submitted its
            own answers.
          </p>
        </div>
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
            {participant
              ? "Your answers are private: the facilitator sees only the room’s totals, and nothing until three organisations have submitted."
              : scenario
                ? "Participants see your answers, in their result, only once they have submitted their own."
                : data.search?.part === "search"
                  ? "Your answers are private: no candidate can see them before it has submitted its own."
                  : `Your answers are private. Nobody, including ${data.otherName}, can see them until both sides have submitted.`}{" "}
            You can save and come back at any time with the same link; keep it safe, as anyone with it can answer for{" "}
            {data.organisation}.
          </p>
          {data.round && data.round.number > 1 ? (
            <div className="notice notice--info">
              <p>
                <strong>
                  This is a check-up: your answers start from your answers in{" "}
                  {data.round.previous?.name ?? "the round before"}.
                </strong>{" "}
                Go through each section and change what has moved since then; nothing is sent until you submit. The
                figures (money, referrals and the like) are asked again, as they will have changed.
              </p>
            </div>
          ) : null}
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
          <SectionTaskList base={base} sections={data.sections} />
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
      {/* A participant's answers are a workshop exercise, deleted after it: no profile to keep or import. */}
      {participant ? null : <ProfileLinks base={base} submitted={submitted} organisation={data.organisation} />}
      {data.search?.part === "candidate" ? (
        <>
          <h2>Withdrawing</h2>
          <p>
            You can withdraw from {data.otherName}’s search at any time, before or after you submit: your answers and
            your result are deleted, and {data.otherName} no longer sees you among its candidates.{" "}
            <Link to={`${base}/withdraw`}>Withdraw your application</Link>
          </p>
        </>
      ) : null}
      {/* A workshop participant answers alone; a workshop's scenario is one person's to write. */}
      {data.workshop ? null : !submitted || data.board.invited > 0 ? <BoardPanel data={data} /> : null}
      {data.search?.part === "search" || data.workshop ? null : (
        <>
          <h2>Progress of both sides</h2>
          <SidesProgress sides={check.sides} />
        </>
      )}
      {/* No email about a partner search: the emails speak of one other side; its progress is on the dashboard. */}
      {data.email && !data.search && !data.workshop ? (
        <EmailUpdates
          email={data.email}
          resultReady={Boolean(report)}
          when="when the other side submits and when the result is ready"
          form={emailForm}
        />
      ) : null}
      <h2>Your link</h2>
      {participant ? (
        <p>
          Your private link was shown once, when you joined. Open it to come back to your answers, your result and your
          summary from another browser or device, until they are deleted at the end of {participant.deletedOn}.
        </p>
      ) : (
        <p>
          {data.organisation}’s private link was shown once, when it was made. If you have lost it, or it may have
          reached someone who should not answer for {data.organisation},{" "}
          <Link to={`${base}/link`}>replace your link</Link>: the old one stops working at once. Only you can do this;
          the person who started the check cannot.
        </p>
      )}
      <Form method="post" action="/sign-out">
        <button type="submit" className="button button--secondary">
          Sign out on this device
        </button>
      </Form>
    </>
  );
}

/** A workshop participant answers alone against the workshop's scenario prime (issue 18). */
function ParticipantIntro({ data }: { data: Extract<Loaded, { kind: "lead" }> }) {
  return (
    <p>
      You are answering for <strong>{data.organisation}</strong> in the workshop “{data.workshop?.title}”, against its
      scenario prime, <strong>{data.otherName}</strong>: an example prime contractor, chosen by the facilitator to test
      what you would and would not accept.{" "}
      {data.workshop?.closed && data.status !== "submitted"
        ? "The workshop closed before you submitted, so there is no result to show."
        : "Your result against it appears here as soon as you submit."}{" "}
      Your answers are deleted at the end of {data.workshop?.deletedOn}.
    </p>
  );
}

/** The facilitator of a workshop with its own scenario answers as that scenario's prime (issue 18). */
function ScenarioPrimeIntro({ data, workshopId }: { data: Extract<Loaded, { kind: "lead" }>; workshopId: string }) {
  return (
    <>
      <p>
        You are answering as the prime in your workshop’s scenario, <strong>{data.organisation}</strong>. Answer as that
        prime would: every participant answers its own side against these answers and sees them, in its result, once it
        has submitted. Participants can join once you have submitted the scenario.
      </p>
      <p>
        <Link to={`/workshops/${workshopId}`}>Back to the workshop</Link>
      </p>
    </>
  );
}

/** A participant's take-home page, once its result is ready (issue 18). */
function SummaryLink({ base }: { base: string }) {
  return (
    <div className="panel workshop-takeaway">
      <h2>For your board</h2>
      <p>
        One page to print or download: your red lines, where you can be flexible, the dealbreakers this scenario
        triggered and the questions to take back.
      </p>
      <p>
        <Link to={`${base}/summary`} className="button">
          What we will and won’t compromise on
        </Link>
      </p>
    </div>
  );
}

/** The prime of a partner search answers once, for every candidate (issue 17). */
function SearchPrimeIntro({ data, searchId }: { data: Extract<Loaded, { kind: "lead" }>; searchId: string }) {
  return (
    <>
      <p>
        You are answering for <strong>{data.organisation}</strong>, the prime contractor, once for the whole partner
        search. Your answers are used for every candidate in the search: each candidate answers its own side, and sees
        your answers, in its result, only after it has submitted its own. You see each candidate’s answers only once
        that candidate has submitted.
      </p>
      <p>
        <Link to={`/searches/${searchId}`}>Back to the search’s dashboard</Link>
      </p>
    </>
  );
}

/** A side's answers as a file to keep, and (before submitting) answers from such a file (issue 17). */
function ProfileLinks({ base, submitted, organisation }: { base: string; submitted: boolean; organisation: string }) {
  return (
    <section aria-labelledby="profile-heading">
      <h2 id="profile-heading">Saved profile</h2>
      <p>Keep {organisation}’s answers, notes included, as a file to start another check or partner search from.</p>
      <ul className="list">
        <li>
          <a href={`${base}/profile.json`} download>
            Save your answers as a profile (JSON)
          </a>
        </li>
        {submitted ? null : (
          <li>
            <Link to={`${base}/import`}>Import answers from a saved profile</Link>
          </li>
        )}
      </ul>
    </section>
  );
}

/** A side's lead: answer alone, or invite the board and submit its combined answer (issue 16). */
function BoardPanel({ data }: { data: Extract<Loaded, { kind: "lead" }> }) {
  const { base, board } = data;
  const submitted = data.status === "submitted";
  if (board.invited === 0) {
    return (
      <section aria-labelledby="board-heading">
        <h2 id="board-heading">Answering as a board</h2>
        <p>
          If {data.organisation}’s answer should be the board’s, not one person’s, invite your trustees and colleagues
          to answer on their own. Each gets a private link; you see how far apart they are once three have submitted
          (never who said what), then review the combined answer and submit it.
        </p>
        <p>
          <Link to={`${base}/respondents`}>Invite people to answer</Link>
        </p>
      </section>
    );
  }
  return (
    <section aria-labelledby="board-heading" className="panel">
      <h2 id="board-heading">The board’s answers</h2>
      <p>
        {board.submitted} of {board.invited} {board.invited === 1 ? "person has" : "people have"} submitted.{" "}
        {submitted
          ? `${data.organisation}’s combined answer has been submitted.`
          : "Your own answers, in the sections above, count as one more once every question is answered. The figures are yours alone."}
      </p>
      <ul className="list">
        <li>
          <Link to={`${base}/respondents`}>
            {submitted ? "See who answered" : "People answering: invite or withdraw"}
          </Link>
        </li>
        {submitted ? null : (
          <li>
            <Link to={`${base}/board`}>Review the board’s answer and submit</Link>
          </li>
        )}
      </ul>
    </section>
  );
}

/** A respondent's page: their own progress, and what happens to their answers. */
function RespondentOverview({ data }: { data: Extract<Loaded, { kind: "respondent" }> }) {
  const { base } = data;
  const closed = data.sideSubmitted && data.status !== "submitted";
  return (
    <>
      {data.newLink ? (
        <div className="success-banner" role="status">
          <h2>This is your own link</h2>
          <p>
            <strong>Save it somewhere private now: this is the only time it is shown.</strong> Use it to come back from
            another browser or device. Do not share it: it opens your answers, and nobody else’s. The invitation you
            opened no longer works for anyone, including the person who sent it.
          </p>
          <CopyLink id="own-link" label="Your link" url={`${data.origin}/i/${data.newLink}`} />
        </div>
      ) : null}
      <span className="caption">
        Partnership check: your own answers for {data.organisation}
        {data.label ? ` (${data.label})` : ""}
      </span>
      <h1>{data.title}</h1>
      <p>
        You have been asked to answer for <strong>{data.organisation}</strong>, on your own. Your answers are combined
        with those of the others asked, into one answer that {data.organisation}’s lead reviews and submits.
      </p>
      <div className="notice notice--info">
        <h2 className="notice__title">Who sees your answers</h2>
        <ul className="list">
          <li>The others asked never see your answers, and the lead never sees them shown as yours.</li>
          <li>
            Once at least three of the people invited have submitted, the lead sees how many chose each position on each
            question, never who chose what. Until then the lead sees only the combined answer; with only one or two
            others answering, that can say a good deal about each person’s answers.
          </li>
          <li>The lead can see who has submitted, but not what anyone said.</li>
          <li>
            A note stays private unless you tick “Share my note with the lead”; it is then shown without your name.
          </li>
        </ul>
      </div>
      {data.status === "submitted" ? (
        <div className="panel">
          <h2>You have submitted your answers</h2>
          <p>
            Thank you. They can no longer be changed.{" "}
            {data.sideSubmitted
              ? `${data.organisation}’s combined answer has now been submitted.`
              : `${data.organisation}’s lead will submit the combined answer.`}
          </p>
          <p>
            <Link to={`${base}/submitted`}>See what you submitted</Link>
          </p>
        </div>
      ) : closed ? (
        <div className="panel">
          <h2>{data.organisation} has submitted its answer</h2>
          <p>The lead submitted the combined answer before you submitted yours, so your answers were not counted.</p>
        </div>
      ) : (
        <>
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
          <SectionTaskList base={base} sections={data.sections} />
        </>
      )}
      <Form method="post" action="/sign-out">
        <button type="submit" className="button button--secondary">
          Sign out on this device
        </button>
      </Form>
    </>
  );
}

function SectionTaskList(props: {
  base: string;
  sections: ReadonlyArray<{ id: string; title: string; answered: number; total: number }>;
}) {
  return (
    <ol className="task-list">
      {props.sections.map((s) => (
        <li key={s.id}>
          <Link to={`${props.base}/section/${s.id}`}>{s.title}</Link>
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
  );
}
