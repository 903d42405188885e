import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary, errorLinks } from "~/components/form";
import { FactQuestion, ItemQuestion, savedItemValues, type ItemValues } from "~/components/question-fields";
import { overallProgress, sectionsFor } from "~/domain/sections";
import { factField, itemField, sectionChanges, sectionFieldOrder, sectionFormSchema } from "~/lib/answer-form";
import { parseForm, payloadValue } from "~/lib/forms";
import { saveSideAnswers } from "~/models/response.server";
import { requireSide } from "~/models/side.server";

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
  const { summary, role, side, sections, index, section, answers, base } = await loadSection(request, params);
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
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { side, sections, index, section, base } = await loadSection(request, params);
  if (side.status === "submitted") return redirect(base);
  const result = parseForm(await request.formData(), sectionFormSchema(section));
  if (!result.ok) return data({ errors: result.errors, values: result.values }, { status: 400 });
  const saved = await saveSideAnswers({ responseId: side.responseId, ...sectionChanges(section, result.value) });
  if (saved.status === "already_submitted") return redirect(base);
  if (result.value.intent === "save-and-exit") return redirect(`${base}?saved=1`);
  const next = sections[index + 1];
  return redirect(next ? `${base}/section/${next.id}` : `${base}/review`);
}

export default function SectionPage() {
  const { base, checkTitle, organisation, role, section, sectionNumber, sectionCount, progress, answers, facts } =
    useLoaderData<typeof loader>();
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
    };
  };

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
        </p>
      ) : null}
      <p>Answer what you can. Your answers are saved when you continue, and you can come back to this page.</p>
      <Form method="post" noValidate>
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
                />
              );
            })}
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
