import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireSide } from "~/access/side.server";
import { buildProfile, profileFileName } from "~/formats/profile";

/**
 * A side's answers as a profile to keep (app/formats/profile.ts): GET
 * /checks/<id>/<side>/profile.json, for the side's lead only, before or after
 * submitting. A respondent's own answers are not the side's: a 404.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { role, side, questionnaire, answers, respondent } = await requireSide(request, params);
  if (respondent) throw new Response("Not found", { status: 404 });
  const now = new Date();
  const profile = buildProfile({
    questionnaireVersion: questionnaire.version,
    side: role,
    organisation: side.name,
    given: answers,
    exportedAt: now,
  });
  return new Response(JSON.stringify(profile, null, 2), {
    headers: {
      "Cache-Control": "no-store",
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${profileFileName(side.name, role, now)}"`,
    },
  });
}

/** A download is only read: any other method gets a 405 that says so. */
export async function action() {
  return new Response("Downloads are read with GET.", { status: 405, headers: { Allow: "GET, HEAD" } });
}
