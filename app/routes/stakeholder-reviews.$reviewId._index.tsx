/**
 * The commissioner's and the provider's page of a stakeholder review (issue 20): who runs it and whether each has
 * confirmed, the other party's invitation while nobody has accepted it, and, once both have confirmed, each group
 * with how many were invited and have answered, and forms to invite more (links shown once, on the next page).
 * Plain form posts: every button works without JavaScript.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { requireReviewParty } from "~/access/stakeholder-pages.server";
import { holdsRole, openSession, readFlash, sealKeys } from "~/access/session.server";
import { CopyLink } from "~/components/copy-link";
import { DeleteReviewSection } from "~/components/stakeholder-delete";
import { StartNextRoundForm } from "~/components/stakeholder-next-round";
import { ErrorSummary, RadioGroup, TextField, errorLinks, fieldId } from "~/components/form";
import { MAX_INVITATIONS_AT_ONCE, otherParty, partyName, type ReviewParty } from "~/domain/stakeholder/review";
import { payloadValue, type FieldErrors } from "~/forms/field-names";
import { parseForm } from "~/forms/parse.server";
import { inviteFormSchema } from "~/forms/stakeholder-schemas.server";
import { readFormData } from "~/http/form-body.server";
import { confirmReview, getPartyInvitation, inviteStakeholders, makeOpenLink } from "~/models/stakeholder.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.review.service} – stakeholder review – Common Ground` : "Common Ground" },
  { name: "robots", content: "noindex, nofollow" },
];

const LEVEL_LABELS = { operational: "operational", strategic: "strategic" } as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const reviewId = params.reviewId ?? "";
  const { review, role } = await requireReviewParty(request, reviewId);
  const url = new URL(request.url);
  const link = (token: string) => `${url.origin}/i/${token}`;
  const other = otherParty(role);
  const [flash, invitation] = await Promise.all([
    readFlash(request),
    review.confirmed[other] ? null : getPartyInvitation(reviewId, other, await sealKeys()),
  ]);
  const links = flash?.links ?? [];
  const groupName = (id: string | null) => review.groups.find((g) => g.id === id)?.name ?? null;
  const level = url.searchParams.get("level");
  return {
    review: {
      id: review.id,
      service: review.service,
      commissionerName: review.commissionerName,
      providerName: review.providerName,
      confirmed: review.confirmed,
      closed: review.closedAt !== null,
      groups: review.groups,
      selfSubmitted: review.selfSubmitted,
      number: review.number,
      /** Next year's review, if one has been started; linked only for a browser that runs it too. */
      nextId: review.nextId,
      nextLink:
        review.nextId && (await holdsRole(request, review.nextId, role))
          ? `/stakeholder-reviews/${review.nextId}`
          : null,
      hasRounds: review.previousId !== null || review.nextId !== null,
    },
    role,
    other,
    created: url.searchParams.has("created"),
    claimed: url.searchParams.has("claimed"),
    confirmed: url.searchParams.has("confirmed"),
    started: url.searchParams.has("started"),
    /** Links made just now, shown this once: Common Ground keeps only their hashes. */
    ownLinks: links.filter((l) => l.role === role).map((l) => link(l.token)),
    invitations: links.filter((l) => l.role === "stakeholder").map((l) => link(l.token)),
    invitedGroup: groupName(url.searchParams.get("invited")),
    invitedLevel: level === "operational" || level === "strategic" ? LEVEL_LABELS[level] : null,
    openLink: links.filter((l) => l.role === "stakeholder-open").map((l) => link(l.token))[0] ?? null,
    openGroup: groupName(url.searchParams.get("open")),
    /** The other party's invitation, while nobody has accepted it. */
    partyInvitation: invitation ? link(invitation) : null,
    maxAtOnce: MAX_INVITATIONS_AT_ONCE,
  };
}

const REFUSALS = {
  unconfirmed: "Both the commissioner and the provider must confirm the review before anyone is invited",
  closed: "This review is closed: it takes no more answers, so nobody else can be invited",
  "no-group": "This review has no such stakeholder group. Choose one of the groups listed",
} as const;

type ActionErrors = {
  intent: "confirm" | "invite" | "open-link";
  errors: FieldErrors;
  values?: Record<string, unknown>;
};

