import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { CopyLink } from "~/components/copy-link";
import { ResultSummary } from "~/components/result-summary";
import { SidesProgress } from "~/components/sides-progress";
import { SIDES } from "~/domain/types";
import { ownerActionSchema } from "~/forms/schemas.server";
import { parseForm } from "~/forms/parse.server";
import { requireCheck } from "~/access/check.server";
import { homeFor, requireRole } from "~/access/session.server";
import { getLinkGenerations, publicCheck, reissueSideLink, sideTokens } from "~/models/check.server";
import { getReport } from "~/models/report.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.check.title} – your partnership check – Common Ground` : "Common Ground" },
  { name: "robots", content: "noindex, nofollow" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const checkId = params.checkId ?? "";
  const { token } = await requireRole(request, checkId, "owner");
  const summary = await requireCheck(checkId);
  const url = new URL(request.url);
  const invitations = sideTokens(token, await getLinkGenerations(checkId));
  const notStarted = summary.sides.vcs.status === "not_started" && summary.sides.prime.status === "not_started";
  const reissued = url.searchParams.get("reissued");
  return {
    check: publicCheck(summary),
    created: url.searchParams.has("created") && notStarted,
    reissued: SIDES.find((side) => side === reissued) ?? null,
    links: {
      owner: `${url.origin}/i/${token}`,
      vcs: `${url.origin}/i/${invitations.vcs}`,
      prime: `${url.origin}/i/${invitations.prime}`,
    },
    home: homeFor(checkId, "owner"),
    report: await getReport(summary),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const checkId = params.checkId ?? "";
  const { token } = await requireRole(request, checkId, "owner");
  const result = parseForm(await request.formData(), ownerActionSchema);
  if (!result.ok) throw new Response("That action is not available here.", { status: 400 });
  await reissueSideLink({ checkId, ownerToken: token, role: result.value.side });
  return redirect(`/checks/${checkId}?reissued=${result.value.side}#${result.value.side}-link`, 303);
}

function ReissueButton({ side, name }: { side: "vcs" | "prime"; name: string }) {
  return (
    <Form method="post" className="reissue">
      <input type="hidden" name="intent" value="reissue" />
      <input type="hidden" name="side" value={side} />
      <button type="submit" className="button button--secondary">
        Replace this link<span className="visually-hidden"> for {name}</span>
      </button>
    </Form>
  );
}

export default function OwnerPage() {
  const { check, created, reissued, links, home, report } = useLoaderData<typeof loader>();
  const bothSubmitted = report !== null;
  return (
    <>
      {created ? (
        <div className="success-banner" role="status">
          <h2 className="visually-hidden">Success</h2>
          <p>
            <strong>Your partnership check has been created.</strong> Send each side its own link below.
          </p>
        </div>
      ) : null}
      {reissued ? (
        <div className="success-banner" role="status">
          <p>
            <strong>The link for {check.sides[reissued].name} has been replaced.</strong> The old link no longer works.
            Send them the new one below; their saved answers are kept.
          </p>
        </div>
      ) : null}
      <span className="caption">Partnership check</span>
      <h1>{check.title}</h1>
      <p>
        Between <strong>{check.sides.vcs.name}</strong> (the voluntary or community organisation) and{" "}
        <strong>{check.sides.prime.name}</strong> (the prime contractor).
        {check.serviceArea ? ` Service area: ${check.serviceArea}.` : ""}
        {check.commissioner ? ` Commissioner: ${check.commissioner}.` : ""}
        {check.contractLength ? ` Contract length: ${check.contractLength}.` : ""}
      </p>

      <div className="notice">
        <h2 className="visually-hidden">Keep your link safe</h2>
        <p>
          <strong>Keep your link to this page safe.</strong> It is the only way back here from another browser or
          device, and anyone who has it can see both invitation links and the result. Save it somewhere private. We
          cannot send it to you again.
        </p>
        <CopyLink id="owner-link" label="Your link to this page" url={links.owner} />
      </div>

      <h2>Progress</h2>
      <SidesProgress sides={check.sides} />

      {bothSubmitted ? (
        <ResultSummary report={report} basePath={home} />
      ) : (
        <>
          <p>
            Each side’s answers stay sealed until both have submitted: nobody, including you, can see either side’s
            answers before then. The result will appear on this page.
          </p>
          <h2>Invitation links</h2>
          <p>
            Send each link only to the people answering for that side. Each side can save its answers and come back with
            the same link. If a link reaches the wrong person, replace it: the old one stops working at once.
          </p>
          {(["vcs", "prime"] as const).map((side) => (
            <div key={side} className="invitation">
              <CopyLink
                id={`${side}-link`}
                label={`Link for ${check.sides[side].name} (${side === "vcs" ? "organisation" : "prime contractor"})`}
                url={links[side]}
              />
              {check.sides[side].status !== "submitted" ? (
                <ReissueButton side={side} name={check.sides[side].name} />
              ) : null}
            </div>
          ))}
        </>
      )}

      <h2>Delete this check</h2>
      <p>
        Deleting removes the check, both sides’ answers and the result from Common Ground for good. It cannot be undone.
      </p>
      <Link to={`/checks/${check.id}/delete`} className="button button--warning" role="button">
        Delete this check
      </Link>
    </>
  );
}
