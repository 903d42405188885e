/**
 * "Are you sure you want to withdraw this invitation?" (issue 16): the
 * confirmation step before a side's lead withdraws a respondent, whose link
 * then stops working and whose answers are deleted with their response.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireSide } from "~/access/side.server";
import { sealKeys } from "~/access/session.server";
import { ErrorSummary } from "~/components/form";
import { listRespondents, withdrawRespondent } from "~/models/board.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Withdraw an invitation – ${data.checkTitle} – Common Ground` : "Common Ground" },
  { name: "robots", content: "noindex, nofollow" },
];

/** The side's lead only, and only a respondent of this side: anything else is a 404. */
async function requireInvitation(request: Request, params: Record<string, string | undefined>) {
  const context = await requireSide(request, params);
  if (context.respondent !== null) throw new Response("Not found", { status: 404 });
  const respondents = await listRespondents(context.side.partyId, await sealKeys());
  const person = respondents.find((r) => r.id === params.respondentId);
  if (!person) throw new Response("Not found", { status: 404 });
  return { ...context, person };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { summary, side, base, person } = await requireInvitation(request, params);
  // Someone who has submitted cannot be withdrawn (their answers are part of the board's).
  if (side.status === "submitted" || person.status === "submitted") throw redirect(`${base}/respondents`);
  return {
    base,
    checkTitle: summary.title,
    organisation: side.name,
    label: person.label,
    status: person.status,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { role, authority, base, person } = await requireInvitation(request, params);
  const result = await withdrawRespondent({ authority, side: role, respondentId: person.id });
  switch (result.status) {
    case "withdrawn":
      return redirect(`${base}/respondents?withdrawn=1`, 303);
    case "not_found":
      throw new Response("Not found", { status: 404 });
    case "unauthorised":
      throw new Response("This link has been replaced.", { status: 410 });
    case "counted":
      return data(
        {
          error:
            "This person has submitted, so their answers are part of the board’s: withdrawing them now would show what they said",
        },
        { status: 400 },
      );
    case "already_submitted":
      return data(
        { error: "Your side has submitted its answers, so this invitation can no longer be withdrawn" },
        { status: 400 },
      );
  }
}

export default function WithdrawRespondent() {
  const page = useLoaderData<typeof loader>();
  const error = useActionData<typeof action>()?.error;
  const who = page.label ?? "this person";
  return (
    <>
      <ErrorSummary errors={error ? [{ href: "withdraw", message: error }] : []} />
      <span className="caption">
        {page.checkTitle}: answering for {page.organisation}
      </span>
      <h1>Are you sure you want to withdraw the invitation for {who}?</h1>
      <p>
        Their link will stop working at once.{" "}
        {page.status === "not_started"
          ? "They have not given any answers yet."
          : "Any answers they have given will be deleted and cannot be recovered, and they will no longer count towards the board’s answer."}
      </p>
      <p>You can invite them again afterwards, with a new link; they would start again from the beginning.</p>
      <Form method="post" noValidate>
        <div className="button-group">
          <button type="submit" className="button button--warning" id="withdraw">
            Withdraw the invitation
          </button>
          <Link to={`${page.base}/respondents`}>Cancel and go back</Link>
        </div>
      </Form>
    </>
  );
}
