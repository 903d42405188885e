import type { BidCandyTerm, BidCandyTerms } from "~/formats/bid-candy";

/**
 * For a partner search's candidate, once both have submitted: what the prime
 * said about referrals and about naming the candidate in its bid (issue 17), so
 * the candidate sees whether being named comes with work before it commits.
 */
export function BidCandyPanel({
  primeName,
  terms,
  reportPath,
}: {
  primeName: string;
  terms: BidCandyTerms;
  /** Where the full report is, when the panel is shown elsewhere. */
  reportPath?: string | undefined;
}) {
  if (terms.items.length === 0 && terms.figures.length === 0) return null;
  return (
    <section className="panel bid-candy" aria-labelledby="bid-candy-heading">
      <h2 id="bid-candy-heading">What {primeName} has said about referrals and naming you in its bid</h2>
      <p>
        {primeName} gave these answers once, for every organisation in its partner search. Read them before you agree to
        be named in its bid: being named without committed work is how organisations become “bid candy”.
      </p>
      {terms.notAsked > 0 ? (
        <p>
          <strong>
            This search asked the short core set of questions, which leaves out {terms.notAsked === 1 ? "one" : "some"}{" "}
            of these terms, such as whether the organisations {primeName} names in its bid are given work.
          </strong>{" "}
          Ask {primeName} about {terms.notAsked === 1 ? "it" : "them"} before you agree to be named.
        </p>
      ) : null}
      {terms.flags.length > 0 ? (
        <div className="notice">
          <p>
            <strong>Your result raises a concern about this:</strong> {terms.flags.join("; ")}.
          </p>
        </div>
      ) : null}
      {terms.items.length > 0 ? (
        <>
          <h3>
            {primeName}’s answers to questions you were asked too (the positions are {primeName}’s)
          </h3>
          <Terms terms={terms.items} />
        </>
      ) : null}
      {terms.figures.length > 0 ? (
        <>
          <h3>Its figures, as {primeName} was asked for them</h3>
          <Terms terms={terms.figures} />
        </>
      ) : null}
      {reportPath ? (
        <p>
          <a href={reportPath}>See the full result, question by question</a>
        </p>
      ) : null}
    </section>
  );
}

function Terms({ terms }: { terms: readonly BidCandyTerm[] }) {
  return (
    <dl className="summary-list summary-list--read-only">
      {terms.map((term) => (
        <div className="summary-list__row" key={term.id}>
          <dt>{term.question}</dt>
          <dd>
            {term.answer.map((line) => (
              <div key={line}>{line}</div>
            ))}
          </dd>
        </div>
      ))}
    </dl>
  );
}
