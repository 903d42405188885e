import { Form } from "@remix-run/react";
import type { IssueGroup } from "~/domain/flag-groups";
import { OUTCOMES, OUTCOME_LABELS, SEVERITY_LABELS, type Outcome } from "~/domain/flags";
import { ErrorMessage, fieldId } from "./form";
import { SEVERITY_TAG } from "./result-summary";

export interface RecordedOutcome {
  outcome: Outcome;
  note: string | null;
}

export interface OutcomeError {
  flagKey: string;
  errors: Record<string, string>;
  values: Record<string, unknown>;
}

/** What became of a flag once the two sides talked; the owner records it, everyone sees it. */
function FlagOutcomeView(props: {
  flagKey: string;
  title: string;
  recorded: RecordedOutcome | undefined;
  form: { error: OutcomeError | null } | undefined;
}) {
  const error = props.form?.error?.flagKey === props.flagKey ? props.form.error : null;
  const id = fieldId(`outcome-${props.flagKey}`);
  const typedNote = typeof error?.values.note === "string" ? error.values.note : undefined;
  return (
    <div className="flag-outcome">
      {props.recorded ? (
        <p>
          <strong>After the conversation: {OUTCOME_LABELS[props.recorded.outcome]}.</strong>
          {props.recorded.note ? <span className="report-note">{props.recorded.note}</span> : null}
        </p>
      ) : null}
      {props.form ? (
        <details className="no-print" open={error !== null}>
          <summary>
            {props.recorded ? "Change" : "Record"} what happened<span className="visually-hidden">: {props.title}</span>
          </summary>
          <Form method="post" noValidate className="flag-outcome__form">
            <input type="hidden" name="intent" value="outcome" />
            <input type="hidden" name="flagKey" value={props.flagKey} />
            <div className={`form-group${error?.errors.outcome ? " form-group--error" : ""}`}>
              <fieldset aria-describedby={error?.errors.outcome ? `${id}-error` : undefined}>
                <legend>What became of this flag after the two sides talked?</legend>
                {error?.errors.outcome ? <ErrorMessage id={`${id}-error`}>{error.errors.outcome}</ErrorMessage> : null}
                <div className="choices choices--inline">
                  {OUTCOMES.map((outcome, index) => (
                    <div className="choice" key={outcome}>
                      <input
                        type="radio"
                        id={index === 0 ? id : `${id}-${outcome}`}
                        name="outcome"
                        value={outcome}
                        defaultChecked={props.recorded?.outcome === outcome}
                      />
                      <label htmlFor={index === 0 ? id : `${id}-${outcome}`}>{OUTCOME_LABELS[outcome]}</label>
                    </div>
                  ))}
                </div>
              </fieldset>
            </div>
            <div className={`form-group${error?.errors.note ? " form-group--error" : ""}`}>
              <label className="label" htmlFor={`${id}-note`}>
                Note (optional)
              </label>
              {error?.errors.note ? <ErrorMessage id={`${id}-note-error`}>{error.errors.note}</ErrorMessage> : null}
              <textarea
                id={`${id}-note`}
                name="note"
                className="textarea"
                rows={2}
                defaultValue={typedNote ?? props.recorded?.note ?? ""}
              />
            </div>
            <button type="submit" className="button button--secondary">
              Save<span className="visually-hidden"> what happened: {props.title}</span>
            </button>
          </Form>
        </details>
      ) : null}
    </div>
  );
}

