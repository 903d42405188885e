import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";

export const meta: MetaFunction = () => [{ title: "Workshop deleted – Common Ground" }];

export default function WorkshopDeleted() {
  return (
    <>
      <div className="success-banner" role="status">
        <h1>The workshop has been deleted</h1>
        <p>
          The workshop, its scenario and every participant’s answers and results have been removed from Common Ground
          for good.
        </p>
      </div>
      <p>
        <Link to="/workshops/new">Start a new workshop</Link>
      </p>
    </>
  );
}
