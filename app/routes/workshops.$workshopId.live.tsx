/**
 * The facilitator's live view (issue 18), made for a projector: how to join (the code, very large, and a QR code),
 * how many have joined and submitted, and, once three have submitted, where the room stands on each item, the
 * dealbreakers the scenario triggered, the most divided items and prompts for the discussion. Nothing on it names
 * or separates a participant: every figure is a count over the room (getWorkshopFigures).
 *
 * It works without JavaScript (the "Refresh" link reloads it); with JavaScript it revalidates every few seconds
 * while the tab is visible. So the loader stays light: the figures are a few indexed queries, the scenario
 * prime's answers one more, and no report is built here.
 */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useRevalidator } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { requireFacilitator } from "~/access/workshop.server";
import { PositionDistribution } from "~/components/position-distribution";
import { QrCode } from "~/components/qr-code";
import { formatJoinCode, mostDivided } from "~/domain/workshop";
import {
  dealbreakerLines,
  discussionPrompts,
  primeStances,
  splitText,
  type PrimeStance,
} from "~/domain/workshop-prompts";
import { ukDay } from "~/formats/closing-date";
import { qrPicture, type QrPicture } from "~/formats/qr.server";
import { getCheckSummary } from "~/models/check.server";
import { questionnaireOf } from "~/models/questionnaire.server";
import { getSideAnswers } from "~/models/response.server";
import { getWorkshopFigures } from "~/models/workshop.server";

