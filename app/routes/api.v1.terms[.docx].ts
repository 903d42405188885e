import type { LoaderFunctionArgs } from "@remix-run/node";
import { headsOfTermsOf, requireApiReview } from "~/access/review.server";
import { termsDocxResponse } from "~/formats/terms-docx.server";
import { apiHandler, methodNotAllowed } from "~/http/api.server";

/** The draft heads of terms as a Word document. */
export const loader = apiHandler(async ({ request }: LoaderFunctionArgs) =>
  termsDocxResponse(headsOfTermsOf(await requireApiReview(request))),
);

export async function action() {
  return methodNotAllowed(["GET"]);
}
