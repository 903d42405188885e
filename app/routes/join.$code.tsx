/**
 * Joining a workshop through its code or link (issue 18): who the scenario
 * prime is, how long it takes, who sees what, and when the answers go; then one
 * optional field. Joining makes the participant a check of its own (only its
 * VCS side; the prime side is the workshop's scenario), signs this browser in
 * as that side and shows its own link once. A closed workshop is a 410, one
 * whose custom scenario is not submitted yet a 409, an unknown code a 404: for
 * reading the page and for joining alike.
 */
import { lastDayKept } from "~/domain/workshop";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import {
  Form,
  Link,
  isRouteErrorResponse,
  useActionData,
  useLoaderData,
  useParams,
  useRouteError,
} from "@remix-run/react";
import { openSession } from "~/access/session.server";
import { ErrorSummary, TextField, errorLinks } from "~/components/form";
import { questionnaireFor } from "~/domain/questionnaires";
import { FACTS_SECTION_ID } from "~/domain/sections";
import type { Questionnaire } from "~/domain/types";
import { MIN_SUBMITTED_FOR_FIGURES, formatJoinCode, type WorkshopSummary } from "~/domain/workshop";
import { getWorkshopProfile } from "~/domain/workshop-profiles";
import { payloadValue } from "~/forms/field-names";
import { parseForm } from "~/forms/parse.server";
import { joinFormSchema } from "~/forms/workshop-schemas.server";
import { readFormData } from "~/http/form-body.server";
import { getWorkshopByCode, joinWorkshop } from "~/models/workshop.server";
import { hashToken } from "~/models/tokens.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Join: ${data.title} – Common Ground` : "Join a workshop – Common Ground" },
];

const FIELD_ORDER = ["organisation"] as const;

const notFound = () => new Response("No workshop has this code", { status: 404 });
/** Thrown with the workshop's title, so the page can say which workshop has closed or is not ready. */
const refused = (workshop: { title: string }, status: 409 | 410, reason: "full" | null = null) =>
  data({ title: workshop.title, reason }, { status });

/** The workshop this address's code opens, while it takes participants. */
async function requireOpenWorkshop(code: string | undefined): Promise<WorkshopSummary> {
  const workshop = await getWorkshopByCode(code ?? "");
  if (!workshop) throw notFound();
  if (workshop.closedAt || workshop.answersDeletedAt) throw refused(workshop, 410);
  if (!workshop.scenarioReady) throw refused(workshop, 409);
  return workshop;
}

const questionsIn = (questionnaire: Questionnaire) =>
  questionnaire.dimensions.reduce((n, d) => n + d.items.length, 0) +
  questionnaire.facts.filter((f) => f.side === "vcs").length;

/**
 * About how long answering takes: the core set about 20 minutes, the whole bank about 40 (docs/method.md, "The core
 * set"); a selection of sections in proportion to its questions, to the nearest five minutes.
 */
function minutesFor(workshop: WorkshopSummary): number {
  const whole = workshop.questionSet === "core" ? 20 : 40;
  const all = questionnaireFor(workshop.questionnaireVersion, workshop.questionSet);
  const asked = questionnaireFor(workshop.questionnaireVersion, workshop.questionSet, workshop.sections);
  if (!all || !asked) return whole;
  return Math.max(5, Math.round((whole * questionsIn(asked)) / questionsIn(all) / 5) * 5);
}

const longDate = (date: Date) =>
  date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/London" });

