/**
 * How each side answered (issue 16): by one person, or by several whose
 * answers were combined. Once three or more of a side's respondents
 * submitted, the spread on every question (the ones they disagreed on first,
 * drawn; every one in a table), and wherever the side's lead changed the
 * combined answer, the reason given. Never who said what.
 */
import type { SideBoardLabels } from "~/formats/report-labels";
import { SpreadChart, SpreadTable } from "./charts/spread-chart";

export function BoardSpreads(props: { boards: readonly SideBoardLabels[]; vcsName: string; primeName: string }) {
  const names = { vcs: props.vcsName, prime: props.primeName };
  return (
    <>
      <h3 id="boards-heading">How each side answered</h3>
      {props.boards.map((board) => {
        const name = names[board.side];
        const disagreed = board.spread?.filter((s) => s.disagreement) ?? [];
        return (
          <section key={board.side} aria-labelledby={`board-${board.side}`} className="report-board">
            <h4 id={`board-${board.side}`}>
              {name}: answered by {board.respondents} {board.respondents === 1 ? "person" : "people"}
            </h4>
            {board.spread ? (
              <>
                <p>
                  {name}’s answer combines its respondents’ answers (the method page explains how).{" "}
                  {disagreed.length === 0
                    ? "They were never two or more positions apart, and none was split on a red line."
                    : `They disagreed on ${disagreed.length} ${disagreed.length === 1 ? "question" : "questions"}, shown first: the flags above say what to discuss.`}
                </p>
                {disagreed.map((item) => (
                  <SpreadChart
                    key={item.id}
                    spread={item.spread}
                    combinedPreferred={item.combinedPreferred}
                    optionLabels={item.optionLabels}
                    side={board.side}
                    caption={item.prompt}
                  />
                ))}
                <details className="report-board__all">
                  <summary>Where {name}’s respondents stand on every question</summary>
                  {board.spread.map((item) => (
                    <SpreadTable
                      key={item.id}
                      spread={item.spread}
                      combinedPreferred={item.combinedPreferred}
                      optionLabels={item.optionLabels}
                      caption={item.prompt}
                    />
                  ))}
                </details>
              </>
            ) : (
              <p>
                Fewer than three of {name}’s respondents submitted, so only the combined answer is shown: a spread of
                one or two people’s answers would tell each who said what.
              </p>
            )}
            {board.overrides.length > 0 ? (
              <>
                <p>Where {name}’s lead changed the combined answer before submitting:</p>
                <dl className="summary-list summary-list--read-only">
                  {board.overrides.map((o) => (
                    <div className="summary-list__row" key={o.id}>
                      <dt>{o.prompt}</dt>
                      <dd>
                        {o.lines.map((line) => (
                          <div key={line}>{line}</div>
                        ))}
                        <div>
                          <strong>Why:</strong> {o.reason}
                        </div>
                      </dd>
                    </div>
                  ))}
                </dl>
              </>
            ) : null}
          </section>
        );
      })}
    </>
  );
}

/**
 * The board paper's version: in words, no charts (the paper must stay short): how many answered for each side,
 * how many questions they disagreed on, and every override with its reason.
 */
export function BoardSummary(props: { boards: readonly SideBoardLabels[]; vcsName: string; primeName: string }) {
  const names = { vcs: props.vcsName, prime: props.primeName };
  return (
    <section aria-labelledby="board-summary">
      <h3 id="board-summary">How each side answered</h3>
      {props.boards.map((board) => {
        const name = names[board.side];
        const split = board.spread?.filter((s) => s.disagreement).length ?? 0;
        return (
          <div key={board.side}>
            <p>
              <strong>{name}</strong> answered as a board of {board.respondents}{" "}
              {board.respondents === 1 ? "person" : "people"}, whose answers were combined.{" "}
              {board.spread
                ? split === 0
                  ? "They were never two or more positions apart, and none was split on a red line."
                  : `They disagreed on ${split} ${split === 1 ? "question" : "questions"}: see “The board does not agree on this” above.`
                : "Fewer than three answered, so how their answers spread is not shown."}
            </p>
            {board.overrides.length > 0 ? (
              <>
                <p>{name}’s lead changed the combined answer on:</p>
                <ul className="list">
                  {board.overrides.map((o) => (
                    <li key={o.id}>
                      {o.prompt} {o.lines[0] ? `(${o.lines[0]})` : ""}. Why: {o.reason}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </div>
        );
      })}
    </section>
  );
}
