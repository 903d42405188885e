import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { requireCheck } from "~/access/check.server";
import { homeFor, openSession } from "~/access/session.server";
import { ErrorSummary, RadioGroup, errorLinks } from "~/components/form";
import { SIDE_LABELS } from "~/components/side-labels";
import { PrivacyPromise } from "~/components/stakeholder-answers";
import { payloadValue, type FieldErrors } from "~/forms/field-names";
import { parseForm } from "~/forms/parse.server";
import { joinFormSchema } from "~/forms/stakeholder-answer-form.server";
import { readFormData } from "~/http/form-body.server";
import { getStakeholderReview, joinFromOpenLink, openLinkGroup } from "~/models/stakeholder.server";
import type { Side } from "~/domain/types";
import { getRespondent } from "~/models/board.server";
import { ReviewPartyInvitation } from "~/components/stakeholder-invitation";
import { isReviewParty, reviewPartyInvitation } from "~/access/stakeholder-pages.server";
import { claimInvitation, isRespondentRole, lookupToken, sideOfRole, type Access } from "~/models/check.server";

export const meta: MetaFunction = () => [
  { title: "Your invitation – Common Ground" },
  { name: "robots", content: "noindex, nofollow" },
];

const CLAIMED_BEFORE = { state: "claimed" as const };
const REVIEW_CLOSED = { state: "review-closed" as const };

/** A stakeholder's link or invitation, or a group's open link, in a stakeholder review (issue 20). */
const isStakeholderRole = (role: Access["role"]) => role === "stakeholder" || role === "stakeholder-open";

/** What a stakeholder review's invitation or open link shows before anyone accepts or starts. */
async function stakeholderPage(state: "invitation" | "active", access: Access) {
  const review = await getStakeholderReview(access.checkId);
  if (!review) throw new Response("Not found", { status: 404 });
  const about = {
    service: review.service,
    commissionerName: review.commissionerName,
    providerName: review.providerName,
    closed: review.closedAt !== null,
  };
  if (access.role === "stakeholder" && state === "invitation") {
    return { state: "stakeholder-invitation" as const, ...about };
  }
  // A group's open link (never an invitation): it starts a stakeholder's own link, for the level they choose.
  const group = await openLinkGroup(access.tokenHash);
  if (!group) throw new Response("This link has been replaced.", { status: 410 });
  return { state: "stakeholder-open" as const, group: group.name, ...about };
}

/** Starts a stakeholder's own answers from a group's open link, at the level they chose. */
async function joinReview(request: Request, tokenHash: string) {
  const result = parseForm(await readFormData(request), joinFormSchema);
  if (!result.ok)
    return data({ state: "invalid" as const, errors: result.errors, values: result.values }, { status: 400 });
  const joined = await joinFromOpenLink({ openTokenHash: tokenHash, level: result.value.level });
  if (joined.status === "unknown") throw new Response("This link has been replaced.", { status: 410 });
  if (joined.status === "closed") return data(REVIEW_CLOSED, { status: 409 });
  if (joined.status === "full") {
    throw new Response("This review has as many stakeholders as it can take, so it takes no more.", { status: 409 });
  }
  if (joined.status !== "joined") throw new Response("Not found", { status: 404 });
  const cookie = await openSession(
    request,
    [{ checkId: joined.reviewId, role: "stakeholder", tokenHash: joined.tokenHash }],
    { links: [{ role: "stakeholder", token: joined.token }] },
  );
  return redirect(homeFor(joined.reviewId, "stakeholder"), { status: 303, headers: { "Set-Cookie": cookie } });
}

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
  const stakeholderLink = role === "stakeholder" && found.status === "active";
  if (isStakeholderRole(role) && !stakeholderLink) return stakeholderPage(found.status, found.access);
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
  if (peek.status === "active" && peek.access.role === "stakeholder-open") {
    return joinReview(request, peek.access.tokenHash);
  }
  const claimed = await claimInvitation(params.token ?? "");
  // A closed review takes no more answers: its invitations stay unclaimed rather than open a page that says so.
  if (claimed.status === "review_closed") return data(REVIEW_CLOSED, { status: 409 });
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
  const acted = useActionData<typeof action>();
  if (loaded.state === "review-party") return <ReviewPartyInvitation {...loaded} />;
  if (acted?.state === "review-closed" || ("closed" in loaded && loaded.closed)) {
    return (
      <>
        <h1>This review has closed</h1>
        <p>
          {"service" in loaded ? `The review of ${loaded.service} ` : "This review "}has closed, so it takes no more
          answers. Answers already submitted are kept and counted.
        </p>
        <p>
          If you expected to give your view, contact{" "}
          {"service" in loaded ? loaded.commissionerName : "whoever sent you the link"}.
        </p>
      </>
    );
  }
  if (loaded.state === "stakeholder-invitation") return <StakeholderInvitation review={loaded} />;
  if (loaded.state === "stakeholder-open") {
    return (
      <StakeholderOpenLink
        review={loaded}
        errors={acted?.state === "invalid" ? acted.errors : undefined}
        values={acted?.state === "invalid" ? acted.values : undefined}
      />
    );
  }
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
        <AcceptAndStart />
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
      <AcceptAndStart />
    </>
  );
}

