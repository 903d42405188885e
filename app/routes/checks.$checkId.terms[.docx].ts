import type { LoaderFunctionArgs } from "@remix-run/node";
import { headsOfTermsOf, requireReviewPage } from "~/access/review.server";
import { termsDocxResponse } from "~/formats/terms-docx.server";

/** The draft heads of terms as a Word document, for the owner or (under /checks/<id>/<side>/) a side. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  return termsDocxResponse(headsOfTermsOf(await requireReviewPage(request, params)));
}
