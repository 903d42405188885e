import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requireSearchOwner } from "~/access/search.server";
import { readFlash, sealKeys } from "~/access/session.server";
import { CandidateHeatmap } from "~/components/candidate-heatmap";
import { CopyLink } from "~/components/copy-link";
import { ErrorMessage, ErrorSummary, errorLinks, fieldId } from "~/components/form";
import { StatusTag } from "~/components/status-tag";
import { TableScroll } from "~/components/table-scroll";
import { VerdictTag } from "~/components/verdict-tag";
import { CANDIDATE_SORTS, formatApplyCode, type CandidateRow, type CandidateSort } from "~/domain/search";
import type { SideStatus } from "~/domain/types";
import { closingSentence, ukDay } from "~/formats/closing-date";
import { FILTER_FIELDS, filterSearchParams, isFiltered, parseCandidateFilters } from "~/forms/candidate-query.server";
import type { FieldErrors } from "~/forms/field-names";
import { questionnaireOf } from "~/models/questionnaire.server";
import { getCandidateInvitations, listCandidates, scoreCandidates } from "~/models/search.server";
import type { RouteHandle } from "~/root";

/** Every control on the dashboard is a link or a plain GET form, and the heatmap is drawn on the server. */
export const handle: RouteHandle = { hydrate: false };

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.search.title} – your partner search – Common Ground` : "Common Ground" },
  { name: "robots", content: "noindex, nofollow" },
];

const SORT_LABELS: Readonly<Record<CandidateSort, string>> = {
  fit: "Best fit first (verdict, then score)",
  score: "Highest overall score first",
  dealbreakers: "Fewest dealbreakers first",
  name: "Name, A to Z",
  newest: "Newest first",
};

/** What a row without a result says, in its scores' place. */
function waitingFor(row: CandidateRow, primeStatus: SideStatus): string {
  if (row.status !== "submitted") return "Not submitted yet";
  if (primeStatus !== "submitted") return "Waiting for your answers";
  return "Being scored: reload the page in a moment";
}

/**
 * The prime's dashboard (issue 17): its own answers, the open application
 * link, and every candidate ranked by verdict then score, filtered and paged
 * in the database (app/models/search.server.ts, listCandidates). A candidate's
 * scores appear only once both sides have submitted; before that the page
 * shows its status and nothing of its answers.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { search } = await requireSearchOwner(request, params.searchId);
  const questionnaire = questionnaireOf(search);
  const sections = questionnaire.dimensions.map((d) => ({ id: d.id, title: d.title }));
  const url = new URL(request.url);
  const filters = parseCandidateFilters(
    url,
    sections.map((s) => s.id),
  );
  await scoreCandidates(search.id);
  const [flash, everyone, submitted] = await Promise.all([
    readFlash(request),
    listCandidates(search.id, { sort: "newest", page: 1, pageSize: 1 }),
    listCandidates(search.id, { sort: "newest", submittedOnly: true, page: 1, pageSize: 1 }),
  ]);
  const list = filters.ok ? await listCandidates(search.id, filters.query) : null;
  const invited = list?.candidates.filter((c) => c.source === "invited" && c.status === "not_started") ?? [];
  const invitations = await getCandidateInvitations(
    search.id,
    invited.map((c) => c.id),
    await sealKeys(),
  );
  const base = `/searches/${search.id}`;
  const filterParams = filters.ok ? filterSearchParams(filters.query) : new URLSearchParams();
  const withPage = (page: number) => {
    const params = new URLSearchParams(filterParams);
    if (page > 1) params.set("page", String(page));
    const query = params.toString();
    return query ? `${base}?${query}` : base;
  };
  const shortlistQuery = filterParams.toString();
  const body = {
    search: {
      id: search.id,
      title: search.title,
      primeName: search.primeName,
      primeStatus: search.primeStatus,
      primeSubmittedOn: search.primeSubmittedAt ? ukDay(search.primeSubmittedAt) : null,
      primePath: `/checks/${search.checkId}/prime`,
      applyLink: `${url.origin}/apply/${search.applyCode}`,
      applyPage: `${url.origin}/apply`,
      applyCode: formatApplyCode(search.applyCode),
      open: search.open,
      closedByPrime: search.closedAt !== null,
      closing: closingSentence(search),
    },
    newLinks: (flash?.links ?? []).flatMap(({ role, token }) =>
      role === "owner" || role === "prime" ? [{ role, url: `${url.origin}/i/${token}` }] : [],
    ),
    counts: { total: everyone.total, submitted: submitted.total },
    sections,
    bands: questionnaire.method.bands,
    sorts: CANDIDATE_SORTS.map((value) => ({ value, label: SORT_LABELS[value] })),
    values: filters.values,
    errors: filters.ok ? null : filters.errors,
    filtered: filters.ok ? isFiltered(filters.query) : false,
    list: list
      ? {
          total: list.total,
          page: list.page,
          pages: list.pages,
          first: (list.page - 1) * list.pageSize + 1,
          previous: list.page > 1 ? withPage(list.page - 1) : null,
          next: list.page < list.pages ? withPage(list.page + 1) : null,
          candidates: list.candidates.map((row) => ({
            id: row.id,
            name: row.name,
            source: row.source,
            status: row.status,
            result: row.result,
            waiting: row.result ? null : waitingFor(row, search.primeStatus),
            invitation: invitations[row.id] ? `${url.origin}/i/${invitations[row.id]}` : null,
            invitationLost: row.id in invitations && invitations[row.id] === null,
          })),
        }
      : null,
    shortlist: shortlistQuery ? `${base}/shortlist.csv?${shortlistQuery}` : `${base}/shortlist.csv`,
  };
  return data(body, { status: filters.ok ? 200 : 400 });
}

type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>;

function YourAnswers({ search }: { search: LoaderData["search"] }) {
  return (
    <section aria-labelledby="your-answers">
      <h2 id="your-answers">Your answers</h2>
      <p>
        <StatusTag status={search.primeStatus} />{" "}
        {search.primeStatus === "submitted"
          ? `You submitted ${search.primeName}’s answers on ${search.primeSubmittedOn}. They are used for every candidate.`
          : search.primeStatus === "in_progress"
            ? `You have started ${search.primeName}’s answers. Nobody gets a result until you submit them.`
            : `You answer ${search.primeName}’s side once, for every candidate. Nobody gets a result until you submit.`}
      </p>
      <p>
        <Link to={search.primePath}>
          {search.primeStatus === "submitted" ? "See your answers" : "Answer your side"}
        </Link>
      </p>
    </section>
  );
}

function OpenLink({ search }: { search: LoaderData["search"] }) {
  return (
    <section aria-labelledby="open-link">
      <h2 id="open-link">Open application link</h2>
      <p>
        {search.open ? (
          <strong className="tag tag--green">Open</strong>
        ) : (
          <strong className="tag tag--grey">Closed</strong>
        )}{" "}
        {search.closing}
      </p>
      {search.open ? (
        <>
          <p>
            Publish this link, or the code, wherever candidates will see it. Anyone with it can apply: they give their
            organisation’s name and an email address, then answer their side.
          </p>
          <CopyLink id="apply-link" label="Application link" url={search.applyLink} />
          <p>
            Application code: <strong className="apply-code">{search.applyCode}</strong>{" "}
            <span className="hint">(candidates can enter it at {search.applyPage})</span>
          </p>
        </>
      ) : (
        <p>The link takes no new applications. Candidates who have already applied can still answer and submit.</p>
      )}
      {search.closedByPrime ? null : (
        <p>
          <Link to={`/searches/${search.id}/close`}>Close applications</Link>
        </p>
      )}
    </section>
  );
}

function Filters({
  sorts,
  sections,
  values,
  errors,
  clear,
}: {
  sorts: LoaderData["sorts"];
  sections: LoaderData["sections"];
  values: LoaderData["values"];
  errors: FieldErrors | null;
  clear: string | null;
}) {
  const error = (name: string) => errors?.[name];
  const described = (name: string) => (error(name) ? `${fieldId(name)}-error` : undefined);
  const group = (name: string) => `form-group${error(name) ? " form-group--error" : ""}`;
  const checked = (name: "noDealbreakers" | "submittedOnly") =>
    ["true", "on", "1"].includes(values[name] ?? "") ? true : undefined;
  return (
    <Form method="get" className="filters" noValidate aria-labelledby="filters-heading">
      <h3 id="filters-heading">Sort and filter</h3>
      <div className="filters__fields">
        <div className={group("sort")}>
          <label className="label" htmlFor={fieldId("sort")}>
            Sort by
          </label>
          {error("sort") ? <ErrorMessage id={`${fieldId("sort")}-error`}>{error("sort")}</ErrorMessage> : null}
          <select
            id={fieldId("sort")}
            name="sort"
            className={`select${error("sort") ? " select--error" : ""}`}
            defaultValue={values.sort ?? "fit"}
            aria-describedby={described("sort")}
          >
            {sorts.map((sort) => (
              <option key={sort.value} value={sort.value}>
                {sort.label}
              </option>
            ))}
          </select>
        </div>
        <div className={group("minScore")}>
          <label className="label" htmlFor={fieldId("minScore")}>
            Minimum overall score
          </label>
          <p className="hint" id={`${fieldId("minScore")}-hint`}>
            From 0 to 100
          </p>
          {error("minScore") ? (
            <ErrorMessage id={`${fieldId("minScore")}-error`}>{error("minScore")}</ErrorMessage>
          ) : null}
          <input
            id={fieldId("minScore")}
            name="minScore"
            className={`input input--short${error("minScore") ? " input--error" : ""}`}
            inputMode="decimal"
            defaultValue={values.minScore ?? ""}
            aria-invalid={error("minScore") ? true : undefined}
            aria-describedby={[`${fieldId("minScore")}-hint`, described("minScore")].filter(Boolean).join(" ")}
          />
        </div>
        <div className={group("section")}>
          <label className="label" htmlFor={fieldId("section")}>
            Section
          </label>
          {error("section") ? <ErrorMessage id={`${fieldId("section")}-error`}>{error("section")}</ErrorMessage> : null}
          <select
            id={fieldId("section")}
            name="section"
            className={`select${error("section") ? " select--error" : ""}`}
            defaultValue={values.section ?? ""}
            aria-describedby={described("section")}
          >
            <option value="">Any section</option>
            {sections.map((section) => (
              <option key={section.id} value={section.id}>
                {section.title}
              </option>
            ))}
          </select>
        </div>
        <div className={group("minSectionScore")}>
          <label className="label" htmlFor={fieldId("minSectionScore")}>
            Minimum score in that section
          </label>
          <p className="hint" id={`${fieldId("minSectionScore")}-hint`}>
            From 0 to 100
          </p>
          {error("minSectionScore") ? (
            <ErrorMessage id={`${fieldId("minSectionScore")}-error`}>{error("minSectionScore")}</ErrorMessage>
          ) : null}
          <input
            id={fieldId("minSectionScore")}
            name="minSectionScore"
            className={`input input--short${error("minSectionScore") ? " input--error" : ""}`}
            inputMode="decimal"
            defaultValue={values.minSectionScore ?? ""}
            aria-invalid={error("minSectionScore") ? true : undefined}
            aria-describedby={[`${fieldId("minSectionScore")}-hint`, described("minSectionScore")]
              .filter(Boolean)
              .join(" ")}
          />
        </div>
      </div>
      <div className="filters__checks">
        {(["noDealbreakers", "submittedOnly"] as const).map((name) => (
          <div className={group(name)} key={name}>
            {error(name) ? <ErrorMessage id={`${fieldId(name)}-error`}>{error(name)}</ErrorMessage> : null}
            <div className="choice">
              <input
                type="checkbox"
                id={fieldId(name)}
                name={name}
                value="true"
                defaultChecked={checked(name)}
                aria-describedby={described(name)}
              />
              <label htmlFor={fieldId(name)}>{name === "noDealbreakers" ? "No dealbreakers" : "Submitted only"}</label>
            </div>
          </div>
        ))}
      </div>
      {values.pageSize && !error("pageSize") ? <input type="hidden" name="pageSize" value={values.pageSize} /> : null}
      <div className="button-group">
        <button type="submit" className="button">
          Apply filters
        </button>
        {clear ? <Link to={clear}>Clear the filters</Link> : null}
      </div>
    </Form>
  );
}

function CandidatesTable({
  list,
  sections,
  searchId,
}: {
  list: NonNullable<LoaderData["list"]>;
  sections: LoaderData["sections"];
  searchId: string;
}) {
  const scored = list.candidates.filter((c) => c.result).length;
  return (
    <Form method="get" action={`/searches/${searchId}/compare`} className="compare-form">
      <TableScroll label="Candidates (scrolls sideways)">
        <table className="table candidates-table">
          <caption>Candidates</caption>
          <thead>
            <tr>
              <th scope="col" className="candidates-table__name">
                Candidate
              </th>
              <th scope="col">Status</th>
              <th scope="col">Verdict</th>
              <th scope="col" className="numeric">
                Overall score
              </th>
              <th scope="col" className="numeric">
                Dealbreakers
              </th>
              {sections.map((section) => (
                <th scope="col" className="numeric candidates-table__section" key={section.id}>
                  {section.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {list.candidates.map((row) => (
              <tr key={row.id}>
                <th scope="row" className="candidates-table__name">
                  <div className="candidates-table__who">
                    {row.result ? (
                      <input type="checkbox" id={`compare-${row.id}`} name="c" value={row.id} />
                    ) : (
                      <span className="candidates-table__no-compare" />
                    )}
                    <div>
                      {row.result ? (
                        <label htmlFor={`compare-${row.id}`} className="visually-hidden">
                          Compare {row.name}
                        </label>
                      ) : null}
                      <Link to={`/searches/${searchId}/candidates/${row.id}`}>{row.name}</Link>
                      <br />
                      <span className="hint">{row.source === "applied" ? "Applied" : "Invited"}</span>
                    </div>
                  </div>
                </th>
                <td>
                  <StatusTag status={row.status} />
                  {row.invitation || row.invitationLost ? (
                    <>
                      <br />
                      <a href={`#invitation-${row.id}`} className="hint">
                        Invitation not opened
                      </a>
                    </>
                  ) : null}
                </td>
                {row.result ? (
                  <>
                    <td>
                      <VerdictTag verdict={row.result.verdict} />
                    </td>
                    <td className="numeric">
                      <strong>{row.result.overall}</strong>
                    </td>
                    <td className="numeric">
                      {row.result.dealbreakers > 0 ? <strong>{row.result.dealbreakers}</strong> : 0}
                    </td>
                    {sections.map((section) => (
                      <td className="numeric" key={section.id}>
                        {row.result?.dimensions[section.id] ?? (
                          <>
                            <span aria-hidden="true">–</span>
                            <span className="visually-hidden">Not scored</span>
                          </>
                        )}
                      </td>
                    ))}
                  </>
                ) : (
                  <td colSpan={3 + sections.length} className="candidates-table__waiting">
                    {row.waiting}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {scored >= 2 ? (
        <div className="compare-form__action">
          <button type="submit" className="button button--secondary">
            Compare selected
          </button>
          <p className="hint">Tick the boxes by two or three candidates whose results are ready.</p>
        </div>
      ) : null}
    </Form>
  );
}

