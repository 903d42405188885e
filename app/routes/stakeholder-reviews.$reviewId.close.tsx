/**
 * The commissioner closes a stakeholder review to answers (issue 20), after saying yes on this page: nobody can
 * answer after that, and the results can be read. The provider cannot close it (a 403, as in the API).
 */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireReviewParty } from "~/access/stakeholder-pages.server";
import { ErrorSummary, RadioGroup, fieldId } from "~/components/form";
import { readFormData } from "~/http/form-body.server";
import { closeReview } from "~/models/stakeholder.server";

export const meta: MetaFunction = () => [
  { title: "Close the review to answers – Common Ground" },
  { name: "robots", content: "noindex, nofollow" },
];

async function requireCommissioner(request: Request, reviewId: string) {
  const found = await requireReviewParty(request, reviewId);
  if (found.role !== "commissioner") {
    throw new Response("Only the commissioner can close the review.", { status: 403 });
  }
  return found;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { review } = await requireCommissioner(request, params.reviewId ?? "");
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
  const { authority, review } = await requireCommissioner(request, params.reviewId ?? "");
  const home = `/stakeholder-reviews/${review.id}`;
  const answer = (await readFormData(request)).get("close");
  if (answer === "no") return redirect(home, 303);
  if (answer !== "yes") return data({ error: "Say whether you want to close the review to answers" }, { status: 400 });
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
      <Form method="post" noValidate>
        <RadioGroup
          name="close"
          legend="Do you want to close the review to answers now?"
          error={error}
          value={undefined}
          inline
          options={[
            { value: "yes", label: "Yes, close it" },
            { value: "no", label: "No, keep it open" },
          ]}
        />
        <div className="button-group">
          <button type="submit" className="button">
            Continue
          </button>
          <Link to={`/stakeholder-reviews/${page.id}`}>Cancel and go back</Link>
        </div>
      </Form>
    </>
  );
}
