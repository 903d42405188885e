import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { CopyLink } from "~/components/copy-link";
import { ReportSummary } from "~/components/report-summary";
import { StatusTag } from "~/components/status-tag";
import { publicCheck, requireAccess, requireCheckSummary, sideTokens } from "~/models/check.server";
import { getReport } from "~/models/report.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.check.title} – your partnership check – Common Ground` : "Common Ground" },
  { name: "robots", content: "noindex, nofollow" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const token = params.token ?? "";
  const access = await requireAccess(token, ["owner"]);
  const summary = await requireCheckSummary(access.checkId);
  const origin = new URL(request.url).origin;
  const invitations = sideTokens(token);
  return {
    check: publicCheck(summary),
    created:
      new URL(request.url).searchParams.has("created") &&
      summary.sides.vcs.status === "not_started" &&
      summary.sides.prime.status === "not_started",
    links: {
      owner: `${origin}/check/${token}`,
      vcs: `${origin}/respond/${invitations.vcs}`,
      prime: `${origin}/respond/${invitations.prime}`,
    },
    report: await getReport(summary),
  };
}

export default function OwnerPage() {
  const { check, created, links, report } = useLoaderData<typeof loader>();
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
        <h2 className="visually-hidden">Keep this page’s link safe</h2>
        <p>
          <strong>Keep this page’s link safe.</strong> It is the only way back to this page, and anyone who has it can
          see both invitation links and the result. Bookmark it or save it somewhere private. We cannot send it to you
          again.
        </p>
        <CopyLink id="owner-link" label="Your link to this page" url={links.owner} />
      </div>

      <h2>Progress</h2>
      <ul className="task-list">
        <li>
          <span>{check.sides.vcs.name} (organisation)</span>
          <StatusTag status={check.sides.vcs.status} />
        </li>
        <li>
          <span>{check.sides.prime.name} (prime contractor)</span>
          <StatusTag status={check.sides.prime.status} />
        </li>
      </ul>

      {bothSubmitted ? (
        <ReportSummary report={report} vcsName={check.sides.vcs.name} primeName={check.sides.prime.name} />
      ) : (
        <>
          <p>
            Each side’s answers stay sealed until both have submitted: nobody, including you, can see either side’s
            answers before then. The result will appear on this page.
          </p>
          <h2>Invitation links</h2>
          <p>
            Send each link only to the people answering for that side. Each side can save its answers and come back with
            the same link.
          </p>
          <CopyLink id="vcs-link" label={`Link for ${check.sides.vcs.name} (organisation)`} url={links.vcs} />
          <CopyLink id="prime-link" label={`Link for ${check.sides.prime.name} (prime contractor)`} url={links.prime} />
        </>
      )}
    </>
  );
}
