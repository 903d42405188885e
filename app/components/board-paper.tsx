import { Link } from "@remix-run/react";
import { useEffect, useState } from "react";
import type { BoardDecision, IssueGroup } from "~/domain/flag-groups";
import { SEVERITY_LABELS } from "~/domain/flags";
import type { Report } from "~/domain/report";
import type { RevisedVerdictView } from "~/formats/joint-review-text";
import type { ReportLabels, SideBoardLabels } from "~/formats/report-labels";
import { BoardSummary } from "./board-spreads";
import { DimensionProfileChart } from "./charts/report-charts";
import { IssueList, type RecordedOutcome } from "./issue-list";
import { FixedTerms, QuestionByQuestion } from "./report-summary";
import { RevisedVerdict } from "./revised-verdict";
import { SEVERITY_TAG } from "./result-summary";

function PrintButton() {
  const [canPrint, setCanPrint] = useState(false);
  useEffect(() => setCanPrint(true), []);
  if (!canPrint) {
    return (
      <p className="no-print">To print, or save as a PDF, use your browser’s Print command (Ctrl+P, or ⌘P on a Mac).</p>
    );
  }
  return (
    <button type="button" className="button no-print" onClick={() => window.print()}>
      Print or save as PDF
    </button>
  );
}

function Questions({ issue }: { issue: IssueGroup }) {
  const prompts = issue.flags.filter((f) => f.prompt !== null && f.finding === null);
  if (prompts.length === 0) return null;
  return (
    <ul className="decision__questions">
      {prompts.map((f) => (
        <li key={f.key}>{f.prompt}</li>
      ))}
    </ul>
  );
}