function Pagination({ list }: { list: NonNullable<LoaderData["list"]> }) {
  if (list.pages <= 1) return null;
  return (
    <nav className="pagination" aria-label="Pages of candidates">
      <ul>
        {list.previous ? (
          <li>
            <Link to={list.previous} rel="prev">
              Previous page
            </Link>
          </li>
        ) : null}
        <li aria-current="page">
          Page {list.page} of {list.pages}
        </li>
        {list.next ? (
          <li>
            <Link to={list.next} rel="next">
              Next page
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

export default function SearchDashboard() {
  const { search, newLinks, counts, sections, bands, sorts, values, errors, filtered, list, shortlist } =
    useLoaderData<typeof loader>();
  const base = `/searches/${search.id}`;
  const heatmapRows = (list?.candidates ?? []).flatMap((c) =>
    c.result ? [{ id: c.id, name: c.name, overall: c.result.overall, dimensions: c.result.dimensions }] : [],
  );
  const pending = (list?.candidates ?? []).filter((c) => c.invitation || c.invitationLost);
  const summaryErrors = errorLinks(errors ?? undefined, FILTER_FIELDS);
  return (
    <div className="search-dashboard">
      <ErrorSummary errors={summaryErrors} />
      {newLinks.length > 0 ? (
        <div className="success-banner" role="status">
          <h2>Your partner search has been created</h2>
          <p>
            <strong>Save {newLinks.length === 1 ? "this link" : "these links"} somewhere private now.</strong> This is
            the only time {newLinks.length === 1 ? "it is" : "they are"} shown: Common Ground keeps no copy it could
            show again.
          </p>
          {newLinks.map(({ role, url }) => (
            <CopyLink
              key={role}
              id={`new-${role}-link`}
              label={
                role === "owner" ? "Your link to this dashboard" : `Your link for answering as ${search.primeName}`
              }
              url={url}
            />
          ))}
        </div>
      ) : null}
      <span className="caption">Partner search</span>
      <h1>{search.title}</h1>
      <p>
        Run by <strong>{search.primeName}</strong> (the prime contractor).
      </p>
      <div className="notice notice--info">
        <p>
          <strong>Candidates’ answers stay sealed until they submit.</strong> Until then you see only each candidate’s
          name and progress. A candidate’s scores and full report open once both you and they have submitted, and a
          candidate sees your answers only after submitting its own. Candidates never see each other.
        </p>
      </div>

      <div className="search-dashboard__overview">
        <YourAnswers search={search} />
        <OpenLink search={search} />
        <section aria-labelledby="named-heading">
          <h2 id="named-heading">Named organisations</h2>
          <p>Invite organisations you already have in mind: each gets its own invitation link to send them.</p>
          <p>
            <Link to={`${base}/invite`}>Invite named organisations</Link>
          </p>
        </section>
      </div>

      <section aria-labelledby="candidates-heading">
        <h2 id="candidates-heading">Candidates</h2>
        <p>
          {counts.total === 0
            ? "No candidates yet."
            : `${counts.total} ${counts.total === 1 ? "candidate" : "candidates"}, ${counts.submitted} submitted.`}
        </p>
        <Filters
          sorts={sorts}
          sections={sections}
          values={values}
          errors={errors}
          clear={filtered || errors || values.sort ? base : null}
        />
        {list === null ? (
          <p>Correct the filters above to see the candidates.</p>
        ) : list.total === 0 ? (
          <p>
            {counts.total === 0
              ? "Nobody has applied or been invited yet. Share the open application link, or invite named organisations."
              : "No candidates match these filters."}
          </p>
        ) : (
          <>
            <p role="status">
              {filtered
                ? `${list.total} ${list.total === 1 ? "candidate matches" : "candidates match"} these filters.`
                : null}{" "}
              {list.pages > 1
                ? `Showing ${list.first} to ${list.first + list.candidates.length - 1} of ${list.total}.`
                : null}
            </p>
            <CandidatesTable list={list} sections={sections} searchId={search.id} />
            <CandidateHeatmap rows={heatmapRows} sections={sections} bands={bands} />
            <Pagination list={list} />
            {pending.length > 0 ? (
              <section aria-labelledby="pending-heading">
                <h3 id="pending-heading">Invitations not opened yet</h3>
                <p>
                  Send each invitation only to the organisation it names. The first person to open it answers for that
                  organisation; from then on it opens nothing for anyone else, including you.
                </p>
                {pending.map((c) =>
                  c.invitation ? (
                    <div id={`invitation-${c.id}`} key={c.id}>
                      <CopyLink id={`invitation-link-${c.id}`} label={`Invitation for ${c.name}`} url={c.invitation} />
                    </div>
                  ) : (
                    <p id={`invitation-${c.id}`} key={c.id}>
                      The invitation for {c.name} can no longer be shown here.
                    </p>
                  ),
                )}
              </section>
            ) : null}
          </>
        )}
        {counts.total > 0 ? (
          <p>
            <a href={shortlist} download>
              Download the shortlist (CSV)
            </a>{" "}
            <span className="hint">
              {filtered ? "(the candidates matching these filters, every page)" : "(every candidate, every page)"}
            </span>
          </p>
        ) : null}
      </section>
      <section aria-labelledby="delete-search-heading">
        <h2 id="delete-search-heading">Deleting this search</h2>
        <p>
          When the search is over, delete it: your answers and every candidate’s answers, contact details and results
          are removed for good. <Link to={`${base}/delete`}>Delete this search</Link>
        </p>
      </section>
    </div>
  );
}