/** How often the view asks for fresh figures, with JavaScript, while the tab is visible. */
export const REFRESH_SECONDS = 5;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Live view – ${data.title} – Common Ground` : "Common Ground" },
  { name: "robots", content: "noindex, nofollow" },
];

// A join link's QR code never changes; it is drawn once per link, not on every refresh of every open projector.
const qrPictures = new Map<string, QrPicture>();
function qrFor(link: string): QrPicture {
  let picture = qrPictures.get(link);
  if (!picture) {
    if (qrPictures.size >= 200) qrPictures.clear();
    picture = qrPicture(link);
    qrPictures.set(link, picture);
  }
  return picture;
}

const ukTime = (at: Date) =>
  at.toLocaleTimeString("en-GB", { timeZone: "Europe/London", hour: "2-digit", minute: "2-digit", second: "2-digit" });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { workshop } = await requireFacilitator(request, params.workshopId);
  const url = new URL(request.url);
  const theme = url.searchParams.get("theme") === "dark" ? "dark" : "light";
  const figures = await getWorkshopFigures(workshop);
  const questionnaire = questionnaireOf(workshop);
  const joinLink = `${url.origin}/join/${workshop.joinCode}`;
  const joinable = workshop.closedAt === null && workshop.answersDeletedAt === null;

  let stances: Record<string, PrimeStance> = {};
  if (figures.items) {
    // The scenario is the facilitator's own choice (a built-in profile or their answers), not a participant's.
    const scenario = await getCheckSummary(workshop.checkId);
    const prime = scenario?.sides.prime;
    if (prime && prime.status === "submitted") {
      stances = primeStances((await getSideAnswers(prime.responseId)).answers, questionnaire);
    }
  }
  const byItem = new Map((figures.items ?? []).map((f) => [f.id, f]));
  const items = questionnaire.dimensions.flatMap((d) => d.items);
  const sections = figures.items
    ? questionnaire.dimensions
        .map((d) => ({
          id: d.id,
          title: d.title,
          items: d.items.flatMap((item) => {
            const f = byItem.get(item.id);
            return f
              ? [
                  {
                    id: item.id,
                    prompt: item.prompt.vcs,
                    optionLabels: item.options.map((o) => o.label.vcs),
                    figures: f,
                    prime: stances[item.id] ?? null,
                  },
                ]
              : [];
          }),
        }))
        .filter((s) => s.items.length > 0)
    : null;
  const promptOf = new Map(items.map((item) => [item.id, item.prompt.vcs]));
  const themePath = (to: "light" | "dark") => `${url.pathname}${to === "dark" ? "?theme=dark" : ""}`;

  return {
    id: workshop.id,
    title: workshop.title,
    theme,
    refreshPath: themePath(theme),
    otherTheme: { path: themePath(theme === "dark" ? "light" : "dark"), dark: theme !== "dark" },
    closed: workshop.closedAt !== null,
    // Only while anyone may join: a closed room's screen invites no one.
    join: joinable
      ? { page: `${url.host}/join`, link: joinLink, code: formatJoinCode(workshop.joinCode), qr: qrFor(joinLink) }
      : null,
    answersDeletedOn: workshop.answersDeletedAt ? ukDay(workshop.answersDeletedAt) : null,
    joined: figures.joined,
    submitted: figures.submitted,
    counted: figures.counted,
    updatedAt: ukTime(new Date()),
    sections,
    dealbreakers: figures.dealbreakers ? dealbreakerLines(figures.dealbreakers, figures.counted) : null,
    divided: figures.items
      ? mostDivided(figures.items, 5).map((f) => ({
          id: f.id,
          prompt: promptOf.get(f.id) ?? f.id,
          split: splitText(f.positions),
        }))
      : null,
    prompts: discussionPrompts(figures, items),
  };
}

/**
 * With JavaScript, revalidates the page's data every `seconds` while the tab is visible, and at once when it
 * becomes visible again; a hidden tab (the facilitator's laptop showing slides) asks for nothing. Returns whether
 * the timer runs, so the page says so only when it is true.
 */
function useAutoRefresh(seconds: number): boolean {
  const revalidator = useRevalidator();
  const latest = useRef(revalidator);
  latest.current = revalidator;
  const [running, setRunning] = useState(false);
  useEffect(() => {
    const refresh = () => {
      if (!document.hidden && latest.current.state === "idle") latest.current.revalidate();
    };
    const timer = window.setInterval(refresh, seconds * 1000);
    const onVisibility = () => {
      if (!document.hidden) refresh();
    };
    document.addEventListener("visibilitychange", onVisibility);
    setRunning(true);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [seconds]);
  return running;
}

type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>;

/** A dealbreaker's share as a bar beside its words (which say the same, so the bar is hidden from screen readers). */
function ShareBar({ percent }: { percent: number }) {
  return (
    <svg
      className="live__share-bar"
      viewBox="0 0 100 10"
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      <rect width={100} height={10} className="live__share-track" fill="#f3f2f1" />
      <rect width={percent} height={10} className="live__share-fill" fill="#d4351c" />
    </svg>
  );
}

function JoinPanel({ page }: { page: LoaderData }) {
  if (page.answersDeletedOn) {
    return (
      <section className="live__join" aria-label="Joining">
        <p className="live__notice">Participants’ answers were deleted on {page.answersDeletedOn}.</p>
      </section>
    );
  }
  if (!page.join) {
    return (
      <section className="live__join" aria-label="Joining">
        <p className="live__notice">This workshop is closed to new answers.</p>
      </section>
    );
  }
  return (
    <section className="live__join" aria-label="How to join">
      <div className="live__join-text">
        <p className="live__join-line">
          Join at <strong className="live__host">{page.join.page}</strong> with the code
        </p>
        <p className="live__code">{page.join.code}</p>
      </div>
      <QrCode picture={page.join.qr} label={`QR code for ${page.join.link}`} className="qr-code live__qr" />
    </section>
  );
}

export default function LiveView() {
  const page = useLoaderData<typeof loader>();
  const refreshing = useAutoRefresh(REFRESH_SECONDS);
  return (
    <div className={`live live--${page.theme}`}>
      <div className="live__top">
        <h1 className="live__title">{page.title}</h1>
        <p className="live__controls">
          <a href={page.refreshPath} className="live__refresh">
            Refresh
          </a>
          <span className="live__updated">
            {refreshing ? `Updates every ${REFRESH_SECONDS} seconds. ` : ""}Last updated {page.updatedAt}
          </span>
        </p>
      </div>

      <JoinPanel page={page} />

      <div className="live__counts" aria-live="polite" aria-atomic="true">
        <p className="live__count">
          <span className="live__number">{page.joined}</span> joined
        </p>
        <p className="live__count">
          <span className="live__number">{page.submitted}</span> submitted
        </p>
      </div>

      {page.sections === null ? (
        <p className="live__waiting">The room’s answers appear once three organisations have submitted.</p>
      ) : (
        <>
          {page.counted < page.submitted ? (
            <p className="live__waiting">
              These figures are the first {page.counted} to submit: they grow three at a time, so that no one
              organisation’s answers can be picked out.
            </p>
          ) : null}
          <section aria-labelledby="where-the-room-stands">
            <h2 id="where-the-room-stands">Where the room stands</h2>
            <p className="live__key">
              Positions run from <strong>1 = most independence</strong> to <strong>5 = fullest integration</strong> with
              the prime. Each bar counts the organisations that preferred that position; the dot is the scenario prime’s
              preference, on the band of positions it could accept.
            </p>
            {page.sections.map((section) => (
              <section key={section.id} aria-labelledby={`section-${section.id}`} className="live__section">
                <h3 id={`section-${section.id}`}>{section.title}</h3>
                <div className="live__charts">
                  {section.items.map((item) => (
                    <PositionDistribution
                      key={item.id}
                      figures={item.figures}
                      prime={item.prime}
                      optionLabels={item.optionLabels}
                      caption={item.prompt}
                    />
                  ))}
                </div>
              </section>
            ))}
          </section>

          <div className="live__pair">
            <section aria-labelledby="dealbreakers">
              <h2 id="dealbreakers">Dealbreakers the scenario triggered</h2>
              {page.dealbreakers && page.dealbreakers.length > 0 ? (
                <ul className="live__shares">
                  {page.dealbreakers.map((d) => (
                    <li key={d.code}>
                      <strong className="live__share-title">{d.title}</strong>
                      <ShareBar percent={d.percent} />
                      <span className="live__share-text">{d.share}</span>
                    </li>
                  ))}
                </ul>
              ) : (
                <p>The scenario triggered no dealbreaker for anyone who has submitted.</p>
              )}
            </section>

            <section aria-labelledby="most-divided">
              <h2 id="most-divided">Most divided</h2>
              {page.divided && page.divided.length > 0 ? (
                <ol className="live__list">
                  {page.divided.map((d) => (
                    <li key={d.id}>
                      <strong>{d.prompt}</strong> {d.split}.
                    </li>
                  ))}
                </ol>
              ) : (
                <p>The room chose the same position on every question.</p>
              )}
            </section>
          </div>

          <section aria-labelledby="to-discuss">
            <h2 id="to-discuss">To discuss</h2>
            {page.prompts.length > 0 ? (
              <ol className="live__prompts">
                {page.prompts.map((p) => (
                  <li key={`${p.kind}-${p.itemId ?? p.code}`}>
                    <p>{p.finding}</p>
                    <p className="live__question">{p.question}</p>
                  </li>
                ))}
              </ol>
            ) : (
              <p>Nothing stands out yet: the room agrees, with no red lines and no dealbreakers.</p>
            )}
          </section>
        </>
      )}

      <p className="live__footer-links">
        <Link to={`/workshops/${page.id}`}>Back to the workshop</Link>{" "}
        <a href={page.otherTheme.path}>
          {page.otherTheme.dark ? "Show light text on a dark background" : "Show dark text on a light background"}
        </a>
      </p>
    </div>
  );
}
