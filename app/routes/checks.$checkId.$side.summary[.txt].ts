import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireCompromiseSummary } from "~/access/participant.server";
import { compromiseSummaryText } from "~/domain/compromise-summary";

/** "riverside-advice-what-we-will-and-wont-compromise-on.txt": the organisation's name, safe in any file system. */
function fileName(organisation: string): string {
  const name = organisation
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .toLowerCase();
  return `${name ? `${name}-` : ""}what-we-will-and-wont-compromise-on.txt`;
}

/**
 * A workshop participant's take-home summary as a plain-text file for its board pack (issue 18): GET
 * /checks/<id>/vcs/summary.txt, the same four lists as the page, for the participant only, once its result is ready.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { compromise, organisation, workshopTitle, primeName, selection } = await requireCompromiseSummary(
    request,
    params,
  );
  return new Response(compromiseSummaryText(compromise, { organisation, workshopTitle, primeName, selection }), {
    headers: {
      "Cache-Control": "no-store",
      "Content-Type": "text/plain; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName(organisation)}"`,
    },
  });
}

/** A download is only read: any other method gets a 405 that says so. */
export async function action() {
  return new Response("Downloads are read with GET.", { status: 405, headers: { Allow: "GET, HEAD" } });
}
