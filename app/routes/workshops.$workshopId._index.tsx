/**
 * The facilitator's page (issue 18): how participants join (the code, the
 * link and its QR code), how many have joined and submitted, the scenario the
 * room answers against, and the workshop's controls: close or reopen it,
 * download the room's figures, and delete it. Nothing here shows any one
 * participant's answers or name: only counts over the room.
 */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requireFacilitator } from "~/access/workshop.server";
import { readFlash } from "~/access/session.server";
import { CopyLink } from "~/components/copy-link";
import { QrCode } from "~/components/qr-code";
import { answeringMinutes } from "~/domain/answering-time";
import { QUESTION_SET_LABELS } from "~/domain/questionnaires";
import { CUSTOM_SCENARIO, formatJoinCode, MIN_SUBMITTED_FOR_FIGURES } from "~/domain/workshop";
import { getWorkshopProfile } from "~/domain/workshop-profiles";
import { optionLabel } from "~/domain/flag-text";
import { factValueText } from "~/formats/answer-text";
import { ukDay } from "~/formats/closing-date";
import { qrPicture } from "~/formats/qr.server";
import { calendarDay, calendarDayAfter } from "~/formats/workshop-dates";
import { questionnaireOf } from "~/models/questionnaire.server";
import { getWorkshopFigures } from "~/models/workshop.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.workshop.title} – your workshop – Common Ground` : "Common Ground" },
  { name: "robots", content: "noindex, nofollow" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { workshop } = await requireFacilitator(request, params.workshopId);
  const url = new URL(request.url);
  const [flash, figures] = await Promise.all([readFlash(request), getWorkshopFigures(workshop)]);
  const joinLink = `${url.origin}/join/${workshop.joinCode}`;
  const questionnaire = questionnaireOf(workshop);
  const profile = workshop.profile === CUSTOM_SCENARIO ? null : (getWorkshopProfile(workshop.profile) ?? null);
  const questions = questionnaire.dimensions.reduce((n, d) => n + d.items.length, 0);
  const figuresAsked = questionnaire.facts.filter((f) => f.side === "vcs").length;
  return {
    workshop: {
      id: workshop.id,
      title: workshop.title,
      heldOn: calendarDay(workshop.heldOn),
      code: formatJoinCode(workshop.joinCode),
      joinLink,
      joinPage: `${url.host}/join`,
      primeName: workshop.primeName,
      custom: profile === null,
      scenarioReady: workshop.scenarioReady,
      primePath: `/checks/${workshop.checkId}/prime`,
      closedOn: workshop.closedAt ? ukDay(workshop.closedAt) : null,
      answersDeletedOn: workshop.answersDeletedAt ? ukDay(workshop.answersDeletedAt) : null,
      deleteOn: calendarDayAfter(workshop.heldOn, workshop.retentionDays),
      retentionDays: workshop.retentionDays,
    },
    qr: qrPicture(joinLink),
    counts: { joined: figures.joined, submitted: figures.submitted },
    /** After the facilitator replaced their own link (/checks/<id>/replace/owner, which comes back here). */
    replaced: url.searchParams.get("replaced") === "owner",
    newLinks: (flash?.links ?? []).flatMap(({ role, token }) =>
      role === "owner" || role === "prime" ? [{ role, url: `${url.origin}/i/${token}` }] : [],
    ),
    asked: {
      set: QUESTION_SET_LABELS[workshop.questionSet],
      sections: [
        ...questionnaire.dimensions.map((d) => d.title),
        ...(questionnaire.facts.length > 0 ? ["Facts and figures"] : []),
      ],
      /** Every section of the bank is asked: the page says so rather than listing them all. */
      everySection:
        questionnaire.dimensions.length === questionnaireOf({ ...workshop, sections: null }).dimensions.length,
      questions,
      figures: figuresAsked,
      minutes: answeringMinutes(questions, figuresAsked),
    },
    scenario: profile
      ? {
          summary: profile.summary,
          answers: questionnaire.dimensions.map((d) => ({
            id: d.id,
            title: d.title,
            items: d.items.flatMap((item) => {
              const answer = profile.answers[item.id];
              return answer
                ? [
                    {
                      id: item.id,
                      prompt: item.prompt.vcs,
                      preferred: `Position ${answer.preferred}: ${optionLabel(item, "prime", answer.preferred)}`,
                      range:
                        answer.acceptable.min === answer.acceptable.max
                          ? null
                          : `${answer.acceptable.min} to ${answer.acceptable.max}`,
                      redLine: answer.redLine,
                      note: answer.note,
                    },
                  ]
                : [];
            }),
          })),
          facts: questionnaire.facts
            .filter((f) => f.side === "prime")
            .flatMap((f) => {
              const given = profile.facts[f.id];
              return given
                ? [{ id: f.id, label: f.label, value: factValueText(given.value, f.unit), why: given.why }]
                : [];
            }),
        }
      : null,
  };
}

