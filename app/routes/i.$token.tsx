import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { requireCheck } from "~/access/check.server";
import { homeFor, openSession } from "~/access/session.server";
import { SIDE_LABELS } from "~/components/side-labels";
import type { Side } from "~/domain/types";
import { getRespondent } from "~/models/board.server";
import { ReviewPartyInvitation } from "~/components/stakeholder-invitation";
import { isReviewParty, reviewPartyInvitation } from "~/access/stakeholder-pages.server";
import { claimInvitation, isRespondentRole, isReviewRole, lookupToken, sideOfRole } from "~/models/check.server";

export const meta: MetaFunction = () => [
  { title: "Your invitation – Common Ground" },
  { name: "robots", content: "noindex, nofollow" },
];

const CLAIMED_BEFORE = { state: "claimed" as const };

/**
 * Opening a secret link. A link of one's own (the owner's, or a side's) is
 * exchanged for a fresh session and the browser is sent (303) to the same
 * place without the token, so it leaves the address bar, the history and any
 * Referer. An invitation shows what accepting it means, and is claimed only
 * by the button's POST: a mail scanner that fetches the link claims nothing.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const found = await lookupToken(params.token ?? "");
  if (found.status === "revoked") throw new Response("This link has been replaced.", { status: 410 });
  if (found.status === "claimed") return data(CLAIMED_BEFORE, { status: 409 });
  if (found.status === "unknown") throw new Response("Not found", { status: 404 });
  const { checkId, role, tokenHash } = found.access;
  // A stakeholder review's links (issue 20): the commissioner's and the provider's open their pages here.
  if (isReviewRole(role) && !isReviewParty(role)) throw new Response("Not found", { status: 404 });
  if (found.status === "active") {
    return redirect(homeFor(checkId, role), {
      status: 303,
      headers: { "Set-Cookie": await openSession(request, [{ checkId, role, tokenHash }]) },
    });
  }
  if (isReviewParty(role)) return reviewPartyInvitation(checkId, role);
  const check = await requireCheck(checkId);
  const side = sideOfRole(role) as Side;
  const respondent = isRespondentRole(role) ? await getRespondent(found.access.responseId) : null;
  return {
    state: "invitation" as const,
    title: check.title,
    side,
    organisation: check.sides[side].name,
    /** An invitation to answer alone, as one of the side's respondents (issue 16). */
    respondent: respondent ? { label: respondent.label } : null,
  };
}

/** Claims the invitation: it opens nothing after this, and the claimer gets the side's own link, shown once. */
export async function action({ request, params }: ActionFunctionArgs) {
  const peek = await lookupToken(params.token ?? "");
  if (peek.status === "invitation" && isReviewRole(peek.access.role) && !isReviewParty(peek.access.role)) {
    throw new Response("Not found", { status: 404 });
  }
  const claimed = await claimInvitation(params.token ?? "");
  if (claimed.status === "revoked") throw new Response("This link has been replaced.", { status: 410 });
  if (claimed.status === "claimed_before") return data(CLAIMED_BEFORE, { status: 409 });
  if (claimed.status === "unknown") throw new Response("Not found", { status: 404 });
  const { checkId, role, tokenHash } = claimed.access;
  const cookie = await openSession(request, [{ checkId, role, tokenHash }], {
    links: [{ role, token: claimed.token }],
  });
  return redirect(`${homeFor(checkId, role)}?claimed=1`, { status: 303, headers: { "Set-Cookie": cookie } });
}

export default function OpenLink() {
  const loaded = useLoaderData<typeof loader>();
  if (loaded.state === "review-party") return <ReviewPartyInvitation {...loaded} />;
  if (loaded.state === "claimed") {
    return (
      <>
        <h1>This invitation has already been used</h1>
        <p>
          Someone has already opened this invitation and accepted it, so it no longer opens anything, for anyone.
          Answers are kept only for the person who accepted it.
        </p>
        <p>
          If that was you on another device, use the private link you were given when you accepted it. If it was not
          you, ask the person who sent the invitation for a fresh one, and tell them it was used by someone else.
        </p>
      </>
    );
  }
  const { title, side, organisation, respondent } = loaded;
  if (respondent) {
    return (
      <>
        <span className="caption">Partnership check: {title}</span>
        <h1>You are invited to answer for {organisation}</h1>
        <p>
          {organisation} is answering as a board: several people answer the same questions on their own, and their
          answers are combined into {organisation}’s answer
          {respondent.label ? `. You are asked as: ${respondent.label}` : ""}.
        </p>
        <div className="notice">
          <h2>What happens when you accept</h2>
          <ul>
            <li>This invitation becomes yours: it stops working for anyone else, including the person who sent it.</li>
            <li>
              You get your own private link to come back with. Nobody sees your answers shown as yours, including the
              person who invited you: they see the combined answer and, once three of the people invited have submitted,
              how many chose each position.
            </li>
            <li>Any note you write stays private unless you choose to share it with the lead.</li>
          </ul>
        </div>
        <Form method="post">
          <button type="submit" className="button button--start">
            Accept and start
          </button>
        </Form>
      </>
    );
  }
  return (
    <>
      <span className="caption">Partnership check: {title}</span>
      <h1>You are invited to answer for {organisation}</h1>
      <p>
        {organisation} is {SIDE_LABELS[side].the} in this check. The questions ask where {organisation} stands on
        values, brand, independence and the terms of the contract.
      </p>
      <div className="notice">
        <h2>What happens when you accept</h2>
        <ul>
          <li>This invitation becomes yours: it stops working for anyone else, including the person who sent it.</li>
          <li>
            You get your own private link to come back with. Only people you share it with can see or change{" "}
            {organisation}’s answers; nobody else can, including the person who started the check.
          </li>
          <li>Your answers stay sealed until both sides have submitted.</li>
        </ul>
      </div>
      <p>
        If you are not the right person to answer for {organisation}, do not accept: pass the invitation on instead.
      </p>
      <Form method="post">
        <button type="submit" className="button button--start">
          Accept and start
        </button>
      </Form>
    </>
  );
}
