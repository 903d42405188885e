import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { signOut } from "~/access/session.server";

export const meta: MetaFunction = () => [{ title: "Signed out – Common Ground" }];

/** Ends this browser's session for every check it holds; the links themselves keep working. */
export async function action({ request }: ActionFunctionArgs) {
  return redirect("/sign-out", { status: 303, headers: { "Set-Cookie": await signOut(request) } });
}

export default function SignedOut() {
  return (
    <>
      <h1>You are signed out on this device</h1>
      <p>
        This browser can no longer open any partnership check it had open. To come back, open your private link again.
      </p>
      <p>
        <Link to="/">Go to the Common Ground home page</Link>
      </p>
    </>
  );
}
