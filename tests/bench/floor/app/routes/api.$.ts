/** The floor of an API call: a resource route that reads the JSON body and answers JSON of a given size. */
import type { ActionFunctionArgs } from "@remix-run/node";
import { fillerWords, requestedBytes } from "../padding";

export async function action({ request }: ActionFunctionArgs) {
  const body = (await request.json()) as Record<string, unknown>;
  const bytes = requestedBytes(new URL(request.url).search);
  return Response.json(
    { keys: Object.keys(body).length, filler: fillerWords(bytes / 6).slice(0, bytes) },
    { headers: { "Cache-Control": "no-store" } },
  );
}
