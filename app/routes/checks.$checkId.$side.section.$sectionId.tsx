import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import type { ShouldRevalidateFunction } from "@remix-run/react";
import { Form, Link, useActionData, useFetcher, useLoaderData } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { ErrorSummary, errorLinks } from "~/components/form";
import { FactQuestion, ItemQuestion, savedItemValues, type ItemValues } from "~/components/question-fields";
import { overallProgress, sectionsFor } from "~/domain/sections";
import { RED_LINE_FIGURES } from "~/domain/types";
import { factField, factRedLineField, itemField, sectionFieldOrder } from "~/forms/field-names";
import { questionIdOf, sectionChanges, sectionFormSchema, withoutQuestions } from "~/forms/answers.server";
import { readFormData } from "~/http/form-body.server";
import { payloadValue } from "~/forms/field-names";
import { parseForm } from "~/forms/parse.server";
import { saveSideAnswers } from "~/models/response.server";
import { requireSide } from "~/access/side.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.section.title} – ${data.checkTitle} – Common Ground` : "Common Ground" },
  { name: "robots", content: "noindex, nofollow" },
];

async function loadSection(request: Request, params: Record<string, string | undefined>) {
  const context = await requireSide(request, params);
  const sectionId = params.sectionId ?? "";
  const sections = sectionsFor(context.questionnaire, context.role);
  const index = sections.findIndex((s) => s.id === sectionId);
  const section = sections[index];
  if (!section) throw new Response("No such section", { status: 404 });
  return { ...context, sections, index, section };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { summary, role, side, sections, index, section, answers, base, extended } = await loadSection(request, params);
  if (side.status === "submitted") throw redirect(base);
  return {
    base,
    checkTitle: summary.title,
    organisation: side.name,
    role,
    section,
    sectionNumber: index + 1,
    sectionCount: sections.length,
    progress: overallProgress(sections, answers),
    answers: answers.answers,
    facts: answers.facts,
    redLineFacts: answers.redLineFacts ?? [],
    redLineable:
      extended && section.kind === "facts"
        ? section.facts.filter((f) => RED_LINE_FIGURES.has(f.id)).map((f) => f.id)
        : [],
    extended,
  };
}

const AUTOSAVE = "autosave";

/**
 * Autosave (with JavaScript) sends the page as it changes: finished questions
 * are saved, unfinished ones wait, and a lost session is reported without
 * leaving the page, so nothing typed is lost.
 */
async function autosave(request: Request, params: Record<string, string | undefined>, formData: FormData) {
  let context;
  try {
    context = await loadSection(request, params);
  } catch (thrown) {
    if (thrown instanceof Response)
      return data({ autosave: { status: "signed-out" as const } }, { status: thrown.status });
    throw thrown;
  }
  const { side, section, authority, extended } = context;
  if (side.status === "submitted") return data({ autosave: { status: "submitted" as const } }, { status: 409 });
  let result = parseForm(formData, sectionFormSchema(section, extended));
  const pending = new Set<string>();
  if (!result.ok) {
    for (const name of Object.keys(result.errors)) {
      const id = questionIdOf(name);
      if (id) pending.add(id);
    }
    const finished = new FormData();
    for (const [name, value] of formData) {
      const id = questionIdOf(name);
      if (!id || !pending.has(id)) finished.append(name, value);
    }
    result = parseForm(finished, sectionFormSchema(withoutQuestions(section, pending), extended));
  }
  if (result.ok) {
    const saved = await saveSideAnswers({
      responseId: side.responseId,
      authority,
      ...sectionChanges(withoutQuestions(section, pending), result.value, extended),
    });
    if (saved.status === "unauthorised") return data({ autosave: { status: "signed-out" as const } }, { status: 403 });
  }
  return data({ autosave: { status: "saved" as const, pending: [...pending] } });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const formData = await readFormData(request);
  if (formData.get("intent") === AUTOSAVE) return autosave(request, params, formData);
  const { side, sections, index, section, base, authority, extended } = await loadSection(request, params);
  if (side.status === "submitted") return redirect(base);
  const result = parseForm(formData, sectionFormSchema(section, extended));
  if (!result.ok) return data({ errors: result.errors, values: result.values }, { status: 400 });
  // Who is saving is checked again inside the save: a link replaced since this request began saves nothing.
  const saved = await saveSideAnswers({
    responseId: side.responseId,
    authority,
    ...sectionChanges(section, result.value, extended),
  });
  if (saved.status === "unauthorised") throw new Response("This link has been replaced.", { status: 410 });
  if (saved.status === "already_submitted") return redirect(base);
  if (saved.status === "red_line_without_value") {
    // Only reachable if the figure was emptied elsewhere in between: the page's own schema refuses it first.
    const errors = Object.fromEntries(
      saved.factIds.map((id) => [factRedLineField(id), "Give the figure before you mark it as a red line"]),
    );
    return data({ errors, values: {} as Record<string, unknown> }, { status: 400 });
  }
  const next = sections[index + 1];
  const to =
    result.value.intent === "save-and-exit"
      ? `${base}?saved=1`
      : next
        ? `${base}/section/${next.id}`
        : `${base}/review`;
  return redirect(to);
}

