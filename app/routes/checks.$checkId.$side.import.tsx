import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { participantClosed } from "~/access/participant.server";
import { requireSide } from "~/access/side.server";
import { WORKSHOP_CLOSED } from "~/domain/workshop";
import { ErrorMessage, ErrorSummary, fieldId } from "~/components/form";
import { questionNumbers, sectionsFor } from "~/domain/sections";
import type { Questionnaire, Side } from "~/domain/types";
import {
  PROFILE_MAX_BYTES,
  parseProfileFile,
  parseProfileText,
  parseSeenVersions,
  profileChanges,
  profileSaveInput,
  type ProfileResult,
} from "~/forms/profile.server";
import { readFormData } from "~/http/form-body.server";
import { saveSideAnswers, type AnswerVersions } from "~/models/response.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Import answers from a saved profile – ${data.checkTitle} – Common Ground` : "Common Ground" },
  { name: "robots", content: "noindex, nofollow" },
];

const FILE_FIELD = "profile";

/**
 * A side's lead imports a saved profile (app/formats/profile.ts) before
 * submitting: the file is checked whole (app/forms/profile.server.ts) and
 * nothing is saved unless all of it is valid. Answers already given that it
 * would change are listed, and replaced only once the lead confirms; the
 * confirmation carries the profile's text back (no state is kept between the
 * two steps), and the versions seen, so a colleague's change in between is
 * not overwritten unseen (docs/architecture.md, "Two people on one side").
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { summary, side, base, respondent, status } = await requireSide(request, params);
  if (respondent) throw new Response("Not found", { status: 404 });
  if (status === "submitted") throw redirect(base);
  // A closed workshop takes no more answers (issue 18): the participant's home page says so.
  if (await participantClosed(summary)) throw redirect(base);
  return { base, checkTitle: summary.title, organisation: side.name, maxKb: PROFILE_MAX_BYTES / 1024 };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { role, base, respondent, status, questionnaire, answers, versions, responseId, authority } = await requireSide(
    request,
    params,
  );
  if (respondent) throw new Response("Not found", { status: 404 });
  if (status === "submitted") return redirect(base, 303);
  const form = await readFormData(request);
  const confirming = form.get("intent") === "confirm";
  const text = form.get("profileText");
  const parsed: ProfileResult = confirming
    ? typeof text === "string"
      ? parseProfileText(text, questionnaire, role)
      : { ok: false, error: "Choose a profile file (JSON) to import" }
    : await parseProfileFile(form.get(FILE_FIELD), questionnaire, role);
  if (!parsed.ok) return data({ kind: "error" as const, error: parsed.error, details: parsed.details ?? [] }, 400);
  const input = profileSaveInput(parsed.body, questionnaire);
  const changes = profileChanges(answers, input);
  const profileText = confirming ? (text as string) : await (form.get(FILE_FIELD) as File).text();
  const preview = (conflicted: boolean) =>
    data(
      {
        kind: "confirm" as const,
        conflicted,
        profileText,
        seen: JSON.stringify(seenOf(versions, input)),
        organisation: parsed.organisation,
        exportedOn: dayOf(parsed.exportedAt),
        changed: describe(questionnaire, role, changes.changed),
        added: changes.added.length,
        notAsked: parsed.notAsked.length,
      },
      conflicted ? 409 : 200,
    );
  if (changes.changed.length > 0 && !confirming) return preview(false);
  let seen: AnswerVersions<number | null> | undefined;
  if (confirming) {
    seen = parseSeenVersions(form.get("seen")) ?? undefined;
    if (!seen) throw new Response("This form’s contents could not be read.", { status: 400 });
  }
  const saved = await saveSideAnswers({ responseId, authority, ...input, ...(seen ? { seen } : {}) });
  if (saved.status === "unauthorised") throw new Response("This link has been replaced.", { status: 410 });
  if (saved.status === "already_submitted") return redirect(base, 303);
  if (saved.status === "closed") throw new Response(WORKSHOP_CLOSED, { status: 410 });
  if (saved.status === "conflict") return preview(true);
  if (saved.status === "red_line_without_value") {
    return data(
      { kind: "error" as const, error: "The profile marks figures as red lines without giving them", details: [] },
      400,
    );
  }
  return redirect(`${base}/review?imported=${changes.changed.length + changes.added.length}`, 303);
}

/** The version of each question the import touches, as the lead saw it when the preview was made. */
function seenOf(versions: AnswerVersions, input: ReturnType<typeof profileSaveInput>): AnswerVersions<number | null> {
  return {
    answers: Object.fromEntries(Object.keys(input.answers).map((id) => [id, versions.answers[id] ?? null])),
    facts: Object.fromEntries(Object.keys(input.facts).map((id) => [id, versions.facts[id] ?? null])),
  };
}

function describe(questionnaire: Questionnaire, side: Side, ids: readonly string[]) {
  const sections = sectionsFor(questionnaire, side);
  const numbers = questionNumbers(sections);
  const prompts = new Map<string, string>();
  for (const section of sections) {
    if (section.kind === "dimension")
      for (const item of section.dimension.items) prompts.set(item.id, item.prompt[side]);
    else for (const fact of section.facts) prompts.set(fact.id, fact.label);
  }
  return ids
    .map((id) => ({ id, number: numbers.get(id) ?? 0, question: prompts.get(id) ?? id }))
    .sort((a, b) => a.number - b.number);
}

