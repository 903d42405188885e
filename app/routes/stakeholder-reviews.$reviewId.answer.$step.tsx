/**
 * One page of the stakeholder questionnaire (issue 20): a theme's statements, each a radio group on the agreement
 * scale with "Don't know", or the two free-text questions. Any statement may be left for later; "Save and continue"
 * saves what was chosen and goes on. Also the provider's self-assessment (…/self-assessment/:step), in its wording.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import type { RouteHandle } from "~/root";
import { requireAnswerer } from "~/access/stakeholder-answer.server";
import { ErrorMessage, ErrorSummary, RadioGroup, errorLinks, fieldId } from "~/components/form";
import { RETURN_TO_CHECK } from "~/components/stakeholder-answers";
import {
  AGREEMENT_LABELS,
  DONT_KNOW,
  DONT_KNOW_VALUE,
  ratingField,
  stepsOf,
  textField,
} from "~/domain/stakeholder/answering";
import { AGREEMENTS, type StakeholderAnswers } from "~/domain/stakeholder/types";
import { payloadValue, type FieldErrors } from "~/forms/field-names";
import { parseForm } from "~/forms/parse.server";
import { freeTextFormSchema, ratingsOf, themeFormSchema } from "~/forms/stakeholder-answer-form.server";
import { FREE_TEXT_MAX } from "~/forms/stakeholder-schemas.server";
import { readFormData } from "~/http/form-body.server";
import { saveReviewAnswers } from "~/models/stakeholder.server";

export const handle: RouteHandle = { hydrate: false };

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.title} – ${data.service} – Common Ground` : "Common Ground" },
  { name: "robots", content: "noindex, nofollow" },
];

const CLOSED_MESSAGE =
  "This review closed while you were answering, so this page could not be saved. Answers you saved before are kept. What you chose and wrote is still below, so you can copy it.";

const SCALE = [
  ...AGREEMENTS.map((n) => ({ value: String(n), label: `${n} – ${AGREEMENT_LABELS[n]}` })),
  { value: DONT_KNOW_VALUE, label: DONT_KNOW },
];

async function loadStep(request: Request, params: { reviewId?: string; step?: string }) {
  const context = await requireAnswerer(request, params);
  const steps = stepsOf(context.questionnaire);
  const index = steps.indexOf(params.step ?? "");
  if (index < 0) throw new Response("Not found", { status: 404 });
  const theme = context.questionnaire.themes.find((t) => t.id === params.step) ?? null;
  return { ...context, steps, index, theme };
}

/** A saved rating as its radio's value. */
function savedValue(answers: StakeholderAnswers, id: string): string | undefined {
  if (!(id in answers.ratings)) return undefined;
  const rating = answers.ratings[id];
  return rating == null ? DONT_KNOW_VALUE : String(rating);
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { role, review, questionnaire, answers, submittedAt, closed, base, steps, index, theme } = await loadStep(
    request,
    params,
  );
  // Nothing to change once submitted or closed: the overview shows what was given, and why.
  if (submittedAt || closed) throw redirect(base);
  const wording = role;
  return {
    role,
    base,
    service: review.service,
    stepNumber: index + 1,
    stepCount: steps.length,
    title: theme ? theme.title : "One thing to change",
    description: theme ? theme.description : null,
    statements: theme
      ? theme.statements.map((s) => ({
          id: s.id,
          text: s[wording],
          hint: s.hint ?? null,
          saved: savedValue(answers, s.id),
        }))
      : [],
    freeText: theme
      ? []
      : questionnaire.freeText.map((f) => ({ id: f.id, text: f[wording], saved: answers.text[f.id] ?? "" })),
    freeTextMax: FREE_TEXT_MAX,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const formData = await readFormData(request);
  const { questionnaire, authority, submittedAt, base, steps, index, theme } = await loadStep(request, params);
  if (submittedAt) return redirect(base);
  const result = theme
    ? parseForm(formData, themeFormSchema(theme))
    : parseForm(formData, freeTextFormSchema(questionnaire));
  if (!result.ok) return data({ errors: result.errors, values: result.values, closed: false }, { status: 400 });
  const sent = result.value as {
    intent: "continue" | "save-and-exit";
    ratings?: Record<string, string | undefined>;
    text?: Record<string, string | undefined>;
  };
  const answers = theme
    ? { ratings: ratingsOf(sent.ratings ?? {}), text: {} }
    : {
        ratings: {},
        // Every question on the page is sent: an answer emptied is an answer removed.
        text: Object.fromEntries(questionnaire.freeText.map((f) => [f.id, sent.text?.[f.id] ?? ""])),
      };
  // Who is saving is checked again inside the save: a link replaced since this request began saves nothing.
  const saved = await saveReviewAnswers({ authority, questionnaire, answers });
  if (saved.status === "unauthorised") throw new Response("This link has been replaced.", { status: 410 });
  if (saved.status === "already-submitted") return redirect(base);
  if (saved.status === "closed") {
    return data({ errors: { form: CLOSED_MESSAGE }, values: result.values, closed: true }, { status: 409 });
  }
  const next = steps[index + 1];
  if (sent.intent === "save-and-exit") return redirect(`${base}?saved=1`);
  // Came from a "Change" link on "check your answers": back there, not on through the pages.
  const fromCheck = new URL(request.url).search.slice(1).split("&").includes(RETURN_TO_CHECK);
  return redirect(next && !fromCheck ? `${base}/${next}` : `${base}/check`);
}

export default function AnswerStep() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors: FieldErrors | undefined = actionData?.errors;
  const typed = actionData?.values;
  const closed = actionData?.closed ?? false;
  const provider = page.role === "provider";
  const order = [...page.statements.map((s) => ratingField(s.id)), ...page.freeText.map((f) => textField(f.id))];
  return (
    <>
      <ErrorSummary errors={closed ? [] : errorLinks(errors, order)} />
      {closed ? (
        <div className="notice notice--warning" role="alert">
          <h2 className="notice__title">This review has closed</h2>
          <p>{CLOSED_MESSAGE}</p>
          <p>
            <Link to={page.base}>Go to your answers</Link>
          </p>
        </div>
      ) : null}
      <p className="progress">
        Page {page.stepNumber} of {page.stepCount}
      </p>
      <span className="caption">
        {provider ? "Self-assessment" : "Stakeholder review"}: {page.service}
      </span>
      <h1>{page.title}</h1>
      {page.description ? <p className="lead">{page.description}</p> : null}
      {page.statements.length > 0 ? (
        <p>
          {provider
            ? "How far do you agree with each statement about your organisation?"
            : `How far do you agree with each statement about ${page.service}?`}{" "}
          Choose “Don’t know” if you cannot say. You can leave a statement and come back to it.
        </p>
      ) : (
        <p>
          {provider
            ? "Both questions are optional. Say what you think would make the most difference."
            : "Both questions are optional. What you write is shown, without your name, only for groups where at least three people have answered."}
        </p>
      )}
      <Form method="post" noValidate className="stakeholder-step">
        {page.statements.map((s) => {
          const name = ratingField(s.id);
          return (
            <div className="stakeholder-statement" key={s.id}>
              <RadioGroup
                name={name}
                legend={s.text}
                {...(s.hint ? { hint: s.hint } : {})}
                error={errors?.[name]}
                options={SCALE}
                value={typed ? payloadValue(typed, name) : s.saved}
              />
            </div>
          );
        })}
        {page.freeText.map((f) => {
          const name = textField(f.id);
          const id = fieldId(name);
          const error = errors?.[name];
          return (
            <div className={`form-group${error ? " form-group--error" : ""}`} key={f.id}>
              <label className="label" htmlFor={id}>
                {f.text}
              </label>
              <p className="hint" id={`${id}-hint`}>
                Optional. Up to {page.freeTextMax.toLocaleString("en-GB")} characters.
              </p>
              {error ? <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage> : null}
              <textarea
                id={id}
                name={name}
                className={`textarea${error ? " textarea--error" : ""}`}
                rows={5}
                defaultValue={typed ? (payloadValue(typed, name) ?? "") : f.saved}
                aria-describedby={[`${id}-hint`, error ? `${id}-error` : ""].join(" ").trim()}
                aria-invalid={error ? true : undefined}
              />
            </div>
          );
        })}
        {closed ? null : (
          <div className="button-group">
            <button type="submit" className="button" name="intent" value="continue">
              Save and continue
            </button>
            <button type="submit" className="button button--secondary" name="intent" value="save-and-exit">
              Save and come back later
            </button>
          </div>
        )}
      </Form>
      <p>
        <Link to={page.base}>Back to all themes</Link>
      </p>
    </>
  );
}
