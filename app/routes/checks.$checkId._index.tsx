import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CopyLink } from "~/components/copy-link";
import { EmailUpdates, emailChange } from "~/components/email-updates";
import { readFormData } from "~/http/form-body.server";
import { emailUpdatesAction } from "~/mail/updates.server";
import { getNotificationAddress, mailConfigured } from "~/models/notification.server";
import { ResultSummary } from "~/components/result-summary";
import { SIDE_LABELS } from "~/components/side-labels";
import { SidesProgress } from "~/components/sides-progress";
import { SIDES, type Side } from "~/domain/types";
import { requireCheck } from "~/access/check.server";
import { refuseParticipantOwnerPages } from "~/access/workshop.server";
import { homeFor, readFlash, requireRole, sealKeys, sidesHeld } from "~/access/session.server";
import { getSideLinks, publicCheck } from "~/models/check.server";
import { getReport } from "~/models/report.server";
import { noStartReason, roundPlaceFor } from "~/access/rounds.server";
import { AfterTheReportLinks, RoundBanner, StartRoundForm } from "~/components/round-links";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.check.title} – your partnership check – Common Ground` : "Common Ground" },
  { name: "robots", content: "noindex, nofollow" },
];

const day = (date: Date) => date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const checkId = params.checkId ?? "";
  await refuseParticipantOwnerPages(checkId);
  await requireRole(request, checkId, "owner");
  const summary = await requireCheck(checkId);
  // A partner search's own check is managed from the search's dashboard (issue 17), which reads the flash.
  if (summary.search) throw redirect(`/searches/${summary.search.id}${new URL(request.url).search}`, 303);
  // So is a workshop's, from the facilitator's page (issue 18).
  if (summary.workshop?.part === "workshop") {
    throw redirect(`/workshops/${summary.workshop.id}${new URL(request.url).search}`, 303);
  }
  const emailAddress = mailConfigured() ? await getNotificationAddress({ checkId, role: "owner" }) : null;
  const url = new URL(request.url);
  const [flash, links, held] = await Promise.all([
    readFlash(request),
    getSideLinks(checkId, await sealKeys()),
    sidesHeld(request, checkId),
  ]);
  const link = (token: string) => `${url.origin}/i/${token}`;
  const replaced = url.searchParams.get("replaced");
  const report = await getReport(summary);
  const round = await roundPlaceFor(request, summary, "owner");
  return {
    check: publicCheck(summary),
    created: url.searchParams.has("created"),
    replaced: (["owner", ...SIDES] as const).find((role) => role === replaced) ?? null,
    /** Links made just now, shown this once: nothing can show them again. */
    newLinks: (flash?.links ?? []).flatMap(({ role, token }) =>
      role === "owner" || role === "vcs" || role === "prime" ? [{ role, url: link(token) }] : [],
    ),
    sides: Object.fromEntries(
      SIDES.map((side) => {
        const state = links[side];
        return [
          side,
          {
            yours: held.includes(side),
            claimed: state.state === "claimed",
            claimedOn: state.state === "claimed" ? day(state.claimedAt) : null,
            invitation: state.state === "unclaimed" && state.token ? link(state.token) : null,
          },
        ];
      }),
    ) as Record<Side, { yours: boolean; claimed: boolean; claimedOn: string | null; invitation: string | null }>,
    home: homeFor(checkId, "owner"),
    report,
    /** Where this check sits among its rounds (issue 19), and whether the next round can start from it. */
    round,
    canStartRound: Boolean(round && report) && (await noStartReason(summary)) === null,
    /** Email updates: only when the site sends email, and while there is something to tell or an address to remove. */
    email:
      mailConfigured() &&
      (summary.sides.vcs.status !== "submitted" || summary.sides.prime.status !== "submitted" || emailAddress)
        ? { address: emailAddress, changed: emailChange(url.searchParams.get("email")) }
        : null,
  };
}

/** The owner keeps or removes its own address for updates. */
export async function action({ request, params }: ActionFunctionArgs) {
  const checkId = params.checkId ?? "";
  const { authority } = await requireRole(request, checkId, "owner");
  return emailUpdatesAction(await readFormData(request), authority, homeFor(checkId, "owner"));
}

function InvitationPanel({
  side,
  check,
  state,
}: {
  side: Side;
  check: ReturnType<typeof useLoaderData<typeof loader>>["check"];
  state: ReturnType<typeof useLoaderData<typeof loader>>["sides"][Side];
}) {
  const { name, status } = check.sides[side];
  const replace = `/checks/${check.id}/replace/${side}`;
  return (
    <section className="invitation" aria-labelledby={`${side}-invitation`}>
      <h3 id={`${side}-invitation`}>
        {name} <span className="hint">({SIDE_LABELS[side].short})</span>
      </h3>
      {state.yours ? (
        <p>
          You are answering for {name} yourself.{" "}
          <Link to={`/checks/${check.id}/${side}`}>Go to {name}’s questions</Link>
        </p>
      ) : state.claimed ? (
        <>
          <p>
            <strong className="tag tag--green">Invitation accepted</strong> on {state.claimedOn}. Only the people
            answering for {name} can open its answers now; the invitation no longer opens anything, for you or anyone
            else.
          </p>
          {status === "not_started" ? (
            <p>
              Nothing has been saved for {name} yet. If the wrong person accepted it,{" "}
              <Link to={replace}>
                replace the invitation<span className="visually-hidden"> for {name}</span>
              </Link>
              .
            </p>
          ) : null}
        </>
      ) : (
        <>
          <p>
            <strong className="tag tag--grey">Not accepted yet</strong> Send this invitation only to the people
            answering for {name}. The first person to open it and accept it gets {name}’s answers, and from then on it
            opens nothing for anyone else, including you.
          </p>
          {state.invitation ? (
            <CopyLink id={`${side}-link`} label={`Invitation for ${name}`} url={state.invitation} />
          ) : (
            <p>This invitation can no longer be shown here. Replace it to get one you can send.</p>
          )}
          <p className="secondary-action">
            Sent it to the wrong person?{" "}
            <Link to={replace}>
              Replace this invitation<span className="visually-hidden"> for {name}</span>
            </Link>
          </p>
        </>
      )}
    </section>
  );
}

export default function OwnerPage() {
  const { check, created, replaced, newLinks, sides, home, report, round, canStartRound, email } =
    useLoaderData<typeof loader>();
  const checkUp = round && round.number > 1 ? round : null;
  const emailForm = useActionData<typeof action>();
  const yourSide = SIDES.find((side) => sides[side].yours);
  return (
    <>
      {newLinks.length > 0 ? (
        <div className="success-banner" role="status">
          <h2>
            {created && checkUp
              ? `${checkUp.name} has started`
              : created
                ? "Your partnership check has been created"
                : "Your new link"}
          </h2>
          <p>
            <strong>Save {newLinks.length === 1 ? "this link" : "these links"} somewhere private now.</strong> This is
            the only time {newLinks.length === 1 ? "it is" : "they are"} shown: Common Ground keeps no copy it could
            show again.
          </p>
          {newLinks.map(({ role, url }) => (
            <CopyLink
              key={role}
              id={`new-${role}-link`}
              label={
                role === "owner" ? "Your link to this page" : `Your link for answering as ${check.sides[role].name}`
              }
              url={url}
            />
          ))}
        </div>
      ) : null}
      {replaced && replaced !== "owner" ? (
        <div className="success-banner" role="status">
          <p>
            <strong>The invitation for {check.sides[replaced].name} has been replaced.</strong> The old one no longer
            opens anything. Send them the new one below.
          </p>
        </div>
      ) : null}
      <span className="caption">Partnership check</span>
      <h1>{check.title}</h1>
      <RoundBanner place={round} />
      <p>
        Between <strong>{check.sides.vcs.name}</strong> (the voluntary or community organisation) and{" "}
        <strong>{check.sides.prime.name}</strong> (the prime contractor).
        {check.serviceArea ? ` Service area: ${check.serviceArea}.` : ""}
        {check.commissioner ? ` Commissioner: ${check.commissioner}.` : ""}
        {check.contractLength ? ` Contract length: ${check.contractLength}.` : ""}
      </p>

      {/* Once both sides have submitted, the result comes first: it is what everyone opens the page for. */}
      {report ? <ResultSummary report={report} basePath={home} /> : null}
      {report && round ? <AfterTheReportLinks base={home} /> : null}

      {checkUp && !report ? (
        <div className="notice notice--info">
          <h2>A check-up</h2>
          <p>
            This is a new round of the check, with invitations of its own: send each side its invitation below. Each
            side’s answers start from its answers in {checkUp.previous?.name ?? "the round before"}, to check and
            change; the figures are asked again. Once both sides have submitted, the result is compared with the round
            before on the <Link to={checkUp.roundsHref}>check-ups page</Link>.
          </p>
        </div>
      ) : null}
      {report ? null : (
        <div className="notice">
          <h2>What you can see</h2>
          <p>
            As the person who started this check you can see each side’s progress, whether each invitation has been
            accepted, and the result once both sides have submitted. You cannot see or change either side’s answers
            before then{yourSide ? `, except ${check.sides[yourSide].name}’s, which you are giving yourself` : ""}: each
            side’s answers open only for whoever accepted its invitation.
          </p>
        </div>
      )}

      <h2>Progress</h2>
      <SidesProgress sides={check.sides} />

      {report ? null : (
        <>
          <h2>Invitations</h2>
          {SIDES.map((side) => (
            <InvitationPanel key={side} side={side} check={check} state={sides[side]} />
          ))}
        </>
      )}

      {canStartRound ? <StartRoundForm action={`${home}/rounds`} /> : null}

      {email ? (
        <EmailUpdates
          email={email}
          resultReady={Boolean(report)}
          when="when a side submits and when the result is ready"
          form={emailForm}
        />
      ) : null}

      <h2>Your link to this page</h2>
      <p>
        Your private link was shown once, when {created ? "you created the check" : "it was made"}. It is the only way
        back here from another browser or device. If you have lost it, or it may have reached someone else,{" "}
        <Link to={`/checks/${check.id}/replace/owner`}>replace your link</Link>: the old one stops working at once.
      </p>
      <Form method="post" action="/sign-out">
        <button type="submit" className="button button--secondary">
          Sign out on this device
        </button>
      </Form>

      <h2>Delete this check</h2>
      <p>
        Deleting removes the check, both sides’ answers and the result from Common Ground for good.{" "}
        <Link to={`/checks/${check.id}/delete`}>Delete this check</Link>
      </p>
    </>
  );
}
