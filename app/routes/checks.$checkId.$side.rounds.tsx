/**
 * Check-ups (issue 19; docs/method.md, "Check-ups"): the chain of rounds this check belongs to, for a side's lead
 * (this route) or the owner (checks.$checkId.rounds.tsx, the same page with the form that starts the next round).
 * Each round's figures show once both its sides have submitted (the seal); this round is compared with the one
 * before once both are complete.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { noStartReason, requireRounds } from "~/access/rounds.server";
import { holdsRole, homeFor, openSession, sealKeys, sidesHeld } from "~/access/session.server";
import { RoundsView } from "~/components/check-ups";
import { StartRoundForm } from "~/components/round-links";
import { ErrorSummary, errorLinks } from "~/components/form";
import { payloadValue } from "~/forms/field-names";
import { parseForm } from "~/forms/parse.server";
import { newRoundSchema } from "~/forms/review-schemas.server";
import { readFormData } from "~/http/form-body.server";
import type { Side } from "~/domain/types";
import { getRoundsPage, startRound } from "~/models/round.server";
import { hashToken } from "~/models/tokens.server";
import type { RouteHandle } from "~/root";

/** Plain links and one plain form: no scripts. */
export const handle: RouteHandle = { hydrate: false };

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Check-ups: ${data.page.title} – Common Ground` : "Common Ground" },
  { name: "robots", content: "noindex, nofollow" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { check, role } = await requireRounds(request, params);
  const page = await getRoundsPage(check.id, {
    home: (id) => homeFor(id, role),
    holds: (id) => holdsRole(request, id, role),
  });
  if (!page) throw new Response("This check has been deleted.", { status: 404 });
  return {
    page,
    home: homeFor(check.id, role),
    /** The owner's form to start the next round, when this round can have one. */
    canStart: role === "owner" && (await noStartReason(check)) === null,
    roundsPath: `${homeFor(check.id, role)}/rounds`,
  };
}

/**
 * The owner starts the next round (a plain form post; the API's is POST /api/v1/rounds). The new round is a check
 * of its own with links of its own, shown once on its page; whoever answered one side here themselves holds that
 * side in the new round too.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  if (params.side !== undefined) {
    throw new Response("Only the person who started the check can start a check-up.", { status: 403 });
  }
  const { check, authority } = await requireRounds(request, params);
  const refused = await noStartReason(check);
  if (refused) throw new Response(refused, { status: 409 });
  const result = parseForm(await readFormData(request), newRoundSchema.pick({ occasion: true }));
  if (!result.ok) return data({ errors: result.errors, values: result.values }, { status: 400 });
  const [held] = await sidesHeld(request, check.id);
  const started = await startRound(
    { authority, previous: check, occasion: result.value.occasion, creatorSide: held },
    await sealKeys(),
  );
  if (started.status === "unauthorised") throw new Response("This link has been replaced.", { status: 410 });
  if (started.status === "exists") {
    // A second press of the button (or a second tab): the round it started is this browser's to open. Otherwise
    // someone else started it, or the first answer never arrived, and its links are not this browser's to see.
    if (await holdsRole(request, started.nextCheckId, "owner")) throw redirect(`/checks/${started.nextCheckId}`, 303);
    throw new Response(
      "This round already has a check-up after it, started from another browser. Open it with the link shown to whoever started it.",
      { status: 409 },
    );
  }
  const created = started.check;
  const mine: Array<"owner" | Side> = ["owner", ...(["vcs", "prime"] as const).filter((side) => created.claimed[side])];
  const cookie = await openSession(
    request,
    mine.map((role) => ({ checkId: created.id, role, tokenHash: hashToken(created.tokens[role]) })),
    { links: mine.map((role) => ({ role, token: created.tokens[role] })) },
  );
  return redirect(`/checks/${created.id}?created=1`, { status: 303, headers: { "Set-Cookie": cookie } });
}

export default function RoundsPage() {
  const { page, home, canStart, roundsPath } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <ErrorSummary errors={errorLinks(actionData?.errors, ["occasion"])} />
      <p className="no-print">
        <Link to={home}>Back to the check</Link>
      </p>
      <span className="caption">
        {page.title}: {page.here.name}
      </span>
      <h1>Check-ups</h1>
      <p className="lead">
        A check before signing is the baseline for the relationship. At six or twelve months, or at a renewal, both
        sides answer again, starting from their answers in the round before, and each round is compared with the one
        before it.
      </p>
      <RoundsView page={page} />
      {canStart ? (
        <StartRoundForm
          action={roundsPath}
          errors={actionData?.errors}
          value={payloadValue(actionData?.values, "occasion")}
        />
      ) : null}
    </>
  );
}
