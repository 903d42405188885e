import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { parseSide, requireCheck } from "~/access/check.server";
import { homeFor, openSession, requireRole } from "~/access/session.server";
import { refuseForParticipant } from "~/access/participant.server";
import { readFormData } from "~/http/form-body.server";
import { replaceOwnLink } from "~/models/check.server";

export const meta: MetaFunction = () => [
  { title: "Replace your link – Common Ground" },
  { name: "robots", content: "noindex, nofollow" },
];

/** A side replaces its own link: before or after submitting, and only the side itself can. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const checkId = params.checkId ?? "";
  const role = parseSide(params.side);
  await requireRole(request, checkId, role);
  const check = await requireCheck(checkId);
  // A workshop participant's link is its only way back, and it has no one to hand a new one to (issue 18).
  refuseForParticipant(check);
  return { title: check.title, organisation: check.sides[role].name, base: homeFor(checkId, role) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const checkId = params.checkId ?? "";
  const role = parseSide(params.side);
  const { authority } = await requireRole(request, checkId, role);
  refuseForParticipant(await requireCheck(checkId));
  const form = await readFormData(request);
  if (form.get("intent") !== "replace" || [...form.keys()].length !== 1) {
    throw new Response("That action is not available here.", { status: 400 });
  }
  const replaced = await replaceOwnLink({ checkId, role, tokenHash: authority.tokenHash });
  if (replaced.status !== "replaced") throw new Response("This link cannot be replaced now.", { status: 409 });
  const cookie = await openSession(request, [{ checkId, role, tokenHash: replaced.tokenHash }], {
    links: [{ role, token: replaced.token }],
  });
  return redirect(`${homeFor(checkId, role)}?replaced=1`, { status: 303, headers: { "Set-Cookie": cookie } });
}

export default function ReplaceSideLink() {
  const { title, organisation, base } = useLoaderData<typeof loader>();
  return (
    <>
      <span className="caption">{title}</span>
      <h1>Replace {organisation}’s link?</h1>
      <ul>
        <li>The link you have now stops working at once, on every device where it was opened.</li>
        <li>
          Anyone else using it, including colleagues you shared it with, is signed out and sees a page saying it has
          been replaced. Send the new link to those who should keep answering.
        </li>
        <li>You stay signed in here and see the new link once, on the next page. Your answers are kept.</li>
      </ul>
      <Form method="post" className="button-group">
        <input type="hidden" name="intent" value="replace" />
        <button type="submit" className="button button--warning">
          Replace our link
        </button>
        <Link to={base} className="button button--secondary" role="button">
          Go back without replacing
        </Link>
      </Form>
    </>
  );
}
