import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";

export const meta: MetaFunction = () => [{ title: "Stakeholder review deleted – Common Ground" }];

/** Where the commissioner lands after deleting a stakeholder review (stakeholder-reviews.$reviewId.delete.tsx). */
export default function StakeholderReviewDeleted() {
  return (
    <>
      <div className="success-banner" role="status">
        <h1>The review has been deleted</h1>
        <p>
          Its answers, results and shared actions have been removed from Common Ground for good, and its links no longer
          open anything.
        </p>
      </div>
      <p>
        <Link to="/stakeholder-reviews/new">Start a new stakeholder review</Link>
      </p>
    </>
  );
}