type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>;

function Scenario({ workshop, scenario }: Pick<LoaderData, "workshop" | "scenario">) {
  return (
    <section aria-labelledby="scenario-heading">
      <h2 id="scenario-heading">The scenario</h2>
      <p>
        The room answers against <strong>{workshop.primeName}</strong>
        {workshop.custom ? ", a scenario you write yourself by answering the prime’s side." : "."}
      </p>
      {scenario ? (
        <>
          <p>{scenario.summary}</p>
          <details className="workshop-scenario">
            <summary>The scenario prime’s answers</summary>
            <p>
              What {workshop.primeName} would sign, question by question, with a note saying why. Participants see these
              with their result once they have submitted.
            </p>
            {scenario.answers.map((section) => (
              <div key={section.id}>
                <h3>{section.title}</h3>
                <dl className="workshop-scenario__answers">
                  {section.items.map((item) => (
                    <div key={item.id} className="workshop-scenario__answer">
                      <dt>{item.prompt}</dt>
                      <dd>
                        <p>
                          {item.preferred}
                          {item.range ? ` (could accept ${item.range})` : null}
                          {item.redLine ? (
                            <>
                              {" "}
                              <strong className="tag tag--red">Red line</strong>
                            </>
                          ) : null}
                        </p>
                        <p className="hint">{item.note}</p>
                      </dd>
                    </div>
                  ))}
                </dl>
              </div>
            ))}
            {scenario.facts.length > 0 ? (
              <div>
                <h3>The prime’s figures</h3>
                <dl className="workshop-scenario__answers">
                  {scenario.facts.map((fact) => (
                    <div key={fact.id} className="workshop-scenario__answer">
                      <dt>{fact.label}</dt>
                      <dd>
                        <p>{fact.value}</p>
                        <p className="hint">{fact.why}</p>
                      </dd>
                    </div>
                  ))}
                </dl>
              </div>
            ) : null}
          </details>
        </>
      ) : (
        <p>
          <Link to={workshop.primePath}>
            {workshop.scenarioReady ? "See the scenario prime’s answers" : "Answer the scenario prime’s side"}
          </Link>
        </p>
      )}
    </section>
  );
}

