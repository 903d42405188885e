/**
 * Check-ups (issue 19): the rounds page's body, shared by the owner's page and a side's. What the check's home
 * pages show of the rounds is in round-links.tsx, which carries no chart code (the home pages have no charts).
 */
import { Link } from "@remix-run/react";
import type { RoundComparison, RoundsPage } from "~/domain/round-comparison";
import type { Severity, Side } from "~/domain/types";
import { SEVERITY_LABELS } from "~/domain/flags";
import { SEVERITY_TAG } from "./result-summary";
import { SIDE_LABELS } from "./side-labels";
import { RoundChart } from "./round-chart";
import { VerdictTag } from "./verdict-tag";

const SIDES_ORDER: readonly Side[] = ["vcs", "prime"];

function RoundsList({ page }: { page: RoundsPage }) {
  return (
    <ol className="round-list">
      {page.rounds.map((round) => (
        <li key={round.id} className="round-list__item" aria-current={round.current ? "true" : undefined}>
          <h3 className="round-list__name">
            {round.href ? <Link to={round.href}>{round.name}</Link> : round.name}
            {round.current ? <span className="hint"> (this round)</span> : null}
          </h3>
          <p className="round-list__figures">
            Started {round.startedOn}.{" "}
            {round.result ? (
              <>
                <VerdictTag verdict={round.result.verdict.code} /> Overall {round.result.overall} out of 100.
              </>
            ) : (
              <>
                Waiting for{" "}
                {SIDES_ORDER.filter((s) => !round.submitted[s])
                  .map((s) => SIDE_LABELS[s].short)
                  .join(" and ")}{" "}
                to submit.
              </>
            )}
          </p>
        </li>
      ))}
    </ol>
  );
}