function dayOf(iso: string | null): string | null {
  const date = iso ? new Date(iso) : null;
  if (!date || Number.isNaN(date.getTime())) return null;
  return date.toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "Europe/London",
  });
}

export default function ImportProfile() {
  const { base, checkTitle, organisation, maxKb } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const error = result?.kind === "error" ? result : null;
  const fileId = fieldId(FILE_FIELD);
  return (
    <>
      <ErrorSummary errors={error ? [{ href: fileId, message: error.error }] : []} />
      <p>
        <Link to={base}>Back to the check</Link>
      </p>
      <span className="caption">
        {checkTitle}: answering for {organisation}
      </span>
      <h1>Import answers from a saved profile</h1>
      {result?.kind === "confirm" ? (
        <ConfirmImport confirm={result} base={base} />
      ) : (
        <>
          <p>
            A profile is a file of a side’s answers, saved from a check’s page with “Save your answers as a profile”. It
            lets you start from the answers you gave before instead of answering every question again.
          </p>
          <ul className="list">
            <li>It must be for the same side and the same question bank as this check.</li>
            <li>It carries the notes you wrote on each answer: read them again, as they may mention another bid.</li>
            <li>
              Questions the profile does not answer keep the answers you have given here. If it would change any answer
              you have already given, you are asked first.
            </li>
            <li>Nothing is submitted: you check the answers, and can change any of them, before you submit.</li>
          </ul>
          <Form method="post" encType="multipart/form-data" noValidate>
            <div className={`form-group${error ? " form-group--error" : ""}`}>
              <label className="label" htmlFor={fileId}>
                Profile file (JSON)
              </label>
              <p className="hint" id={`${fileId}-hint`}>
                The .json file you saved, at most {maxKb} KB.
              </p>
              {error ? <ErrorMessage id={`${fileId}-error`}>{error.error}</ErrorMessage> : null}
              {error && error.details.length > 0 ? (
                <ul className="list profile-import__details" id={`${fileId}-details`}>
                  {error.details.map((detail) => (
                    <li key={detail}>{detail}</li>
                  ))}
                </ul>
              ) : null}
              <input
                type="file"
                id={fileId}
                name={FILE_FIELD}
                accept="application/json,.json"
                className={`file-upload${error ? " file-upload--error" : ""}`}
                aria-describedby={[
                  `${fileId}-hint`,
                  error ? `${fileId}-error` : "",
                  error?.details.length ? `${fileId}-details` : "",
                ]
                  .filter(Boolean)
                  .join(" ")}
                aria-invalid={error ? true : undefined}
              />
            </div>
            <button type="submit" className="button">
              Import answers
            </button>
          </Form>
        </>
      )}
    </>
  );
}

function ConfirmImport({
  confirm,
  base,
}: {
  confirm: Extract<NonNullable<ReturnType<typeof useActionData<typeof action>>>, { kind: "confirm" }>;
  base: string;
}) {
  const count = confirm.changed.length;
  const answers = (n: number) => (n === 1 ? "1 answer" : `${n} answers`);
  return (
    <>
      {confirm.conflicted ? (
        <div className="notice" role="alert">
          <p>
            <strong>Someone on your side changed answers after you chose the file.</strong> Nothing was imported. The
            list below is what the profile would change now.
          </p>
        </div>
      ) : null}
      <p>
        The profile
        {confirm.organisation ? <> saved from {confirm.organisation}’s answers</> : null}
        {confirm.exportedOn ? <> on {confirm.exportedOn}</> : null} is valid.
      </p>
      <div className="notice">
        <h2 className="notice__title">
          {count === 0
            ? "It changes no answer you have given"
            : `It would replace ${answers(count)} you have already given`}
        </h2>
        {count > 0 ? (
          <ul className="list">
            {confirm.changed.map((row) => (
              <li key={row.id}>
                Question {row.number}: {row.question}
              </li>
            ))}
          </ul>
        ) : null}
        {confirm.added > 0 ? (
          <p>
            It would also answer {confirm.added === 1 ? "1 question" : `${confirm.added} questions`} not yet answered.
          </p>
        ) : null}
      </div>
      {confirm.notAsked > 0 ? (
        <p>
          {answers(confirm.notAsked)} in the profile {confirm.notAsked === 1 ? "is" : "are"} for questions this check
          does not ask (it uses the short core set), so {confirm.notAsked === 1 ? "it is" : "they are"} left out.
        </p>
      ) : null}
      <Form method="post" encType="multipart/form-data" className="button-group">
        <input type="hidden" name="intent" value="confirm" />
        <input type="hidden" name="profileText" value={confirm.profileText} />
        <input type="hidden" name="seen" value={confirm.seen} />
        <button type="submit" className="button button--warning">
          {count === 0 ? "Import answers" : `Replace ${answers(count)} and import`}
        </button>
        <Link to={base} className="button button--secondary" role="button">
          Cancel: keep my answers
        </Link>
      </Form>
    </>
  );
}
