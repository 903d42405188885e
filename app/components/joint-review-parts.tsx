import { Form, Link } from "@remix-run/react";
import { SEVERITY_LABELS } from "~/domain/flags";
import type {
  ReviewEntryView,
  ReviewGroupView,
  ReviewStatus,
  ReviewStatusCode,
  StandingView,
} from "~/formats/joint-review-text";
import { ErrorMessage, fieldId } from "./form";
import { SEVERITY_TAG } from "./result-summary";

const STATUS_TAG: Readonly<Record<ReviewStatusCode, string>> = {
  none: "tag tag--grey",
  "waiting-other": "tag",
  "waiting-you": "tag tag--yellow",
  agreed: "tag tag--green",
  open: "tag tag--orange",
  accepted: "tag tag--red",
};

/** A flag's joint review status as a tag, in the style of status-tag.tsx. */
export function ReviewStatusTag({ status }: { status: ReviewStatus }) {
  return <strong className={`${STATUS_TAG[status.code]} review-status`}>{status.text}</strong>;
}

/** The address of a flag's page under a side's joint review (a flag key holds ":" and "+"). */
export const flagPageHref = (reviewPath: string, key: string) => `${reviewPath}/${encodeURIComponent(key)}`;

/** What stands for a flag: the kind, each thing the proposal says, and who proposed it. */
export function Standing({ standing }: { standing: StandingView }) {
  return (
    <dl className="summary-list summary-list--compact review-standing">
      <div className="summary-list__row">
        <dt>Outcome</dt>
        <dd>{standing.kindLabel}</dd>
      </div>
      {standing.lines.map((line) => (
        <div className="summary-list__row" key={line.label}>
          <dt>{line.label}</dt>
          <dd className="review-standing__text">{line.text}</dd>
        </div>
      ))}
      <div className="summary-list__row">
        <dt>Proposed by</dt>
        <dd>
          {standing.ownProposal ? `${standing.proposedBy} (your side)` : standing.proposedBy}
          {standing.confirmed ? ", confirmed by the other side" : ""}
        </dd>
      </div>
    </dl>
  );
}

/** The other side confirms what stands, naming the revision it read (a changed proposal is not confirmed unseen). */
export function ConfirmForm({ action, revision, suffix }: { action: string; revision: number; suffix?: string }) {
  return (
    <Form method="post" action={action} className="review-confirm">
      <input type="hidden" name="intent" value="confirm" />
      <input type="hidden" name="revision" value={revision} />
      <button type="submit" className="button">
        Confirm this outcome
        {suffix ? <span className="visually-hidden"> {suffix}</span> : null}
      </button>
    </Form>
  );
}

function Entry({ entry, reviewPath }: { entry: ReviewEntryView; reviewPath: string | null }) {
  const href = reviewPath ? flagPageHref(reviewPath, entry.key) : null;
  const about = entry.prompt ?? entry.finding;
  return (
    <li className="review-entry" data-flag-key={entry.key} data-status={entry.status.code} id={`flag-${entry.key}`}>
      <p className="review-entry__title">
        <span className={`tag ${SEVERITY_TAG[entry.severity]}`}>{SEVERITY_LABELS[entry.severity]}</span>{" "}
        <ReviewStatusTag status={entry.status} />
      </p>
      {about ? <p className="review-entry__about">{about}</p> : null}
      {entry.standing ? <Standing standing={entry.standing} /> : null}
      {href || entry.canConfirm ? (
        <div className="button-group review-entry__actions">
          {entry.canConfirm && href ? (
            <ConfirmForm
              action={href}
              revision={entry.standing!.revision}
              suffix={`for ${entry.title}${entry.prompt ? `: ${entry.prompt}` : ""}`}
            />
          ) : null}
          {href ? (
            <Link to={href}>
              {entry.standing ? "Change the outcome" : "Propose an outcome"}
              <span className="visually-hidden">
                {" "}
                for {entry.title}
                {entry.prompt ? `: ${entry.prompt}` : ""}
              </span>
            </Link>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

/** The review's flags, grouped as the report groups them; `reviewPath` is null for the owner, who reads only. */
export function ReviewGroups({ groups, reviewPath }: { groups: ReviewGroupView[]; reviewPath: string | null }) {
  return (
    <div className="review-groups">
      {groups.map((group, index) => (
        <section className="review-group" key={group.title} aria-labelledby={`review-group-${index}`}>
          <h3 id={`review-group-${index}`}>
            {group.title}{" "}
            <span className="hint">
              ({group.entries.length} {group.entries.length === 1 ? "flag" : "flags"})
            </span>
          </h3>
          {group.explanation ? <p>{group.explanation}</p> : null}
          <ul className="review-entries">
            {group.entries.map((entry) => (
              <Entry key={entry.key} entry={entry} reviewPath={reviewPath} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** A text area in the style of form.tsx's TextField: label, hint, error and what was typed. */
export function TextArea(props: {
  name: string;
  label: string;
  hint?: string;
  error: string | undefined;
  value: string | undefined;
}) {
  const id = fieldId(props.name);
  const describedBy = [props.hint ? `${id}-hint` : null, props.error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className={`form-group${props.error ? " form-group--error" : ""}`}>
      <label className="label" htmlFor={id}>
        {props.label}
      </label>
      {props.hint ? (
        <p className="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.error ? <ErrorMessage id={`${id}-error`}>{props.error}</ErrorMessage> : null}
      <textarea
        id={id}
        name={props.name}
        className={`textarea${props.error ? " textarea--error" : ""}`}
        rows={4}
        defaultValue={props.value ?? ""}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy || undefined}
      />
    </div>
  );
}
