import type { LoaderFunctionArgs } from "@remix-run/node";
import { headsOfTermsOf, requireReviewPage } from "~/access/review.server";
import { termsFileName, termsJson } from "~/formats/terms-json";

/** The draft heads of terms as JSON (the API's shape), for the owner or a side. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const terms = headsOfTermsOf(await requireReviewPage(request, params));
  return Response.json(termsJson(terms), {
    headers: {
      "Content-Disposition": `attachment; filename="${termsFileName(terms.title)}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
