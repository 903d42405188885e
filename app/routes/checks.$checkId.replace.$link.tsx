import { CUSTOM_SCENARIO } from "~/domain/workshop";
import { getWorkshopOfCheck } from "~/models/workshop.server";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requireCheck } from "~/access/check.server";
import { refuseParticipantOwnerPages } from "~/access/workshop.server";
import { openSession, requireRole, sealKeys, sidesHeld } from "~/access/session.server";
import { SIDES, type Side } from "~/domain/types";
import { readFormData } from "~/http/form-body.server";
import { getSideLinks, replaceInvitation, replaceOwnLink } from "~/models/check.server";

export const meta: MetaFunction = () => [
  { title: "Replace a link – Common Ground" },
  { name: "robots", content: "noindex, nofollow" },
];

function parseLink(value: string | undefined): "owner" | Side {
  const role = (["owner", ...SIDES] as const).find((r) => r === value);
  if (!role) throw new Response("Not found", { status: 404 });
  return role;
}

/**
 * What replacing a link will do, said before it is done. The owner replaces
 * their own link, or a side's invitation while nobody has started answering
 * on it; once a side has saved anything, only that side can replace its own
 * link (docs/decisions/0003-claimed-invitations.md).
 */
/** A workshop's custom scenario not yet submitted: its prime side is the facilitator's to answer. */
async function customScenarioOpen(check: { id: string; sides: { prime: { status: string } } }) {
  const workshop = await getWorkshopOfCheck(check.id);
  return workshop?.profile === CUSTOM_SCENARIO && check.sides.prime.status !== "submitted";
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const checkId = params.checkId ?? "";
  const link = parseLink(params.link);
  await refuseParticipantOwnerPages(checkId);
  await requireRole(request, checkId, "owner");
  const check = await requireCheck(checkId);
  // A partner search's own check: its placeholder side has no link, and the prime's is the prime's to replace.
  if (check.search && link !== "owner") throw redirect(`/searches/${check.search.id}`, 303);
  // A workshop's own check: its placeholder side has no link; a custom scenario's prime link may be replaced by the
  // facilitator until the scenario is submitted (a lost link would otherwise leave the workshop unable to start).
  if (
    check.workshop?.part === "workshop" &&
    link !== "owner" &&
    !(link === "prime" && (await customScenarioOpen(check)))
  ) {
    throw redirect(`/workshops/${check.workshop.id}`, 303);
  }
  if (link === "owner") return { checkId, link, title: check.title, name: null, state: "owner" as const };
  const side = check.sides[link];
  const state = (await getSideLinks(checkId, await sealKeys()))[link];
  const yours = (await sidesHeld(request, checkId)).includes(link);
  const allowed =
    side.status !== "not_started"
      ? null
      : yours
        ? ("yours" as const)
        : state.state === "claimed"
          ? ("claimed" as const)
          : ("unclaimed" as const);
  return { checkId, link, title: check.title, name: side.name, state: allowed ?? ("refused" as const) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const checkId = params.checkId ?? "";
  const link = parseLink(params.link);
  await refuseParticipantOwnerPages(checkId);
  const { authority } = await requireRole(request, checkId, "owner");
  const check = await requireCheck(checkId);
  if (check.search && link !== "owner") throw redirect(`/searches/${check.search.id}`, 303);
  // A workshop's own check: its placeholder side has no link; a custom scenario's prime link may be replaced by the
  // facilitator until the scenario is submitted (a lost link would otherwise leave the workshop unable to start).
  if (
    check.workshop?.part === "workshop" &&
    link !== "owner" &&
    !(link === "prime" && (await customScenarioOpen(check)))
  ) {
    throw redirect(`/workshops/${check.workshop.id}`, 303);
  }
  const form = await readFormData(request);
  if (form.get("intent") !== "replace" || [...form.keys()].length !== 1) {
    throw new Response("That action is not available here.", { status: 400 });
  }
  if (link === "owner") {
    const replaced = await replaceOwnLink({ checkId, role: "owner", tokenHash: authority.tokenHash });
    if (replaced.status !== "replaced") throw new Response("This link cannot be replaced now.", { status: 409 });
    // A fresh session for the new link: every other session opened with the old one has just ended.
    const cookie = await openSession(request, [{ checkId, role: "owner", tokenHash: replaced.tokenHash }], {
      links: [{ role: "owner", token: replaced.token }],
    });
    return redirect(`/checks/${checkId}?replaced=owner`, { status: 303, headers: { "Set-Cookie": cookie } });
  }
  const replaced = await replaceInvitation({ checkId, role: link as Side, keys: await sealKeys() });
  if (replaced.status !== "replaced") {
    throw new Response(
      replaced.reason === "started"
        ? "This side has started answering, so only the people answering for it can replace its link."
        : "This invitation cannot be replaced now.",
      { status: 409 },
    );
  }
  return redirect(`/checks/${checkId}?replaced=${link}#${link}-invitation`, 303);
}

export default function ReplaceLink() {
  const { checkId, title, name, state } = useLoaderData<typeof loader>();
  const back = (
    <Link to={`/checks/${checkId}`} className="button button--secondary" role="button">
      Go back without replacing
    </Link>
  );
  if (state === "refused") {
    return (
      <>
        <span className="caption">{title}</span>
        <h1>Only {name} can replace its link now</h1>
        <p>
          {name} has started answering. Its answers open only for the people answering for {name}, so you cannot replace
          its link: a new invitation would not open those answers for anyone.
        </p>
        <p>
          If they have lost their link, anyone still signed in for {name} can replace it from {name}’s own page. If
          nobody can, the check can be deleted and started again.
        </p>
        <p>{back}</p>
      </>
    );
  }
  return (
    <>
      <span className="caption">{title}</span>
      <h1>{state === "owner" ? "Replace your link to this check?" : `Replace the invitation for ${name}?`}</h1>
      {state === "owner" ? (
        <ul>
          <li>Your current link stops working at once, on every device where it was opened.</li>
          <li>
            You stay signed in on this device, and see your new link once, on the next page. Save it somewhere private.
          </li>
          <li>Anyone else who was using your old link is signed out and sees a page saying it has been replaced.</li>
        </ul>
      ) : state === "unclaimed" ? (
        <ul>
          <li>The invitation you sent to {name} stops working at once.</li>
          <li>
            Anyone who opens the old invitation sees a page saying it has been replaced, and that they should ask you
            for the new one.
          </li>
          <li>Nobody has accepted it yet, so no answers are affected.</li>
        </ul>
      ) : state === "yours" ? (
        <ul>
          <li>You are answering for {name} yourself, and nothing has been saved for it yet.</li>
          <li>
            Replacing hands {name} to someone else: your own link for {name} stops working at once.
          </li>
          <li>You get an invitation to send to the person who should answer for {name}.</li>
        </ul>
      ) : (
        <ul>
          <li>Someone has accepted this invitation, but nothing has been saved for {name} yet.</li>
          <li>
            Whoever accepted it is signed out at once: their link stops working and they see a page saying it has been
            replaced.
          </li>
          <li>You get a new invitation to send to the right person.</li>
        </ul>
      )}
      <Form method="post" className="button-group">
        <input type="hidden" name="intent" value="replace" />
        <button type="submit" className="button button--warning">
          {state === "owner" ? "Replace my link" : "Replace the invitation"}
        </button>
        {back}
      </Form>
    </>
  );
}
