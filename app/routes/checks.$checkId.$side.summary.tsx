/**
 * "What we will and won't compromise on" (issue 18): the one page a workshop
 * participant takes back to its board, from its own result against the
 * scenario prime. It prints on one A4 page (print CSS in app/styles/app.css);
 * the print button needs JavaScript, so it appears only once the page is
 * hydrated: without it, the browser's own Print and the text file still work.
 */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useEffect, useState } from "react";
import { requireCompromiseSummary } from "~/access/participant.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: data ? `What we will and won’t compromise on – ${data.organisation} – Common Ground` : "Common Ground",
  },
  { name: "robots", content: "noindex, nofollow" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  return requireCompromiseSummary(request, params);
}

function PrintButton() {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  if (!hydrated) return null;
  return (
    <button type="button" className="button" onClick={() => window.print()}>
      Print this summary
    </button>
  );
}

export default function CompromiseSummaryPage() {
  const { base, organisation, workshopTitle, primeName, compromise, selection } = useLoaderData<typeof loader>();
  const { redLines, redLineFigures, flexible, moreFlexible, dealbreakers, questions } = compromise;
  return (
    <article className="compromise">
      <p className="no-print">
        <Link to={base}>Back to your result</Link>
      </p>
      <span className="caption">
        {organisation} · {workshopTitle}
      </span>
      <h1>What we will and won’t compromise on</h1>
      <p className="compromise__context">
        From our answers in the workshop, tested against an example prime contractor, {primeName}. For our board to
        discuss before a real partnership offer arrives.
      </p>
      {selection ? <p className="hint">{selection}</p> : null}
      <div className="compromise__actions no-print">
        <PrintButton />
        <a href={`${base}/summary.txt`} download>
          Download this summary (text file)
        </a>
      </div>
      <div className="compromise__grid">
        <section aria-labelledby="red-lines" className="compromise__part compromise__part--red">
          <h2 id="red-lines">Our red lines</h2>
          {redLines.length === 0 && redLineFigures.length === 0 ? (
            <p>We marked no red lines.</p>
          ) : (
            <ul className="compromise__list">
              {redLines.map((point) => (
                <li key={point.itemId}>
                  <span className="compromise__question">{point.question}</span>
                  <span>
                    We keep: <strong>{point.keeps}</strong>
                    {point.limit ? ` (we could go ${point.limit})` : ""}
                  </span>
                </li>
              ))}
              {redLineFigures.map((figure) => (
                <li key={figure.factId}>
                  <span className="compromise__question">{figure.label}</span>
                  <strong>{figure.value}</strong>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="flexible" className="compromise__part">
          <h2 id="flexible">Where we can be flexible</h2>
          {flexible.length === 0 ? (
            <p>No question where we marked a wide range or low importance.</p>
          ) : (
            <ul className="compromise__list">
              {flexible.map((point) => (
                <li key={point.itemId}>
                  <span className="compromise__question">{point.question}</span>
                  <span>We could accept {point.couldAccept}</span>
                </li>
              ))}
            </ul>
          )}
          {moreFlexible > 0 ? (
            <p className="compromise__more">
              And {moreFlexible} more {moreFlexible === 1 ? "question" : "questions"} where we have some room to move.
            </p>
          ) : null}
        </section>
        <section aria-labelledby="dealbreakers" className="compromise__part">
          <h2 id="dealbreakers">Dealbreakers this scenario triggered</h2>
          {dealbreakers.length === 0 ? (
            <p>None: the scenario raised no dealbreaker.</p>
          ) : (
            <ul className="compromise__list">
              {dealbreakers.map((point) => (
                <li key={point.title}>
                  <strong className="compromise__question">{point.title}</strong>
                  <span>{point.line}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="board-questions" className="compromise__part">
          <h2 id="board-questions">Questions to take back to our board</h2>
          {questions.length === 0 ? (
            <p>None raised by this scenario.</p>
          ) : (
            <ol className="compromise__questions">
              {questions.map((question) => (
                <li key={question}>{question}</li>
              ))}
            </ol>
          )}
        </section>
      </div>
      <p className="compromise__footer">
        Made with Common Ground. The scenario prime is an example; a real offer may differ.
      </p>
    </article>
  );
}
