import { SEVERITY_LABELS } from "~/domain/flags";
import type { PanelFlag, RevisedVerdictView } from "~/formats/joint-review-text";
import { SEVERITY_TAG } from "./result-summary";
import { VerdictTag } from "./verdict-tag";

function Verdict({ caption, verdict }: { caption: string; verdict: RevisedVerdictView["before"] }) {
  return (
    <div className={`revised-verdict__side revised-verdict__side--${verdict.code}`}>
      <h3 className="revised-verdict__caption">{caption}</h3>
      <p>
        <VerdictTag verdict={verdict.code} />
      </p>
      <p className="revised-verdict__score">
        Overall alignment <strong>{verdict.overall}</strong> out of 100
      </p>
    </div>
  );
}

function FlagLine({ flag }: { flag: PanelFlag }) {
  return (
    <>
      <span className={`tag ${SEVERITY_TAG[flag.severity]}`}>{SEVERITY_LABELS[flag.severity]}</span>{" "}
      <strong>{flag.title}</strong>
      {flag.prompt ? <span className="revised-verdict__prompt">: {flag.prompt}</span> : null}
    </>
  );
}

/**
 * The revised verdict beside the original (issue 19): the same engine run on the positions both sides confirmed,
 * never replacing the report's own verdict. Shown on the joint review, the report and the board paper.
 */
export function RevisedVerdict({
  view,
  headingId = "revised-verdict",
}: {
  view: RevisedVerdictView;
  headingId?: string;
}) {
  const { settled } = view;
  const unchanged = view.before.code === view.after.code && view.before.overall === view.after.overall;
  return (
    <section className="revised-verdict" aria-labelledby={headingId}>
      <h2 id={headingId}>Before and after the joint review</h2>
      <p>
        {settled.confirmed} of {settled.of} {settled.of === 1 ? "flag has" : "flags have"} an outcome both sides
        confirmed. The report’s own verdict is unchanged; the revised one is worked out by the same method from the
        positions both sides agreed.
      </p>
      <div className="revised-verdict__pair">
        <Verdict caption="Before" verdict={view.before} />
        <p className="revised-verdict__arrow" aria-hidden="true">
          →
        </p>
        <Verdict caption="After" verdict={view.after} />
      </div>
      <p>
        <strong>Why:</strong> {view.why}
        {unchanged ? " The verdict and score are the same as before." : ""}
      </p>
      <h3>What is still open</h3>
      {view.stillOpen.length === 0 ? (
        <p>Nothing: every flag of the report is cleared.</p>
      ) : (
        view.stillOpen.map((group) => (
          <div key={group.status} className="revised-verdict__group">
            <h4>
              {group.label} ({group.flags.length})
            </h4>
            <ul className="revised-verdict__list">
              {group.flags.map((flag) => (
                <li key={flag.key}>
                  <FlagLine flag={flag} />
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
      {view.cleared.length > 0 ? (
        <>
          <h3>Cleared by the joint review ({view.cleared.length})</h3>
          <ul className="revised-verdict__list">
            {view.cleared.map((flag) => (
              <li key={flag.key}>
                <FlagLine flag={flag} />
                {flag.how === "with-another" ? (
                  <span className="hint"> (cleared by what was agreed on another flag)</span>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
