import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";

export const meta: MetaFunction = () => [{ title: "Partner search deleted – Common Ground" }];

export default function SearchDeleted() {
  return (
    <>
      <div className="success-banner" role="status">
        <h1>The partner search has been deleted</h1>
        <p>
          The search, your answers and every candidate’s answers, contact details and results have been removed from
          Common Ground for good.
        </p>
      </div>
      <p>
        <Link to="/searches/new">Start a new partner search</Link>
      </p>
    </>
  );
}
