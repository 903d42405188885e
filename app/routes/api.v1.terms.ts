import type { LoaderFunctionArgs } from "@remix-run/node";
import { headsOfTermsOf, requireApiReview } from "~/access/review.server";
import { termsJson } from "~/formats/terms-json";
import { apiHandler, apiJson, methodNotAllowed } from "~/http/api.server";

/** The draft heads of terms as JSON (docs/api.md, "After the conversation"). */
export const loader = apiHandler(async ({ request }: LoaderFunctionArgs) => {
  return apiJson(termsJson(headsOfTermsOf(await requireApiReview(request))));
});

export async function action() {
  return methodNotAllowed(["GET"]);
}