export async function action({ request, params }: ActionFunctionArgs) {
  const reviewId = params.reviewId ?? "";
  const { authority } = await requireReviewParty(request, reviewId);
  const home = `/stakeholder-reviews/${reviewId}`;
  const form = await readFormData(request);
  const intent = form.get("intent");
  const refuse = (body: ActionErrors, status = 409) => data(body, { status });
  if (intent === "confirm") {
    const done = await confirmReview(authority);
    if (done.status !== "confirmed") throw new Response("This link has been replaced.", { status: 410 });
    return redirect(`${home}?confirmed=1`, 303);
  }
  if (intent === "open-link") {
    const groupId = String(form.get("groupId") ?? "");
    const made = await makeOpenLink({ authority, groupId });
    if (made.status === "unauthorised") throw new Response("This link has been replaced.", { status: 410 });
    if (made.status !== "made") return refuse({ intent, errors: { form: REFUSALS[made.status] } });
    const cookie = await openSession(request, [], { links: [{ role: "stakeholder-open", token: made.token }] });
    return redirect(`${home}?open=${encodeURIComponent(groupId)}`, { status: 303, headers: { "Set-Cookie": cookie } });
  }
  if (intent === "invite") {
    const parsed = parseForm(form, inviteFormSchema);
    if (!parsed.ok) return refuse({ intent, errors: parsed.errors, values: parsed.values }, 400);
    const { groupId, level, count } = parsed.value;
    const made = await inviteStakeholders({ authority, groupId, level, count });
    if (made.status === "unauthorised") throw new Response("This link has been replaced.", { status: 410 });
    if (made.status === "too-many") {
      const message =
        made.room === 0
          ? "This review already has as many stakeholders as it can take"
          : `This review can take ${made.room} more ${made.room === 1 ? "stakeholder" : "stakeholders"}: make fewer invitations`;
      return refuse({ intent, errors: { count: message }, values: parsed.values });
    }
    if (made.status !== "invited") {
      return refuse({ intent, errors: { [made.status === "no-group" ? "groupId" : "form"]: REFUSALS[made.status] } });
    }
    const cookie = await openSession(request, [], {
      links: made.tokens.map((token) => ({ role: "stakeholder" as const, token })),
    });
    return redirect(`${home}?invited=${encodeURIComponent(groupId)}&level=${level}`, {
      status: 303,
      headers: { "Set-Cookie": cookie },
    });
  }
  return refuse({ intent: "confirm", errors: { form: "This form has a button it does not expect" } }, 400);
}

type Page = ReturnType<typeof useLoaderData<typeof loader>>;

function Parties({ page }: { page: Page }) {
  const { review, role } = page;
  const row = (party: ReviewParty) => (
    <div className="summary-list__row" key={party}>
      <dt>{party === "commissioner" ? "Commissioner" : "Provider"}</dt>
      <dd>
        {partyName(review, party)}
        {party === role ? " (you)" : ""}
      </dd>
      <dd>
        {review.confirmed[party] ? (
          <strong className="tag tag--green">Confirmed</strong>
        ) : (
          <strong className="tag tag--grey">Not confirmed yet</strong>
        )}
      </dd>
    </div>
  );
  return <dl className="summary-list stakeholder-parties">{(["commissioner", "provider"] as const).map(row)}</dl>;
}

/**
 * The provider's self-assessment: the provider's way in to it (nothing else links there), and for the commissioner
 * whether it is in, so it knows before closing the review whether the results can show the provider's own view.
 */
function SelfAssessment({ page }: { page: Page }) {
  const { review, role } = page;
  if (role === "commissioner") {
    return (
      <>
        <h2>The provider’s self-assessment</h2>
        <p>
          {review.selfSubmitted
            ? `${review.providerName} has submitted its self-assessment. The results show it beside what stakeholders said.`
            : `${review.providerName} has not submitted its self-assessment yet. Without it, the results show only the stakeholders’ view.`}
        </p>
      </>
    );
  }
  return (
    <>
      <h2>Your self-assessment</h2>
      <p>
        {review.selfSubmitted ? (
          <strong className="tag tag--green">Submitted</strong>
        ) : (
          <strong className="tag tag--grey">Not submitted yet</strong>
        )}{" "}
        {review.providerName} answers the same statements as the stakeholders, about itself, once for the organisation.
        The results show its view beside the system’s, so you can see where you see the service differently.
      </p>
      <p>
        <Link
          to={`/stakeholder-reviews/${review.id}/self-assessment`}
          className={review.selfSubmitted || review.closed ? undefined : "button"}
          role={review.selfSubmitted || review.closed ? undefined : "button"}
        >
          {review.selfSubmitted || review.closed ? "See your self-assessment" : "Answer your self-assessment"}
        </Link>
      </p>
    </>
  );
}