function Comparison({ comparison }: { comparison: RoundComparison }) {
  const c = comparison;
  const sideName = (side: Side) => (side === "vcs" ? "The organisation" : "The prime contractor");
  const notCompared = c.notCompared;
  return (
    <>
      <h2>
        {c.current.name} against {c.previous.name}
      </h2>
      <dl className="summary-list round-summary">
        <div className="summary-list__row">
          <dt>Verdict</dt>
          <dd>
            {c.verdict.before.label} → {c.verdict.after.label}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>Overall</dt>
          <dd>
            {c.overall.before} → {c.overall.after} out of 100
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>Questions compared</dt>
          <dd>
            {c.compared.length}, of which {c.moved.length} moved
          </dd>
        </div>
      </dl>

      <h2>What moved</h2>
      {c.moved.length === 0 ? (
        <p>
          {c.fitComparable
            ? "Nothing moved: every question asked in both rounds has the same answers and the same fit."
            : "No answer moved: every question asked in both rounds has the same answers (each round is scored by its own method)."}
        </p>
      ) : (
        <ul className="round-moves">
          {c.moved.map((m) => (
            <li key={m.itemId} className="round-moves__item">
              <p className="round-moves__prompt">{m.prompt}</p>
              <ul className="list">
                {m.sides.flatMap((s) => [
                  ...(s.preferred
                    ? [
                        <li key={`${s.side}-p`}>
                          {sideName(s.side)}’s preferred position: {s.preferred.before} → {s.preferred.after}
                        </li>,
                      ]
                    : []),
                  ...(s.acceptable
                    ? [
                        <li key={`${s.side}-a`}>
                          {sideName(s.side)} could accept: {s.acceptable.before} → {s.acceptable.after}
                        </li>,
                      ]
                    : []),
                ])}
                <li>
                  Fit: {m.fit.before} → {m.fit.after} out of 100
                  {c.fitComparable ? null : <span className="hint"> (each round scored by its own method)</span>}
                </li>
              </ul>
            </li>
          ))}
        </ul>
      )}

      <h2>Flags that appeared</h2>
      <FlagList flags={c.appeared} none="No new flags: nothing is raised now that was not raised before." />
      <h2>Flags that cleared</h2>
      <FlagList
        flags={c.cleared}
        none={
          c.notCompared.flags.some((f) => f.onlyIn === c.previous.number)
            ? "No flags cleared among those that could be compared (see below)."
            : "No flags cleared: everything raised before is raised again."
        }
      />
      {c.changed.length > 0 ? (
        <>
          <h2>Flags that changed severity</h2>
          <p>Raised in both rounds, but more or less seriously now.</p>
          <FlagList flags={c.changed} />
        </>
      ) : null}

      <h2>Could not be compared</h2>
      {notCompared.versions ? <p>{notCompared.versions}</p> : null}
      {notCompared.questions.length === 0 && notCompared.sections.length === 0 && notCompared.flags.length === 0 ? (
        <p>Nothing: both rounds asked the same questions, so everything was compared.</p>
      ) : (
        <ul className="list">
          {[
            ...notCompared.sections.map((s) => ({ ...s, kind: "Section" })),
            ...notCompared.questions.map((q) => ({ ...q, kind: "Question" })),
          ].map((x) => (
            <li key={`${x.kind}-${x.id}`}>
              {x.kind}: {x.text} <span className="hint">(asked only in round {x.onlyIn})</span>
            </li>
          ))}
          {notCompared.flags.map((f) => (
            <li key={`flag-${f.onlyIn}-${f.key}`}>
              Flag: {f.title}
              {f.about ? `, on “${f.about}”` : ""}{" "}
              <span className="hint">
                {f.why === "asked"
                  ? `(raised in round ${f.onlyIn}; a question or figure it reads was asked in only one of the rounds)`
                  : f.why === "method"
                    ? `(raised in round ${f.onlyIn}; the other round’s method does not raise this kind of flag)`
                    : `(raised in round ${f.onlyIn}; only one of the rounds asked several people to answer for that side)`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function FlagList({
  flags,
  none = "",
}: {
  flags: Array<RoundComparison["appeared"][number] & { before?: Severity }>;
  none?: string;
}) {
  if (flags.length === 0) return <p>{none}</p>;
  return (
    <ul className="flag-list">
      {flags.map((f) => (
        <li key={f.key} className={`flag flag--${f.severity}`}>
          {f.before ? (
            <>
              <span className={`tag ${SEVERITY_TAG[f.before]}`}>{SEVERITY_LABELS[f.before]}</span> →{" "}
            </>
          ) : null}
          <span className={`tag ${SEVERITY_TAG[f.severity]}`}>{SEVERITY_LABELS[f.severity]}</span>{" "}
          <strong>{f.title}</strong>
          {f.about ? <span className="round-flag__about">{f.about}</span> : null}
        </li>
      ))}
    </ul>
  );
}

/** The rounds page's body, after its heading. */
export function RoundsView({ page }: { page: RoundsPage }) {
  const complete = page.rounds.filter((r) => r.result).length;
  return (
    <>
      <h2>Rounds</h2>
      <RoundsList page={page} />
      {complete > 0 ? (
        <RoundChart series={page.series} caption="Section scores round by round" />
      ) : (
        <p>No round is complete yet: the chart of section scores appears once both sides of a round have submitted.</p>
      )}
      {page.previous === null && page.here.number > 1 ? (
        <p>The round before this one has been deleted, so there is nothing to compare this round with.</p>
      ) : page.previous === null ? (
        <p>
          This is the first round: there is nothing before it to compare with. Once a later round is complete, its page
          compares it with the one before.
        </p>
      ) : page.comparison ? (
        <Comparison comparison={page.comparison} />
      ) : (
        <div className="notice">
          <p>
            The comparison with {page.previous.name} appears once both rounds are complete. Waiting for{" "}
            {page.waiting.join(" and ")}: both {page.waiting.length > 1 ? "their" : "its"} sides must submit, and
            nothing of a round’s answers shows before then.
          </p>
        </div>
      )}
    </>
  );
}
