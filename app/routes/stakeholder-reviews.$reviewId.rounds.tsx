/**
 * A stakeholder review year on year (issue 20; docs/method.md, "Year on year"), for the commissioner and the
 * provider: the chain of yearly rounds, each theme's score for all stakeholders round by round (a chart with a
 * table), and what moved between the latest two closed rounds, by theme and by each group both rounds show. Every
 * figure is a round's own results with the threshold applied (reviewTrend), so nothing the results page hides
 * appears here. Its action starts next year's round from a closed review (the dashboard's form posts here too).
 */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { holdsRole, openSession, sealKeys } from "~/access/session.server";
import { requireRunnerPage } from "~/access/stakeholder.server";
import { ErrorSummary } from "~/components/form";
import { StartNextRoundForm } from "~/components/stakeholder-next-round";
import { TableScroll } from "~/components/table-scroll";
import { TrendChart, trendFigure } from "~/components/stakeholder-trend-chart";
import { REVIEW_PARTIES, type ReviewParty } from "~/domain/stakeholder/review";
import { reviewTrend, trendMoves, type ThemeMove } from "~/domain/stakeholder/rounds";
import { readFormData } from "~/http/form-body.server";
import { listReviewRounds, questionnaireOfReview, startNextRound } from "~/models/stakeholder.server";
import { hashToken } from "~/models/tokens.server";
import type { RouteHandle } from "~/root";

