/**
 * Pieces the lead's board pages share (issue 16): a respondent's status tag and
 * one item of the board's answer. Presentational only: the pages' loaders put
 * every answer into words (app/formats/answer-text.ts) before it gets here.
 */
import { Form, Link } from "@remix-run/react";
import { spreadTotal, type ItemSpread } from "~/domain/combine";
import type { Position, Side, SideStatus } from "~/domain/types";
import { SpreadChart } from "./charts/spread-chart";

const STATUS: Readonly<Record<SideStatus, { text: string; className: string }>> = {
  not_started: { text: "Not started", className: "tag tag--grey" },
  in_progress: { text: "In progress", className: "tag tag--yellow" },
  submitted: { text: "Submitted", className: "tag tag--green" },
};

export function RespondentStatus({ status }: { status: SideStatus }) {
  const { text, className } = STATUS[status];
  return <strong className={className}>{text}</strong>;
}

/** One item of the board's answer, as the board page's loader describes it. */
export interface BoardItemView {
  id: string;
  number: number;
  prompt: string;
  /** The combined answer in words, a line each; null when nobody has answered the item yet. */
  combined: string[] | null;
  /** The positions more than half of them could accept, in words (empty: none). */
  majority: string[];
  /** The spread, only once enough people have submitted. */
  spread: { counts: ItemSpread; preferred: Position; optionLabels: string[] } | null;
  /** Notes their authors chose to share with the lead, in no particular order and with no names. */
  notes: string[];
  /** The lead's replacement of the combined answer, in words, and why. */
  override: { lines: string[]; reason: string } | null;
}

/** An answer's lines ("Preferred: 2. …"), each line's name in bold so the eye finds it. */
export function AnswerLines({ lines }: { lines: readonly string[] }) {
  return (
    <ul className="list board-item__lines">
      {lines.map((line) => {
        const colon = line.indexOf(": ");
        return (
          <li key={line}>
            {colon > 0 ? (
              <>
                <strong>{line.slice(0, colon)}:</strong> {line.slice(colon + 2)}
              </>
            ) : (
              line
            )}
          </li>
        );
      })}
    </ul>
  );
}

export function BoardItem({ item, side, base }: { item: BoardItemView; side: Side; base: string }) {
  const headingId = `item-${item.id}-prompt`;
  const changeHref = `${base}/board/${item.id}`;
  return (
    <section className="board-item" id={`item-${item.id}`} aria-labelledby={headingId}>
      <p className="caption">Question {item.number}</p>
      <h3 id={headingId}>{item.prompt}</h3>
      {item.combined ? (
        <div className="board-item__answers">
          <div>
            <h4>The combined answer</h4>
            <AnswerLines lines={item.combined} />
          </div>
          <div>
            <h4>A majority could accept</h4>
            {item.majority.length > 0 ? (
              <ul className="list board-item__lines">
                {item.majority.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            ) : (
              <p>No position is one that more than half of them could accept.</p>
            )}
          </div>
        </div>
      ) : (
        <p>
          <strong className="tag tag--grey">No answer yet</strong> Nobody counted so far has answered this question.
        </p>
      )}
      {item.spread ? <ItemSpreadView item={item} spread={item.spread} side={side} /> : null}
      {item.notes.length > 0 ? (
        <>
          <h4>{item.notes.length === 1 ? "A note shared with you" : `${item.notes.length} notes shared with you`}</h4>
          <ul className="board-item__notes">
            {item.notes.map((note, index) => (
              <li key={index}>{note}</li>
            ))}
          </ul>
        </>
      ) : null}
      {item.override ? (
        <div className="panel board-item__override">
          <h4>You changed the board’s answer</h4>
          <p>This is what will be submitted for this question:</p>
          <AnswerLines lines={item.override.lines} />
          <p>
            <strong>Your reason:</strong> {item.override.reason}
          </p>
          <div className="button-group">
            <Link to={changeHref}>
              Change<span className="visually-hidden"> your answer to question {item.number}</span>
            </Link>
            <Form method="post" action={changeHref}>
              <input type="hidden" name="intent" value="remove" />
              <button type="submit" className="button button--secondary">
                Remove override<span className="visually-hidden"> on question {item.number}</span>
              </button>
            </Form>
          </div>
        </div>
      ) : (
        <p>
          <Link to={changeHref}>
            {item.combined ? "Change this answer" : "Give the side’s answer"}
            <span className="visually-hidden"> to question {item.number}</span>
          </Link>
        </p>
      )}
    </section>
  );
}

/**
 * Where the respondents stand on one item: a sentence when they all preferred the same position (a chart of one
 * stack says no more, and 44 of them would bury the ones that matter), otherwise the dot chart.
 */
function ItemSpreadView({
  item,
  spread,
  side,
}: {
  item: BoardItemView;
  spread: NonNullable<BoardItemView["spread"]>;
  side: Side;
}) {
  const total = spreadTotal(spread.counts);
  const chosen = spread.counts.positions.flatMap((count, index) => (count > 0 ? [index + 1] : []));
  if (chosen.length === 1) {
    const redLines =
      spread.counts.redLines === 0
        ? " None marked it a red line."
        : spread.counts.redLines === total
          ? " All marked it a red line."
          : ` ${spread.counts.redLines} of ${total} marked it a red line.`;
    return (
      <p className="board-item__agreed">
        <strong>All {total} preferred the same position,</strong> {chosen[0]}.{redLines}
      </p>
    );
  }
  return (
    <SpreadChart
      spread={spread.counts}
      combinedPreferred={spread.preferred}
      optionLabels={spread.optionLabels}
      side={side}
      caption={`Where the respondents stand on question ${item.number}`}
      description={
        <p className="hint">
          Each dot is one respondent, at the position they preferred, from 1 (most independent) to 5 (most integrated);
          the ringed number is the combined answer.
        </p>
      }
    />
  );
}
