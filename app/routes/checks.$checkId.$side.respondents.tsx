/**
 * "People answering for <organisation>" (issue 16): the side's lead invites
 * the people who answer alone (trustees, the chief executive, the finance
 * lead), sees who has submitted (never what they said) and withdraws an
 * invitation. Plain form posts; the respondents themselves never see it.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { refuseForParticipant } from "~/access/participant.server";
import { requireSide } from "~/access/side.server";
import { sealKeys } from "~/access/session.server";
import { RespondentStatus } from "~/components/board";
import { CopyLink } from "~/components/copy-link";
import { ErrorSummary, TextField, errorLinks } from "~/components/form";
import { SPREAD_THRESHOLD } from "~/domain/combine";
import { RESPONDENT_LABEL_MAX_LENGTH } from "~/domain/validation";
import { payloadValue } from "~/forms/field-names";
import { parseForm } from "~/forms/parse.server";
import { inviteFormSchema } from "~/forms/respondent.server";
import { readFormData } from "~/http/form-body.server";
import { MAX_RESPONDENTS, inviteRespondent, listRespondents } from "~/models/board.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: data ? `People answering for ${data.organisation} – ${data.checkTitle} – Common Ground` : "Common Ground",
  },
  { name: "robots", content: "noindex, nofollow" },
];

const day = (date: Date) => date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });

/** The side's lead only: a respondent gets the same 404 as an address that does not exist. */
async function requireLead(request: Request, params: { checkId?: string; side?: string }) {
  const context = await requireSide(request, params);
  if (context.respondent !== null) throw new Response("Not found", { status: 404 });
  // A workshop participant answers alone (issue 18): no board to invite.
  refuseForParticipant(context.summary);
  return context;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { summary, side, base } = await requireLead(request, params);
  const url = new URL(request.url);
  const respondents = await listRespondents(side.partyId, await sealKeys());
  const people = respondents.map((r) => ({
    id: r.id,
    label: r.label,
    status: r.status,
    invitedOn: day(r.createdAt),
    invitation:
      r.invitation.state === "claimed"
        ? ({ state: "accepted" } as const)
        : r.invitation.token
          ? ({ state: "unclaimed", url: `${url.origin}/i/${r.invitation.token}` } as const)
          : ({ state: "unavailable" } as const),
  }));
  const invitedId = url.searchParams.get("invited");
  const invited = people.find((p) => p.id === invitedId);
  return {
    base,
    checkTitle: summary.title,
    organisation: side.name,
    submitted: side.status === "submitted",
    people,
    full: people.length >= MAX_RESPONDENTS,
    max: MAX_RESPONDENTS,
    labelMaxLength: RESPONDENT_LABEL_MAX_LENGTH,
    threshold: SPREAD_THRESHOLD,
    /** Just invited (after the redirect): the banner names them and shows their link. */
    invited: invited
      ? { label: invited.label, url: invited.invitation.state === "unclaimed" ? invited.invitation.url : null }
      : null,
    withdrawn: url.searchParams.has("withdrawn"),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { role, authority, base } = await requireLead(request, params);
  const parsed = parseForm(await readFormData(request), inviteFormSchema);
  const label = payloadValue(parsed.values, "label") ?? "";
  if (!parsed.ok) return data({ errors: parsed.errors, label }, { status: 400 });
  const result = await inviteRespondent({ authority, side: role, label: parsed.value.label, keys: await sealKeys() });
  switch (result.status) {
    case "invited":
      return redirect(`${base}/respondents?invited=${encodeURIComponent(result.id)}`, 303);
    case "unauthorised":
      throw new Response("This link has been replaced.", { status: 410 });
    case "already_submitted":
      return data(
        { errors: { label: "Your side has submitted its answers, so nobody else can be invited" }, label },
        { status: 400 },
      );
    case "too_many":
      return data(
        {
          errors: { label: `You can invite up to ${MAX_RESPONDENTS} people. Withdraw an invitation to make another` },
          label,
        },
        { status: 400 },
      );
  }
}

export default function Respondents() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = actionData?.errors;
  const { base, organisation } = page;
  return (
    <>
      <ErrorSummary errors={errorLinks(errors, ["label"])} />
      {page.invited && !actionData ? (
        <div className="success-banner board-banner" role="status">
          <h2>
            {page.invited.label
              ? `Invitation made for ${page.invited.label}: send them the link below`
              : "Invitation made: send the link below to the person it is for"}
          </h2>
          {page.invited.url ? (
            <>
              <p>Send it to that person only. Whoever opens it first answers with it, so do not share it in a group.</p>
              <CopyLink
                id="new-invitation"
                label={page.invited.label ? `Invitation for ${page.invited.label}` : "Invitation"}
                url={page.invited.url}
              />
            </>
          ) : null}
        </div>
      ) : null}
      {page.withdrawn && !actionData ? (
        <div className="success-banner board-banner" role="status">
          <h2>Invitation withdrawn</h2>
          <p>Their link no longer works and any answers they gave have been deleted.</p>
        </div>
      ) : null}
      <span className="caption">
        {page.checkTitle}: answering for {organisation}
      </span>
      <h1>People answering for {organisation}</h1>
      <p className="lead">
        Invite the people whose view {organisation} should weigh, such as trustees, the chief executive or the finance
        lead. Each of them answers the questions alone, on their own link.
      </p>
      <ul className="list">
        <li>Nobody, including you, is shown who said what.</li>
        <li>
          Once {page.threshold} of the people you invite have submitted, you see how their answers spread across each
          question. With fewer, you see only the combined answer, so no one person’s answers are laid out.
        </li>
        <li>You see a person’s note only if they choose to share it with you.</li>
        <li>
          Your own answers count as one person’s once you have answered every question, but not towards the{" "}
          {page.threshold}: you know them already.
        </li>
        <li>
          Someone who has submitted cannot be withdrawn: their answers are part of the board’s. To keep answers
          anonymous, look at the board’s answer once everyone has submitted rather than after each person.
        </li>
        <li>The facts and figures are yours alone to give.</li>
      </ul>
      <p>
        When you are ready, <Link to={`${base}/board`}>review the board’s answer and submit it</Link>.
      </p>

      {page.submitted ? (
        <div className="panel">
          <p>{organisation} has submitted its answers, so nobody can be invited or withdrawn now.</p>
        </div>
      ) : page.full && !errors ? (
        <div className="notice">
          <p>You have invited {page.max} people, the most a side can. Withdraw an invitation to make another.</p>
        </div>
      ) : (
        <>
          <h2>Invite someone</h2>
          <Form method="post" noValidate key={page.people.length}>
            <input type="hidden" name="intent" value="invite" />
            <TextField
              name="label"
              label="Their role (optional)"
              hint={`For example “Treasurer”, “Chief executive” or “Finance lead”. Only you see it. Up to ${page.labelMaxLength} characters.`}
              error={errors?.label}
              defaultValue={actionData?.label ?? ""}
              autoComplete="off"
              spellCheck={false}
            />
            <button type="submit" className="button">
              Make an invitation
            </button>
          </Form>
        </>
      )}
      <h2>{page.people.length === 0 ? "Nobody invited yet" : `Invited (${page.people.length})`}</h2>
      {page.people.length === 0 ? (
        <p>You have not invited anyone. Until you do, {organisation} submits your answers alone.</p>
      ) : (
        <ul className="respondent-list">
          {page.people.map((person) => {
            const name = person.label ?? "No label";
            return (
              <li key={person.id} className="respondent-list__person">
                <div className="respondent-list__heading">
                  <h3>{name}</h3>
                  <RespondentStatus status={person.status} />
                </div>
                <p className="hint">Invited on {person.invitedOn}</p>
                {person.invitation.state === "accepted" ? (
                  <p>
                    <strong>Invitation:</strong> Accepted
                  </p>
                ) : person.invitation.state === "unclaimed" ? (
                  <>
                    <CopyLink
                      id={`invitation-${person.id}`}
                      label={`Invitation for ${person.label ?? "this person"}`}
                      url={person.invitation.url}
                    />
                    <p>Send this link to that person only. It stops working once they accept it.</p>
                  </>
                ) : (
                  <p>
                    <strong>Invitation:</strong> not yet accepted. The link can no longer be shown: withdraw it and
                    invite them again.
                  </p>
                )}
                {page.submitted ? null : person.status === "submitted" ? (
                  <p className="hint">Submitted answers are part of the board’s and cannot be withdrawn.</p>
                ) : (
                  <p>
                    <Link to={`${base}/respondents/${person.id}/withdraw`}>
                      Withdraw<span className="visually-hidden"> the invitation for {name}</span>
                    </Link>
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}

      <p>
        <Link to={base}>Back to {organisation}’s answers</Link>
      </p>
    </>
  );
}
