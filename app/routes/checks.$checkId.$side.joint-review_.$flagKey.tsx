/**
 * One flag of the joint review (issue 19), for a side's lead: the flag, both sides' answers in the side's own
 * words, what stands, and a form to propose an outcome (agreed, still open, or risk accepted). When the other
 * side's proposal stands unconfirmed it comes first, with "Confirm this outcome"; a side never confirms its own.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { requireReviewPage } from "~/access/review.server";
import { homeFor } from "~/access/session.server";
import { ErrorSummary, RadioGroup, TextField, errorLinks, fieldId } from "~/components/form";
import { ConfirmForm, Standing, TextArea } from "~/components/joint-review-parts";
import { SEVERITY_TAG } from "~/components/result-summary";
import { SEVERITY_LABELS } from "~/domain/flags";
import {
  ACCEPTERS,
  REVIEW_KINDS,
  REVIEW_KIND_LABELS,
  REVIEW_TEXT_MAX,
  otherSide,
  proposalErrors,
} from "~/domain/review";
import type { FactUnit, Side } from "~/domain/types";
import { answerLines, factValueText, positionText } from "~/formats/answer-text";
import { ACCEPTER_LABELS, itemOf, standingView } from "~/formats/joint-review-text";
import type { FieldErrors } from "~/forms/field-names";
import { parseForm } from "~/forms/parse.server";
import {
  PROPOSAL_PAGE_FIELDS as F,
  confirmPageSchema,
  proposalPageField,
  proposalPageSchema,
} from "~/forms/review-schemas.server";
import { readFormData } from "~/http/form-body.server";
import { questionnaireOf } from "~/models/questionnaire.server";
import { confirmOutcome, proposeOutcome } from "~/models/review.server";
import { getSideAnswers } from "~/models/response.server";
import type { RouteHandle } from "~/root";

/** Plain forms; the fields for the chosen outcome are revealed by CSS alone (app.css, "Joint review"). */
export const handle: RouteHandle = { hydrate: false };

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Joint review: ${data.flag.title} – ${data.checkTitle} – Common Ground` : "Common Ground" },
  { name: "robots", content: "noindex, nofollow" },
];

const UNIT_HINT: Readonly<Record<FactUnit, string>> = {
  months: "In months",
  percent: "As a percentage",
  "per year": "A number a year",
  days: "In days",
};

/** A side's lead and one flag of the report (a 404 for a key the report does not raise). */
async function requireFlag(request: Request, params: Record<string, string | undefined>) {
  const access = await requireReviewPage(request, params);
  const side = access.side;
  if (!side) throw new Response("Not found", { status: 404 });
  const entry = access.review.entries.find((e) => e.key === params.flagKey);
  if (!entry) throw new Response("This check’s report raises no such flag.", { status: 404 });
  const listPath = `${homeFor(access.check.id, side)}/joint-review`;
  return { ...access, side, entry, listPath, questionnaire: questionnaireOf(access.check) };
}

/** What the form shows: what stands, or what was typed (Conform's payload: strings, figures by fact id). */
interface Values {
  kind?: string;
  position?: string;
  figures?: Partial<Record<string, string>>;
  wording?: string;
  openReason?: string;
  acceptedBy?: string;
  acceptedReason?: string;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { check, report, side, entry, listPath, questionnaire } = await requireFlag(request, params);
  const names = { vcs: check.sides.vcs.name, prime: check.sides.prime.name };
  const { flag, outcome } = entry;
  const questions = flag.itemIds.flatMap((id) => {
    const item = itemOf(questionnaire, id);
    const result = report.items.find((i) => i.id === id);
    if (!item || !result) return [];
    return [
      {
        id,
        prompt: item.prompt[side],
        answers: (["vcs", "prime"] as const).map((s) => ({
          side: s,
          name: names[s],
          lines: answerLines(item, side, result[s]),
        })),
        meetingPoint: result.meetingPoint,
      },
    ];
  });
  const item = flag.itemIds[0] ? itemOf(questionnaire, flag.itemIds[0]) : undefined;
  const aboutQuestion = flag.itemIds.length > 0 && item !== undefined;
  const facts = flag.factIds.flatMap((id) => questionnaire.facts.filter((f) => f.id === id));
  const given = facts.length
    ? await Promise.all([getSideAnswers(check.sides.vcs.responseId), getSideAnswers(check.sides.prime.responseId)])
    : null;
  const figures = facts.map((fact) => {
    const answers = given?.[fact.side === "vcs" ? 0 : 1];
    const value = answers?.facts[fact.id];
    // A figure its side shared as the finding only is not shown to the other side (issue 12).
    const hidden = fact.side !== side && (answers?.findingOnlyFacts ?? []).includes(fact.id);
    return {
      id: fact.id,
      label: fact.label,
      hint: `${UNIT_HINT[fact.unit]}, from ${fact.min} to ${fact.max}.`,
      integer: fact.integer,
      givenBy: names[fact.side],
      given: hidden
        ? "Shared as the finding only, not the number"
        : value === undefined
          ? "Not given"
          : factValueText(value, fact.unit),
    };
  });
  const meetingPoint = questions[0]?.meetingPoint ?? null;
  const values: Values = outcome
    ? {
        kind: outcome.kind,
        position: outcome.position !== undefined ? String(outcome.position) : meetingPoint ? String(meetingPoint) : "",
        figures: Object.fromEntries(Object.entries(outcome.figures ?? {}).map(([id, v]) => [id, String(v)])),
        wording: outcome.wording ?? "",
        openReason: outcome.kind === "open" ? (outcome.reason ?? "") : "",
        acceptedReason: outcome.kind === "accepted" ? (outcome.reason ?? "") : "",
        acceptedBy: outcome.kind === "accepted" ? (outcome.acceptedBy ?? outcome.by) : "",
      }
    : { position: meetingPoint ? String(meetingPoint) : "" };
  return {
    checkTitle: check.title,
    side,
    sideName: names[side],
    otherName: names[otherSide(side)],
    listPath,
    flag: {
      key: entry.key,
      title: flag.title,
      severity: flag.severity,
      explanation: flag.explanation,
    },
    questions,
    figures,
    positions:
      aboutQuestion && item
        ? item.options.map((o) => ({ value: String(o.value), label: positionText(item, side, o.value) }))
        : null,
    meetingPoint: meetingPoint && item ? positionText(item, side, meetingPoint) : null,
    standing: outcome ? standingView(questionnaire, flag, outcome, side, names) : null,
    values,
    textMax: REVIEW_TEXT_MAX,
  };
}

type ActionResult =
  | { kind: "errors"; errors: FieldErrors; values: Values }
  | { kind: "stale"; message: string }
  | { kind: "nothing"; message: string };

export async function action({ request, params }: ActionFunctionArgs) {
  const { side, entry, listPath, authority, questionnaire } = await requireFlag(request, params);
  const form = await readFormData(request);
  const back = (done: "proposed" | "confirmed") =>
    redirect(
      `${listPath}?done=${done}&flag=${encodeURIComponent(entry.key)}#flag-${encodeURIComponent(entry.key)}`,
      303,
    );
  if (form.get("intent") === "confirm") {
    const parsed = parseForm(form, confirmPageSchema);
    if (!parsed.ok) throw new Response("This confirmation does not name the proposal it confirms.", { status: 400 });
    const confirmed = await confirmOutcome({ authority, side, flagKey: entry.key, revision: parsed.value.revision });
    switch (confirmed.status) {
      case "confirmed":
        return back("confirmed");
      case "own":
        throw new Response("Your side made this proposal: the other side confirms it.", { status: 403 });
      case "unauthorised":
        throw new Response("This link has been replaced.", { status: 410 });
      case "stale":
        return data<ActionResult>(
          { kind: "stale", message: "The proposal changed since you opened this page: read it again" },
          { status: 409 },
        );
      case "nothing":
        return data<ActionResult>(
          { kind: "nothing", message: "Nothing has been proposed for this flag yet, so there is nothing to confirm" },
          { status: 409 },
        );
    }
  }
  const parsed = parseForm(form, proposalPageSchema);
  const values = parsed.values as Values;
  if (!parsed.ok) return data<ActionResult>({ kind: "errors", errors: parsed.errors, values }, { status: 400 });
  const proposal = parsed.value;
  const saved = await proposeOutcome({
    authority,
    side,
    flagKey: entry.key,
    proposal,
    problems: (others) => proposalErrors(questionnaire, entry.flag, proposal, others),
  });
  if (saved.status === "unauthorised") throw new Response("This link has been replaced.", { status: 410 });
  if (saved.status === "invalid") {
    const errors: FieldErrors = {};
    for (const p of saved.errors) errors[proposalPageField(p.path, proposal.kind)] ??= p.message;
    return data<ActionResult>({ kind: "errors", errors, values }, { status: 400 });
  }
  return back("proposed");
}