function InviteForm({ page, failed }: { page: Page; failed: ActionErrors | undefined }) {
  const errors = failed?.intent === "invite" ? failed.errors : undefined;
  const value = (name: string) => payloadValue(failed?.intent === "invite" ? failed.values : undefined, name);
  const groupId = fieldId("groupId");
  return (
    <Form method="post" noValidate className="stakeholder-invite">
      <h3>Invite stakeholders</h3>
      <p>
        Each invitation is for one person: whoever opens it first answers with it. Make as many as you need and send
        each one to a different person.
      </p>
      <input type="hidden" name="intent" value="invite" />
      <div className={`form-group${errors?.groupId ? " form-group--error" : ""}`}>
        <label className="label" htmlFor={groupId}>
          Stakeholder group
        </label>
        {errors?.groupId ? (
          <p id={`${groupId}-error`} className="error-message">
            <span className="visually-hidden">Error: </span>
            {errors.groupId}
          </p>
        ) : null}
        <select
          id={groupId}
          name="groupId"
          className="select"
          defaultValue={value("groupId") ?? ""}
          aria-invalid={errors?.groupId ? true : undefined}
          aria-describedby={errors?.groupId ? `${groupId}-error` : undefined}
        >
          <option value="">Choose a group</option>
          {page.review.groups.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </select>
      </div>
      <RadioGroup
        name="level"
        legend="At what level do they work with the service?"
        hint="Operational: day to day, with its staff and the people it helps. Strategic: on plans, boards and decisions."
        error={errors?.level}
        value={value("level")}
        inline
        options={[
          { value: "operational", label: "Operational" },
          { value: "strategic", label: "Strategic" },
        ]}
      />
      <TextField
        name="count"
        label="How many invitations?"
        hint={`Up to ${page.maxAtOnce} at a time.`}
        error={errors?.count}
        defaultValue={value("count") ?? "1"}
        inputMode="numeric"
        short
        autoComplete="off"
      />
      <button type="submit" className="button">
        Make the invitations
      </button>
    </Form>
  );
}

function Groups({ page }: { page: Page }) {
  const { review } = page;
  return (
    <>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Stakeholder groups">
        <table className="table stakeholder-groups">
          <caption className="visually-hidden">Stakeholder groups: how many were invited and how many answered</caption>
          <thead>
            <tr>
              <th scope="col">Group</th>
              <th scope="col" className="numeric">
                Invited
              </th>
              <th scope="col" className="numeric">
                Answered
              </th>
            </tr>
          </thead>
          <tbody>
            {review.groups.map((g) => (
              <tr key={g.id}>
                <th scope="row">
                  {g.name}
                  {g.hasOpenLink && !review.closed ? (
                    <span className="hint stakeholder-groups__open"> (has an open link)</span>
                  ) : null}
                </th>
                <td className="numeric">{g.invited}</td>
                <td className="numeric">{g.submitted}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="hint">
        “Invited” counts invitations and people who started from an open link; “answered” counts those who have
        submitted. Results show a group only once at least three people in it have answered, so nobody’s answers can be
        picked out.
      </p>
      {review.closed ? null : (
        <>
          <h3>Open links</h3>
          <p>
            An open link lets anyone who has it answer for a group: share it in a group email or a newsletter. Making a
            new one stops the old one working.
          </p>
          <ul className="stakeholder-open-links">
            {review.groups.map((g) => (
              <li key={g.id}>
                <span>{g.name}</span>
                <Form method="post">
                  <input type="hidden" name="intent" value="open-link" />
                  <input type="hidden" name="groupId" value={g.id} />
                  <button type="submit" className="button button--secondary">
                    {g.hasOpenLink ? "Replace the open link" : "Make an open link"}
                    <span className="visually-hidden"> for {g.name}</span>
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

export default function StakeholderReviewPage() {
  const page = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>();
  const location = useLocation();
  const { review, role, other } = page;
  const bothConfirmed = review.confirmed.commissioner && review.confirmed.provider;
  const home = `/stakeholder-reviews/${review.id}`;
  const formError = failed?.errors.form;
  const summary = errorLinks(failed?.errors, ["groupId", "level", "count"], (name) =>
    name === "form" ? "stakeholder-groups" : fieldId(name),
  );
  return (
    <>
      <ErrorSummary errors={summary} />
      {page.confirmed && !failed ? (
        <div className="success-banner" role="status">
          <p>
            <strong>You have confirmed that you are running this review together.</strong>
          </p>
        </div>
      ) : null}
      {page.ownLinks.length > 0 ? (
        <div className="success-banner" role="status">
          <h2>
            {page.started
              ? `Next year’s review has been started: round ${review.number}`
              : page.created
                ? "Your stakeholder review has been created"
                : page.claimed
                  ? "You have accepted the invitation"
                  : "Your private link"}
          </h2>
          <p>
            <strong>Save this link somewhere private now.</strong> It is the only time it is shown: Common Ground keeps
            no copy it could show again. Use it to come back to this page.
          </p>
          {page.ownLinks.map((url) => (
            <CopyLink key={url} id="own-link" label="Your link to this page" url={url} />
          ))}
        </div>
      ) : null}
      {page.invitations.length > 0 ? (
        <div className="success-banner" role="status">
          <h2>
            {page.invitations.length === 1 ? "1 invitation made" : `${page.invitations.length} invitations made`}
            {page.invitedGroup ? ` for ${page.invitedGroup}` : ""}
            {page.invitedLevel ? ` (${page.invitedLevel})` : ""}
          </h2>
          <p>
            <strong>Copy these links now: this is the only time they are shown.</strong> Send each one to a different
            person. Whoever opens a link first answers with it.
          </p>
          <ol className="stakeholder-links">
            {page.invitations.map((url, n) => (
              <li key={url}>
                <CopyLink id={`invitation-${n + 1}`} label={`Invitation ${n + 1}`} url={url} />
              </li>
            ))}
          </ol>
        </div>
      ) : null}
      {page.openLink ? (
        <div className="success-banner" role="status">
          <h2>Open link made{page.openGroup ? ` for ${page.openGroup}` : ""}</h2>
          <p>
            <strong>Copy this link now: this is the only time it is shown.</strong> Anyone who has it can answer for the
            group, so share it only with the group’s members. Any earlier open link for the group no longer works.
          </p>
          <CopyLink
            id="open-link"
            label={`Open link${page.openGroup ? ` for ${page.openGroup}` : ""}`}
            url={page.openLink}
          />
        </div>
      ) : null}

      <span className="caption">Stakeholder review</span>
      <h1>{review.service}</h1>
      {review.closed ? (
        <div className="notice notice--info">
          <h2>This review is closed</h2>
          <p>It takes no more answers. The results show each group that at least three people answered for.</p>
          <ul className="list">
            <li>
              <Link to={`${home}/results`}>Read the results</Link>
            </li>
            <li>
              <Link to={`${home}/rounds`}>Compare it year on year</Link>
            </li>
          </ul>
          {review.nextId ? (
            <p>
              Next year’s review has been started.
              {review.nextLink ? (
                <>
                  {" "}
                  <Link to={review.nextLink}>Open next year’s review</Link>
                </>
              ) : null}
            </p>
          ) : (
            <>
              <h3>Next year’s review</h3>
              <StartNextRoundForm reviewId={review.id} />
            </>
          )}
        </div>
      ) : review.hasRounds ? (
        <p>
          This is round {review.number} of the service’s yearly reviews.{" "}
          <Link to={`${home}/rounds`}>Compare the rounds year on year</Link>
        </p>
      ) : null}

      <h2>Who is running it</h2>
      <Parties page={page} />
      {!review.confirmed[role] ? (
        <Form method="post">
          <input type="hidden" name="intent" value="confirm" />
          <p>
            Confirm that {partyName(review, role)} is running this review with {partyName(review, other)}. Nobody can be
            invited until both of you have.
          </p>
          <button type="submit" className="button">
            Confirm we are running this review together
          </button>
        </Form>
      ) : null}

      {!review.confirmed[other] ? (
        <section className="invitation" aria-labelledby="party-invitation">
          <h3 id="party-invitation">
            {partyName(review, other)} <span className="hint">(the {other})</span>
          </h3>
          {page.partyInvitation ? (
            <>
              <p>
                <strong className="tag tag--grey">Not accepted yet</strong> Send this invitation to the person who will
                run the review for {partyName(review, other)}. The first person to open it and accept it gets their own
                link, and from then on it opens nothing for anyone else, including you.
              </p>
              <CopyLink
                id="party-link"
                label={`Invitation for ${partyName(review, other)}`}
                url={page.partyInvitation}
              />
            </>
          ) : (
            <p>
              {partyName(review, other)} has accepted the invitation but has not confirmed yet. Stakeholders can be
              invited once they have.
            </p>
          )}
        </section>
      ) : null}

      <SelfAssessment page={page} />

      <h2 id="stakeholder-groups">Stakeholders</h2>
      {formError ? (
        <div className="notice notice--error">
          <p>{formError}</p>
        </div>
      ) : null}
      {bothConfirmed ? (
        <>
          <Groups page={page} />
          {/* A fresh form after each page (with JavaScript the page is not reloaded): a second press is a choice. */}
          {review.closed ? null : <InviteForm key={location.key} page={page} failed={failed} />}
        </>
      ) : (
        <>
          <p>
            You can invite stakeholders once both {review.commissionerName} and {review.providerName} have confirmed.
            The review’s stakeholder groups are:
          </p>
          <ul>
            {review.groups.map((g) => (
              <li key={g.id}>{g.name}</li>
            ))}
          </ul>
        </>
      )}

      {role === "commissioner" && bothConfirmed && !review.closed ? (
        <>
          <h2>Closing the review</h2>
          <p>
            When enough people have answered, close the review. Nobody can answer after that, and you and{" "}
            {review.providerName} can read the results.
          </p>
          <p>
            <Link to={`${home}/close`} className="button button--secondary" role="button">
              Close the review to answers
            </Link>
          </p>
        </>
      ) : null}

      {role === "commissioner" ? <DeleteReviewSection home={home} /> : null}
    </>
  );
}
