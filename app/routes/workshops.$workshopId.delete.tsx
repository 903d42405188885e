/**
 * "Delete the workshop" (issue 18): the workshop, its scenario and every
 * participant's answers and results go for good, once the facilitator confirms.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireFacilitator } from "~/access/workshop.server";
import { ConfirmCheckbox, ErrorSummary, fieldId } from "~/components/form";
import { parseForm } from "~/forms/parse.server";
import { deleteWorkshopConfirmSchema } from "~/forms/workshop-schemas.server";
import { readFormData } from "~/http/form-body.server";
import { deleteWorkshop } from "~/models/workshop.server";

export const meta: MetaFunction = () => [
  { title: "Delete the workshop – Common Ground" },
  { name: "robots", content: "noindex, nofollow" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { workshop } = await requireFacilitator(request, params.workshopId);
  return { id: workshop.id, title: workshop.title };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { workshop, authority } = await requireFacilitator(request, params.workshopId);
  const result = parseForm(await readFormData(request), deleteWorkshopConfirmSchema);
  if (!result.ok) {
    return data(
      {
        error: result.errors.confirm ?? "Confirm that you want to delete the workshop and every participant’s answers",
      },
      { status: 400 },
    );
  }
  const outcome = await deleteWorkshop({ workshopId: workshop.id, authority });
  if (outcome === "unauthorised") throw new Response("This link has been replaced.", { status: 410 });
  return redirect("/workshops/deleted", 303);
}

export default function DeleteWorkshop() {
  const { id, title } = useLoaderData<typeof loader>();
  const error = useActionData<typeof action>()?.error;
  return (
    <>
      <ErrorSummary errors={error ? [{ href: fieldId("confirm"), message: error }] : []} />
      <span className="caption">{title}</span>
      <h1>Delete the workshop</h1>
      <p>
        This deletes the workshop, its scenario, and every participant’s answers and results. They are removed from
        Common Ground’s database, not hidden, and cannot be recovered.
      </p>
      <p>
        The code and the join link stop working, and participants can no longer open their answers or their result, so
        tell them first if they want to keep their summary. If you need the room’s figures,{" "}
        <a href={`/workshops/${id}/figures.csv`} download>
          download them (CSV)
        </a>{" "}
        first.
      </p>
      <Form method="post" noValidate>
        <ConfirmCheckbox error={error}>I want to delete this workshop and every participant’s answers</ConfirmCheckbox>
        <div className="button-group">
          <button type="submit" className="button button--warning">
            Delete the workshop
          </button>
          <Link to={`/workshops/${id}`}>Cancel and go back</Link>
        </div>
      </Form>
    </>
  );
}