function Reveal({ kind, children }: { kind: string; children: ReactNode }) {
  return (
    <div className={`review-reveal review-reveal--${kind}`} id={`reveal-${kind}`}>
      {children}
    </div>
  );
}

export default function ReviewFlagPage() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as ActionResult | undefined;
  const errors = result?.kind === "errors" ? result.errors : undefined;
  const values: Values = result?.kind === "errors" ? result.values : page.values;
  const order = [
    F.kind,
    F.position,
    ...page.figures.map((f) => `${F.figures}.${f.id}`),
    F.wording,
    F.openReason,
    F.acceptedBy,
    F.acceptedReason,
  ];
  const kindId = fieldId(F.kind);
  const kindError = errors?.[F.kind];
  const waiting = page.standing && !page.standing.confirmed ? page.standing : null;
  const theirs = waiting && !waiting.ownProposal ? waiting : null;
  const notice = result && result.kind !== "errors" ? result.message : null;
  const flagHref = `${page.listPath}/${encodeURIComponent(page.flag.key)}`;
  return (
    <>
      <p>
        <Link to={`${page.listPath}#flag-${encodeURIComponent(page.flag.key)}`}>Back to the joint review</Link>
      </p>
      <ErrorSummary errors={errorLinks(errors, order)} />
      {notice ? (
        <div className="error-summary" role="alert" aria-labelledby="review-notice-title">
          <h2 id="review-notice-title">{notice}</h2>
        </div>
      ) : null}
      <span className="caption">
        {page.checkTitle}: joint review for {page.sideName}
      </span>
      <h1>{page.flag.title}</h1>
      <p>
        <span className={`tag ${SEVERITY_TAG[page.flag.severity]}`}>{SEVERITY_LABELS[page.flag.severity]}</span>
      </p>
      <p>{page.flag.explanation}</p>

      {page.questions.map((q) => (
        <section key={q.id} className="review-question" aria-labelledby={`question-${q.id}`}>
          <h2 id={`question-${q.id}`} className="review-question__prompt">
            {q.prompt}
          </h2>
          <div className="review-answers">
            {q.answers.map((a) => (
              <div key={a.side} className="review-answers__side">
                <h3>
                  {a.name}
                  {a.side === page.side ? " (your side)" : ""}
                </h3>
                <ul className="list">
                  {a.lines.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        </section>
      ))}
      {page.figures.length > 0 ? (
        <section aria-labelledby="review-figures">
          <h2 id="review-figures">The figures this flag reads</h2>
          <dl className="summary-list summary-list--compact">
            {page.figures.map((f) => (
              <div className="summary-list__row" key={f.id}>
                <dt>{f.label}</dt>
                <dd>
                  {f.given} <span className="hint">(given by {f.givenBy})</span>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}

      <h2>What stands now</h2>
      {page.standing ? (
        <>
          <p>
            {page.standing.confirmed
              ? "Both sides confirmed this outcome. Proposing a different one replaces it, and the other side confirms again."
              : page.standing.ownProposal
                ? `Your side proposed this. It stands once ${page.otherName} confirms it.`
                : `${page.otherName} proposed this. It stands once you confirm it.`}
          </p>
          <Standing standing={page.standing} />
          {theirs ? <ConfirmForm action={flagHref} revision={theirs.revision} /> : null}
        </>
      ) : (
        <p>Nothing yet: neither side has proposed an outcome for this flag.</p>
      )}

      <h2>{theirs ? "Or propose something else" : page.standing ? "Change the outcome" : "Propose an outcome"}</h2>
      <Form method="post" noValidate className="review-form" action={flagHref}>
        <input type="hidden" name="intent" value="propose" />
        <div className={`form-group${kindError ? " form-group--error" : ""}`}>
          <fieldset aria-describedby={[`${kindId}-hint`, kindError ? `${kindId}-error` : ""].join(" ").trim()}>
            <legend className="legend--large">What did you agree?</legend>
            <p className="hint" id={`${kindId}-hint`}>
              What you propose stands once {page.otherName} confirms it.
            </p>
            {kindError ? (
              <p id={`${kindId}-error`} className="error-message">
                <span className="visually-hidden">Error: </span>
                {kindError}
              </p>
            ) : null}
            <div className="choices review-kinds">
              {REVIEW_KINDS.map((kind, index) => (
                <div key={kind} className="review-kind">
                  <div className="choice">
                    <input
                      type="radio"
                      id={index === 0 ? kindId : `${kindId}-${kind}`}
                      name={F.kind}
                      value={kind}
                      defaultChecked={values.kind === kind}
                    />
                    <label htmlFor={index === 0 ? kindId : `${kindId}-${kind}`}>{REVIEW_KIND_LABELS[kind]}</label>
                  </div>
                  {kind === "agreed" ? (
                    <Reveal kind={kind}>
                      {page.positions ? (
                        <RadioGroup
                          name={F.position}
                          legend="Agreed position"
                          hint={
                            page.meetingPoint
                              ? `The report’s meeting point is ${page.meetingPoint}.`
                              : "The report found no position both sides could accept."
                          }
                          error={errors?.[F.position]}
                          options={page.positions}
                          value={values.position}
                        />
                      ) : (
                        <>
                          {errors?.[F.figures] ? (
                            <p className="error-message" id={fieldId(F.figures)}>
                              <span className="visually-hidden">Error: </span>
                              {errors[F.figures]}
                            </p>
                          ) : null}
                          {page.figures.map((f) => (
                            <TextField
                              key={f.id}
                              name={`${F.figures}.${f.id}`}
                              label={f.label}
                              hint={f.hint}
                              error={errors?.[`${F.figures}.${f.id}`]}
                              type="number"
                              step={f.integer ? 1 : "any"}
                              short
                              defaultValue={values.figures?.[f.id] ?? ""}
                            />
                          ))}
                        </>
                      )}
                      <TextArea
                        name={F.wording}
                        label="Clause wording"
                        hint={`Optional. The words you agreed for the sub-contract, up to ${page.textMax} characters.`}
                        error={errors?.[F.wording]}
                        value={values.wording}
                      />
                    </Reveal>
                  ) : kind === "open" ? (
                    <Reveal kind={kind}>
                      <TextArea
                        name={F.openReason}
                        label="What is still to settle"
                        hint={`Optional. What you will come back to, and who does what before then. Up to ${page.textMax} characters.`}
                        error={errors?.[F.openReason]}
                        value={values.openReason}
                      />
                    </Reveal>
                  ) : (
                    <Reveal kind={kind}>
                      <RadioGroup
                        name={F.acceptedBy}
                        legend="Who carries the risk"
                        hint={`If you leave this, it is ${page.sideName}.`}
                        error={errors?.[F.acceptedBy]}
                        options={ACCEPTERS.map((a: Side | "both") => ({ value: a, label: ACCEPTER_LABELS[a] }))}
                        value={values.acceptedBy}
                      />
                      <TextArea
                        name={F.acceptedReason}
                        label="Why the risk is accepted"
                        hint={`Up to ${page.textMax} characters. The report and the board paper show it as accepted, not resolved.`}
                        error={errors?.[F.acceptedReason]}
                        value={values.acceptedReason}
                      />
                    </Reveal>
                  )}
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        <div className="button-group">
          <button type="submit" className="button">
            Propose this outcome
          </button>
          <Link to={`${page.listPath}#flag-${encodeURIComponent(page.flag.key)}`}>Cancel</Link>
        </div>
      </Form>
    </>
  );
}