/** Page 1: what the board decides, and on what. */
function Decision(props: { decision: BoardDecision; recommendation: string | null }) {
  const { decision } = props;
  return (
    <section className="decision" aria-labelledby="decision-heading">
      <h2 id="decision-heading" className="visually-hidden">
        The decision
      </h2>
      <div className={`verdict verdict--${decision.verdict.code}`}>
        <p className="verdict__label">
          <span className="verdict__caption">Verdict: </span>
          {decision.verdict.label}
        </p>
        <p>
          <strong>Why:</strong> {decision.why}
        </p>
        <p>
          {decision.verdict.advice} Overall alignment {decision.overall} out of 100; {decision.counts.flags}{" "}
          {decision.counts.flags === 1 ? "flag" : "flags"} on {decision.counts.issues}{" "}
          {decision.counts.issues === 1 ? "issue" : "issues"}.
        </p>
      </div>

      <section className="decision__recommendation" aria-labelledby="board-recommendation">
        <h3 id="board-recommendation">The chief executive’s recommendation</h3>
        {props.recommendation ? (
          <p className="recommendation__text">{props.recommendation}</p>
        ) : (
          <p className="recommendation__blank">
            Not written yet. The person who started the check can write it on the report page, under “The chief
            executive’s recommendation”.
          </p>
        )}
      </section>

      <div className="decision__grid">
        <div>
          <h3>Dealbreakers</h3>
          {decision.dealbreakers.length === 0 ? (
            <p>None: no red line either side drew is crossed.</p>
          ) : (
            <ul className="decision__list">
              {decision.dealbreakers.map((issue) => (
                <li key={issue.title}>
                  <strong>{issue.title}</strong>
                  <Questions issue={{ ...issue, flags: issue.flags.filter((f) => f.severity === "dealbreaker") }} />
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h3>The issues that matter most</h3>
          {decision.topIssues.length === 0 ? (
            <p>No other issue was flagged.</p>
          ) : (
            <ul className="decision__list">
              {decision.topIssues.map((issue) => (
                <li key={issue.title}>
                  <span className={`tag ${SEVERITY_TAG[issue.severity]}`}>{SEVERITY_LABELS[issue.severity]}</span>{" "}
                  <strong>{issue.title}</strong>{" "}
                  <span className="hint">
                    ({issue.flags.length} {issue.flags.length === 1 ? "finding" : "findings"}
                    {issue.viability ? "; breaches viability" : ""})
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>

      <h3>The money, in figures</h3>
      {decision.money.length === 0 ? (
        <p>The figures raise no flag.</p>
      ) : (
        <ul className="decision__list">
          {decision.money.map((m) => (
            <li key={m.key}>
              <strong>{m.title}:</strong> {m.finding}
            </li>
          ))}
        </ul>
      )}

      {decision.askFor.length > 0 ? (
        <>
          <h3>Ask for before signing</h3>
          <ul className="decision__list">
            {decision.askFor.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** How the verdict was reached, in a paragraph a trustee can check, with the method page's address. */
function MethodNote(props: { report: Report; methodUrl: string }) {
  const { bands, label } = props.report.method;
  return (
    <section className="method-note" aria-labelledby="method-note">
      <h2 id="method-note">Method note: how the verdict was reached</h2>
      <p>
        Both sides answered the same questions (
        {props.report.questionSet === "core" ? "the short core set" : "the full set"}) separately, each giving the
        position it prefers, the range it could live with, how much it matters and any red line. Each question scores a
        fit from 0 to 1 by how far apart the preferred positions are and whether the ranges meet; the overall score is
        the mean of those fits, weighted by importance, on 0 to 100.
      </p>
      <p>
        A red line that the other side’s range crosses is a dealbreaker, and any dealbreaker makes the verdict “Red
        lines in conflict” whatever the score. Otherwise the score gives the band (strong from {bands.STRONG}, workable
        from {bands.WORKABLE}), and the weakest critical section, serious flags and figures that breach the
        organisation’s viability can lower it, never raise it. The “why” line names what set the verdict.
      </p>
      <p>
        {label}. The whole method, with every number and a worked example: <strong>{props.methodUrl}</strong>
      </p>
    </section>
  );
}

/** The report laid out for a board paper: page 1 the decision, then every issue once, a method note, and an optional appendix. */
export function BoardPaper(props: {
  title: string;
  vcsName: string;
  primeName: string;
  context: string[];
  report: Report & { outcomes?: Record<string, RecordedOutcome> };
  issues: IssueGroup[];
  decision: BoardDecision;
  recommendation: string | null;
  basePath: string;
  methodUrl: string;
  appendix: boolean;
  generatedOn: string;
  labels: ReportLabels;
  /** How each side answered, when either answered as a board (issue 16). */
  boards?: readonly SideBoardLabels[] | null;
  /** Before and after the joint review (issue 19), once any outcome both sides confirmed stands. */
  revised?: RevisedVerdictView | null;
}) {
  const dimensions = props.labels.dimensions.filter((d) => d.items.length > 0);
  return (
    <article className="board-paper">
      <div className="board-paper__tools no-print">
        <p>
          <Link to={props.basePath}>Back to the check</Link>
        </p>
        <PrintButton />
        <p>
          {props.appendix ? (
            <>
              The question-by-question appendix is included. <Link to={`${props.basePath}/print`}>Leave it out</Link>
            </>
          ) : (
            <>
              The question-by-question detail is left out.{" "}
              <Link to={`${props.basePath}/print?appendix=yes`}>Include it as an appendix</Link>
            </>
          )}
        </p>
      </div>
      <p className="caption">Board paper: partnership check</p>
      <h1>{props.title}</h1>
      <p className="board-paper__facts">
        {[
          `${props.vcsName} (organisation) and ${props.primeName} (prime contractor)`,
          ...props.context,
          props.generatedOn,
          `${props.labels.questionnaire}; ${props.report.method.label}`,
        ].join(" · ")}
      </p>
      <Decision decision={props.decision} recommendation={props.recommendation} />
      {props.revised ? <RevisedVerdict view={props.revised} headingId="board-revised-verdict" /> : null}

      <h2 className="page-break">Every issue</h2>
      <p>
        Each issue once: what it is, the questions it concerns in the organisation’s wording, what the figures show and
        who should act. What to discuss, negotiate and ask for on each is in appendix A
        {props.appendix ? "" : " (print the paper with its appendix, or read the report)"}.
      </p>
      <IssueList
        issues={props.issues}
        vcsName={props.vcsName}
        primeName={props.primeName}
        outcomes={props.report.outcomes}
        level={3}
        variant="board"
      />
      <FixedTerms
        report={props.report}
        dimensions={props.labels.dimensions}
        vcsName={props.vcsName}
        primeName={props.primeName}
      />

      {props.boards ? <BoardSummary boards={props.boards} vcsName={props.vcsName} primeName={props.primeName} /> : null}

      <h2>Alignment by section</h2>
      <DimensionProfileChart dimensions={props.report.dimensions} bands={props.report.method.bands} />

      <MethodNote report={props.report} methodUrl={props.methodUrl} />

      {props.appendix ? (
        <section className="page-break" aria-labelledby="appendix">
          <h2 id="appendix">Appendix A: what to discuss, negotiate and ask for, issue by issue</h2>
          <IssueList
            issues={props.issues}
            vcsName={props.vcsName}
            primeName={props.primeName}
            level={3}
            variant="advice"
          />
          <h2 className="page-break">Appendix B: question by question</h2>
          <QuestionByQuestion
            report={props.report}
            dimensions={dimensions}
            vcsName={props.vcsName}
            primeName={props.primeName}
            charts={false}
          />
        </section>
      ) : null}
    </article>
  );
}
