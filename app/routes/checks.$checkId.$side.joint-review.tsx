/**
 * The joint review (issue 19), for a side's lead (this route) or the owner (checks.$checkId.joint-review.tsx,
 * the same page read only): every flag of the report, grouped as the report groups them, with what the two
 * sides recorded for it, and the revised verdict beside the original. A side proposes on each flag's page and
 * confirms the other side's proposal here or there; the page itself has no action.
 */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireReviewPage } from "~/access/review.server";
import { homeFor } from "~/access/session.server";
import { ReviewGroups } from "~/components/joint-review-parts";
import { RevisedVerdict } from "~/components/revised-verdict";
import { reviewGroups, revisedVerdictView } from "~/formats/joint-review-text";
import { questionnaireOf } from "~/models/questionnaire.server";
import type { RouteHandle } from "~/root";

/** Plain forms and links: the page needs no scripts. */
export const handle: RouteHandle = { hydrate: false };

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Joint review: ${data.title} – Common Ground` : "Common Ground" },
  { name: "robots", content: "noindex, nofollow" },
];

/** The one-line confirmation after a proposal or a confirmation (`?done=proposed|confirmed&flag=<key>`). */
function doneMessage(url: URL, titleOf: (key: string) => string | undefined, otherName: string | null) {
  const done = url.searchParams.get("done");
  const title = titleOf(url.searchParams.get("flag") ?? "");
  if (!title) return null;
  if (done === "proposed") return `Your proposal on “${title}” is saved. It stands once ${otherName} confirms it.`;
  if (done === "confirmed") return `You confirmed the outcome on “${title}”: it stands for both sides.`;
  return null;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { check, role, review, side } = await requireReviewPage(request, params);
  const questionnaire = questionnaireOf(check);
  const names = { vcs: check.sides.vcs.name, prime: check.sides.prime.name };
  const home = homeFor(check.id, role);
  const titles = new Map(review.entries.map((e) => [e.key, e.flag.title]));
  return {
    title: check.title,
    side,
    names,
    home,
    reportPath: `${home}/report`,
    reviewPath: side ? `${home}/joint-review` : null,
    groups: reviewGroups(questionnaire, review, side, names),
    revised: revisedVerdictView(questionnaire, review.revised),
    done: doneMessage(
      new URL(request.url),
      (key) => titles.get(key),
      side ? names[side === "vcs" ? "prime" : "vcs"] : null,
    ),
  };
}

export default function JointReviewPage() {
  const page = useLoaderData<typeof loader>();
  const flags = page.groups.reduce((n, g) => n + g.entries.length, 0);
  return (
    <>
      <p className="no-print">
        <Link to={page.home}>Back to the check</Link>
      </p>
      {page.done ? (
        <div className="success-banner" role="status">
          <p>{page.done}</p>
        </div>
      ) : null}
      <span className="caption">
        {page.title}
        {page.side ? `: for ${page.names[page.side]}` : ""}
      </span>
      <h1>Joint review</h1>
      <div className="review-intro">
        <p className="lead">
          Meet, go through the report’s flags together, and write down what you agreed on each: a position you will both
          sign up to, that it stays open, or that a risk is accepted.
        </p>
        <p>
          Either side can propose an outcome for a flag. It stands only when the other side confirms it, each through
          its own link, so neither side can write down the other’s concession. Changing an outcome means the other side
          confirms again.
        </p>
        <p>
          Agreeing changes nothing in the <Link to={page.reportPath}>original report</Link>. The revised verdict below
          is worked out by the same method from the positions both sides agreed.
        </p>
        {page.side ? null : (
          <p className="notice notice--info">
            You started this check, so you can read the review here. Only {page.names.vcs} and {page.names.prime}{" "}
            propose and confirm outcomes, each from its own page.
          </p>
        )}
      </div>
      <RevisedVerdict view={page.revised} />
      <h2>
        The report’s flags <span className="hint">({flags})</span>
      </h2>
      {flags === 0 ? (
        <p>The report raised no flags, so there is nothing to review.</p>
      ) : (
        <ReviewGroups groups={page.groups} reviewPath={page.reviewPath} />
      )}
    </>
  );
}
