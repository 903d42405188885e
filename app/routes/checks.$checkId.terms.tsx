import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { headsOfTermsOf, requireReviewPage } from "~/access/review.server";
import { homeFor } from "~/access/session.server";
import { HeadsOfTermsView } from "~/components/heads-of-terms";
import type { RouteHandle } from "~/root";

/** Read and printed, not used: no scripts. */
export const handle: RouteHandle = { hydrate: false };

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Draft heads of terms: ${data.terms.title} – Common Ground` : "Common Ground" },
  { name: "robots", content: "noindex, nofollow" },
];

/** The draft heads of terms, for the owner or (under /checks/<id>/<side>/terms) a side's lead. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireReviewPage(request, params);
  const home = homeFor(access.check.id, access.role);
  return { terms: headsOfTermsOf(access), home };
}

export default function Terms() {
  const { terms, home } = useLoaderData<typeof loader>();
  return (
    <>
      <p className="no-print">
        <Link to={home}>Back to the check</Link>
      </p>
      <span className="caption">{terms.title}</span>
      <h1>Draft heads of terms</h1>
      <p className="no-print">
        Drafted from what both sides confirmed in the <Link to={`${home}/joint-review`}>joint review</Link>. Print this
        page, or download it:
      </p>
      <ul className="no-print">
        <li>
          <a href={`${home}/terms.docx`} download>
            Download as a Word document
          </a>
        </li>
        <li>
          <a href={`${home}/terms.json`} download>
            Download as JSON
          </a>
        </li>
      </ul>
      <HeadsOfTermsView terms={terms} />
    </>
  );
}
