import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";

export const meta: MetaFunction = () => [{ title: "Application withdrawn – Common Ground" }];

/** Where a candidate lands after withdrawing from a partner search (issue 17): nothing of the check is left to show. */
export default function Withdrawn() {
  return (
    <>
      <div className="success-banner" role="status">
        <h1>Your application has been withdrawn and your answers deleted</h1>
        <p>
          Your answers, notes, email address and any result have been removed from Common Ground for good. The prime
          contractor no longer sees your application, and your link no longer works.
        </p>
      </div>
      <p>
        <Link to="/">Go to the Common Ground home page</Link>
      </p>
    </>
  );
}