interface ReviewAbout {
  service: string;
  commissionerName: string;
  providerName: string;
}

function StakeholderInvitation({ review }: { review: ReviewAbout }) {
  return (
    <>
      <span className="caption">Stakeholder review</span>
      <h1>You are invited to give your view of {review.service}</h1>
      <p>
        {review.commissionerName}, which funds the service, and {review.providerName}, which runs it, are asking the
        people and organisations who work with it what they think: how well it listens to the public, its relationships,
        its influence and independence, and what it adds. It takes about 10 minutes.
      </p>
      <PrivacyPromise data={{ role: "stakeholder", ...review }} />
      <div className="notice">
        <h2 className="notice__title">What happens when you accept</h2>
        <ul>
          <li>This invitation becomes yours: it stops working for anyone else.</li>
          <li>You get your own private link, shown once, to come back to your answers.</li>
          <li>You can save and come back until you submit, or until the review closes.</li>
        </ul>
      </div>
      <AcceptAndStart />
    </>
  );
}

const LEVEL_OPTIONS = [
  { value: "operational", label: "Operational: day-to-day work with the service" },
  { value: "strategic", label: "Strategic: plans, funding and decisions" },
];

function StakeholderOpenLink(props: {
  review: ReviewAbout & { group: string };
  errors: FieldErrors | undefined;
  values: Record<string, unknown> | undefined;
}) {
  const { review, errors } = props;
  return (
    <>
      <ErrorSummary errors={errorLinks(errors, ["level"])} />
      <span className="caption">Stakeholder review</span>
      <h1>
        Give your view of {review.service} as one of {review.group}
      </h1>
      <p>
        {review.commissionerName}, which funds the service, and {review.providerName}, which runs it, are asking the
        people and organisations who work with it what they think. It takes about 10 minutes.
      </p>
      <PrivacyPromise data={{ role: "stakeholder", ...review }} />
      <Form method="post" noValidate>
        <RadioGroup
          name="level"
          legend="At what level do you work with the service?"
          hint="Results are also shown by level, and only where at least three people at each level have answered."
          error={errors?.["level"]}
          options={LEVEL_OPTIONS}
          value={payloadValue(props.values, "level")}
        />
        <p>Starting gives you your own private link, shown once, to come back to your answers.</p>
        <button type="submit" className="button button--start">
          Start
        </button>
      </Form>
    </>
  );
}

/** Claims the invitation this page was opened with (the action above). */
function AcceptAndStart() {
  return (
    <Form method="post">
      <button type="submit" className="button button--start">
        Accept and start
      </button>
    </Form>
  );
}
