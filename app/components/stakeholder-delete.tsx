/** The commissioner's way to delete a stakeholder review (issue 20): to the yes/no page at `…/delete`. */
import { Link } from "@remix-run/react";

export function DeleteReviewSection({ home }: { home: string }) {
  return (
    <section className="no-print" aria-labelledby="delete-review">
      <h2 id="delete-review">Deleting the review</h2>
      <p>
        You can delete this year’s review, with every answer, its results and its actions, at any time. Other years’
        reviews stay.
      </p>
      <p>
        <Link to={`${home}/delete`}>Delete this review</Link>
      </p>
    </section>
  );
}
