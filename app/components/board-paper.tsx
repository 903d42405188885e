import { useEffect, useState } from "react";
import type { Report } from "~/domain/report";
import type { ReportLabels } from "~/formats/report-labels";
import { ReportSummary } from "./report-summary";

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

/** The report laid out for a board paper: A4, page breaks between sections, no site navigation. */
export function BoardPaper(props: {
  title: string;
  vcsName: string;
  primeName: string;
  context: string[];
  report: Report;
  basePath: string;
  generatedOn: string;
  labels: ReportLabels;
}) {
  return (
    <article className="board-paper">
      <PrintButton />
      <p className="caption">Board paper: partnership check</p>
      <h1>{props.title}</h1>
      <dl className="board-paper__facts">
        <div>
          <dt>Organisation</dt>
          <dd>{props.vcsName}</dd>
        </div>
        <div>
          <dt>Prime contractor</dt>
          <dd>{props.primeName}</dd>
        </div>
        {props.context.map((line) => (
          <div key={line}>
            <dt>{line.split(": ")[0]}</dt>
            <dd>{line.split(": ").slice(1).join(": ")}</dd>
          </div>
        ))}
        <div>
          <dt>Date</dt>
          <dd>{props.generatedOn}</dd>
        </div>
        <div>
          <dt>Question bank</dt>
          <dd>{props.labels.questionnaire}</dd>
        </div>
        <div>
          <dt>Scoring method</dt>
          <dd>{props.report.method.label}</dd>
        </div>
      </dl>
      <ReportSummary
        report={props.report}
        vcsName={props.vcsName}
        primeName={props.primeName}
        basePath={props.basePath}
        dimensions={props.labels.dimensions}
      />
    </article>
  );
}