export default function WorkshopPage() {
  const { workshop, qr, counts, replaced, newLinks, asked, scenario } = useLoaderData<typeof loader>();
  const base = `/workshops/${workshop.id}`;
  const open = !workshop.closedOn && !workshop.answersDeletedOn;
  const waiting = Math.max(0, MIN_SUBMITTED_FOR_FIGURES - counts.submitted);
  return (
    <div className="workshop-page">
      {newLinks.length > 0 ? (
        <div className="success-banner" role="status">
          <h2>{replaced ? "Your link has been replaced" : "Your workshop has been created"}</h2>
          <p>
            <strong>Save {newLinks.length === 1 ? "this link" : "these links"} somewhere private now.</strong> This is
            the only time {newLinks.length === 1 ? "it is" : "they are"} shown: Common Ground keeps no copy it could
            show again. Do not share {newLinks.length === 1 ? "it" : "them"} with participants; they join with the code
            below.
          </p>
          {newLinks.map(({ role, url }) => (
            <CopyLink
              key={role}
              id={`new-${role}-link`}
              label={
                role === "owner"
                  ? "Your link to this workshop page"
                  : `Your link for answering as ${workshop.primeName}`
              }
              url={url}
            />
          ))}
        </div>
      ) : null}
      <span className="caption">Workshop</span>
      <h1>{workshop.title}</h1>
      <p>
        On {workshop.heldOn}.{" "}
        {open ? <strong className="tag tag--green">Open</strong> : <strong className="tag tag--grey">Closed</strong>}
      </p>
      {workshop.custom && !workshop.scenarioReady ? (
        <div className="notice">
          <p>
            <strong>Nobody can join yet.</strong> Answer and submit the scenario prime’s side first: participants answer
            against it. <Link to={workshop.primePath}>Answer the scenario prime’s side</Link>
          </p>
        </div>
      ) : null}

      <div className="workshop-page__join">
        <section aria-labelledby="join-heading">
          <h2 id="join-heading">How participants join</h2>
          <p>
            On a phone or laptop, they go to <strong>{workshop.joinPage}</strong> and enter the code, or scan the QR
            code, or open the link. They need no account.
          </p>
          <p className="workshop-page__code">
            <span className="hint">Workshop code</span>
            <strong>{workshop.code}</strong>
          </p>
          <CopyLink id="join-link" label="Join link" url={workshop.joinLink} />
          <p>
            <strong>
              {counts.joined} joined, {counts.submitted} submitted
            </strong>
            <br />
            <span className="hint">
              {waiting > 0
                ? `The room’s answers appear once ${MIN_SUBMITTED_FOR_FIGURES} organisations have submitted: ${waiting} more to go.`
                : "The room’s answers are on the live view."}
            </span>
          </p>
          <p>
            <Link to={`${base}/live`} className="button" role="button">
              Open the live view
            </Link>
            <br />
            <span className="hint">
              For the projector: the code, the QR code, and the room’s answers as they come in.
            </span>
          </p>
        </section>
        <div className="workshop-page__qr">
          <QrCode picture={qr} label={`QR code for ${workshop.joinLink}`} />
        </div>
      </div>

      <Scenario workshop={workshop} scenario={scenario} />

      <section aria-labelledby="questions-heading">
        <h2 id="questions-heading">The questions</h2>
        <p>
          Each organisation answers {asked.set}: {asked.questions} questions
          {asked.figures > 0 ? ` and ${asked.figures} figures` : ""}, about {asked.minutes} minutes, in{" "}
          {asked.everySection
            ? `every section${asked.figures > 0 ? "" : " but the facts and figures"}.`
            : `${asked.sections.length === 1 ? "one section" : `${asked.sections.length} sections`}:`}
        </p>
        {asked.everySection ? null : (
          <ul>
            {asked.sections.map((title) => (
              <li key={title}>{title}</li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="status-heading">
        <h2 id="status-heading">Answering</h2>
        {workshop.answersDeletedOn ? (
          <p>The workshop is closed: its participants’ answers have been deleted.</p>
        ) : open ? (
          <>
            <p>The workshop is open: participants can join, answer and submit.</p>
            <Form method="post" action={`${base}/close`} reloadDocument>
              <button type="submit" className="button button--secondary">
                Close the workshop to new answers
              </button>
            </Form>
          </>
        ) : (
          <>
            <p>
              You closed the workshop on {workshop.closedOn}: nobody can join, and participants cannot save or submit
              answers. What they saved is kept, and each can still see its own result.
            </p>
            <Form method="post" action={`${base}/reopen`} reloadDocument>
              <button type="submit" className="button button--secondary">
                Reopen the workshop
              </button>
            </Form>
          </>
        )}
      </section>

      <section aria-labelledby="figures-heading">
        <h2 id="figures-heading">The room’s figures</h2>
        <p>
          For your notes after the session: for each question, how many organisations chose each position and how many
          made it a red line, and how often the scenario triggered each dealbreaker. Counts only, from{" "}
          {MIN_SUBMITTED_FOR_FIGURES} submitted, with nothing that names an organisation.
        </p>
        <p>
          <a href={`${base}/figures.csv`} download>
            Download the room’s figures (CSV)
          </a>
        </p>
      </section>

      <section aria-labelledby="retention-heading">
        <h2 id="retention-heading">Keeping and deleting answers</h2>
        <p>
          {workshop.answersDeletedOn
            ? `Participants’ answers were deleted on ${workshop.answersDeletedOn}.`
            : `Participants’ answers will be deleted at the end of ${workshop.deleteOn}, ${workshop.retentionDays} days after the workshop.`}
        </p>
        <p>
          When you no longer need it, delete the workshop: it and every participant’s answers are removed for good.{" "}
          <Link to={`${base}/delete`}>Delete the workshop</Link>
        </p>
      </section>
    </div>
  );
}
