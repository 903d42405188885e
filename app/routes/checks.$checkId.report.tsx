import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireReport } from "~/access/report.server";
import { homeFor } from "~/access/session.server";
import { ReportSummary } from "~/components/report-summary";
import { flagKey } from "~/domain/flags";
import { reportLabels } from "~/formats/report-labels";
import { parseForm } from "~/forms/parse.server";
import { outcomeSchema } from "~/forms/schemas.server";
import { recordFlagOutcome } from "~/models/outcome.server";
import { questionnaireOf } from "~/models/questionnaire.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Report: ${data.title} – Common Ground` : "Common Ground" },
  { name: "robots", content: "noindex, nofollow" },
];

/** The full report, for the owner (this route) or a side (the same module under /checks/<id>/<side>/report). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { check, report, role } = await requireReport(request, params);
  return {
    title: check.title,
    vcsName: check.sides.vcs.name,
    primeName: check.sides.prime.name,
    report,
    dimensions: reportLabels(questionnaireOf(check), report).dimensions,
    home: homeFor(check.id, role),
    canRecordOutcomes: role === "owner",
  };
}

/** The owner records what became of a flag after the two sides talked. */
export async function action({ request, params }: ActionFunctionArgs) {
  if (params.side !== undefined)
    throw new Response("Only the person who started the check can record outcomes.", { status: 403 });
  const { check, report } = await requireReport(request, params);
  const formData = await request.formData();
  const result = parseForm(formData, outcomeSchema);
  if (!result.ok) {
    const key = formData.get("flagKey");
    return data(
      { outcomeError: { flagKey: typeof key === "string" ? key : "", errors: result.errors, values: result.values } },
      { status: 400 },
    );
  }
  const { flagKey: key, outcome, note } = result.value;
  if (!report.flags.some((flag) => flagKey(flag) === key)) {
    throw new Response("There is no such flag in this check’s report.", { status: 400 });
  }
  await recordFlagOutcome({ checkId: check.id, flagKey: key, outcome, note });
  return redirect(`/checks/${check.id}/report#flag-${encodeURIComponent(key)}`, 303);
}

export default function FullReport() {
  const { title, vcsName, primeName, report, dimensions, home, canRecordOutcomes } = useLoaderData<typeof loader>();
  const outcomeError = useActionData<typeof action>()?.outcomeError ?? null;
  return (
    <>
      <p className="no-print">
        <Link to={home}>Back to the check</Link>
      </p>
      <span className="caption">Partnership check report</span>
      <h1>{title}</h1>
      <p>
        Between <strong>{vcsName}</strong> (the voluntary or community organisation) and <strong>{primeName}</strong>{" "}
        (the prime contractor).
      </p>
      <ReportSummary
        report={report}
        vcsName={vcsName}
        primeName={primeName}
        basePath={home}
        dimensions={dimensions}
        outcomeForms={canRecordOutcomes ? { error: outcomeError } : undefined}
      />
    </>
  );
}
