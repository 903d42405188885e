import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireSearchCandidate } from "~/access/search-candidate.server";
import { ReportSummary } from "~/components/report-summary";
import { StatusTag } from "~/components/status-tag";
import { ukDay } from "~/formats/closing-date";
import { reportBoards, reportIssues, reportLabels } from "~/formats/report-labels";
import { questionnaireOf } from "~/models/questionnaire.server";
import type { RouteHandle } from "~/root";

/** Read, not used: the report's charts are drawn on the server and its detail folds natively (as the report page). */
export const handle: RouteHandle = { hydrate: false };

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.name}: candidate for ${data.title} – Common Ground` : "Common Ground" },
  { name: "robots", content: "noindex, nofollow" },
];

/** `?section=all` shows every section's question-by-question comparison, as on the report page. */
const ALL_SECTIONS = "all";

/**
 * One candidate, for the search's owner. Before both sides have submitted it
 * is sealed: the page says where things stand and shows nothing of the
 * candidate's answers. Afterwards it is the candidate's full report, built by
 * getReport and shown by the same components as any check's report page
 * (app/routes/checks.$checkId.report.tsx), one section's detail at a time.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { search, candidate, check, report } = await requireSearchCandidate(request, params);
  const base = `/searches/${search.id}`;
  const vcs = check.sides.vcs;
  const common = {
    title: search.title,
    name: vcs.name,
    primeName: search.primeName,
    dashboard: base,
    source: candidate.source,
    email: candidate.email,
    status: vcs.status,
    submittedOn: vcs.submittedAt ? ukDay(vcs.submittedAt) : null,
    primeStatus: search.primeStatus,
    primePath: `/checks/${search.checkId}/prime`,
  };
  if (!report) return { ...common, sealed: true as const };
  const questionnaire = questionnaireOf(check);
  const labels = reportLabels(questionnaire, report).dimensions.filter((d) => d.items.length > 0);
  const wanted = new URL(request.url).searchParams.get("section");
  const firstFlagged = report.items.find((i) => report.flags[0]?.itemIds.includes(i.id))?.dimensionId;
  const shown =
    wanted === ALL_SECTIONS
      ? labels
      : [labels.find((d) => d.id === wanted) ?? labels.find((d) => d.id === firstFlagged) ?? labels[0]!];
  return {
    ...common,
    sealed: false as const,
    report,
    issues: reportIssues(questionnaire, report),
    boards: reportBoards(questionnaire, report),
    dimensions: shown,
    sections: labels.map((d) => ({ id: d.id, title: d.title, shown: shown.includes(d) })),
    basePath: `${base}/candidates/${candidate.id}`,
  };
}

type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>;

function Sealed({ page }: { page: LoaderData & { sealed: true } }) {
  const waitingForYou = page.primeStatus !== "submitted";
  const waitingForThem = page.status !== "submitted";
  return (
    <section aria-labelledby="sealed-heading" className="candidate-sealed">
      <h2 id="sealed-heading">The report is sealed</h2>
      <p>
        <StatusTag status={page.status} />{" "}
        {page.status === "submitted"
          ? `${page.name} submitted its answers on ${page.submittedOn}.`
          : page.status === "in_progress"
            ? `${page.name} has started answering but has not submitted yet.`
            : page.source === "invited"
              ? `${page.name} has not started answering yet.`
              : `${page.name} has applied but has not started answering yet.`}
      </p>
      <p>
        {waitingForThem && waitingForYou
          ? `The report opens once both you and ${page.name} have submitted.`
          : waitingForThem
            ? `The report opens once ${page.name} submits.`
            : "The report opens once you submit your own answers."}{" "}
        Until then nothing of {page.name}’s answers is shown to you, and nothing of yours to them.
      </p>
      {waitingForYou ? (
        <p>
          <Link to={page.primePath}>Answer your side</Link>
        </p>
      ) : null}
    </section>
  );
}

function SectionLinks({
  sections,
  path,
}: {
  sections: Array<{ id: string; title: string; shown: boolean }>;
  path: string;
}) {
  const all = sections.every((s) => s.shown);
  return (
    <nav className="no-print" aria-labelledby="report-sections">
      <h3 id="report-sections">Question by question, section by section</h3>
      <ul>
        {sections.map((s) =>
          s.shown && !all ? (
            <li key={s.id} aria-current="page">
              {s.title} (shown above)
            </li>
          ) : (
            <li key={s.id}>
              <Link to={`${path}?section=${s.id}#report-${s.id}`}>{s.title}</Link>
            </li>
          ),
        )}
        {all ? null : (
          <li>
            <Link to={`${path}?section=${ALL_SECTIONS}`}>Every section on one page</Link>
          </li>
        )}
      </ul>
    </nav>
  );
}

export default function SearchCandidate() {
  const page = useLoaderData<typeof loader>();
  return (
    <>
      <p className="no-print">
        <Link to={page.dashboard}>Back to the candidates</Link>
      </p>
      <span className="caption">Candidate for {page.title}</span>
      <h1>{page.name}</h1>
      <p>
        {page.source === "applied" ? "Applied through the open application link" : "Invited by you"}
        {page.email ? (
          <>
            . Contact email: <a href={`mailto:${page.email}`}>{page.email}</a>
          </>
        ) : null}
        .
      </p>
      {page.sealed ? (
        <Sealed page={page} />
      ) : (
        <>
          <p>
            The report between <strong>{page.name}</strong> (the voluntary or community organisation) and{" "}
            <strong>{page.primeName}</strong> (the prime contractor), from both sides’ submitted answers.
          </p>
          <ReportSummary
            report={page.report}
            issues={page.issues}
            vcsName={page.name}
            primeName={page.primeName}
            basePath={page.basePath}
            dimensions={page.dimensions}
            boards={page.boards}
          />
          <SectionLinks sections={page.sections} path={page.basePath} />
        </>
      )}
    </>
  );
}