/** An autosave changes nothing on the page, so there is nothing to reload. */
export const shouldRevalidate: ShouldRevalidateFunction = ({ formData, defaultShouldRevalidate }) =>
  formData?.get("intent") === AUTOSAVE ? false : defaultShouldRevalidate;

function useAutosave() {
  const fetcher = useFetcher<typeof action>();
  const form = useRef<HTMLFormElement>(null);
  const timer = useRef<number | undefined>(undefined);
  const [enhanced, setEnhanced] = useState(false);
  useEffect(() => {
    setEnhanced(true);
    return () => window.clearTimeout(timer.current);
  }, []);
  const onChange = () => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      if (!form.current) return;
      const formData = new FormData(form.current);
      formData.set("intent", AUTOSAVE);
      fetcher.submit(formData, { method: "post" });
    }, 600);
  };
  const result = fetcher.data && "autosave" in fetcher.data ? fetcher.data.autosave : null;
  let message = "";
  if (fetcher.state !== "idle") message = "Saving…";
  else if (result?.status === "saved") {
    message =
      result.pending.length === 0
        ? "Saved"
        : `Saved, except ${result.pending.length === 1 ? "1 question" : `${result.pending.length} questions`} not finished yet`;
  } else if (result?.status === "signed-out") {
    message =
      "Not saved: open your link again in a new tab, then come back here. What you typed is still on this page.";
  } else if (result?.status === "submitted") message = "Not saved: these answers have already been submitted.";
  // A real submission makes any pending autosave redundant.
  const cancel = () => window.clearTimeout(timer.current);
  return { form, onChange, cancel, message, enhanced };
}

export default function SectionPage() {
  const {
    base,
    checkTitle,
    organisation,
    role,
    section,
    sectionNumber,
    sectionCount,
    progress,
    answers,
    facts,
    redLineFacts,
    redLineable,
    extended,
  } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = actionData && "errors" in actionData ? actionData.errors : undefined;
  const typed = actionData && "values" in actionData ? actionData.values : undefined;

  const itemValues = (itemId: string): ItemValues => {
    if (!typed) return savedItemValues(answers[itemId]);
    const v = (f: Parameters<typeof itemField>[1]) => payloadValue(typed, itemField(itemId, f));
    return {
      preferred: v("preferred"),
      acceptableMin: v("acceptableMin"),
      acceptableMax: v("acceptableMax"),
      importance: v("importance"),
      redLine: v("redLine") === "on",
      note: v("note"),
      fixed: v("fixed") === "on",
      clause: v("clause"),
    };
  };

  const autosave = useAutosave();
  let questionNumber = 0;
  return (
    <>
      <ErrorSummary errors={errorLinks(errors, sectionFieldOrder(section))} />
      <p className="progress">
        Section {sectionNumber} of {sectionCount} — {progress.answered} of {progress.total} questions answered
      </p>
      <span className="caption">
        {checkTitle}: answering for {organisation}
      </span>
      <h1>{section.title}</h1>
      {section.kind === "dimension" ? <p className="lead">{section.dimension.summary}</p> : null}
      {section.kind === "facts" ? (
        <p className="lead">
          A few figures let Common Ground check referrals, cash flow, fees, contract length and notice. Give your best
          estimate; you can change them until you submit.
          {extended
            ? " If a figure is a walk-away for you, tick “This figure is a red line”: a clear breach of it then stops the deal."
            : ""}
        </p>
      ) : null}
      <p>Answer what you can. Your answers are saved when you continue, and you can come back to this page.</p>
      <Form method="post" noValidate ref={autosave.form} onChange={autosave.onChange} onSubmit={autosave.cancel}>
        {section.kind === "dimension"
          ? section.dimension.items.map((item) => {
              questionNumber += 1;
              return (
                <ItemQuestion
                  key={item.id}
                  item={item}
                  side={role}
                  number={questionNumber}
                  values={itemValues(item.id)}
                  errors={errors}
                  extended={extended}
                />
              );
            })
          : section.facts.map((fact) => {
              const saved = facts[fact.id];
              return (
                <FactQuestion
                  key={fact.id}
                  fact={fact}
                  value={typed ? payloadValue(typed, factField(fact.id)) : saved === undefined ? "" : String(saved)}
                  error={errors?.[factField(fact.id)]}
                  redLine={
                    extended && redLineable.includes(fact.id)
                      ? {
                          checked: typed
                            ? payloadValue(typed, factRedLineField(fact.id)) === "on"
                            : redLineFacts.includes(fact.id),
                          error: errors?.[factRedLineField(fact.id)],
                        }
                      : undefined
                  }
                />
              );
            })}
        {autosave.enhanced ? (
          <p className="saved-status" role="status" aria-live="polite">
            {autosave.message || "Your answers save as you go."}
          </p>
        ) : null}
        <div className="button-group">
          <button type="submit" className="button" name="intent" value="continue">
            Save and continue
          </button>
          <button type="submit" className="button button--secondary" name="intent" value="save-and-exit">
            Save and come back later
          </button>
        </div>
      </Form>
      <p>
        <Link to={base}>Back to all sections</Link>
      </p>
    </>
  );
}
