/**
 * "The board's answer" (issue 16): what a side's lead would submit for the
 * people who answered alone. Per item: the combined answer in words, what a
 * majority could accept, the spread once enough have submitted (to protect
 * candour, never below SPREAD_THRESHOLD), the notes their authors shared, and
 * the lead's override. Then the figures, which are the lead's alone, and the
 * submission. Never who said what.
 */
import { WORKSHOP_CLOSED } from "~/domain/workshop";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireSide } from "~/access/side.server";
import { BoardItem, type BoardItemView } from "~/components/board";
import { ConfirmCheckbox, ErrorSummary, fieldId, type ErrorLink } from "~/components/form";
import { SPREAD_THRESHOLD, spreadDisagrees } from "~/domain/combine";
import { FACTS_SECTION_ID, questionNumbers, sectionsFor } from "~/domain/sections";
import type { Answer, PositionItem, Questionnaire, Side } from "~/domain/types";
import { IMPORTANCE_LABELS, positionText } from "~/formats/answer-text";
import { describeSideAnswers } from "~/formats/side-answers";
import { parseForm } from "~/forms/parse.server";
import { submitSchema } from "~/forms/schemas.server";
import { readFormData } from "~/http/form-body.server";
import { getBoard, sideHasRespondents } from "~/models/board.server";
import { submitResponse } from "~/models/response.server";
import { afterSubmission } from "~/models/after-submission.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `The board’s answer – ${data.checkTitle} – Common Ground` : "Common Ground" },
  { name: "robots", content: "noindex, nofollow" },
];

/** An answer in words, a line each; `accept` names who could accept the range. */
function answerInWords(item: PositionItem, side: Side, answer: Answer, accept: string): string[] {
  const range: string[] = [];
  for (let p = answer.acceptable.min; p <= answer.acceptable.max; p += 1) range.push(positionText(item, side, p));
  return [
    `Preferred: ${positionText(item, side, answer.preferred)}`,
    range.length === 1 ? `${accept}: only the preferred position` : `${accept}: ${range.join("; ")}`,
    `Matters: ${IMPORTANCE_LABELS[answer.importance]}`,
    `Red line: ${answer.redLine ? "Yes" : "No"}`,
  ];
}

/** What is still unanswered, each with the place to answer it. */
function missingLinks(questionnaire: Questionnaire, side: Side, base: string, missing: readonly string[]) {
  const sections = sectionsFor(questionnaire, side);
  const numbers = questionNumbers(sections);
  return missing.map((id) => {
    const fact = questionnaire.facts.find((f) => f.id === id);
    if (fact) {
      return {
        id,
        text: `Question ${numbers.get(id) ?? ""}: ${fact.label}`,
        href: `${base}/section/${FACTS_SECTION_ID}#question-${id}`,
      };
    }
    const item = questionnaire.dimensions.flatMap((d) => d.items).find((i) => i.id === id);
    return {
      id,
      text: `Question ${numbers.get(id) ?? ""}: ${item?.prompt[side] ?? id}`,
      href: `${base}/board#item-${id}`,
    };
  });
}

