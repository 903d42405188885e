/**
 * The commissioner deletes a stakeholder review (issue 20; docs/method.md, "Stakeholder reviews"), after saying yes
 * on this page: every answer, the results and the shared actions of this round go for good. Other years' rounds
 * stay. The provider cannot delete it (a 403, as in the API's DELETE /api/v1/stakeholder-review).
 */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requireCommissionerPage } from "~/access/stakeholder-pages.server";
import { ErrorSummary, YesNoForm, fieldId } from "~/components/form";
import { yesNoSchema } from "~/forms/schemas.server";
import { readFormData } from "~/http/form-body.server";
import { deleteStakeholderReview } from "~/models/stakeholder.server";

export const meta: MetaFunction = () => [
  { title: "Delete this review – Common Ground" },
  { name: "robots", content: "noindex, nofollow" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { review } = await requireCommissionerPage(request, params.reviewId ?? "", "delete the review");
  return {
    id: review.id,
    service: review.service,
    number: review.number,
    providerName: review.providerName,
    answered: review.groups.reduce((n, g) => n + g.submitted, 0) + (review.selfSubmitted ? 1 : 0),
    /** Other years' rounds, which stay. */
    otherRounds: review.previousId !== null || review.nextId !== null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { authority, review } = await requireCommissionerPage(request, params.reviewId ?? "", "delete the review");
  const answer = yesNoSchema.safeParse((await readFormData(request)).get("delete")).data;
  if (answer === "no") return redirect(`/stakeholder-reviews/${review.id}`, 303);
  if (answer === undefined) return data({ error: "Say whether you want to delete this review" }, { status: 400 });
  const done = await deleteStakeholderReview(authority);
  if (done.status !== "deleted") throw new Response("This link has been replaced.", { status: 410 });
  return redirect("/stakeholder-reviews/deleted", 303);
}

export default function DeleteReview() {
  const page = useLoaderData<typeof loader>();
  const error = useActionData<typeof action>()?.error;
  return (
    <>
      <ErrorSummary errors={error ? [{ href: fieldId("delete"), message: error }] : []} />
      <span className="caption">
        {page.service}: round {page.number}
      </span>
      <h1>Delete this review?</h1>
      <p>This deletes, for good, everything in this year’s review of {page.service}:</p>
      <ul className="list">
        <li>
          every answer and word of free text, each stakeholder’s and {page.providerName}’s self-assessment (
          {page.answered === 1 ? "1 response submitted" : `${page.answered} responses submitted`}, and any saved but not
          submitted)
        </li>
        <li>its results and discussion guide</li>
        <li>the shared actions recorded for it</li>
        <li>every link to it: yours, {page.providerName}’s and each stakeholder’s stop working</li>
      </ul>
      <p>
        They are removed from Common Ground’s database, not hidden, and cannot be recovered.
        {page.otherRounds ? " Other years’ reviews of the service stay, but no longer include this one." : ""}
      </p>
      <YesNoForm
        name="delete"
        legend="Do you want to delete this review?"
        yes="Yes, delete it"
        no="No, keep it"
        error={error}
        back={`/stakeholder-reviews/${page.id}`}
      />
    </>
  );
}
