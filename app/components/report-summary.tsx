import { Form } from "@remix-run/react";
import { OUTCOMES, OUTCOME_LABELS, SEVERITY_LABELS, flagKey, type Outcome } from "~/domain/flags";
import { ErrorMessage, fieldId } from "./form";
import type { ItemResult, Report } from "~/domain/report";
import type { Answer, Side } from "~/domain/types";
import type { DimensionLabels } from "~/formats/report-labels";
import { DimensionProfileChart, EmbraceGapChart, PositionsChart } from "./charts/report-charts";
import { ReportLinks, SEVERITY_TAG, VerdictBox, scoreText } from "./result-summary";
import { TableScroll } from "./table-scroll";

interface RecordedOutcome {
  outcome: Outcome;
  note: string | null;
}

interface OutcomeError {
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

const IMPORTANCE = { low: "low", medium: "medium", high: "high" } as const;

function AnswerCell({
  dimension,
  itemId,
  side,
  answer,
}: {
  dimension: DimensionLabels;
  itemId: string;
  side: Side;
  answer: Answer;
}) {
  const item = dimension.items.find((i) => i.id === itemId);
  return (
    <td>
      <strong>{answer.preferred}</strong>: {item?.preferred[side]}
      <br />
      Could accept{" "}
      {answer.acceptable.min === answer.acceptable.max
        ? "only that"
        : `${answer.acceptable.min} to ${answer.acceptable.max}`}
      ; matters: {IMPORTANCE[answer.importance]}
      {answer.redLine ? (
        <>
          ; <strong>red line</strong>
        </>
      ) : null}
      {answer.note ? <span className="report-note">Note: {answer.note}</span> : null}
    </td>
  );
}

function ItemComparison(props: {
  dimension: DimensionLabels;
  items: ItemResult[];
  vcsName: string;
  primeName: string;
}) {
  return (
    <TableScroll label={`Answers in ${props.dimension.title}`}>
      <table className="table report-items">
        <caption className="visually-hidden">Answers in {props.dimension.title}</caption>
        <thead>
          <tr>
            <th scope="col">Question</th>
            <th scope="col">{props.vcsName} (organisation)</th>
            <th scope="col">{props.primeName} (prime)</th>
            <th scope="col" className="numeric">
              Fit
            </th>
          </tr>
        </thead>
        <tbody>
          {props.items.map((item, index) => (
            <tr key={item.id}>
              <th scope="row">
                Q{index + 1}. {props.dimension.items.find((i) => i.id === item.id)?.prompt.vcs}
              </th>
              <AnswerCell dimension={props.dimension} itemId={item.id} side="vcs" answer={item.vcs} />
              <AnswerCell dimension={props.dimension} itemId={item.id} side="prime" answer={item.prime} />
              <td className="numeric">
                {item.fit}
                {item.meetingPoint !== null ? (
                  <>
                    <br />
                    <span className="hint">meet at {item.meetingPoint}</span>
                  </>
                ) : (
                  <>
                    <br />
                    <span className="hint">no common ground</span>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** Terms a side says are set by the commissioner or the head contract: the commissioner's to raise, not the other side's. */
export function FixedTerms(props: {
  report: Pick<Report, "fixedTerms">;
  dimensions: readonly DimensionLabels[];
  vcsName: string;
  primeName: string;
}) {
  if (props.report.fixedTerms.length === 0) return null;
  const prompts = new Map(props.dimensions.flatMap((d) => d.items.map((i) => [i.id, i.prompt.vcs] as const)));
  const names = { vcs: props.vcsName, prime: props.primeName };
  return (
    <>
      <h3>Terms for the commissioner</h3>
      <p>
        These terms are set by the commissioner or the head contract, not by either side. A gap here is for the
        commissioner to hear about, not for one side to concede.
      </p>
      <ul>
        {props.report.fixedTerms.map((term) => (
          <li key={term.itemId}>
            {prompts.get(term.itemId) ?? term.itemId}{" "}
            <span className="hint">(set for {term.sides.map((s) => names[s]).join(" and ")})</span>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The result both sides and the owner see once both have submitted: verdict first, dealbreakers first. */
export function ReportSummary({
  report,
  vcsName,
  primeName,
  basePath,
  dimensions,
  outcomeForms,
}: {
  report: Report & { outcomes?: Record<string, RecordedOutcome> };
  /** The question bank's words for this report, from the loader (see app/formats/report-labels.ts). */
  dimensions: readonly DimensionLabels[];
  vcsName: string;
  primeName: string;
  /** Where this viewer's report lives, for the print view and the downloads. */
  basePath: string;
  /** For the owner: forms to record what became of each flag (with the last error, if any). */
  outcomeForms?: { error: OutcomeError | null };
}) {
  return (
    <section aria-labelledby="result-heading">
      <h2 id="result-heading">The result</h2>
      <VerdictBox report={report} />
      <ReportLinks basePath={basePath} />

      <h3>Flags to discuss</h3>
      {report.flags.length === 0 ? (
        <p>No flags: on every question, the two sides’ acceptable positions overlap comfortably.</p>
      ) : (
        report.flags.map((flag, index) => (
          <div key={`${flag.code}-${index}`} className={`flag flag--${flag.severity}`} id={`flag-${flagKey(flag)}`}>
            <h4>
              <span className={`tag ${SEVERITY_TAG[flag.severity]}`}>{SEVERITY_LABELS[flag.severity]}</span>{" "}
              {flag.title}
            </h4>
            <p>{flag.explanation}</p>
            {flag.questions.length > 0 ? (
              <>
                <p className="label">
                  Questions for {vcsName} and {primeName} to discuss
                </p>
                <ul>
                  {flag.questions.map((q) => (
                    <li key={q}>{q}</li>
                  ))}
                </ul>
              </>
            ) : null}
            {flag.negotiable.length > 0 ? (
              <>
                <p className="label">What could be negotiated</p>
                <ul>
                  {flag.negotiable.map((n) => (
                    <li key={n}>{n}</li>
                  ))}
                </ul>
              </>
            ) : null}
            {flag.whoActs ? (
              <p>
                <strong>Who should act:</strong> {flag.whoActs}
              </p>
            ) : null}
            {flag.evidence && flag.evidence.length > 0 ? (
              <>
                <p className="label">Evidence to ask for before signing</p>
                <ul>
                  {flag.evidence.map((e) => (
                    <li key={e}>{e}</li>
                  ))}
                </ul>
              </>
            ) : null}
            <FlagOutcomeView
              flagKey={flagKey(flag)}
              title={flag.title}
              recorded={report.outcomes?.[flagKey(flag)]}
              form={outcomeForms}
            />
          </div>
        ))
      )}

      <FixedTerms report={report} dimensions={dimensions} vcsName={vcsName} primeName={primeName} />

      <h3 className="page-break">Alignment by section</h3>
      <DimensionProfileChart dimensions={report.dimensions} bands={report.method.bands} />

      <h3>The embrace gap</h3>
      <EmbraceGapChart dimensions={report.dimensions} items={report.items} />

      <h3 className="page-break">Question by question</h3>
      <p>
        Both sides’ answers to every question, with how well they fit (0 to 1) and, where both could accept a position,
        a suggested meeting point to start the negotiation.
      </p>
      {dimensions.map((dimension) => {
        const items = report.items.filter((i) => i.dimensionId === dimension.id);
        const score = report.dimensions.find((d) => d.id === dimension.id)?.score ?? null;
        if (items.length === 0) return null;
        return (
          <section key={dimension.id} className="report-dimension" aria-labelledby={`report-${dimension.id}`}>
            <h4 id={`report-${dimension.id}`}>
              {dimension.title}: {scoreText(score)}
              {dimension.critical ? " (critical)" : ""}
            </h4>
            <PositionsChart dimension={dimension} items={items} />
            <ItemComparison dimension={dimension} items={items} vcsName={vcsName} primeName={primeName} />
          </section>
        );
      })}
    </section>
  );
}
