/**
 * Check-ups (issue 19) on a check's home pages and the rounds page: the form that starts the next round, the line
 * a round's home pages open with, and the links after the report. No chart code: the home pages have no charts.
 */
import { Form, Link } from "@remix-run/react";
import type { FieldErrors } from "~/forms/field-names";
import { OCCASIONS, OCCASION_LABELS, type RoundPlace } from "~/domain/rounds";
import { RadioGroup } from "./form";

/** The owner starts the next round: one radio group and a button, a plain form posting to the rounds page. */
export function StartRoundForm({
  action,
  errors,
  value,
}: {
  action: string;
  errors?: FieldErrors | undefined;
  value?: string | undefined;
}) {
  return (
    <section aria-labelledby="check-up-heading" className="check-up-start">
      <h2 id="check-up-heading">Check up later</h2>
      <p>
        Start a new round of this check, to see how the partnership stands now. Each side’s answers to the questions
        start from its answers here, to check and change; the figures are asked again. The new round has links of its
        own to send, and its report is compared with this one.
      </p>
      <Form method="post" action={action} noValidate>
        <RadioGroup
          name="occasion"
          legend="When is this check-up?"
          error={errors?.occasion}
          options={OCCASIONS.map((o) => ({ value: o, label: OCCASION_LABELS[o] }))}
          value={value}
        />
        <button type="submit" className="button">
          Start the check-up
        </button>
      </Form>
    </section>
  );
}

/**
 * Near the top of a round's home pages, once the check has more than one round: which round this is, and the way
 * to the rounds either side of it (where this browser holds a role in them) and to the check-ups page.
 */
export function RoundBanner({ place }: { place: RoundPlace | null }) {
  if (!place || (place.number < 2 && !place.next)) return null;
  const neighbour = (n: RoundPlace["previous"], before: boolean) =>
    n ? (
      <>
        {" · "}
        {n.href ? (
          <Link to={n.href}>
            {before ? "Back to" : "On to"} {n.name}
          </Link>
        ) : (
          <span>
            {before ? "After" : "Followed by"} {n.name}
          </span>
        )}
      </>
    ) : null;
  return (
    <p className="round-banner">
      <strong>{place.name}</strong>
      {neighbour(place.previous, true)}
      {neighbour(place.next, false)}
      {" · "}
      <Link to={place.roundsHref}>All check-ups</Link>
    </p>
  );
}

/** After both sides submitted: the way to the joint review, the heads of terms and the check-ups. */
export function AfterTheReportLinks({ base }: { base: string }) {
  return (
    <nav aria-labelledby="after-report-heading" className="after-report">
      <h2 id="after-report-heading">After the report</h2>
      <ul className="list">
        <li>
          <Link to={`${base}/joint-review`}>Joint review</Link>
        </li>
        <li>
          <Link to={`${base}/terms`}>Draft heads of terms</Link>
        </li>
        <li>
          <Link to={`${base}/rounds`}>Check-ups</Link>
        </li>
      </ul>
    </nav>
  );
}
