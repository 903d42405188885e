import { selectionSentence } from "~/domain/compromise-summary";
import { Link } from "@remix-run/react";
import { SEVERITY_LABELS } from "~/domain/flags";
import type { Report } from "~/domain/report";
import { TableScroll } from "./table-scroll";

export const SEVERITY_TAG = { dealbreaker: "tag--red", serious: "tag--orange", caution: "tag--yellow" } as const;

export function scoreText(score: number | null): string {
  return score === null ? "Not scored" : `${score} out of 100`;
}

/**
 * The verdict in a sentence, why it is what it is, and the overall score. No
 * band label is printed beside the score: a score in the strong band can sit
 * under a weaker verdict, and the "why" line says what holds it there.
 */
export function VerdictBox({ report }: { report: Pick<Report, "verdict" | "overall" | "why" | "method"> }) {
  const { verdict } = report;
  return (
    <div className={`verdict verdict--${verdict.code}`}>
      <p className="caption">Verdict</p>
      <h3 className="verdict__label">{verdict.label}</h3>
      <p>
        <strong>Why this verdict:</strong> {report.why}
      </p>
      <p>{verdict.advice}</p>
      <p>
        Overall alignment: <strong>{report.overall} out of 100</strong> (scoring method v{report.method.version}).{" "}
        <Link to="/how-scoring-works">How the score works</Link>
      </p>
    </div>
  );
}

export function ReportLinks({ basePath, full }: { basePath: string; full?: boolean }) {
  return (
    <ul className="report-actions no-print">
      {full ? (
        <li>
          <Link to={`${basePath}/report`} className="button" role="button">
            Read the full report
          </Link>
        </li>
      ) : null}
      <li>
        <Link to={`${basePath}/print`}>Board paper: print or save as PDF</Link>
      </li>
      <li>
        <a href={`${basePath}/export/csv`} download>
          Download the answers as a spreadsheet (CSV)
        </a>
      </li>
      <li>
        <a href={`${basePath}/export/json`} download>
          Download the report as data (JSON)
        </a>
      </li>
    </ul>
  );
}

/**
 * The result at a glance, on the owner's and each side's page: verdict,
 * overall and section scores, flags (dealbreakers first), and the way to the
 * full report. No charts here, so these pages carry no chart code.
 */
export function ResultSummary({ report, basePath }: { report: Report; basePath: string }) {
  return (
    <section aria-labelledby="result-heading">
      <h2 id="result-heading">The result</h2>
      <VerdictBox report={report} />
      {selectionSentence(report) ? <p className="hint">{selectionSentence(report)}</p> : null}
      <ReportLinks basePath={basePath} full />
      <h3>Flags</h3>
      {report.flags.length === 0 ? (
        <p>No flags: on every question, the two sides’ acceptable positions overlap comfortably.</p>
      ) : (
        <ul className="flag-list">
          {report.flags.map((flag, index) => (
            <li key={`${flag.code}-${index}`} className={`flag flag--${flag.severity}`}>
              <span className={`tag ${SEVERITY_TAG[flag.severity]}`}>{SEVERITY_LABELS[flag.severity]}</span>{" "}
              <strong>{flag.title}</strong>
            </li>
          ))}
        </ul>
      )}
      <TableScroll label="Alignment by section">
        <table className="table">
          <caption>Alignment by section (0 to 100)</caption>
          <thead>
            <tr>
              <th scope="col">Section</th>
              <th scope="col">Critical</th>
              <th scope="col" className="numeric">
                Score
              </th>
            </tr>
          </thead>
          <tbody>
            {report.dimensions.map((d) => (
              <tr key={d.id}>
                <th scope="row">{d.title}</th>
                <td>{d.critical ? "Yes: caps the verdict" : "No"}</td>
                <td className="numeric">{scoreText(d.score)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
