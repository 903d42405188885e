/**
 * A stakeholder review's results and its system discussion guide (issue 20; docs/method.md, "Stakeholder
 * reviews"), for the commissioner and the provider, once the review is closed: the themes as the system sees them
 * beside the provider's own view, each group shown (none below three), where views differ with the questions to
 * discuss, the free text of the groups shown, and the shared actions agreed: who, what, by when. Printable.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { groups } from "d3-array";
import { Form, Link, useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { requireRunnerPage } from "~/access/stakeholder.server";
import { ErrorSummary, RadioGroup, TextField, errorLinks } from "~/components/form";
import { ThemeChart } from "~/components/stakeholder-chart";
import { ukDay } from "~/formats/closing-date";
import { DeleteReviewSection } from "~/components/stakeholder-delete";
import { StartNextRoundForm } from "~/components/stakeholder-next-round";
import { TableScroll } from "~/components/table-scroll";
import { statementsOf } from "~/domain/stakeholder";
import type { Divergence } from "~/domain/stakeholder/results";
import { payloadValue } from "~/forms/field-names";
import { parseForm } from "~/forms/parse.server";
import { sharedActionSchema } from "~/forms/stakeholder-schemas.server";
import { readFormData } from "~/http/form-body.server";
import {
  addAction,
  getReviewResults,
  listActions,
  questionnaireOfReview,
  removeAction,
} from "~/models/stakeholder.server";
import type { RouteHandle } from "~/root";

/** Read and printed; its forms post without scripts. */
export const handle: RouteHandle = { hydrate: false };

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Results: ${data.service} – stakeholder review – Common Ground` : "Common Ground" },
  { name: "robots", content: "noindex, nofollow" },
];

const REASON_WORDS: Readonly<Record<Divergence["reasons"][number], string>> = {
  "self-higher": "The provider rates itself higher than the system does",
  "self-lower": "The provider rates itself lower than the system does",
  "groups-differ": "The groups see this differently from one another",
  "not-known": "Half or more of the stakeholders did not know",
};

const figure = (n: number | null) => (n === null ? "–" : n.toFixed(1));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { review, role } = await requireRunnerPage(request, params.reviewId ?? "");
  const results = await getReviewResults(review);
  if (!results)
    throw new Response("The results appear once the commissioner closes the review to answers.", { status: 409 });
  const questionnaire = questionnaireOfReview(review);
  const statements = new Map(statementsOf(questionnaire).map((s) => [s.id, s]));
  const themeTitle = new Map(questionnaire.themes.map((t) => [t.id, t.title]));
  const selfThemes = new Map((results.selfThemes ?? []).map((t) => [t.themeId, t.mean]));
  const shown = results.groups.flatMap((g) => (g.shown ? [g] : []));
  return {
    service: review.service,
    providerName: review.providerName,
    commissionerName: review.commissionerName,
    role,
    home: `/stakeholder-reviews/${review.id}`,
    threshold: results.threshold,
    counted: results.counted,
    themes: questionnaire.themes.map((t) => ({
      id: t.id,
      title: t.title,
      system: results.overall?.themes.find((x) => x.themeId === t.id)?.mean ?? null,
      self: selfThemes.get(t.id) ?? null,
    })),
    groups: shown.map((g) => ({
      name: g.group.name,
      responses: g.cell.responses,
      themes: questionnaire.themes.map((t) => g.cell.themes.find((x) => x.themeId === t.id)?.mean ?? null),
      text: questionnaire.freeText.map((q) => ({ id: q.id, question: q.stakeholder, answers: g.text[q.id] })),
    })),
    hidden: results.groups.flatMap((g) => (g.shown ? [] : [g.group.name])),
    levels: results.levels?.map((l) => ({
      level: l.level,
      responses: l.cell.responses,
      themes: questionnaire.themes.map((t) => l.cell.themes.find((x) => x.themeId === t.id)?.mean ?? null),
    })),
    divergent: questionnaire.themes
      .map((t) => ({
        id: t.id,
        title: t.title,
        discussion: t.discussion,
        // Statements that stand out for the same reasons are listed under those reasons once, in the
        // questionnaire's order: a board reads "higher than the system" once, not against every statement.
        byReason: groups(
          results.divergence.filter((d) => d.themeId === t.id && d.reasons.length > 0),
          (d) => d.reasons.map((r) => REASON_WORDS[r]).join("; "),
        ).map(([reason, items]) => ({
          reason,
          items: items.map((d) => ({ ...d, text: statements.get(d.statementId)!.stakeholder })),
        })),
      }))
      .filter((t) => t.byReason.length > 0),
    selfSubmitted: results.self !== null,
    // The provider's words are its own, not a stakeholder's: shown as the provider's, whatever the groups' sizes.
    selfText: questionnaire.freeText.flatMap((q) => {
      const answer = results.selfText?.[q.id];
      return answer ? [{ id: q.id, question: q.provider, answer }] : [];
    }),
    actions: (await listActions(review.id)).map((a) => ({
      ...a,
      theme: a.themeId ? (themeTitle.get(a.themeId) ?? null) : null,
      /** The day in words, "31 March 2027" (dueOn is a plain day: noon UTC is that day in UK time too). */
      due: a.dueOn ? ukDay(new Date(`${a.dueOn}T12:00:00Z`)) : null,
      createdAt: a.createdAt.toISOString(),
    })),
    themeOptions: questionnaire.themes.map((t) => ({ value: t.id, label: t.title })),
    id: review.id,
    /** Next year's review can be started from here: none has been yet. */
    canStartNext: review.nextId === null,
  };
}

const ACTION_FIELDS = ["forWhom", "who", "what", "dueOn", "themeId"] as const;

/** Records a shared action, or removes one (`intent=remove`). */
export async function action({ request, params }: ActionFunctionArgs) {
  const { review, authority } = await requireRunnerPage(request, params.reviewId ?? "");
  const form = await readFormData(request);
  const back = `/stakeholder-reviews/${review.id}/results#actions`;
  if (form.get("intent") === "remove") {
    const removed = await removeAction({ authority, actionId: String(form.get("actionId") ?? "") });
    if (removed.status === "unauthorised") throw new Response("This link has been replaced.", { status: 410 });
    return redirect(back, 303);
  }
  form.delete("intent");
  const parsed = parseForm(form, sharedActionSchema);
  if (!parsed.ok) return data({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  const { themeId } = parsed.value;
  if (themeId !== undefined && !questionnaireOfReview(review).themes.some((t) => t.id === themeId)) {
    return data({ errors: { themeId: "Choose one of the themes" }, values: parsed.values }, { status: 400 });
  }
  const added = await addAction({
    authority,
    action: { ...parsed.value, dueOn: parsed.value.dueOn ?? null, themeId: themeId ?? null },
  });
  if (added.status === "unauthorised") throw new Response("This link has been replaced.", { status: 410 });
  if (added.status === "full") {
    return data(
      { errors: { form: "This review has as many actions as it can hold" }, values: parsed.values },
      { status: 400 },
    );
  }
  return redirect(back, 303);
}

/** Each theme's mean (1 to 5) in each column: a group, or a level; each column headed by how many answered. */
function ThemeTable(props: {
  caption: string;
  themes: ReadonlyArray<{ id: string; title: string }>;
  columns: ReadonlyArray<{ name: string; responses: number; means: ReadonlyArray<number | null> }>;
}) {
  return (
    <TableScroll label={props.caption}>
      <table className="table">
        <caption>{props.caption}, 1 to 5</caption>
        <thead>
          <tr>
            <th scope="col">Theme</th>
            {props.columns.map((c) => (
              <th scope="col" className="numeric" key={c.name}>
                {c.name} <span className="hint">({c.responses})</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.themes.map((t, i) => (
            <tr key={t.id}>
              <th scope="row">{t.title}</th>
              {props.columns.map((c) => (
                <td className="numeric" key={c.name}>
                  {figure(c.means[i] ?? null)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export default function StakeholderResults() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as
    | { errors: Partial<Record<(typeof ACTION_FIELDS)[number] | "form", string>>; values: Record<string, unknown> }
    | undefined;
  const value = (name: string) => payloadValue(result?.values, name);
  const location = useLocation();
  return (
    <>
      <ErrorSummary errors={errorLinks(result?.errors, ACTION_FIELDS)} />
      <ul className="no-print list">
        <li>
          <Link to={page.home}>Back to the review</Link>
        </li>
        <li>
          <Link to={`${page.home}/rounds`}>Compare it year on year</Link>
        </li>
      </ul>
      <span className="caption">Stakeholder review: {page.service}</span>
      <h1>Results and discussion guide</h1>
      <p className="lead">
        What {page.counted} stakeholders said about {page.service}, run by {page.commissionerName} and{" "}
        {page.providerName}. Print this page, or save it as a PDF, for both boards.
      </p>
      <div className="notice notice--info">
        <p>
          No group is shown with fewer than {page.threshold} responses, and nobody’s answers are shown on their own.
          {page.hidden.length === 1
            ? ` ${page.hidden[0]} had fewer than ${page.threshold}, so their answers are not shown or counted anywhere on this page.`
            : ""}
        </p>
        {/* A list, not a sentence: group names such as "Voluntary and community groups" blur in "A, B and C". */}
        {page.hidden.length > 1 ? (
          <>
            <p>
              These groups had fewer than {page.threshold}, so their answers are not shown or counted anywhere on this
              page:
            </p>
            <ul className="list">
              {page.hidden.map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
          </>
        ) : null}
      </div>

      {page.counted === 0 ? (
        <p>No group reached {page.threshold} responses, so there are no figures to show.</p>
      ) : (
        <>
          <ThemeChart rows={page.themes} />
          {page.selfSubmitted ? null : (
            <p>The provider did not submit a self-assessment, so only the system’s view is shown.</p>
          )}

          <h2>By group</h2>
          <ThemeTable
            caption="Theme scores by group"
            themes={page.themes}
            columns={page.groups.map((g) => ({ name: g.name, responses: g.responses, means: g.themes }))}
          />
          {page.levels ? (
            <ThemeTable
              caption="Theme scores by level"
              themes={page.themes}
              columns={page.levels.map((l) => ({
                name: l.level === "operational" ? "Operational" : "Strategic",
                responses: l.responses,
                means: l.themes,
              }))}
            />
          ) : (
            <p className="hint">
              Operational and strategic views are shown apart only when each has {page.threshold} responses or more.
            </p>
          )}

          <h2>Where views differ: for the system discussion</h2>
          {page.divergent.length === 0 ? (
            <p>No statement stands out: the provider’s view and the groups’ views are close on every one.</p>
          ) : (
            page.divergent.map((t) => (
              <section key={t.id} className="stakeholder-divergent" aria-labelledby={`divergent-${t.id}`}>
                <h3 id={`divergent-${t.id}`}>{t.title}</h3>
                {t.byReason.map((r) => (
                  <div key={r.reason}>
                    <p>{r.reason}:</p>
                    <ul className="list">
                      {r.items.map((d) => (
                        <li key={d.statementId}>
                          <strong>{d.text}</strong> Stakeholders {figure(d.system)}
                          {d.self !== null ? `, the provider ${d.self}` : ""}
                          {d.groupSpread !== null ? `, groups ${d.groupSpread} apart` : ""}.
                        </li>
                      ))}
                    </ul>
                  </div>
                ))}
                <p className="label">Questions to discuss</p>
                <ul className="list">
                  {t.discussion.map((q) => (
                    <li key={q}>{q}</li>
                  ))}
                </ul>
              </section>
            ))
          )}

          <h2>In their own words</h2>
          {page.groups.map((g) => (
            <section key={g.name} aria-labelledby={`words-${g.name}`}>
              <h3 id={`words-${g.name}`}>{g.name}</h3>
              {g.text.map((q) => (
                <div key={q.id}>
                  <p className="label">{q.question}</p>
                  {q.answers.length === 0 ? (
                    <p className="hint">Nobody in this group answered.</p>
                  ) : (
                    <ul className="list">
                      {q.answers.map((a, i) => (
                        <li key={`${i}-${a}`} className="stakeholder-words">
                          {a}
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              ))}
            </section>
          ))}
          {page.selfText.length > 0 ? (
            <section aria-labelledby="words-provider">
              <h3 id="words-provider">{page.providerName}, in its self-assessment</h3>
              {page.selfText.map((q) => (
                <div key={q.id}>
                  <p className="label">{q.question}</p>
                  <p className="stakeholder-words">{q.answer}</p>
                </div>
              ))}
            </section>
          ) : null}
        </>
      )}

      <h2 id="actions">Shared actions</h2>
      <p>
        What the system agreed to do: for {page.providerName}, and for every other organisation in the local system.
      </p>
      {page.actions.length === 0 ? (
        <p>No actions recorded yet.</p>
      ) : (
        <TableScroll label="Shared actions">
          <table className="table stakeholder-actions">
            <caption className="visually-hidden">Shared actions</caption>
            <thead>
              <tr>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">By when</th>
                <th scope="col" className="no-print">
                  <span className="visually-hidden">Remove</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {page.actions.map((a) => (
                <tr key={a.id}>
                  <td>
                    {a.who}
                    <span className="hint">
                      {" "}
                      ({a.forWhom === "provider" ? "the provider" : "another organisation"})
                    </span>
                  </td>
                  <td>
                    {a.what}
                    {a.theme ? <span className="hint"> ({a.theme})</span> : null}
                  </td>
                  <td>{a.due ?? "No date"}</td>
                  <td className="no-print">
                    <Form method="post">
                      <input type="hidden" name="intent" value="remove" />
                      <input type="hidden" name="actionId" value={a.id} />
                      <button type="submit" className="button button--secondary stakeholder-actions__remove">
                        Remove<span className="visually-hidden"> the action for {a.who}</span>
                      </button>
                    </Form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {/* Keyed by the navigation: once an action is added the form starts empty again (with scripts, it would keep
          what was typed); a refused one comes back with what was typed, from the action's values. */}
      <Form key={location.key} method="post" noValidate className="no-print stakeholder-action-form">
        <h3>Record an action</h3>
        <input type="hidden" name="intent" value="add" />
        <RadioGroup
          name="forWhom"
          legend="Whose action is it?"
          error={result?.errors?.forWhom}
          value={value("forWhom")}
          options={[
            { value: "provider", label: `${page.providerName}’s` },
            { value: "system", label: "Another organisation’s" },
          ]}
        />
        <TextField name="who" label="Who will do it?" error={result?.errors?.who} defaultValue={value("who")} />
        <TextField name="what" label="What will they do?" error={result?.errors?.what} defaultValue={value("what")} />
        <TextField
          name="dueOn"
          label="By when? (optional)"
          hint="As a date, for example 2027-03-31."
          error={result?.errors?.dueOn}
          defaultValue={value("dueOn")}
        />
        <RadioGroup
          name="themeId"
          legend="Which theme does it answer? (optional)"
          error={result?.errors?.themeId}
          value={value("themeId")}
          options={page.themeOptions}
        />
        <button type="submit" className="button">
          Add the action
        </button>
      </Form>

      <section className="no-print" aria-labelledby="next-year">
        <h2 id="next-year">Next year</h2>
        <p>
          <Link to={`${page.home}/rounds`}>See how this year compares with other years</Link>
        </p>
        {page.canStartNext ? <StartNextRoundForm reviewId={page.id} /> : <p>Next year’s review has been started.</p>}
      </section>
      {page.role === "commissioner" ? <DeleteReviewSection home={page.home} /> : null}
    </>
  );
}
