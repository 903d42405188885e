/** The draft heads of terms as a page reads and prints them (docs/method.md, "Heads of terms"). */
import type { HeadsOfTerms, TermLine } from "~/domain/heads-of-terms";
import { BASIS_LABELS, CARRIED_BY } from "~/domain/heads-of-terms";

/** Serialised for the page: the loader's Date arrives as a string. */
type Terms = Omit<HeadsOfTerms, "drafted"> & { drafted: string | Date };

function TermList({ lines, start }: { lines: readonly TermLine[]; start: number }) {
  return (
    <ol className="terms-list" start={start}>
      {lines.map((line) => (
        <li key={`${line.source}-${line.flagKey ?? line.itemId ?? line.heading}`} className="terms-list__item">
          <p className="terms-list__heading">
            <strong>{line.heading}</strong>{" "}
            <span className={`terms-basis terms-basis--${line.basis}`}>{BASIS_LABELS[line.basis]}</span>
          </p>
          <p>{line.text}</p>
        </li>
      ))}
    </ol>
  );
}

export function HeadsOfTermsView({ terms }: { terms: Terms }) {
  const agreed = terms.terms.filter((t) => t.source === "agreed");
  const met = terms.terms.filter((t) => t.source === "met");
  const drafted = new Date(terms.drafted).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "Europe/London",
  });
  return (
    <>
      <div className="warning-text terms-warning">
        <p>
          <strong>{terms.notLegalAdvice}</strong>
        </p>
      </div>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt className="summary-list__key">Parties</dt>
          <dd className="summary-list__value">
            {terms.parties.vcs} (the organisation) and {terms.parties.prime} (the prime contractor)
          </dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">Drafted</dt>
          <dd className="summary-list__value">
            {drafted}, with {terms.bank.label} and {terms.method.label}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">Verdict</dt>
          <dd className="summary-list__value">
            Before the joint review: {terms.verdict.before.label} ({terms.verdict.before.overall} out of 100). After:{" "}
            {terms.verdict.after.label} ({terms.verdict.after.overall} out of 100).
          </dd>
        </div>
      </dl>
      <h2>1. Terms agreed in the joint review</h2>
      {agreed.length ? <TermList lines={agreed} start={1} /> : <p>No term has been agreed by both sides yet.</p>}
      <h2>2. Terms where the answers already met</h2>
      <p>No flag was raised on these: both sides’ answers met at the position given.</p>
      {met.length ? <TermList lines={met} start={agreed.length + 1} /> : <p>None.</p>}
      <h2>3. Risks accepted</h2>
      {terms.accepted.length ? (
        <ul className="terms-list">
          {terms.accepted.map((a) => (
            <li key={a.flagKey} className="terms-list__item">
              <p className="terms-list__heading">
                <strong>{a.heading}</strong>
              </p>
              <p>{a.text}</p>
              <p>
                Carried by {CARRIED_BY[a.acceptedBy]}. Why: {a.reason}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p>None.</p>
      )}
      <h2>4. Still open</h2>
      {terms.open.length ? (
        <ul className="terms-list">
          {terms.open.map((o) => (
            <li key={o.flagKey} className="terms-list__item">
              <p className="terms-list__heading">
                <strong>{o.heading}</strong>
              </p>
              <p>{o.text}</p>
              <p>{o.why}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p>Nothing is open.</p>
      )}
    </>
  );
}
