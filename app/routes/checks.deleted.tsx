import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";

export const meta: MetaFunction = () => [{ title: "Check deleted – Common Ground" }];

export default function CheckDeleted() {
  return (
    <>
      <div className="success-banner" role="status">
        <h1>The check has been deleted</h1>
        <p>The check, both sides’ answers and the result have been removed from Common Ground for good.</p>
      </div>
      <p>
        <Link to="/checks/new">Start a new partnership check</Link>
      </p>
    </>
  );
}
