import { Form } from "@remix-run/react";
import { ErrorMessage } from "./form";

export interface RecommendationError {
  errors: Record<string, string>;
  values: Record<string, unknown>;
}

/**
 * The chief executive's recommendation to the board: everyone reads it; the
 * owner writes it here, and the board paper prints it on page 1.
 */
export function Recommendation(props: {
  text: string | null;
  /** For the owner: the form, with the last error if any. */
  form?: { error: RecommendationError | null } | undefined;
}) {
  const error = props.form?.error ?? null;
  const typed = typeof error?.values.recommendation === "string" ? error.values.recommendation : undefined;
  return (
    <section className="recommendation" id="recommendation" aria-labelledby="recommendation-heading">
      <h3 id="recommendation-heading">The chief executive’s recommendation</h3>
      {props.text ? (
        <p className="recommendation__text">{props.text}</p>
      ) : (
        <p className="hint">
          Not written yet.{" "}
          {props.form
            ? "Write it below: the board paper prints it on its first page."
            : "The person who started the check can write it; the board paper prints it on its first page."}
        </p>
      )}
      {props.form ? (
        <details className="no-print" open={error !== null || !props.text}>
          <summary>{props.text ? "Change the recommendation" : "Write the recommendation"}</summary>
          <Form method="post" noValidate className="flag-outcome__form">
            <input type="hidden" name="intent" value="recommendation" />
            <div className={`form-group${error?.errors.recommendation ? " form-group--error" : ""}`}>
              <label className="label" htmlFor="recommendation-text">
                Recommendation to the board
              </label>
              <p className="hint" id="recommendation-hint">
                For example: “Proceed only if the prime agrees in writing to co-branding and to our right to speak out.”
                Leave it empty to remove it.
              </p>
              {error?.errors.recommendation ? (
                <ErrorMessage id="recommendation-error">{error.errors.recommendation}</ErrorMessage>
              ) : null}
              <textarea
                id="recommendation-text"
                name="recommendation"
                className="textarea"
                rows={4}
                aria-describedby={`recommendation-hint${error?.errors.recommendation ? " recommendation-error" : ""}`}
                aria-invalid={error?.errors.recommendation ? true : undefined}
                defaultValue={typed ?? props.text ?? ""}
              />
            </div>
            <button type="submit" className="button button--secondary">
              Save the recommendation
            </button>
          </Form>
        </details>
      ) : null}
    </section>
  );
}
