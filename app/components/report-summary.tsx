import { Link } from "@remix-run/react";
import { SEVERITY_LABELS } from "~/domain/flags";
import { BAND_THRESHOLDS, bandOf } from "~/domain/scoring";
import type { Report } from "~/domain/report";

const BAND_TEXT = {
  STRONG: "strong",
  WORKABLE: "workable",
  WEAK: "weak",
} as const;

function scoreText(score: number | null): string {
  return score === null ? "Not scored" : `${score} out of 100`;
}

/** The result both sides and the owner see once both have submitted: verdict first, dealbreakers first. */
export function ReportSummary({ report, vcsName, primeName }: { report: Report; vcsName: string; primeName: string }) {
  const { verdict } = report;
  return (
    <section aria-labelledby="result-heading">
      <h2 id="result-heading">The result</h2>
      <div className={`verdict verdict--${verdict.code}`}>
        <p className="caption">Verdict</p>
        <h3 className="verdict__label">{verdict.label}</h3>
        <p>{verdict.advice}</p>
        <p>
          Overall alignment: <strong>{report.overall} out of 100</strong> ({BAND_TEXT[bandOf(report.overall)]}:{" "}
          {BAND_THRESHOLDS.STRONG} or more is strong, {BAND_THRESHOLDS.WORKABLE} to {BAND_THRESHOLDS.STRONG - 0.1}{" "}
          workable, under {BAND_THRESHOLDS.WORKABLE} weak). <Link to="/how-scoring-works">How the score works</Link>
        </p>
      </div>

      <h3>Flags to discuss</h3>
      {report.flags.length === 0 ? (
        <p>No flags: on every question, the two sides’ acceptable positions overlap comfortably.</p>
      ) : (
        report.flags.map((flag, index) => (
          <div key={`${flag.code}-${index}`} className={`flag flag--${flag.severity}`}>
            <h4>
              <span
                className={`tag ${flag.severity === "dealbreaker" ? "tag--red" : flag.severity === "serious" ? "tag--orange" : "tag--yellow"}`}
              >
                {SEVERITY_LABELS[flag.severity]}
              </span>{" "}
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
          </div>
        ))
      )}

      <div className="table-scroll">
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
      </div>
    </section>
  );
}
