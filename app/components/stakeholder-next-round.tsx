/**
 * The button that starts next year's stakeholder review (issue 20; docs/method.md, "Year on year") from a closed one
 * with none after it: on its dashboard and on its year-on-year page, both posting to the latter's action.
 */
import { Form } from "@remix-run/react";

export function StartNextRoundForm({ reviewId }: { reviewId: string }) {
  return (
    <Form method="post" action={`/stakeholder-reviews/${reviewId}/rounds`} className="no-print">
      <input type="hidden" name="intent" value="start-next" />
      <p>
        Next year’s review has the same service, the same names and the same stakeholder groups. Both of you confirm
        again, and every stakeholder is invited afresh: no answers, open links or actions carry over.
      </p>
      <button type="submit" className="button">
        Start next year’s review
      </button>
    </Form>
  );
}
