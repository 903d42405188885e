import { WORKSHOP_CLOSED } from "~/domain/workshop";
import { participantClosed } from "~/access/participant.server";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import type { ShouldRevalidateFunction } from "@remix-run/react";
import { Form, Link, useActionData, useFetcher, useLoaderData } from "@remix-run/react";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { answerLines, factLines } from "~/formats/answer-text";
import { ErrorSummary, errorLinks } from "~/components/form";
import {
  FactQuestion,
  ItemQuestion,
  markPreferredIncluded,
  savedItemValues,
  type ConflictView,
  type ItemValues,
} from "~/components/question-fields";
import { overallProgress, questionIdsOf, questionNumbers, sectionsFor, type Section } from "~/domain/sections";
import { RED_LINE_FIGURES, type Side } from "~/domain/types";
import {
  factField,
  factFindingOnlyField,
  factRedLineField,
  itemField,
  payloadValue,
  payloadValues,
  sectionFieldOrder,
  versionValue,
} from "~/forms/field-names";
import {
  questionIdOf,
  sectionChanges,
  sectionFormSchema,
  seenVersions,
  withoutQuestions,
} from "~/forms/answers.server";
import { readFormData } from "~/http/form-body.server";
import { parseForm } from "~/forms/parse.server";
import { saveSideAnswers, type AnswerVersions, type SaveConflict } from "~/models/response.server";
import { requireSide } from "~/access/side.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.section.title} – ${data.checkTitle} – Common Ground` : "Common Ground" },
  { name: "robots", content: "noindex, nofollow" },
];

async function loadSection(request: Request, params: Record<string, string | undefined>) {
  const context = await requireSide(request, params);
  const sectionId = params.sectionId ?? "";
  // A respondent answers the positions only: the figures are the side's lead's to give.
  const sections = sectionsFor(context.questionnaire, context.role).filter(
    (s) => !context.respondent || s.kind === "dimension",
  );
  const index = sections.findIndex((s) => s.id === sectionId);
  const section = sections[index];
  if (!section) throw new Response("No such section", { status: 404 });
  return { ...context, sections, index, section };
}

/** This page's questions' versions, as the hidden fields carry them ("none": not answered yet). */
function pageVersions(section: Section, versions: AnswerVersions): Record<string, string> {
  const group = section.kind === "facts" ? versions.facts : versions.answers;
  return Object.fromEntries(questionIdsOf(section).map((id) => [id, versionValue(group[id])]));
}

/** Both answers of every conflicting question, in words, for the page to show side by side. */
function conflictViews(section: Section, role: Side, conflicts: readonly SaveConflict[]): Record<string, ConflictView> {
  const views: Record<string, ConflictView> = {};
  for (const conflict of conflicts) {
    if (conflict.kind === "answer" && section.kind === "dimension") {
      const item = section.dimension.items.find((i) => i.id === conflict.id);
      if (!item) continue;
      views[conflict.id] = {
        saved: conflict.saved ? answerLines(item, role, conflict.saved) : ["Not answered"],
        yours: answerLines(item, role, conflict.yours),
      };
    } else if (conflict.kind === "fact" && section.kind === "facts") {
      const fact = section.facts.find((f) => f.id === conflict.id);
      if (!fact) continue;
      const lines = (state: typeof conflict.saved) => factLines(fact, state.value ?? undefined, state) ?? ["Not given"];
      views[conflict.id] = { saved: lines(conflict.saved), yours: lines(conflict.yours) };
    }
  }
  return views;
}

/** The versions a page was loaded with, as it sent them back ("none" where it sent nothing). */
function sentVersions(section: Section, formData: FormData): Record<string, string> {
  const kind = section.kind === "facts" ? "facts" : "items";
  return Object.fromEntries(
    questionIdsOf(section).map((id) => {
      const sent = formData.get(`seen.${kind}.${id}`);
      return [id, typeof sent === "string" && /^(none|\d{1,15})$/.test(sent) ? sent : "none"];
    }),
  );
}