async function requireLead(request: Request, params: Record<string, string | undefined>) {
  const context = await requireSide(request, params);
  if (context.respondent !== null) throw new Response("Not found", { status: 404 });
  // A side nobody else answers for submits its own answers from "Check your answers", as it always has.
  if (!(await sideHasRespondents(context.side.partyId))) throw redirect(context.base);
  return context;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { summary, role, side, questionnaire, base } = await requireLead(request, params);
  if (side.status === "submitted") throw redirect(base);
  const board = await getBoard({
    questionnaire,
    side: role,
    partyId: side.partyId,
    responseId: side.responseId,
    submitted: false,
  });
  const numbers = questionNumbers(sectionsFor(questionnaire, role));
  const dimensions = questionnaire.dimensions.map((dimension) => ({
    id: dimension.id,
    title: dimension.title,
    items: dimension.items.map((item): BoardItemView => {
      const combined = board.combined[item.id];
      const override = board.overrides[item.id];
      const spread = board.spread?.[item.id];
      return {
        id: item.id,
        number: numbers.get(item.id) ?? 0,
        prompt: item.prompt[role],
        combined: combined ? answerInWords(item, role, combined.answer, "Everyone could accept") : null,
        majority: combined ? combined.majority.map((p) => positionText(item, role, p)) : [],
        spread:
          spread && combined
            ? {
                counts: spread,
                preferred: combined.answer.preferred,
                optionLabels: item.options.map((o) => o.label[role]),
              }
            : null,
        notes: board.sharedNotes[item.id] ?? [],
        override: override
          ? { lines: answerInWords(item, role, override.answer, "Could accept"), reason: override.reason }
          : null,
      };
    }),
  }));
  const figures = describeSideAnswers(questionnaire, role, board.answers).find((s) => s.id === FACTS_SECTION_ID);
  return {
    base,
    role,
    checkTitle: summary.title,
    organisation: side.name,
    invited: board.invited,
    /** Respondents who have submitted (not counting the lead). */
    respondentsSubmitted: board.submitted - (board.leadCounted ? 1 : 0),
    counted: board.submitted,
    leadCounted: board.leadCounted,
    spreadShown: board.spread !== null,
    threshold: SPREAD_THRESHOLD,
    dimensions,
    figures: figures ? figures.rows : [],
    missing: missingLinks(questionnaire, role, base, board.missing),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { side, questionnaire, role, base, authority, summary } = await requireLead(request, params);
  if (side.status === "submitted") return redirect(base, 303);
  const result = parseForm(await readFormData(request), submitSchema);
  if (!result.ok) {
    return data(
      { errors: { confirm: "Confirm that this is the side’s considered answer before you submit" }, missing: [] },
      { status: 400 },
    );
  }
  // Checked again inside the submission: a link replaced while this request was arriving submits nothing.
  const submitted = await submitResponse({ responseId: side.responseId, questionnaire, side: role, authority });
  switch (submitted.status) {
    case "unauthorised":
      throw new Response("This link has been replaced.", { status: 410 });
    case "incomplete":
      return data(
        {
          errors: {
            missing: `Every question needs an answer before you submit: ${submitted.missing.length} still to answer`,
          },
          missing: missingLinks(questionnaire, role, base, submitted.missing),
        },
        { status: 400 },
      );
    case "submitted":
      // A partner search's prime: score the candidates whose reports this made ready.
      await afterSubmission(summary);
      return redirect(base, 303);
    case "already_submitted":
      return redirect(base, 303);
    case "closed":
      throw new Response(WORKSHOP_CLOSED, { status: 410 });
  }
}

export default function Board() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors: Partial<Record<"confirm" | "missing", string>> = actionData?.errors ?? {};
  const missing = actionData && actionData.missing.length > 0 ? actionData.missing : page.missing;
  const summaryLinks: ErrorLink[] = [
    ...(errors.missing ? [{ href: "missing", message: errors.missing }] : []),
    ...(errors.confirm ? [{ href: fieldId("confirm"), message: errors.confirm }] : []),
  ];
  const { base, organisation, role } = page;
  return (
    <>
      <ErrorSummary errors={summaryLinks} />
      <span className="caption">
        {page.checkTitle}: answering for {organisation}
      </span>
      <h1>The board’s answer</h1>
      <p className="lead">
        {page.respondentsSubmitted} of the {page.invited === 1 ? "1 person" : `${page.invited} people`} you invited{" "}
        {page.respondentsSubmitted === 1 ? "has" : "have"} submitted.{" "}
        {page.leadCounted
          ? "Your own answers count as one more."
          : "Your own answers will count as one more once you have answered every question."}
      </p>
      <p>
        The combined answer for each question is what {organisation} submits unless you change it. Nobody, including
        you, can see who said what. <Link to={`${base}/respondents`}>See who you have invited</Link>.
      </p>
      {page.missing.length > 0 ? (
        <p>
          <a href="#missing">
            {page.missing.length === 1 ? "1 question still needs" : `${page.missing.length} questions still need`} an
            answer
          </a>{" "}
          before you can submit.
        </p>
      ) : null}
      {page.spreadShown ? null : (
        <div className="notice notice--info">
          <p>
            <strong>
              Only the combined answer is shown until {page.threshold} of the people you invited have submitted.
            </strong>{" "}
            Your own answers do not count towards this, since you know them. With fewer, you could work out what each
            person said, so how their answers spread stays hidden to protect candour.{" "}
            {page.counted === 0
              ? "Nobody’s answers count yet."
              : `So far ${page.counted === 1 ? "1 person’s answers count" : `${page.counted} people’s answers count`}.`}
          </p>
        </div>
      )}

      {page.spreadShown ? <Disagreements dimensions={page.dimensions} /> : null}

      {page.dimensions.map((dimension) => (
        <section key={dimension.id} aria-labelledby={`dimension-${dimension.id}`} className="board-dimension">
          <h2 id={`dimension-${dimension.id}`}>{dimension.title}</h2>
          {dimension.items.map((item) => (
            <BoardItem key={item.id} item={item} side={role} base={base} />
          ))}
        </section>
      ))}

      {page.figures.length > 0 ? (
        <section aria-labelledby="figures">
          <h2 id="figures">Facts and figures</h2>
          <p>These are yours alone: the people you invited do not give figures.</p>
          <dl className="summary-list">
            {page.figures.map((row) => (
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
                  <Link to={`${base}/section/${FACTS_SECTION_ID}#${row.anchor}`}>
                    Change<span className="visually-hidden"> your answer to question {row.number}</span>
                  </Link>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}

      <h2>Submit {organisation}’s answers</h2>
      {missing.length > 0 ? (
        <div className={`notice board-missing${errors.missing ? " notice--error" : ""}`} id="missing" tabIndex={-1}>
          <h3>
            {missing.length === 1 ? "1 question still needs" : `${missing.length} questions still need`} an answer
          </h3>
          <ul>
            {missing.map((row) => (
              <li key={row.id}>
                <Link to={row.href}>{row.text}</Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p>
        Once you submit, {organisation}’s answers are locked: nobody can change them, answer or be invited. They stay
        sealed until the other side has submitted too.
      </p>
      <Form method="post" noValidate>
        <ConfirmCheckbox error={errors.confirm}>
          I confirm this is the side’s considered answer, and understand it cannot be changed after submitting.
        </ConfirmCheckbox>
        <button type="submit" className="button">
          Submit {organisation}’s answers
        </button>
      </Form>
      <p>
        <Link to={base}>Back to {organisation}’s answers</Link>
      </p>
    </>
  );
}

/** The questions the board is split on (two or more positions apart, or split on a red line), linked, first. */
function Disagreements({ dimensions }: { dimensions: ReadonlyArray<{ items: readonly BoardItemView[] }> }) {
  const split = dimensions.flatMap((d) => d.items).filter((i) => i.spread && spreadDisagrees(i.spread.counts));
  return (
    <div className="panel">
      <h2>Where the board does not agree</h2>
      {split.length === 0 ? (
        <p>On every question the respondents are at most one position apart, and none is split on a red line.</p>
      ) : (
        <>
          <p>
            On {split.length === 1 ? "this question" : `these ${split.length} questions`} the respondents are two or
            more positions apart, or split on a red line. The report flags each one for discussion.
          </p>
          <ul className="list">
            {split.map((item) => (
              <li key={item.id}>
                <a href={`#item-${item.id}`}>
                  Question {item.number}: {item.prompt}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
