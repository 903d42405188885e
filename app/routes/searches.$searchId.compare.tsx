import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireSearchOwner } from "~/access/search.server";
import { StatusTag } from "~/components/status-tag";
import { TableScroll } from "~/components/table-scroll";
import { VerdictTag } from "~/components/verdict-tag";
import type { SideStatus } from "~/domain/types";
import { reportLabels } from "~/formats/report-labels";
import { compareSchema } from "~/forms/search-schemas.server";
import { questionnaireOf } from "~/models/questionnaire.server";
import { getReport } from "~/models/report.server";
import { getSearchCandidate } from "~/models/search.server";
import type { RouteHandle } from "~/root";

export const handle: RouteHandle = { hydrate: false };

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Compare candidates: ${data.title} – Common Ground` : "Common Ground" },
  { name: "robots", content: "noindex, nofollow" },
];

/** How many questions a section lists as its biggest differences, at most. */
const DIFFERENCES_PER_SECTION = 2;
/** A question is listed only when the candidates' fits on it are at least this far apart (fit runs from 0 to 1). */
const NOTABLE_SPREAD = 0.2;

/**
 * Two or three candidates side by side (issue 17): verdict, overall score,
 * dealbreakers, each section's score and, section by section, the questions
 * on which they differ most. Only candidates whose reports are ready are
 * compared: the others are named, with their status, and nothing else.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { search } = await requireSearchOwner(request, params.searchId);
  const dashboard = `/searches/${search.id}`;
  const common = { title: search.title, dashboard };
  // Only the candidates are read: anything else in the address (a tracking tag, say) is ignored, not refused.
  const parsed = compareSchema.safeParse({ c: new URL(request.url).searchParams.getAll("c") });
  const ids = parsed.success ? [...new Set(parsed.data.c)] : [];
  if (!parsed.success || ids.length < 2) {
    const message = parsed.success
      ? "Choose two or three different candidates to compare"
      : parsed.error.issues[0]!.message;
    return data({ ...common, error: message, compared: null, waiting: [], sections: [] }, { status: 400 });
  }
  const found = await Promise.all(ids.map((id) => getSearchCandidate(search.id, id)));
  if (found.some((f) => f === null)) throw new Response("Not found", { status: 404 });
  const candidates = await Promise.all(found.map(async (f) => ({ ...f!, report: await getReport(f!.check) })));
  const waiting = candidates
    .filter((c) => !c.report)
    .map((c) => ({
      id: c.candidate.id,
      name: c.check.sides.vcs.name,
      status: c.check.sides.vcs.status as SideStatus,
      why:
        c.check.sides.vcs.status !== "submitted"
          ? "has not submitted yet, so its report is sealed"
          : "is waiting for your answers: its report opens once you submit",
    }));
  const ready = candidates.flatMap((c) => (c.report ? [{ ...c, report: c.report }] : []));
  const questionnaire = questionnaireOf(search);
  const sections = questionnaire.dimensions.map((d) => ({ id: d.id, title: d.title, critical: d.critical }));
  const compared = ready.map((c) => ({
    id: c.candidate.id,
    name: c.check.sides.vcs.name,
    path: `${dashboard}/candidates/${c.candidate.id}`,
    verdict: c.report.verdict.code,
    overall: c.report.overall,
    dealbreakers: c.report.flags.filter((f) => f.severity === "dealbreaker").map((f) => f.title),
    scores: Object.fromEntries(c.report.dimensions.map((d) => [d.id, d.score])) as Record<string, number | null>,
  }));
  // Each candidate's words for its preferred position on a question, from the bank (app/formats/report-labels.ts).
  const words = ready.map(
    (c) =>
      new Map(reportLabels(questionnaire, c.report).dimensions.flatMap((d) => d.items.map((i) => [i.id, i] as const))),
  );
  const fits = ready.map((c) => new Map(c.report.items.map((i) => [i.id, i])));
  const differences = sections.map((section) => {
    const dimension = questionnaire.dimensions.find((d) => d.id === section.id)!;
    const items = dimension.items
      .flatMap((item) => {
        const answers = fits.map((f) => f.get(item.id));
        if (answers.some((a) => !a)) return [];
        const values = answers.map((a) => a!.fit);
        const spread = Math.max(...values) - Math.min(...values);
        if (spread < NOTABLE_SPREAD) return [];
        return [
          {
            id: item.id,
            prompt: item.prompt.vcs,
            spread,
            answers: answers.map((a, index) => ({
              fit: a!.fit,
              preferred: a!.vcs.preferred,
              words: words[index]!.get(item.id)?.preferred.vcs ?? "",
              redLine: a!.vcs.redLine,
            })),
          },
        ];
      })
      .sort((a, b) => b.spread - a.spread)
      .slice(0, DIFFERENCES_PER_SECTION);
    return { ...section, items };
  });
  return data({
    ...common,
    error: null,
    compared: compared.length >= 2 ? compared : null,
    waiting,
    sections: differences,
    alone: compared.length === 1 ? compared[0]!.name : null,
  });
}

type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>;

function Comparison({
  compared,
  sections,
}: {
  compared: NonNullable<LoaderData["compared"]>;
  sections: LoaderData["sections"];
}) {
  return (
    <>
      <TableScroll label="The candidates side by side (scrolls sideways)">
        <table className="table compare-table">
          <caption>The candidates side by side (scores out of 100)</caption>
          <thead>
            <tr>
              <td />
              {compared.map((c) => (
                <th scope="col" key={c.id}>
                  <Link to={c.path}>{c.name}</Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Verdict</th>
              {compared.map((c) => (
                <td key={c.id}>
                  <VerdictTag verdict={c.verdict} />
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">Overall score</th>
              {compared.map((c) => (
                <td key={c.id}>
                  <strong>{c.overall}</strong>
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">Dealbreakers</th>
              {compared.map((c) => (
                <td key={c.id}>
                  {c.dealbreakers.length === 0 ? (
                    "None"
                  ) : (
                    <>
                      <strong>{c.dealbreakers.length}</strong>
                      <ul>
                        {c.dealbreakers.map((title, i) => (
                          <li key={`${title}-${i}`}>{title}</li>
                        ))}
                      </ul>
                    </>
                  )}
                </td>
              ))}
            </tr>
            {sections.map((section) => (
              <tr key={section.id}>
                <th scope="row">
                  {section.title}
                  {section.critical ? <span className="hint"> (critical)</span> : null}
                </th>
                {compared.map((c) => (
                  <td key={c.id}>{c.scores[section.id] ?? "Not scored"}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>

      <h2>Where they differ most, section by section</h2>
      <p>
        For each section, the questions on which the candidates’ answers fit yours most differently (fit runs from 0, no
        common ground, to 1, the same position), with each candidate’s preferred position in its own words.
      </p>
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`differ-${section.id}`} className="compare-section">
          <h3 id={`differ-${section.id}`}>{section.title}</h3>
          {section.items.length === 0 ? (
            <p>
              No big differences: on every question here, the candidates’ answers fit yours within 0.2 of each other.
            </p>
          ) : (
            <TableScroll label={`Biggest differences in ${section.title}`}>
              <table className="table compare-table">
                <caption className="visually-hidden">Biggest differences in {section.title}</caption>
                <thead>
                  <tr>
                    <th scope="col">Question</th>
                    {compared.map((c) => (
                      <th scope="col" key={c.id}>
                        {c.name}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {section.items.map((item) => (
                    <tr key={item.id}>
                      <th scope="row">{item.prompt}</th>
                      {item.answers.map((answer, index) => (
                        <td key={compared[index]!.id}>
                          Fit <strong>{answer.fit}</strong>
                          <br />
                          <span className="hint">
                            Prefers {answer.preferred}: {answer.words}
                            {answer.redLine ? "; a red line" : ""}
                          </span>
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </section>
      ))}
    </>
  );
}

export default function CompareCandidates() {
  const page = useLoaderData<typeof loader>();
  return (
    <>
      <p>
        <Link to={page.dashboard}>Back to the candidates</Link>
      </p>
      <span className="caption">Partner search: {page.title}</span>
      <h1>Compare candidates</h1>
      {page.error ? (
        <div className="notice notice--error" role="alert">
          <p>
            <strong>{page.error}.</strong> Tick two or three candidates in the list, then choose “Compare selected”.
          </p>
          <p>
            <Link to={page.dashboard}>Go back to the list of candidates</Link>
          </p>
        </div>
      ) : null}
      {page.waiting.length > 0 ? (
        <div className="notice">
          <p>Only candidates whose reports are ready can be compared:</p>
          <ul>
            {page.waiting.map((w) => (
              <li key={w.id}>
                <StatusTag status={w.status} /> {w.name} {w.why}.
              </li>
            ))}
          </ul>
          {page.compared ? null : (
            <p>
              {"alone" in page && page.alone
                ? `That leaves only ${page.alone}, and a comparison needs two. `
                : "That leaves fewer than two to compare. "}
              <Link to={page.dashboard}>Choose others from the list of candidates</Link>
            </p>
          )}
        </div>
      ) : null}
      {page.compared ? <Comparison compared={page.compared} sections={page.sections} /> : null}
    </>
  );
}
