import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ConfirmCheckbox, ErrorSummary, fieldId } from "~/components/form";
import { parseForm } from "~/forms/parse.server";
import { deleteSearchSchema } from "~/forms/search-schemas.server";
import { requireSearchOwner } from "~/access/search.server";
import { readFormData } from "~/http/form-body.server";
import { deleteSearch } from "~/models/search.server";

export const meta: MetaFunction = () => [
  { title: "Delete this partner search – Common Ground" },
  { name: "robots", content: "noindex, nofollow" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { search } = await requireSearchOwner(request, params.searchId);
  return { id: search.id, title: search.title };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { search, authority } = await requireSearchOwner(request, params.searchId);
  const result = parseForm(await readFormData(request), deleteSearchSchema);
  if (!result.ok) return data({ error: result.errors.confirm ?? "Confirm before deleting" }, { status: 400 });
  const outcome = await deleteSearch({ searchId: search.id, authority });
  if (outcome === "unauthorised") throw new Response("This link has been replaced.", { status: 410 });
  return redirect("/searches/deleted", 303);
}

export default function DeleteSearch() {
  const { id, title } = useLoaderData<typeof loader>();
  const error = useActionData<typeof action>()?.error;
  return (
    <>
      <ErrorSummary errors={error ? [{ href: fieldId("confirm"), message: error }] : []} />
      <span className="caption">{title}</span>
      <h1>Are you sure you want to delete this partner search?</h1>
      <p>
        This deletes the search, your answers, and every candidate: their answers, notes, contact emails and results.
        They are removed from Common Ground’s database, not hidden, and cannot be recovered. The open application link,
        every invitation and every candidate’s own link will stop working.
      </p>
      <Form method="post" noValidate>
        <ConfirmCheckbox error={error}>I understand that this cannot be undone</ConfirmCheckbox>
        <div className="button-group">
          <button type="submit" className="button button--warning">
            Delete the search
          </button>
          <Link to={`/searches/${id}`}>Cancel and go back</Link>
        </div>
      </Form>
    </>
  );
}
