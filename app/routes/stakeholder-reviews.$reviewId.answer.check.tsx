/**
 * "Check your answers" for a stakeholder review (issue 20), and for the provider's self-assessment: every answer
 * with a "Change" link, then "Submit your answers". A submission with statements still unanswered is refused, and
 * each one is listed, linking to its page.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import type { RouteHandle } from "~/root";
import { requireAnswerer } from "~/access/stakeholder-answer.server";
import { ErrorSummary, type ErrorLink } from "~/components/form";
import { StakeholderAnswerSummary, answerAnchor } from "~/components/stakeholder-answers";
import { describeAnswers } from "~/domain/stakeholder/answering";
import { statementsOf } from "~/domain/stakeholder";
import type { StakeholderQuestionnaire } from "~/domain/stakeholder/types";
import { readFormData } from "~/http/form-body.server";
import { saveReviewAnswers } from "~/models/stakeholder.server";

export const handle: RouteHandle = { hydrate: false };

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Check your answers – ${data.service} – Common Ground` : "Common Ground" },
  { name: "robots", content: "noindex, nofollow" },
];

/** Each statement still to answer, as an error linking to its radios on its own page. */
function missingLinks(
  questionnaire: StakeholderQuestionnaire,
  wording: "stakeholder" | "provider",
  base: string,
  missing: readonly string[],
): ErrorLink[] {
  return statementsOf(questionnaire)
    .filter((s) => missing.includes(s.id))
    .map((s) => ({
      href: `${base}/${s.themeId}#${answerAnchor(s.themeId, s.id)}`,
      message: `Answer, or choose “Don’t know”: ${s[wording]}`,
    }));
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { role, review, questionnaire, answers, submittedAt, closed, base } = await requireAnswerer(request, params);
  if (submittedAt || closed) throw redirect(base);
  const sections = describeAnswers(questionnaire, role, answers);
  const missing = statementsOf(questionnaire)
    .filter((s) => !(s.id in answers.ratings))
    .map((s) => s.id);
  return {
    role,
    base,
    service: review.service,
    sections,
    missing: missingLinks(questionnaire, role, base, missing),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  await readFormData(request);
  const { role, questionnaire, authority, submittedAt, base } = await requireAnswerer(request, params);
  if (submittedAt) return redirect(base);
  const done = await saveReviewAnswers({ authority, questionnaire, answers: { ratings: {}, text: {} }, submit: true });
  switch (done.status) {
    case "unauthorised":
      throw new Response("This link has been replaced.", { status: 410 });
    case "incomplete":
      return data({ errors: missingLinks(questionnaire, role, base, done.missing), closed: false }, { status: 400 });
    case "closed":
      return data({ errors: [] as ErrorLink[], closed: true }, { status: 409 });
    case "already-submitted":
    case "submitted":
    case "saved":
      return redirect(base);
  }
}

export default function CheckAnswers() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const provider = page.role === "provider";
  return (
    <>
      <ErrorSummary errors={actionData?.errors ?? []} />
      {actionData?.closed ? (
        <div className="notice notice--warning" role="alert">
          <h2 className="notice__title">This review has closed</h2>
          <p>
            It closed before your answers were submitted, so they are not counted. Your saved answers are kept.{" "}
            <Link to={page.base}>Go to your answers</Link>
          </p>
        </div>
      ) : null}
      <span className="caption">
        {provider ? "Self-assessment" : "Stakeholder review"}: {page.service}
      </span>
      <h1>Check your answers before you submit</h1>
      {page.missing.length > 0 && !actionData?.errors.length ? (
        <div className="notice">
          <h2 className="notice__title">
            {page.missing.length === 1 ? "1 statement is" : `${page.missing.length} statements are`} still to answer
          </h2>
          <p>Answer each one, or choose “Don’t know”, before you submit.</p>
          <ul>
            {page.missing.map((m) => (
              <li key={m.href}>
                <Link to={m.href}>{m.message.replace(/^Answer, or choose “Don’t know”: /, "")}</Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <StakeholderAnswerSummary sections={page.sections} base={page.base} />
      <h2>Submit your answers</h2>
      <p>
        {provider
          ? "Once you submit, your self-assessment cannot be changed. It is shown beside the stakeholders’ results once the review closes."
          : "Once you submit, your answers cannot be changed. They are counted only in results for your group as a whole, and only once at least three people in it have submitted."}
      </p>
      <Form method="post" noValidate>
        <button type="submit" className="button">
          Submit your answers
        </button>
      </Form>
      <p>
        <Link to={page.base}>Back to all themes</Link>
      </p>
    </>
  );
}
