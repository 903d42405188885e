import { WORKSHOP_CLOSED } from "~/domain/workshop";
import { participantClosed } from "~/access/participant.server";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ConfirmCheckbox, ErrorSummary, fieldId } from "~/components/form";
import { missingAnswers } from "~/domain/report";
import { describeSideAnswers } from "~/formats/side-answers";
import { submitSchema } from "~/forms/schemas.server";
import { parseForm } from "~/forms/parse.server";
import { submitResponse } from "~/models/response.server";
import { afterSubmission } from "~/models/after-submission.server";
import { sideHasRespondents } from "~/models/board.server";
import { FACTS_SECTION_ID } from "~/domain/sections";
import type { Questionnaire } from "~/domain/types";
import { requireSide } from "~/access/side.server";
import { readFormData } from "~/http/form-body.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Check your answers – ${data.checkTitle} – Common Ground` : "Common Ground" },
  { name: "robots", content: "noindex, nofollow" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { summary, role, side, questionnaire, answers, base, status, respondent } = await requireSide(request, params);
  if (status === "submitted" || side.status === "submitted") throw redirect(base);
  // A closed workshop takes no submission (issue 18): the participant's home page says so.
  if (await participantClosed(summary)) throw redirect(base);
  // A respondent answers the positions only; a lead whose side has respondents submits from the board's page.
  const sections = describeSideAnswers(questionnaire, role, answers).filter(
    (section) => !respondent || section.id !== FACTS_SECTION_ID,
  );
  const missing = missingAnswers(questionnaire, role, answers);
  return {
    base,
    checkTitle: summary.title,
    organisation: side.name,
    sections,
    respondent: Boolean(respondent),
    board: !respondent && (await sideHasRespondents(side.partyId)),
    missingCount: respondent ? missing.filter((id) => !isFactId(questionnaire, id)).length : missing.length,
    /** The prime answering once for a partner search (issue 17): no one other side, and no report of its own. */
    searchId: summary.search?.part === "search" ? summary.search.id : null,
    /** A workshop participant (issue 18): its result against the scenario is shown at once. */
    participant: summary.workshop?.part === "participant",
    /** How many answers a saved profile just gave (…/import), to say so once. */
    imported: Number(new URL(request.url).searchParams.get("imported") ?? "") || null,
  };
}

const isFactId = (questionnaire: Questionnaire, id: string) => questionnaire.facts.some((f) => f.id === id);

export async function action({ request, params }: ActionFunctionArgs) {
  const { side, questionnaire, role, base, authority, status, respondent, responseId, summary } = await requireSide(
    request,
    params,
  );
  if (status === "submitted" || side.status === "submitted") return redirect(base);
  if (!respondent && (await sideHasRespondents(side.partyId))) return redirect(`${base}/board`);
  const result = parseForm(await readFormData(request), submitSchema);
  if (!result.ok)
    return data({ errors: { confirm: result.errors.confirm ?? "Confirm before you submit" } }, { status: 400 });
  // Checked again inside the submission: a link replaced while this request was arriving submits nothing.
  const submitted = await submitResponse({ responseId, questionnaire, side: role, authority });
  if (submitted.status === "unauthorised") throw new Response("This link has been replaced.", { status: 410 });
  if (submitted.status === "closed") throw new Response(WORKSHOP_CLOSED, { status: 410 });
  if (submitted.status === "incomplete") {
    return data(
      { errors: { confirm: `Answer every question before you submit: ${submitted.missing.length} still to answer` } },
      { status: 400 },
    );
  }
  // A partner search's candidate or its prime, or a workshop's participant: store the results this made ready.
  if (submitted.status === "submitted") await afterSubmission(summary);
  return redirect(base);
}

export default function Review() {
  const { base, checkTitle, organisation, sections, missingCount, respondent, board, searchId, imported, participant } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const confirmError = actionData?.errors.confirm;
  const unanswered = sections.flatMap((s) => s.rows.filter((r) => !r.answer).map((r) => ({ ...r, sectionId: s.id })));
  return (
    <>
      <ErrorSummary errors={confirmError ? [{ href: fieldId("confirm"), message: confirmError }] : []} />
      <span className="caption">
        {checkTitle}: {respondent ? "your own answers for" : "answering for"} {organisation}
      </span>
      <h1>{board ? "Check your own answers" : "Check your answers before you submit"}</h1>
      {imported ? (
        <div className="success-banner" role="status">
          <p>
            <strong>
              The profile’s answers have been imported ({imported === 1 ? "1 answer" : `${imported} answers`}).
            </strong>{" "}
            Check them, notes included, before you submit.
          </p>
        </div>
      ) : null}
      {unanswered.length > 0 ? (
        <div className="notice">
          <h2>{missingCount === 1 ? "1 question is" : `${missingCount} questions are`} still unanswered</h2>
          <ul>
            {unanswered.map((row) => (
              <li key={row.id}>
                <Link to={`${base}/section/${row.sectionId}#${row.anchor}`}>
                  Question {row.number}: {row.question}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`review-${section.id}`}>
          <h2 id={`review-${section.id}`}>{section.title}</h2>
          <dl className="summary-list">
            {section.rows.map((row) => (
              <div className="summary-list__row" key={row.id}>
                <dt>
                  <span className="summary-list__number">Question {row.number}</span> {row.question}
                </dt>
                <dd>
                  {row.answer ? (
                    row.answer.map((line) => <div key={line}>{line}</div>)
                  ) : (
                    <strong className="tag tag--grey">Not answered</strong>
                  )}
                </dd>
                <dd>
                  <Link to={`${base}/section/${section.id}#${row.anchor}`}>
                    Change
                    <span className="visually-hidden">
                      {" "}
                      your answer to question {row.number}: {row.question}
                    </span>
                  </Link>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      {board ? (
        <>
          <h2>Your answers are one of the board’s</h2>
          <p>
            Your own answers count as one respondent’s once you have answered every question. You submit {organisation}
            ’s answers from the board’s page, where you can see the combined answer and change it.
          </p>
          <p>
            <Link to={`${base}/board`} className="button" role="button">
              Go to the board’s answer
            </Link>
          </p>
        </>
      ) : (
        <>
          <h2>Submit your answers</h2>
          <p>
            {respondent
              ? "Once you submit, your answers are locked and cannot be changed. They are combined with the others’ answers for " +
                organisation +
                "; nobody sees which answers are yours."
              : participant
                ? "Once you submit, your answers are locked and cannot be changed. You see your result against the scenario prime straight away; the facilitator sees only the room’s totals."
                : searchId
                  ? "Once you submit, your answers are locked and cannot be changed. They are used for every candidate in the search: each candidate sees them, in its result, only after submitting its own, and its result then appears on the search’s dashboard."
                  : "Once you submit, your answers are locked and cannot be changed. They stay sealed until the other side has submitted too; then both sides see the result."}
          </p>
          <Form method="post" noValidate>
            <ConfirmCheckbox error={confirmError}>
              {respondent
                ? "I confirm these are my final answers and understand they cannot be changed after submitting."
                : `I confirm these are ${organisation}’s final answers and understand they cannot be changed after submitting.`}
            </ConfirmCheckbox>
            <button type="submit" className="button">
              Submit answers
            </button>
          </Form>
        </>
      )}
      <p>
        <Link to={base}>Back to all sections</Link>
      </p>
    </>
  );
}
