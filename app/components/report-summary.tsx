import { IMPORTANCE_LABELS, acceptableRangeText } from "~/formats/answer-text";
import type { ReactNode } from "react";
import type { IssueGroup } from "~/domain/flag-groups";
import type { ItemResult, Report } from "~/domain/report";
import type { Answer, Side } from "~/domain/types";
import type { DimensionLabels, SideBoardLabels } from "~/formats/report-labels";
import { BoardSpreads } from "./board-spreads";
import { DimensionProfileChart, EmbraceGapChart, PositionsChart } from "./charts/report-charts";
import { IssueList, type OutcomeError, type RecordedOutcome } from "./issue-list";
import { ReportLinks, VerdictBox, scoreText } from "./result-summary";
import { TableScroll } from "./table-scroll";

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
      Could accept {acceptableRangeText(answer) ?? "only that"}; matters:{" "}
      {IMPORTANCE_LABELS[answer.importance].toLowerCase()}
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
      <h3 id="fixed-terms">Terms for the commissioner</h3>
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

/** The result both sides and the owner see once both have submitted: verdict first, issues (dealbreakers first) next. */
export function ReportSummary({
  report,
  issues,
  vcsName,
  primeName,
  basePath,
  dimensions,
  outcomeForms,
  recommendation,
  boards,
}: {
  report: Report & { outcomes?: Record<string, RecordedOutcome> };
  /** The report's flags grouped by issue (app/formats/report-labels.ts, reportIssues). */
  issues: readonly IssueGroup[];
  /** The question bank's words for this report, from the loader (see app/formats/report-labels.ts). */
  dimensions: readonly DimensionLabels[];
  vcsName: string;
  primeName: string;
  /** Where this viewer's report lives, for the print view and the downloads. */
  basePath: string;
  /** For the owner: forms to record what became of each flag (with the last error, if any). */
  outcomeForms?: { error: OutcomeError | null };
  /** The chief executive's recommendation (and, for the owner, its form). */
  recommendation?: ReactNode;
  /** How each side answered, when either answered as a board (app/formats/report-labels.ts, reportBoards). */
  boards?: readonly SideBoardLabels[] | null;
}) {
  return (
    <section aria-labelledby="result-heading">
      <h2 id="result-heading">The result</h2>
      <VerdictBox report={report} />
      <ReportLinks basePath={basePath} />

      <nav className="contents no-print" aria-labelledby="contents-heading">
        <h3 id="contents-heading">Contents</h3>
        <ol>
          {recommendation ? (
            <li>
              <a href="#recommendation">The chief executive’s recommendation</a>
            </li>
          ) : null}
          <li>
            <a href="#flags-heading">Flags to discuss</a> ({issues.length} {issues.length === 1 ? "issue" : "issues"},{" "}
            {report.flags.length} {report.flags.length === 1 ? "flag" : "flags"})
            {issues.length > 0 ? (
              <ul>
                {issues.map((issue) => (
                  <li key={`${issue.code}-${issue.title}`}>
                    <a href={`#issue-${issue.code.toLowerCase()}`}>{issue.title}</a>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
          {report.fixedTerms.length > 0 ? (
            <li>
              <a href="#fixed-terms">Terms for the commissioner</a>
            </li>
          ) : null}
          {boards ? (
            <li>
              <a href="#boards-heading">How each side answered</a>
            </li>
          ) : null}
          <li>
            <a href="#alignment-heading">Alignment by section</a>
          </li>
          <li>
            <a href="#embrace-heading">What the prime asks for, and what the organisation can accept</a>
          </li>
          <li>
            <a href="#detail-heading">Question by question</a>
          </li>
        </ol>
      </nav>

      {recommendation}

      <h3 id="flags-heading">Flags to discuss</h3>
      <IssueList
        issues={issues}
        vcsName={vcsName}
        primeName={primeName}
        outcomes={report.outcomes}
        outcomeForms={outcomeForms}
      />

      <FixedTerms report={report} dimensions={dimensions} vcsName={vcsName} primeName={primeName} />

      {boards ? <BoardSpreads boards={boards} vcsName={vcsName} primeName={primeName} /> : null}

      <h3 className="page-break" id="alignment-heading">
        Alignment by section
      </h3>
      <DimensionProfileChart dimensions={report.dimensions} bands={report.method.bands} />

      <h3 id="embrace-heading">What the prime asks for, and what the organisation can accept</h3>
      <EmbraceGapChart dimensions={report.dimensions} items={report.items} />

      <h3 className="page-break" id="detail-heading">
        Question by question
      </h3>
      <QuestionByQuestion report={report} dimensions={dimensions} vcsName={vcsName} primeName={primeName} />
    </section>
  );
}

/** Both sides' answers to every question shown, section by section, with the section's positions chart. */
export function QuestionByQuestion({
  report,
  dimensions,
  vcsName,
  primeName,
  charts = true,
}: {
  report: Pick<Report, "items" | "dimensions">;
  dimensions: readonly DimensionLabels[];
  vcsName: string;
  primeName: string;
  charts?: boolean;
}) {
  return (
    <>
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
            {charts ? <PositionsChart dimension={dimension} items={items} /> : null}
            <ItemComparison dimension={dimension} items={items} vcsName={vcsName} primeName={primeName} />
          </section>
        );
      })}
    </>
  );
}
