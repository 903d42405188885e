import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ConfirmCheckbox, ErrorSummary, fieldId } from "~/components/form";
import { deleteConfirmSchema } from "~/forms/schemas.server";
import { parseForm } from "~/forms/parse.server";
import { requireCheck } from "~/access/check.server";
import { requireRole } from "~/access/session.server";
import { refuseParticipantOwnerPages } from "~/access/workshop.server";
import { readFormData } from "~/http/form-body.server";
import { deleteCheck, type CheckSummary } from "~/models/check.server";

export const meta: MetaFunction = () => [
  { title: "Delete this check – Common Ground" },
  { name: "robots", content: "noindex, nofollow" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const checkId = params.checkId ?? "";
  await refuseParticipantOwnerPages(checkId);
  await requireRole(request, checkId, "owner");
  const summary = await requireCheck(checkId);
  refuseSearchCheck(summary);
  return { id: summary.id, title: summary.title };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const checkId = params.checkId ?? "";
  await refuseParticipantOwnerPages(checkId);
  await requireRole(request, checkId, "owner");
  refuseSearchCheck(await requireCheck(checkId));
  const result = parseForm(await readFormData(request), deleteConfirmSchema);
  if (!result.ok) return data({ error: result.errors.confirm ?? "Confirm before deleting" }, { status: 400 });
  await deleteCheck(checkId);
  // Every session's grants for the check went with its links; the session itself lives on for other checks.
  return redirect("/checks/deleted", 303);
}

/**
 * A partner search's own check (its prime's answers for every candidate) and a candidate's check are not deleted
 * from here: the search's dashboard manages them, and a candidate withdraws itself (issue 17).
 */
function refuseSearchCheck(summary: CheckSummary) {
  if (summary.search) throw redirect(`/searches/${summary.search.id}`, 303);
  // A workshop's own check goes with the workshop, from the facilitator's page (issue 18).
  if (summary.workshop?.part === "workshop") throw redirect(`/workshops/${summary.workshop.id}`, 303);
}

export default function DeleteCheck() {
  const { id, title } = useLoaderData<typeof loader>();
  const error = useActionData<typeof action>()?.error;
  return (
    <>
      <ErrorSummary errors={error ? [{ href: fieldId("confirm"), message: error }] : []} />
      <span className="caption">{title}</span>
      <h1>Are you sure you want to delete this check?</h1>
      <p>
        This deletes the check, both sides’ answers, their notes and the result. They are removed from Common Ground’s
        database, not hidden, and cannot be recovered. Both invitation links and your own link will stop working.
      </p>
      <Form method="post" noValidate>
        <ConfirmCheckbox error={error}>I understand that this cannot be undone</ConfirmCheckbox>
        <div className="button-group">
          <button type="submit" className="button button--warning">
            Delete the check
          </button>
          <Link to={`/checks/${id}`}>Cancel and go back</Link>
        </div>
      </Form>
    </>
  );
}