/** The field a question's error summary link jumps to. */
function firstField(section: Section, id: string): string {
  return section.kind === "facts" ? factField(id) : itemField(id, "preferred");
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { summary, role, side, sections, index, section, answers, versions, base, extended, status, respondent } =
    await loadSection(request, params);
  if (status === "submitted" || (respondent && side.status === "submitted")) throw redirect(base);
  // A closed workshop takes no more answers (issue 18): the participant's home page says so, and offers no form.
  if (await participantClosed(summary)) throw redirect(base);
  const numbers = questionNumbers(sections);
  return {
    versions: pageVersions(section, versions),
    numbers: Object.fromEntries(questionIdsOf(section).map((id) => [id, numbers.get(id) ?? 0])),
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
    findingOnlyFacts: answers.findingOnlyFacts ?? [],
    otherName: summary.sides[role === "vcs" ? "prime" : "vcs"].name,
    /** The prime answering once for a partner search: its figures reach each candidate, not one other side. */
    searchPrime: summary.search?.part === "search",
    /** A workshop participant (issue 18): its figures go into its own result only. */
    participant: summary.workshop?.part === "participant",
    redLineable:
      extended && section.kind === "facts"
        ? section.facts.filter((f) => RED_LINE_FIGURES.has(f.id)).map((f) => f.id)
        : [],
    extended,
    respondent: Boolean(respondent),
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
  const { section, authority, extended, status, responseId } = context;
  if (status === "submitted") return data({ autosave: { status: "submitted" as const } }, { status: 409 });
  // Unfinished questions wait; questions someone else changed since the page was loaded are not overwritten.
  const pending: Record<string, string> = {};
  const conflicted = new Set<string>();
  // Each round sets aside at least one more question, so the questions on the page bound the rounds.
  for (let round = 0; round <= questionIdsOf(section).length + 1; round += 1) {
    const waiting = new Set([...Object.keys(pending), ...conflicted]);
    const kept = new FormData();
    for (const [name, value] of formData) {
      const id = questionIdOf(name);
      if (!id || !waiting.has(id)) kept.append(name, value);
    }
    const page = withoutQuestions(section, waiting);
    const result = parseForm(kept, sectionFormSchema(page, extended));
    if (!result.ok) {
      let found = false;
      for (const [name, message] of Object.entries(result.errors)) {
        const id = questionIdOf(name);
        if (id && !(id in pending)) {
          pending[id] = message;
          found = true;
        }
      }
      if (found) continue;
      // An error that belongs to no question (a field the page does not have): nothing to set aside.
      return data({ autosave: { status: "not-saved" as const } }, { status: 400 });
    }
    const changes = sectionChanges(page, result.value, extended, Boolean(context.respondent));
    const saved = await saveSideAnswers({
      responseId,
      authority,
      seen: seenVersions(result.value.seen),
      ...changes,
    });
    if (saved.status === "unauthorised") return data({ autosave: { status: "signed-out" as const } }, { status: 403 });
    if (saved.status === "already_submitted")
      return data({ autosave: { status: "submitted" as const } }, { status: 409 });
    if (saved.status === "closed") return data({ autosave: { status: "not-saved" as const } }, { status: 410 });
    if (saved.status === "conflict") {
      for (const c of saved.conflicts) conflicted.add(c.id);
      continue;
    }
    if (saved.status === "saved") {
      // Only the questions just saved take their new versions: any other change stays a conflict to show.
      const savedIds = [...Object.keys(changes.answers), ...Object.keys(changes.facts), ...changes.clearFactIds];
      const all = pageVersions(page, saved.versions);
      return data({
        autosave: {
          status: "saved" as const,
          pending,
          conflicted: [...conflicted],
          versions: Object.fromEntries(savedIds.map((id) => [id, all[id] ?? "none"])),
        },
      });
    }
  }
  // Not reached while the rounds above are bounded by the page; never say "saved" for a save that did not happen.
  return data({ autosave: { status: "not-saved" as const } }, { status: 409 });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const formData = await readFormData(request);
  if (formData.get("intent") === AUTOSAVE) return autosave(request, params, formData);
  const context = await loadSection(request, params);
  const { sections, index, section, base, authority, extended, status, responseId } = context;
  if (status === "submitted") return redirect(base);
  const result = parseForm(formData, sectionFormSchema(section, extended));
  if (!result.ok) {
    // The page comes back with the versions it was loaded with, not the latest (without JavaScript the loader
    // runs again after this): what the person typed is still measured against what they saw.
    return data(
      { errors: result.errors, values: result.values, versions: sentVersions(section, formData) },
      { status: 400 },
    );
  }
  // Who is saving is checked again inside the save: a link replaced since this request began saves nothing.
  const saved = await saveSideAnswers({
    responseId,
    authority,
    seen: seenVersions(result.value.seen),
    ...sectionChanges(section, result.value, extended, Boolean(context.respondent)),
  });
  if (saved.status === "unauthorised") throw new Response("This link has been replaced.", { status: 410 });
  if (saved.status === "conflict") {
    // Nothing was saved. The page comes back with what the person typed, both answers side by side, and the
    // latest versions, so saving again keeps theirs and reloading keeps the saved one.
    const errors = Object.fromEntries(
      saved.conflicts.map((c) => [
        firstField(section, c.id),
        "Someone else on your side changed this after you opened the page: choose which answer to keep",
      ]),
    );
    return data(
      {
        errors,
        values: result.values,
        conflicts: conflictViews(section, context.role, saved.conflicts),
        versions: pageVersions(section, saved.versions),
      },
      { status: 409 },
    );
  }
  if (saved.status === "already_submitted") return redirect(base);
  if (saved.status === "closed") throw new Response(WORKSHOP_CLOSED, { status: 410 });
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

/** "question 12", "questions 12 and 14", "questions 3, 4 and 7". */
function questionsText(numbers: readonly number[]): string {
  const sorted = [...numbers].sort((a, b) => a - b);
  if (sorted.length === 1) return `question ${sorted[0]}`;
  return `questions ${sorted.slice(0, -1).join(", ")} and ${sorted.at(-1)}`;
}

function useAutosave(numbers: Record<string, number>, loadedVersions: Record<string, string>, submitted: unknown) {
  const fetcher = useFetcher<typeof action>();
  const form = useRef<HTMLFormElement>(null);
  const timer = useRef<number | undefined>(undefined);
  const [enhanced, setEnhanced] = useState(false);
  const [versions, setVersions] = useState(loadedVersions);
  useEffect(() => {
    setEnhanced(true);
    if (form.current) markPreferredIncluded(form.current);
    return () => window.clearTimeout(timer.current);
  }, []);
  useEffect(() => setVersions(loadedVersions), [loadedVersions]);
  const latest = fetcher.data && "autosave" in fetcher.data ? fetcher.data.autosave : null;
  // A page saved with the buttons since the last autosave has its own messages: the autosave's is out of date.
  const [stale, setStale] = useState(false);
  useEffect(() => setStale(false), [latest]);
  useEffect(() => setStale(true), [submitted]);
  const result = stale ? null : latest;
  useEffect(() => {
    if (latest?.status === "saved") setVersions((current) => ({ ...current, ...latest.versions }));
  }, [latest]);
  const onChange = () => {
    if (form.current) markPreferredIncluded(form.current);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      if (!form.current) return;
      const formData = new FormData(form.current);
      formData.set("intent", AUTOSAVE);
      fetcher.submit(formData, { method: "post" });
    }, 600);
  };
  // One message, in one place: how saving works, then what the last save did.
  let message = "Your answers save as you go.";
  let tone: "done" | "warning" = "done";
  if (fetcher.state !== "idle") message = "Saving…";
  else if (result?.status === "saved") {
    const waiting = Object.entries(result.pending);
    const parts: string[] = [];
    if (waiting.length > 0) {
      parts.push(
        waiting
          .map(
            ([id, why]) =>
              `question ${numbers[id] ?? "?"} is not saved yet (${why.charAt(0).toLowerCase()}${why.slice(1)})`,
          )
          .join("; "),
      );
    }
    if (result.conflicted.length > 0) {
      parts.push(
        `${questionsText(result.conflicted.map((id) => numbers[id] ?? 0))} changed by someone else on your side since you opened this page: select “Save and continue” to see both answers and choose`,
      );
    }
    if (parts.length === 0) message = "Saved.";
    else {
      tone = "warning";
      message = `Saved, except: ${parts.join(". ")}.`;
    }
  } else if (result?.status === "signed-out") {
    tone = "warning";
    message =
      "Not saved: open your link again in a new tab, then come back here. What you typed is still on this page.";
  } else if (result?.status === "not-saved") {
    tone = "warning";
    message = "Not saved: select “Save and continue” to save this page and see what needs changing.";
  } else if (result?.status === "submitted") {
    tone = "warning";
    message = "Not saved: these answers have already been submitted.";
  }
  // A real submission makes a scheduled autosave redundant. One already on its way is waited for, so the
  // page is saved with the versions that autosave returns (or it would conflict with itself).
  const waiting = useRef<HTMLElement | null>(null);
  const [resubmit, setResubmit] = useState(0);
  useEffect(() => {
    if (fetcher.state === "idle" && waiting.current) setResubmit((n) => n + 1);
  }, [fetcher.state]);
  useEffect(() => {
    const submitter = waiting.current;
    if (!resubmit || !submitter || !form.current) return;
    waiting.current = null;
    form.current.requestSubmit(submitter instanceof HTMLButtonElement ? submitter : undefined);
  }, [resubmit]);
  const cancel = (event: FormEvent<HTMLFormElement>) => {
    window.clearTimeout(timer.current);
    if (fetcher.state !== "idle") {
      event.preventDefault();
      waiting.current = (event.nativeEvent as SubmitEvent).submitter ?? null;
    }
  };
  return { form, onChange, cancel, message, tone, enhanced, versions };
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
    findingOnlyFacts,
    otherName,
    redLineable,
    extended,
    numbers,
    versions: loadedVersions,
    respondent,
    searchPrime,
    participant,
  } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = actionData && "errors" in actionData ? actionData.errors : undefined;
  const typed = actionData && "values" in actionData ? actionData.values : undefined;
  const conflicted = actionData as
    { conflicts?: Record<string, ConflictView>; versions?: Record<string, string> } | undefined;
  const conflicts = conflicted?.conflicts ?? {};
  const afterConflict = conflicted?.versions;

  const itemValues = (itemId: string): ItemValues => {
    if (!typed) return savedItemValues(answers[itemId]);
    const v = (f: Parameters<typeof itemField>[1]) => payloadValue(typed, itemField(itemId, f));
    return {
      preferred: v("preferred"),
      acceptable: payloadValues(typed, itemField(itemId, "acceptable")),
      importance: v("importance"),
      redLine: v("redLine") === "on",
      note: v("note"),
      fixed: v("fixed") === "on",
      clause: v("clause"),
      shareNote: v("shareNote") === "on",
    };
  };

  const autosave = useAutosave(numbers, afterConflict ?? loadedVersions, actionData);
  const versions = autosave.versions;
  // Each error in the summary says which question it is about.
  const ids = Object.keys(numbers);
  const summary = errorLinks(errors, sectionFieldOrder(section)).map((link) => {
    const id = ids.find((candidate) => link.href.includes(`-${candidate}`));
    return id ? { ...link, message: `Question ${numbers[id]}: ${link.message}` } : link;
  });
  return (
    <>
      <ErrorSummary errors={summary} />
      <p className="progress">
        Section {sectionNumber} of {sectionCount} — {progress.answered} of {progress.total} questions answered
      </p>
      <span className="caption">
        {checkTitle}: {respondent ? "your own answers for" : "answering for"} {organisation}
      </span>
      <h1>{section.title}</h1>
      {section.kind === "dimension" ? <p className="lead">{section.dimension.summary}</p> : null}
      {section.kind === "facts" ? (
        <p className="lead">
          A few figures let Common Ground check referrals, cash flow, fees, contract length and notice. Give your best
          estimate, as you would write it (for example “1,200”, “12%” or “36 months”); you can change them until you
          submit.
          {extended
            ? " If a figure is a walk-away for you, tick “This figure is a red line”: a clear breach of it then stops the deal."
            : ""}
        </p>
      ) : null}
      {section.kind === "facts" ? (
        <div className="notice notice--info">
          <h2 className="notice__title">Who sees these figures</h2>
          <p>
            {participant
              ? "These figures are used only for your own result against the scenario prime, an example. The facilitator never sees them, not even in the room’s totals."
              : searchPrime
                ? "Each candidate in the search sees the figures you give here, once it has submitted its own answers, where they raise a flag (for example the referrals you guarantee) and in the result’s spreadsheet download."
                : `Once both sides have submitted, ${otherName} sees the figures you give here where they raise a flag (for example your minimum referrals, or the notice you need) and in the result’s spreadsheet download.`}
            {participant ? null : (
              <>
                {extended ? " For any figure, you can choose to share only what it shows, not the number." : ""} Nobody
                sees them before both sides have submitted.
              </>
            )}
          </p>
        </div>
      ) : null}
      <p>Answer what you can; you can come back to this page.</p>
      <Form method="post" noValidate ref={autosave.form} onChange={autosave.onChange} onSubmit={autosave.cancel}>
        {section.kind === "dimension"
          ? section.dimension.items.map((item) => (
              <ItemQuestion
                key={item.id}
                item={item}
                side={role}
                number={numbers[item.id] ?? 0}
                values={itemValues(item.id)}
                errors={errors}
                extended={extended}
                version={versions[item.id] ?? "none"}
                conflict={conflicts[item.id]}
                organisation={organisation}
                respondent={respondent}
              />
            ))
          : section.facts.map((fact) => {
              const saved = facts[fact.id];
              return (
                <FactQuestion
                  key={fact.id}
                  fact={fact}
                  number={numbers[fact.id] ?? 0}
                  value={typed ? payloadValue(typed, factField(fact.id)) : saved === undefined ? "" : String(saved)}
                  error={errors?.[factField(fact.id)]}
                  version={versions[fact.id] ?? "none"}
                  conflict={conflicts[fact.id]}
                  organisation={organisation}
                  findingOnly={
                    extended
                      ? {
                          checked: typed
                            ? payloadValue(typed, factFindingOnlyField(fact.id)) === "on"
                            : findingOnlyFacts.includes(fact.id),
                          otherSide: otherName,
                        }
                      : undefined
                  }
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
        <p
          className={`saved-status${autosave.tone === "warning" ? " saved-status--warning" : ""}`}
          role={autosave.enhanced ? "status" : undefined}
          aria-live={autosave.enhanced ? "polite" : undefined}
        >
          {autosave.enhanced
            ? autosave.message
            : "Your answers are saved when you select “Save and continue” or “Save and come back later”."}
        </p>
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
