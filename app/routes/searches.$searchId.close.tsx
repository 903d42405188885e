/**
 * "Close applications" (issue 17): the owner stops the open application link.
 * Organisations already in the search, and named invitations, carry on.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireSearchOwner } from "~/access/search.server";
import { ConfirmCheckbox, ErrorSummary, fieldId } from "~/components/form";
import { formatApplyCode } from "~/domain/search";
import { closingDayInWords, ukDayInWords } from "~/formats/search-dates";
import { parseForm } from "~/forms/parse.server";
import { closeSearchConfirmSchema } from "~/forms/search-schemas.server";
import { readFormData } from "~/http/form-body.server";
import { closeSearch } from "~/models/search.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Close applications – ${data.title} – Common Ground` : "Common Ground" },
  { name: "robots", content: "noindex, nofollow" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { search } = await requireSearchOwner(request, params.searchId);
  const now = Date.now();
  return {
    id: search.id,
    title: search.title,
    code: formatApplyCode(search.applyCode),
    /** Why the link takes no applications, if it takes none: closed by the owner, or past its closing date. */
    closed: search.closedAt
      ? { by: "owner" as const, day: ukDayInWords(search.closedAt) }
      : search.closesAt && search.closesAt.getTime() <= now
        ? { by: "date" as const, day: closingDayInWords(search.closesAt) }
        : null,
    closesOn: search.closesAt && search.closesAt.getTime() > now ? closingDayInWords(search.closesAt) : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { search, authority } = await requireSearchOwner(request, params.searchId);
  const dashboard = `/searches/${search.id}`;
  // Closed already (by the owner, say in another tab): nothing to confirm, and the dashboard says so.
  if (search.closedAt) return redirect(dashboard, 303);
  const result = parseForm(await readFormData(request), closeSearchConfirmSchema);
  if (!result.ok) {
    return data({ error: result.errors.confirm ?? "Confirm that you want to close the open application link" }, 400);
  }
  const closed = await closeSearch({ searchId: search.id, authority });
  if (closed.status === "unauthorised") throw new Response("This link has been replaced.", { status: 410 });
  return redirect(dashboard, 303);
}

export default function CloseApplications() {
  const page = useLoaderData<typeof loader>();
  const error = useActionData<typeof action>()?.error;
  const dashboard = `/searches/${page.id}`;
  if (page.closed?.by === "owner") {
    return (
      <>
        <span className="caption">{page.title}</span>
        <h1>Applications are already closed</h1>
        <p>
          You closed the open application link on {page.closed.day}. It takes no more applications, and the code{" "}
          {page.code} no longer opens the search. Organisations already in the search can carry on answering.
        </p>
        <p>
          <Link to={dashboard}>Back to the search</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <ErrorSummary errors={error ? [{ href: fieldId("confirm"), message: error }] : []} />
      <span className="caption">{page.title}</span>
      <h1>Close applications</h1>
      {page.closed?.by === "date" ? (
        <div className="notice notice--info">
          <p>
            The closing date, {page.closed.day}, has passed, so the open link already takes no applications. Closing it
            keeps it closed for good.
          </p>
        </div>
      ) : null}
      <p>
        Once you close it, the open application link and the code {page.code} stop working for good: nobody new can
        apply through them{page.closesOn ? `, even before the closing date of ${page.closesOn}` : ""}. You cannot open
        them again.
      </p>
      <p>
        Organisations that have already applied can carry on answering, and you can still invite organisations by name.
      </p>
      <Form method="post" noValidate>
        <ConfirmCheckbox error={error}>I want to close the open application link</ConfirmCheckbox>
        <div className="button-group">
          <button type="submit" className="button button--warning">
            Close applications
          </button>
          <Link to={dashboard}>Cancel and go back</Link>
        </div>
      </Form>
    </>
  );
}
