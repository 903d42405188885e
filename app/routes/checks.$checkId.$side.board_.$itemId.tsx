/**
 * Changing the board's answer to one question (issue 16): the lead replaces
 * the combined answer with one of their own, and says why (the report shows
 * the reason), or removes the override to go back to the combined answer.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { requireSide } from "~/access/side.server";
import { AnswerLines } from "~/components/board";
import { ChoiceGroup, ErrorMessage, ErrorSummary, RadioGroup, errorLinks, fieldId } from "~/components/form";
import { markPreferredIncluded, savedItemValues } from "~/components/question-fields";
import { questionNumbers, sectionsFor } from "~/domain/sections";
import { IMPORTANCE_LEVELS, type Answer, type PositionItem, type Side } from "~/domain/types";
import { NOTE_MAX_LENGTH } from "~/domain/validation";
import { IMPORTANCE_CHOICES, IMPORTANCE_LABELS, positionText } from "~/formats/answer-text";
import { payloadValue, payloadValues } from "~/forms/field-names";
import { OVERRIDE_FIELDS, OVERRIDE_FIELD_ORDER } from "~/forms/override-fields";
import { overrideFormSchema } from "~/forms/override.server";
import { parseForm } from "~/forms/parse.server";
import { readFormData } from "~/http/form-body.server";
import { getBoard, saveOverride, sideHasRespondents } from "~/models/board.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: data
      ? `Change the board’s answer to question ${data.number} – ${data.checkTitle} – Common Ground`
      : "Common Ground",
  },
  { name: "robots", content: "noindex, nofollow" },
];

function answerInWords(item: PositionItem, side: Side, answer: Answer): string[] {
  const range: string[] = [];
  for (let p = answer.acceptable.min; p <= answer.acceptable.max; p += 1) range.push(positionText(item, side, p));
  return [
    `Preferred: ${positionText(item, side, answer.preferred)}`,
    range.length === 1
      ? "Everyone could accept: only the preferred position"
      : `Everyone could accept: ${range.join("; ")}`,
    `Matters: ${IMPORTANCE_LABELS[answer.importance]}`,
    `Red line: ${answer.redLine ? "Yes" : "No"}`,
  ];
}

/** The side's lead, while the side is open, and one of the questionnaire's items; anything else is a 404. */
async function requireItem(request: Request, params: Record<string, string | undefined>) {
  const context = await requireSide(request, params);
  if (context.respondent !== null) throw new Response("Not found", { status: 404 });
  // Overrides belong to a board's combined answer: a side answered by one person changes its own answers.
  if (!(await sideHasRespondents(context.side.partyId))) throw redirect(context.base);
  const item = context.questionnaire.dimensions.flatMap((d) => d.items).find((i) => i.id === params.itemId);
  if (!item) throw new Response("Not found", { status: 404 });
  return { ...context, item };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { summary, role, side, questionnaire, base, item } = await requireItem(request, params);
  if (side.status === "submitted") throw redirect(base);
  const board = await getBoard({
    questionnaire,
    side: role,
    partyId: side.partyId,
    responseId: side.responseId,
    submitted: false,
  });
  const override = board.overrides[item.id];
  const combined = board.combined[item.id];
  return {
    base,
    checkTitle: summary.title,
    organisation: side.name,
    itemId: item.id,
    number: questionNumbers(sectionsFor(questionnaire, role)).get(item.id) ?? 0,
    prompt: item.prompt[role],
    guidance: item.guidance,
    options: item.options.map((o) => ({ value: String(o.value), label: `${o.value}. ${o.label[role]}` })),
    combined: combined ? answerInWords(item, role, combined.answer) : null,
    overridden: Boolean(override),
    reasonMaxLength: NOTE_MAX_LENGTH,
    values: { ...savedItemValues(override?.answer ?? combined?.answer), reason: override?.reason ?? "" },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { role, side, authority, base, item } = await requireItem(request, params);
  if (side.status === "submitted") return redirect(base, 303);
  const form = await readFormData(request);
  const back = `${base}/board#item-${item.id}`;
  if (form.get("intent") === "remove") {
    const removed = await saveOverride({ authority, side: role, itemId: item.id, override: null });
    if (removed.status === "unauthorised") throw new Response("This link has been replaced.", { status: 410 });
    return redirect(removed.status === "already_submitted" ? base : back, 303);
  }
  const parsed = parseForm(form, overrideFormSchema);
  const values = {
    preferred: payloadValue(parsed.values, OVERRIDE_FIELDS.preferred),
    acceptable: payloadValues(parsed.values, OVERRIDE_FIELDS.acceptable),
    importance: payloadValue(parsed.values, OVERRIDE_FIELDS.importance),
    redLine: payloadValue(parsed.values, OVERRIDE_FIELDS.redLine) === "on",
    reason: payloadValue(parsed.values, OVERRIDE_FIELDS.reason) ?? "",
  };
  if (!parsed.ok) return data({ errors: parsed.errors, values }, { status: 400 });
  const saved = await saveOverride({ authority, side: role, itemId: item.id, override: parsed.value });
  if (saved.status === "unauthorised") throw new Response("This link has been replaced.", { status: 410 });
  return redirect(saved.status === "already_submitted" ? base : back, 303);
}

export default function ChangeBoardAnswer() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = actionData?.errors;
  const values = actionData?.values ?? page.values;
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (formRef.current) markPreferredIncluded(formRef.current);
  }, [actionData]);
  const reasonId = fieldId(OVERRIDE_FIELDS.reason);
  const reasonError = errors?.[OVERRIDE_FIELDS.reason];
  const redLineId = fieldId(OVERRIDE_FIELDS.redLine);
  return (
    <>
      <ErrorSummary errors={errorLinks(errors, OVERRIDE_FIELD_ORDER)} />
      <span className="caption">
        {page.checkTitle}: answering for {page.organisation}
      </span>
      <h1>Change the board’s answer to question {page.number}</h1>
      <p className="lead">{page.prompt}</p>
      {page.combined ? (
        <div className="panel board-combined">
          <h2>The combined answer</h2>
          <AnswerLines lines={page.combined} />
        </div>
      ) : (
        <p>Nobody counted so far has answered this question, so there is no combined answer yet.</p>
      )}
      <p>
        What you give here is submitted for {page.organisation} in place of the combined answer. The report shows that
        you changed it, and your reason.
      </p>
      <Form method="post" noValidate ref={formRef} onChange={(event) => markPreferredIncluded(event.currentTarget)}>
        <input type="hidden" name="intent" value="save" />
        <section className="question" aria-labelledby="override-heading">
          <h2 className="question__prompt" id="override-heading">
            {page.overridden ? "Your answer" : "The answer to submit"}
          </h2>
          <details className="question__guidance">
            <summary>Why this matters</summary>
            <div>
              <p>{page.guidance}</p>
            </div>
          </details>
          <RadioGroup
            name={OVERRIDE_FIELDS.preferred}
            legend="The side’s preferred position"
            hint="1 means the organisation keeps the most independence; 5 means the fullest integration with the prime."
            error={errors?.[OVERRIDE_FIELDS.preferred]}
            options={page.options}
            value={values.preferred}
          />
          <ChoiceGroup
            type="checkbox"
            name={OVERRIDE_FIELDS.acceptable}
            legend="Which other positions could the side live with?"
            hint="Tick each one the side could accept, next to its preferred position. Leave them all unticked if only the preferred position will do."
            error={errors?.[OVERRIDE_FIELDS.acceptable]}
            options={page.options.map((o) => ({
              value: o.value,
              label: (
                <>
                  {o.label}
                  <span className="choice__included-note"> (the preferred position)</span>
                </>
              ),
            }))}
            checked={(value) => (values.acceptable ?? []).includes(value)}
          />
          <RadioGroup
            name={OVERRIDE_FIELDS.importance}
            legend="How much does this matter to the side?"
            error={errors?.[OVERRIDE_FIELDS.importance]}
            options={IMPORTANCE_LEVELS.map((v) => ({ value: v, label: IMPORTANCE_CHOICES[v] }))}
            value={values.importance}
          />
          <div className="form-group">
            <div className="choice">
              <input
                type="checkbox"
                id={redLineId}
                name={OVERRIDE_FIELDS.redLine}
                defaultChecked={values.redLine ?? false}
              />
              <label htmlFor={redLineId}>
                <strong>This is a red line for us.</strong> We would walk away if none of the positions we could accept
                is agreed.
              </label>
            </div>
          </div>
        </section>
        <div className={`form-group${reasonError ? " form-group--error" : ""}`}>
          <label className="label" htmlFor={reasonId}>
            Why are you changing the board’s answer?
          </label>
          <p className="hint" id={`${reasonId}-hint`}>
            For example, advice the board took after answering, or a decision it has since made. This is shown in the
            report, beside your answer. Up to {page.reasonMaxLength} characters.
          </p>
          {reasonError ? <ErrorMessage id={`${reasonId}-error`}>{reasonError}</ErrorMessage> : null}
          <textarea
            id={reasonId}
            name={OVERRIDE_FIELDS.reason}
            className={`textarea${reasonError ? " textarea--error" : ""}`}
            rows={4}
            defaultValue={values.reason}
            aria-describedby={[`${reasonId}-hint`, reasonError ? `${reasonId}-error` : ""].join(" ").trim()}
          />
        </div>
        <div className="button-group">
          <button type="submit" className="button">
            Save this answer
          </button>
          <Link to={`${page.base}/board#item-${page.itemId}`}>Cancel and go back</Link>
        </div>
      </Form>
      {page.overridden ? (
        <Form method="post" className="board-remove-override">
          <input type="hidden" name="intent" value="remove" />
          <h2>Go back to the combined answer</h2>
          <p>Removing your override submits the combined answer for this question instead.</p>
          <button type="submit" className="button button--secondary">
            Remove override
          </button>
        </Form>
      ) : null}
    </>
  );
}
