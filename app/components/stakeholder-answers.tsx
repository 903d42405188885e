import { Link } from "@remix-run/react";
import type { AnswerSection } from "~/domain/stakeholder/answering";
import { FREE_TEXT_STEP } from "~/domain/stakeholder/answering";
import { MIN_GROUP_RESPONSES } from "~/domain/stakeholder/results";

const IN_WORDS: Record<number, string> = { 2: "two", 3: "three", 4: "four", 5: "five" };
const threshold = IN_WORDS[MIN_GROUP_RESPONSES] ?? String(MIN_GROUP_RESPONSES);
import { fieldId } from "./form";

/**
 * What a "Change" link adds to its page's address: saving that page goes back to "check your answers", not on to
 * the next page (the GOV.UK "check answers" pattern). The page's form posts to its own address, so the flag goes too.
 */
export const RETURN_TO_CHECK = "return=check";

/** The field a row's "Change" link jumps to on its page. */
export const answerAnchor = (section: string, rowId: string) =>
  fieldId(section === FREE_TEXT_STEP ? `text.${rowId}` : `ratings.${rowId}`);

/**
 * A stakeholder's (or the provider's) answers, a summary list per page: with "Change" links while they can still
 * change, read-only once submitted or closed.
 */
export function StakeholderAnswerSummary(props: { sections: readonly AnswerSection[]; base: string | null }) {
  return (
    <>
      {props.sections.map((section) => (
        <section key={section.id} aria-labelledby={`answers-${section.id}`} className="stakeholder-summary">
          <h2 id={`answers-${section.id}`}>{section.title}</h2>
          <dl className="summary-list">
            {section.rows.map((row) => (
              <div className="summary-list__row" key={row.id} id={`answer-${row.id}`}>
                <dt>{row.question}</dt>
                <dd className="stakeholder-summary__answer">
                  {row.answer ??
                    (section.id === FREE_TEXT_STEP ? (
                      <span className="hint">No answer (optional)</span>
                    ) : (
                      <strong className="tag tag--grey">Not answered</strong>
                    ))}
                </dd>
                {props.base ? (
                  <dd>
                    <Link to={`${props.base}/${section.id}?${RETURN_TO_CHECK}#${answerAnchor(section.id, row.id)}`}>
                      Change<span className="visually-hidden"> your answer to: {row.question}</span>
                    </Link>
                  </dd>
                ) : null}
              </div>
            ))}
          </dl>
        </section>
      ))}
    </>
  );
}

/** What happens to the answers, in plain words: the promise the results keep (domain/stakeholder/results.ts). */
export function PrivacyPromise({
  data,
}: {
  data: { role: "stakeholder" | "provider"; commissionerName: string; providerName: string };
}) {
  if (data.role === "provider") {
    return (
      <div className="notice notice--info">
        <h2 className="notice__title">Who sees your self-assessment</h2>
        <p>
          Once the review closes, {data.commissionerName} and you see your self-assessment beside what stakeholders
          said, so you can both see where you see the service differently from how the local system sees it.
          Stakeholders do not see it here.
        </p>
      </div>
    );
  }
  return (
    <div className="notice notice--info">
      <h2 className="notice__title">Your answers are anonymous</h2>
      <ul>
        <li>
          Nobody sees your answers as yours: not {data.commissionerName}, not {data.providerName}, not anyone else.
        </li>
        <li>
          Results are shown for a group only once at least {threshold} people in it have submitted. Fewer than that, and
          the group is not shown at all.
        </li>
        <li>What you write in your own words is shown, without your name, only for groups of {threshold} or more.</li>
        <li>Nobody sees any results until the review closes.</li>
      </ul>
    </div>
  );
}
