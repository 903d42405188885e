import { Link } from "@remix-run/react";

export async function loader() {
  throw new Response("Not found", { status: 404 });
}

export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>
        <Link to="/">Go to the Common Ground home page</Link>
      </p>
    </>
  );
}
