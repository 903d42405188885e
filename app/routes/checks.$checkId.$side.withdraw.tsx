/**
 * "Withdraw your application" (issue 17): a candidate in a partner search
 * leaves it, and its check goes with everything in it (answers, notes, email,
 * links, result). Only the candidate's own side, and only its lead: any other
 * check, side or respondent is a 404.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireSide } from "~/access/side.server";
import { ConfirmCheckbox, ErrorSummary, fieldId } from "~/components/form";
import { parseForm } from "~/forms/parse.server";
import { withdrawConfirmSchema } from "~/forms/search-schemas.server";
import { readFormData } from "~/http/form-body.server";
import { withdrawCandidate } from "~/models/search.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Withdraw your application – ${data.title} – Common Ground` : "Common Ground" },
  { name: "robots", content: "noindex, nofollow" },
];

/** The lead of a candidate's own side; nobody else has this page. */
async function requireCandidate(request: Request, params: Record<string, string | undefined>) {
  const context = await requireSide(request, params);
  if (context.role !== "vcs" || context.respondent !== null || context.summary.search?.part !== "candidate") {
    throw new Response("Not found", { status: 404 });
  }
  return context;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { summary, side, base } = await requireCandidate(request, params);
  return {
    base,
    title: summary.title,
    organisation: side.name,
    primeName: summary.sides.prime.name,
    submitted: side.status === "submitted",
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { authority } = await requireCandidate(request, params);
  const result = parseForm(await readFormData(request), withdrawConfirmSchema);
  if (!result.ok) {
    return data({ error: result.errors.confirm ?? "Confirm that you want to withdraw and delete your answers" }, 400);
  }
  const outcome = await withdrawCandidate({ authority });
  if (outcome === "not_candidate") throw new Response("Not found", { status: 404 });
  if (outcome === "unauthorised") throw new Response("This link has been replaced.", { status: 410 });
  // The check's links and every session's grants for it went with it; the browser's session lives on for others.
  return redirect("/withdrawn", 303);
}

export default function WithdrawApplication() {
  const page = useLoaderData<typeof loader>();
  const error = useActionData<typeof action>()?.error;
  return (
    <>
      <ErrorSummary errors={error ? [{ href: fieldId("confirm"), message: error }] : []} />
      <span className="caption">
        {page.title}: answering for {page.organisation}
      </span>
      <h1>Withdraw your application</h1>
      <p>
        If you withdraw, {page.organisation} leaves {page.primeName}’s partner search. Your answers, your notes, any
        email address you gave and {page.submitted ? "the result" : "any result"} are deleted from Common Ground for
        good, and {page.primeName} no longer sees your application. Your link stops working.
      </p>
      {page.submitted ? (
        <p>
          You have already submitted, so {page.primeName} may have seen your answers and the result. Withdrawing deletes
          them from Common Ground, but cannot take back what someone has already read or downloaded.
        </p>
      ) : (
        <p>{page.primeName} has not seen any of your answers: it sees them only once you submit.</p>
      )}
      <p>This cannot be undone. To take part again, you would need to apply again and start from the beginning.</p>
      <Form method="post" noValidate>
        <ConfirmCheckbox error={error}>I want to withdraw and delete our answers</ConfirmCheckbox>
        <div className="button-group">
          <button type="submit" className="button button--warning">
            Withdraw and delete
          </button>
          <Link to={page.base}>Cancel and go back</Link>
        </div>
      </Form>
    </>
  );
}