export async function loader({ params }: LoaderFunctionArgs) {
  const workshop = await requireOpenWorkshop(params.code);
  // One spelling of each workshop's address: a code typed in small letters or with its dash is sent to it.
  if (params.code !== workshop.joinCode) throw redirect(`/join/${workshop.joinCode}`);
  const profile = getWorkshopProfile(workshop.profile);
  return {
    title: workshop.title,
    primeName: workshop.primeName,
    /** The built-in scenario's summary, or null for the facilitator's own scenario. */
    primeSummary: profile?.summary ?? null,
    code: formatJoinCode(workshop.joinCode),
    minutes: minutesFor(workshop),
    asksFigures: workshop.sections === null || workshop.sections.includes(FACTS_SECTION_ID),
    deletedOn: longDate(lastDayKept(workshop.deleteAnswersAfter)),
    threshold: MIN_SUBMITTED_FOR_FIGURES,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const workshop = await requireOpenWorkshop(params.code);
  const result = parseForm(await readFormData(request), joinFormSchema);
  if (!result.ok) return data({ errors: result.errors, values: result.values }, { status: 400 });
  const joined = await joinWorkshop({ code: workshop.joinCode, organisation: result.value.organisation });
  // The workshop may have closed (or filled up) between reading it and joining: checked again under its lock.
  if (joined.status === "unknown") throw notFound();
  if (joined.status === "closed") throw refused(workshop, 410);
  if (joined.status === "full") throw refused(workshop, 409, "full");
  if (joined.status === "not_ready") throw refused(workshop, 409);
  const { checkId, token } = joined.participant;
  const cookie = await openSession(request, [{ checkId, role: "vcs", tokenHash: hashToken(token) }], {
    links: [{ role: "vcs", token }],
  });
  return redirect(`/checks/${checkId}/vcs`, { status: 303, headers: { "Set-Cookie": cookie } });
}

const THREE = ["none", "one", "two", "three", "four", "five"];

export default function JoinWorkshop() {
  const workshop = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = actionData?.errors;
  const value = (name: string) => payloadValue(actionData?.values, name);
  return (
    <div className="join">
      <ErrorSummary errors={errorLinks(errors, FIELD_ORDER)} />
      <span className="caption">Workshop {workshop.code}</span>
      <h1>Join: {workshop.title}</h1>
      <p className="lead">
        You answer as your organisation, against an example prime contractor: <strong>{workshop.primeName}</strong>.
        Then you see at once where you would fit, and where you would not.
      </p>
      {workshop.primeSummary ? <p className="join__prime">{workshop.primeSummary}</p> : null}
      <ul className="join__facts">
        <li>
          <strong>About {workshop.minutes} minutes</strong> on your phone or laptop
          {workshop.asksFigures ? ", with a few figures from your accounts" : ""}. You can save and come back.
        </li>
        <li>
          <strong>No account.</strong> Your organisation’s name is optional.
        </li>
      </ul>
      <div className="notice notice--info join__privacy">
        <h2>Who sees your answers</h2>
        <ul className="search-steps">
          <li>
            You answer alone. Your answers and your result are yours: only this browser, or your own link, opens them.
          </li>
          <li>
            The facilitator sees only the room’s totals, never which organisation said what, and nothing at all until{" "}
            {THREE[workshop.threshold] ?? workshop.threshold} organisations have submitted.
          </li>
          <li>Your answers are deleted at the end of {workshop.deletedOn}.</li>
        </ul>
      </div>
      <Form method="post" noValidate>
        <TextField
          name="organisation"
          label="Your organisation’s name (optional)"
          hint="Shown only to you, on your result and your summary. Leave it blank if you prefer."
          error={errors?.organisation}
          defaultValue={value("organisation")}
          autoComplete="organization"
        />
        <button type="submit" className="button button--start">
          Join and start answering
        </button>
      </Form>
    </div>
  );
}

/** An unknown code, a closed workshop or one not ready yet, each with a way on. */
export function ErrorBoundary() {
  const error = useRouteError();
  const params = useParams();
  const title =
    isRouteErrorResponse(error) && error.data && typeof error.data === "object" && "title" in error.data
      ? String((error.data as { title: unknown }).title)
      : null;
  if (isRouteErrorResponse(error) && error.status === 410) {
    return (
      <div className="join">
        <h1>This workshop has closed</h1>
        <p>
          {title ? `“${title}” is no longer taking answers.` : "It is no longer taking answers."} The facilitator has
          closed it, or its answers have been deleted.
        </p>
        <p>
          If you joined earlier, open the link you saved when you joined to see your result and your summary. If you
          think it should still be open, ask the facilitator.
        </p>
        <p>
          <Link to="/join">Join another workshop</Link>
        </p>
      </div>
    );
  }
  const full =
    isRouteErrorResponse(error) &&
    error.status === 409 &&
    typeof error.data === "object" &&
    error.data !== null &&
    (error.data as { reason?: unknown }).reason === "full";
  if (full) {
    return (
      <div className="join">
        <h1>This workshop is full</h1>
        <p>
          {title ? `“${title}”` : "It"} has taken as many organisations as it can. Ask the facilitator whether there is
          another session you could join.
        </p>
        <p>
          <Link to="/join">Join another workshop</Link>
        </p>
      </div>
    );
  }
  if (isRouteErrorResponse(error) && error.status === 409) {
    return (
      <div className="join">
        <h1>This workshop is not ready yet</h1>
        <p>
          {title ? `The facilitator of “${title}”` : "The facilitator"} is still writing the scenario you will answer
          against. Wait for them to say it is ready, then try again.
        </p>
        <p>
          <Link to={`/join/${params.code ?? ""}`} reloadDocument>
            Try again
          </Link>
        </p>
      </div>
    );
  }
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <div className="join">
        <h1>No workshop has this code</h1>
        <p>The code in this address does not open a workshop. It may have been copied or typed incompletely.</p>
        <p>
          <Link to="/join">Enter the workshop code</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="join">
      <h1>Sorry, that did not work</h1>
      <p>
        {isRouteErrorResponse(error) && typeof error.data === "string" ? error.data : "Please go back and try again."}
      </p>
      <p>
        <Link to="/join">Enter the workshop code</Link>
      </p>
    </div>
  );
}
