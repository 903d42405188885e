/**
 * Applying to a partner search through its open link (issue 17): what the
 * opportunity is, what happens to the organisation's answers, and a short form.
 * Applying makes the organisation a check of its own, signs this browser in as
 * its side, and shows its own link once. A closed search is a 410, an unknown
 * code a 404, for reading the page and for applying alike.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, isRouteErrorResponse, useActionData, useLoaderData, useRouteError } from "@remix-run/react";
import { openSession } from "~/access/session.server";
import { ErrorSummary, TextField, errorLinks } from "~/components/form";
import { formatApplyCode, type SearchSummary } from "~/domain/search";
import { closingSentence } from "~/formats/search-dates";
import { payloadValue } from "~/forms/field-names";
import { parseForm } from "~/forms/parse.server";
import { applyFormSchema } from "~/forms/search-schemas.server";
import { readFormData } from "~/http/form-body.server";
import { applyToSearch, getSearchByCode } from "~/models/search.server";
import { hashToken } from "~/models/tokens.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Apply: ${data.title} – Common Ground` : "Apply to a partner search – Common Ground" },
];

const FIELD_ORDER = ["name", "email"] as const;

const notFound = () => new Response("No partner search has this code", { status: 404 });
/** Thrown with the search's name, so the page can say which search has closed. */
const closed = (search: { title: string; primeName: string }) =>
  data({ title: search.title, primeName: search.primeName }, { status: 410 });

/** The search this address's code opens, while it takes applications. */
async function requireOpenSearch(code: string | undefined): Promise<SearchSummary> {
  const search = await getSearchByCode(code ?? "");
  if (!search) throw notFound();
  if (!search.open) throw closed(search);
  return search;
}

export async function loader({ params }: LoaderFunctionArgs) {
  const search = await requireOpenSearch(params.code);
  // One spelling of each search's address: a code typed in small letters or with its dash is sent to it.
  if (params.code !== search.applyCode) throw redirect(`/apply/${search.applyCode}`);
  return {
    title: search.title,
    primeName: search.primeName,
    code: formatApplyCode(search.applyCode),
    closing: closingSentence(search.closesAt),
    minutes: search.questionSet === "core" ? 20 : 40,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const search = await requireOpenSearch(params.code);
  const result = parseForm(await readFormData(request), applyFormSchema);
  if (!result.ok) return data({ errors: result.errors, values: result.values }, { status: 400 });
  const applied = await applyToSearch({ code: search.applyCode, ...result.value });
  // The search may have closed (or filled up) between reading it and applying: checked again under its lock.
  if (applied.status === "unknown") throw notFound();
  if (applied.status === "closed" || applied.status === "full") throw closed(search);
  const { id, token } = applied.candidate;
  const cookie = await openSession(request, [{ checkId: id, role: "vcs", tokenHash: hashToken(token) }], {
    links: [{ role: "vcs", token }],
  });
  return redirect(`/checks/${id}/vcs`, { status: 303, headers: { "Set-Cookie": cookie } });
}

export default function Apply() {
  const search = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = actionData?.errors;
  const value = (name: string) => payloadValue(actionData?.values, name);
  return (
    <>
      <ErrorSummary errors={errorLinks(errors, FIELD_ORDER)} />
      <span className="caption">Partner search by {search.primeName}</span>
      <h1>Apply: {search.title}</h1>
      <p className="lead">
        {search.primeName} is looking for partners for this opportunity, and asks each organisation that applies to
        answer some questions about how it would work with a prime contractor.
      </p>
      <dl className="summary-list summary-list--compact">
        <div className="summary-list__row">
          <dt>Prime contractor</dt>
          <dd>{search.primeName}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Closing date</dt>
          <dd>{search.closing ?? "No closing date: applications are open until the prime closes them."}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Application code</dt>
          <dd>{search.code}</dd>
        </div>
      </dl>
      <h2>What happens when you apply</h2>
      <ol className="search-steps">
        <li>
          You answer your organisation’s side: questions on values, brand and independence, and the money, referrals,
          data and exit terms that decide how much independence you would keep. It takes about {search.minutes} minutes,
          and you can save and come back.
        </li>
        <li>
          {search.primeName} sees nothing of your answers until you submit them, and you cannot change them after that.
        </li>
        <li>
          Once you have submitted yours, you see all of {search.primeName}’s answers, and how well the two of you fit.
          That includes what it has said about guaranteed referrals, and about naming partners in its bid: so you can
          tell whether you would get real work, or only be named.
        </li>
      </ol>
      <div className="notice notice--info search-notice">
        <h2>Your privacy</h2>
        <ul className="search-steps">
          <li>Other organisations applying never see you or your answers, and you never see them.</li>
          <li>
            You can withdraw at any time, before or after you submit. Your answers are then deleted from Common Ground,
            and {search.primeName} no longer sees them.
          </li>
          <li>
            Your email address is shown only to {search.primeName}, so that it can contact you about this opportunity.
          </li>
        </ul>
      </div>
      <h2>Apply</h2>
      <Form method="post" noValidate>
        <TextField
          name="name"
          label="Your organisation’s name"
          hint="The charity, social enterprise or community group applying."
          error={errors?.name}
          defaultValue={value("name")}
          autoComplete="organization"
        />
        <TextField
          name="email"
          type="email"
          label="Email address for this application"
          hint={`${search.primeName} uses this to contact you about the opportunity. Nobody else sees it.`}
          error={errors?.email}
          defaultValue={value("email")}
          autoComplete="email"
          spellCheck={false}
        />
        <button type="submit" className="button">
          Apply and start answering
        </button>
      </Form>
    </>
  );
}

/** An unknown code, or a search that takes no more applications, with a way on. */
export function ErrorBoundary() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 410) {
    const search = error.data as { title?: string; primeName?: string } | null;
    return (
      <>
        <h1>This partner search has closed</h1>
        <p>
          {search?.title && search.primeName
            ? `${search.primeName}’s search for partners for “${search.title}” is no longer taking applications through this link or code.`
            : "It is no longer taking applications through this link or code."}
        </p>
        <p>
          If you have already applied, open the link you saved when you applied to carry on or to see your result. If
          you think it should still be open, contact the prime contractor that gave you the code.
        </p>
      </>
    );
  }
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <>
        <h1>No partner search has this code</h1>
        <p>The code in this address does not open a partner search. It may have been copied incompletely.</p>
        <p>
          <Link to="/apply">Enter your application code</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1>Sorry, that did not work</h1>
      <p>
        {isRouteErrorResponse(error) && typeof error.data === "string" ? error.data : "Please go back and try again."}
      </p>
    </>
  );
}