/** Read and printed; its one form posts without scripts. */
export const handle: RouteHandle = { hydrate: false };

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Year on year: ${data.service} – stakeholder review – Common Ground` : "Common Ground" },
  { name: "robots", content: "noindex, nofollow" },
];

const DAY = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "Europe/London",
});
/** A date that never breaks across lines ("2 Dec 2026"). */
const dateOf = (d: Date) => DAY.format(d).replace(/ /g, "\u00a0");

/** Whether this browser runs a review (either party), so its page may be linked. */
async function runsReview(request: Request, reviewId: string) {
  for (const party of REVIEW_PARTIES) if (await holdsRole(request, reviewId, party)) return true;
  return false;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { review } = await requireRunnerPage(request, params.reviewId ?? "");
  const chain = await listReviewRounds(review.id);
  const questionnaire = questionnaireOfReview(review);
  const trend = reviewTrend(
    questionnaire.themes.map((t) => t.id),
    chain.map(({ review: r, results }) => ({ number: r.number, results })),
  );
  const titles = new Map(questionnaire.themes.map((t) => [t.id, t.title]));
  const titled = (moves: ThemeMove[]) => moves.map((m) => ({ ...m, title: titles.get(m.themeId) ?? m.themeId }));
  const moves = trendMoves(trend);
  const latest = chain.at(-1)?.review;
  return {
    id: review.id,
    service: review.service,
    number: review.number,
    home: `/stakeholder-reviews/${review.id}`,
    rounds: await Promise.all(
      chain.map(async ({ review: r, results }) => ({
        id: r.id,
        number: r.number,
        here: r.id === review.id,
        startedOn: dateOf(r.createdAt),
        closedOn: r.closedAt ? dateOf(r.closedAt) : null,
        answered: r.groups.reduce((n, g) => n + g.submitted, 0),
        counted: results?.counted ?? null,
        /** Its page, only for a round this browser runs too. */
        link: r.id === review.id || (await runsReview(request, r.id)) ? `/stakeholder-reviews/${r.id}` : null,
      })),
    ),
    chart: {
      rounds: trend.rounds,
      themes: trend.overall.map((t) => ({ id: t.themeId, title: titles.get(t.themeId) ?? t.themeId, means: t.means })),
    },
    moves: moves
      ? {
          from: moves.from,
          to: moves.to,
          overall: titled(moves.overall),
          groups: moves.groups.map((g) => ({ name: g.name, themes: titled(g.themes) })),
        }
      : null,
    /** This round can start next year's: closed, with none after it. */
    canStart: review.closedAt !== null && review.nextId === null,
    latestNumber: latest?.number ?? review.number,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { authority } = await requireRunnerPage(request, params.reviewId ?? "");
  if ((await readFormData(request)).get("intent") !== "start-next") {
    return data({ error: "This form has a button it does not expect" }, { status: 400 });
  }
  const started = await startNextRound(authority, await sealKeys());
  switch (started.status) {
    case "unauthorised":
      throw new Response("This link has been replaced.", { status: 410 });
    case "open":
      return data(
        { error: "Close this review to answers before starting next year’s: only the commissioner can close it" },
        { status: 409 },
      );
    case "exists":
      // A second press (or a second tab) opens the round it started; one started elsewhere is not this browser's.
      if (await runsReview(request, started.nextId)) throw redirect(`/stakeholder-reviews/${started.nextId}`, 303);
      return data(
        {
          error:
            "Next year’s review has already been started, from another browser. Open it with the link shown to whoever started it",
        },
        { status: 409 },
      );
    case "started": {
      const role = authority.role as ReviewParty;
      const token = started.review.tokens[role];
      const cookie = await openSession(request, [{ checkId: started.review.id, role, tokenHash: hashToken(token) }], {
        links: [{ role, token }],
      });
      return redirect(`/stakeholder-reviews/${started.review.id}?started=1`, {
        status: 303,
        headers: { "Set-Cookie": cookie },
      });
    }
  }
}

const changeWords = (change: number | null) =>
  change === null
    ? "–"
    : change === 0
      ? "No change"
      : change > 0
        ? `Up ${change.toFixed(1)}`
        : `Down ${(-change).toFixed(1)}`;

function MovesTable({
  caption,
  from,
  to,
  themes,
}: {
  caption: string;
  from: number;
  to: number;
  themes: ReadonlyArray<ThemeMove & { title: string }>;
}) {
  return (
    <TableScroll label={caption}>
      <table className="table stakeholder-trend-table">
        <caption>{caption}, 1 to 5</caption>
        <thead>
          <tr>
            <th scope="col">Theme</th>
            <th scope="col" className="numeric">
              Round {from}
            </th>
            <th scope="col" className="numeric">
              Round {to}
            </th>
            <th scope="col" className="numeric">
              Change
            </th>
          </tr>
        </thead>
        <tbody>
          {themes.map((t) => (
            <tr key={t.themeId}>
              <th scope="row">{t.title}</th>
              <td className="numeric">{trendFigure(t.before)}</td>
              <td className="numeric">{trendFigure(t.after)}</td>
              <td className="numeric">{changeWords(t.change)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export default function StakeholderRounds() {
  const page = useLoaderData<typeof loader>();
  const error = useActionData<typeof action>()?.error;
  const closedCount = page.rounds.filter((r) => r.closedOn !== null).length;
  return (
    <>
      <ErrorSummary errors={error ? [{ href: "next-year", message: error }] : []} />
      <p className="no-print">
        <Link to={page.home}>Back to the review</Link>
      </p>
      <span className="caption">Stakeholder review: {page.service}</span>
      <h1>Year on year</h1>
      <p className="lead">
        How the local system’s view of {page.service} has moved from one yearly review to the next. Beside the system
        discussion, this is evidence a commissioner can weigh when deciding how long a contract should run, or whether
        to renew it.
      </p>
      <p>
        Different people answer each year, so a change of a few tenths is a question to ask, not a finding. Each round’s
        figures are its own results: a group with fewer than three responses in a round is not shown or counted for that
        round, and never filled in from another year.
      </p>

      <h2>The rounds</h2>
      <TableScroll label="The rounds">
        <table className="table stakeholder-trend-table">
          <caption className="visually-hidden">The yearly rounds of this review</caption>
          <thead>
            <tr>
              <th scope="col">Round</th>
              <th scope="col">Dates</th>
              <th scope="col">Responses</th>
            </tr>
          </thead>
          <tbody>
            {page.rounds.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  {r.link && !r.here ? <Link to={r.link}>Round {r.number}</Link> : `Round ${r.number}`}
                  {r.here ? <span className="hint stakeholder-trend-table__here"> (this review)</span> : null}
                </th>
                <td>
                  <span className="stakeholder-trend-table__line">Started {r.startedOn}</span>{" "}
                  {r.closedOn ? (
                    <span className="stakeholder-trend-table__line">Closed {r.closedOn}</span>
                  ) : (
                    <strong className="tag tag--grey">Taking answers</strong>
                  )}
                </td>
                <td>
                  <span className="stakeholder-trend-table__line">{r.answered} answered</span>
                  {r.counted === null ? null : (
                    <span className="stakeholder-trend-table__line">{r.counted} counted in the results</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="hint">
        “Answered” counts every submitted response; “counted in the results” only those of the groups with three
        responses or more. A round still taking answers has no results yet.
      </p>

      <h2>Theme by theme</h2>
      {closedCount === 0 ? (
        <p>No round is closed yet, so there are no figures to compare.</p>
      ) : (
        <TrendChart data={page.chart} />
      )}

      <h2>What moved</h2>
      {page.moves ? (
        <>
          <p>
            Round {page.moves.from} against round {page.moves.to}, the latest two closed rounds. A change is the later
            round’s score less the earlier one’s.
          </p>
          <MovesTable
            caption="All stakeholders"
            from={page.moves.from}
            to={page.moves.to}
            themes={page.moves.overall}
          />
          {page.moves.groups.length === 0 ? (
            <p>No group had three or more responses in both rounds, so no group is compared.</p>
          ) : (
            page.moves.groups.map((g) => (
              <MovesTable key={g.name} caption={g.name} from={page.moves!.from} to={page.moves!.to} themes={g.themes} />
            ))
          )}
          <p className="hint">A group is compared only where both rounds show it (three responses or more in each).</p>
        </>
      ) : (
        <p>Once two rounds are closed, this shows what moved between them, theme by theme and group by group.</p>
      )}

      <h2 id="next-year">Next year’s review</h2>
      {page.canStart ? (
        <StartNextRoundForm reviewId={page.id} />
      ) : page.latestNumber > page.number ? (
        <p>Next year’s review has been started. Start the year after from the latest round’s own page.</p>
      ) : (
        <p>Next year’s review can be started once the commissioner has closed this one to answers.</p>
      )}
    </>
  );
}