function AdviceList({ label, items }: { label: string; items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <p className="label">{label}</p>
      <ul>
        {items.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
    </>
  );
}

/**
 * The flags grouped by issue: each kind of flag once, naming the questions it
 * concerns in their own words, with what to discuss, negotiate and ask for
 * written once. Each question keeps its flag's key, so the owner records what
 * became of it there.
 *
 * `variant`: "report" shows everything, each question's finding folded away;
 * "board" is the board paper's (what it is, the questions, the figures, who
 * acts); "advice" is the board paper's appendix (what to discuss, negotiate and
 * ask for).
 */
export function IssueList(props: {
  issues: readonly IssueGroup[];
  vcsName: string;
  primeName: string;
  outcomes?: Record<string, RecordedOutcome> | undefined;
  outcomeForms?: { error: OutcomeError | null } | undefined;
  /** The heading level of each issue's title (h3 on the board paper, h4 under the report's "Flags to discuss"). */
  level?: 3 | 4;
  variant?: "report" | "board" | "advice";
}) {
  const Heading = props.level === 3 ? "h3" : "h4";
  const variant = props.variant ?? "report";
  if (props.issues.length === 0) {
    return <p>No flags: on every question, the two sides’ acceptable positions overlap comfortably.</p>;
  }
  return (
    <>
      {props.issues.map((issue) => {
        const questions = issue.flags.filter((f) => f.prompt !== null && f.finding === null);
        const findings = issue.flags.filter((f) => f.finding !== null);
        const id = `${variant === "advice" ? "advice" : "issue"}-${issue.code.toLowerCase()}`;
        const heading = (
          <Heading id={`${id}-title`}>
            <span className={`tag ${SEVERITY_TAG[issue.severity]}`}>{SEVERITY_LABELS[issue.severity]}</span>{" "}
            {issue.title}
          </Heading>
        );
        if (variant === "advice") {
          if (issue.questions.length === 0 && issue.negotiable.length === 0 && issue.evidence.length === 0) return null;
          return (
            <section key={id} className={`flag issue flag--${issue.severity}`} aria-labelledby={`${id}-title`}>
              {heading}
              <AdviceList
                label={`Questions for ${props.vcsName} and ${props.primeName} to discuss`}
                items={issue.questions}
              />
              <AdviceList label="What could be negotiated" items={issue.negotiable} />
              <AdviceList label="Evidence to ask for before signing" items={issue.evidence} />
            </section>
          );
        }
        return (
          <section key={id} className={`flag issue flag--${issue.severity}`} id={id} aria-labelledby={`${id}-title`}>
            {heading}
            {issue.explanation ? <p>{issue.explanation}</p> : null}
            {findings.length > 0 ? (
              <ul className="issue__findings">
                {findings.map((f) => (
                  <li key={f.key} id={variant === "report" ? `flag-${f.key}` : undefined}>
                    {f.finding}
                    <FlagOutcomeView
                      flagKey={f.key}
                      title={`${issue.title}: the figures`}
                      recorded={props.outcomes?.[f.key]}
                      form={props.outcomeForms}
                    />
                  </li>
                ))}
              </ul>
            ) : null}
            {questions.length > 0 ? (
              <>
                <p className="label">
                  {questions.length === 1
                    ? "The question it concerns"
                    : `The ${questions.length} questions it concerns`}
                </p>
                <ul className="issue__questions">
                  {questions.map((f) => (
                    <li key={f.key} id={variant === "report" ? `flag-${f.key}` : undefined}>
                      {f.prompt}
                      {f.severity !== issue.severity ? (
                        <span className="hint"> ({SEVERITY_LABELS[f.severity].toLowerCase()})</span>
                      ) : null}
                      {variant === "report" && f.detail ? (
                        <details className="issue__detail">
                          <summary>
                            What each side said<span className="visually-hidden">: {f.prompt}</span>
                          </summary>
                          <p>{f.detail}</p>
                        </details>
                      ) : null}
                      <FlagOutcomeView
                        flagKey={f.key}
                        title={`${issue.title}: ${f.prompt ?? ""}`}
                        recorded={props.outcomes?.[f.key]}
                        form={props.outcomeForms}
                      />
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {issue.whoActs.length > 0 ? (
              <p>
                <strong>Who should act:</strong> {issue.whoActs.join(" ")}
              </p>
            ) : null}
            {variant === "report" && issue.questions.length + issue.negotiable.length + issue.evidence.length > 0 ? (
              <details className="issue__advice">
                <summary>
                  What to discuss, negotiate and ask for<span className="visually-hidden">: {issue.title}</span>
                </summary>
                <AdviceList
                  label={`Questions for ${props.vcsName} and ${props.primeName} to discuss`}
                  items={issue.questions}
                />
                <AdviceList label="What could be negotiated" items={issue.negotiable} />
                <AdviceList label="Evidence to ask for before signing" items={issue.evidence} />
              </details>
            ) : null}
          </section>
        );
      })}
    </>
  );
}
