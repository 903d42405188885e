import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ConfirmCheckbox, ErrorSummary, fieldId } from "~/components/form";
import { missingAnswers } from "~/domain/report";
import { describeSideAnswers } from "~/formats/side-answers";
import { submitSchema } from "~/forms/schemas.server";
import { parseForm } from "~/forms/parse.server";
import { submitResponse } from "~/models/response.server";
import { requireSide } from "~/access/side.server";
import { readFormData } from "~/http/form-body.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Check your answers – ${data.checkTitle} – Common Ground` : "Common Ground" },
  { name: "robots", content: "noindex, nofollow" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { summary, role, side, questionnaire, answers, base } = await requireSide(request, params);
  if (side.status === "submitted") throw redirect(base);
  const sections = describeSideAnswers(questionnaire, role, answers);
  return {
    base,
    checkTitle: summary.title,
    organisation: side.name,
    sections,
    missingCount: missingAnswers(questionnaire, role, answers).length,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { side, questionnaire, role, base, authority } = await requireSide(request, params);
  if (side.status === "submitted") return redirect(base);
  const result = parseForm(await readFormData(request), submitSchema);
  if (!result.ok)
    return data({ errors: { confirm: result.errors.confirm ?? "Confirm before you submit" } }, { status: 400 });
  // Checked again inside the submission: a link replaced while this request was arriving submits nothing.
  const submitted = await submitResponse({ responseId: side.responseId, questionnaire, side: role, authority });
  if (submitted.status === "unauthorised") throw new Response("This link has been replaced.", { status: 410 });
  if (submitted.status === "incomplete") {
    return data(
      { errors: { confirm: `Answer every question before you submit: ${submitted.missing.length} still to answer` } },
      { status: 400 },
    );
  }
  return redirect(base);
}

export default function Review() {
  const { base, checkTitle, organisation, sections, missingCount } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const confirmError = actionData?.errors.confirm;
  const unanswered = sections.flatMap((s) => s.rows.filter((r) => !r.answer).map((r) => ({ ...r, sectionId: s.id })));
  return (
    <>
      <ErrorSummary errors={confirmError ? [{ href: fieldId("confirm"), message: confirmError }] : []} />
      <span className="caption">
        {checkTitle}: answering for {organisation}
      </span>
      <h1>Check your answers before you submit</h1>
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
      <h2>Submit your answers</h2>
      <p>
        Once you submit, your answers are locked and cannot be changed. They stay sealed until the other side has
        submitted too; then both sides see the result.
      </p>
      <Form method="post" noValidate>
        <ConfirmCheckbox error={confirmError}>
          I confirm these are {organisation}’s final answers and understand they cannot be changed after submitting.
        </ConfirmCheckbox>
        <button type="submit" className="button">
          Submit answers
        </button>
      </Form>
      <p>
        <Link to={base}>Back to all sections</Link>
      </p>
    </>
  );
}
