/**
 * The commissioner closes a stakeholder review to answers (issue 20), after saying yes on this page: nobody can
 * answer after that, and the results can be read. The provider cannot close it (a 403, as in the API).
 */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requireCommissionerPage } from "~/access/stakeholder-pages.server";
import { ErrorSummary, YesNoForm, fieldId } from "~/components/form";
import { yesNoSchema } from "~/forms/schemas.server";
import { readFormData } from "~/http/form-body.server";
import { closeReview } from "~/models/stakeholder.server";

export const meta: MetaFunction = () => [
  { title: "Close the review to answers – Common Ground" },
  { name: "robots", content: "noindex, nofollow" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { review } = await requireCommissionerPage(request, params.reviewId ?? "", "close the review");
  const home = `/stakeholder-reviews/${review.id}`;
  if (review.closedAt) throw redirect(home, 303);
  return {
    id: review.id,
    service: review.service,
    providerName: review.providerName,
    answered: review.groups.reduce((n, g) => n + g.submitted, 0),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { authority, review } = await requireCommissionerPage(request, params.reviewId ?? "", "close the review");
  const home = `/stakeholder-reviews/${review.id}`;
  const answer = yesNoSchema.safeParse((await readFormData(request)).get("close")).data;
  if (answer === "no") return redirect(home, 303);
  if (answer === undefined)
    return data({ error: "Say whether you want to close the review to answers" }, { status: 400 });
  const done = await closeReview(authority);
  if (done.status !== "closed") throw new Response("This link has been replaced.", { status: 410 });
  return redirect(`${home}?closed=1`, 303);
}

export default function CloseReview() {
  const page = useLoaderData<typeof loader>();
  const error = useActionData<typeof action>()?.error;
  return (
    <>
      <ErrorSummary errors={error ? [{ href: fieldId("close"), message: error }] : []} />
      <span className="caption">{page.service}</span>
      <h1>Close the review to answers?</h1>
      <p>
        {page.answered === 1 ? "1 person has" : `${page.answered} people have`} answered so far. Once you close the
        review, nobody can answer or finish answering, and this cannot be undone. You and {page.providerName} can then
        read the results.
      </p>
      <YesNoForm
        name="close"
        legend="Do you want to close the review to answers now?"
        yes="Yes, close it"
        no="No, keep it open"
        error={error}
        back={`/stakeholder-reviews/${page.id}`}
      />
    </>
  );
}
