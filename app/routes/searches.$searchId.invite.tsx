/**
 * "Invite named organisations" (issue 17): the search's owner pastes names, one
 * a line; each organisation gets a check of its own and an invitation, listed
 * here once. Until an invitation is accepted, the dashboard can show it again.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireSearchOwner } from "~/access/search.server";
import { sealKeys } from "~/access/session.server";
import { CopyLink } from "~/components/copy-link";
import { ErrorMessage, ErrorSummary, errorLinks, fieldId } from "~/components/form";
import { MAX_CANDIDATES_PER_REQUEST, MAX_CANDIDATES_PER_SEARCH } from "~/domain/search";
import { payloadValue } from "~/forms/field-names";
import { parseForm } from "~/forms/parse.server";
import { pastedNamesSchema } from "~/forms/search-schemas.server";
import { readFormData } from "~/http/form-body.server";
import { addCandidates } from "~/models/search.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Invite named organisations – ${data.title} – Common Ground` : "Common Ground" },
  { name: "robots", content: "noindex, nofollow" },
];

/** A problem with one of the names (`names[3]`) is shown on the one field there is. */
function oneNamesError(errors: Record<string, string>): Record<string, string> {
  const names = Object.entries(errors).find(([key]) => key === "names" || key.startsWith("names["));
  if (!names) return errors;
  const [key, message] = names;
  return {
    names:
      key === "names" ? message : message.replace(/^The candidate organisation’s name/, "Each organisation’s name"),
  };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { search } = await requireSearchOwner(request, params.searchId);
  return { id: search.id, title: search.title, primeName: search.primeName };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { search, authority } = await requireSearchOwner(request, params.searchId);
  const result = parseForm(await readFormData(request), pastedNamesSchema);
  if (!result.ok)
    return data({ errors: oneNamesError(result.errors), values: result.values, invited: null }, { status: 400 });
  const added = await addCandidates({
    searchId: search.id,
    names: result.value.names,
    keys: await sealKeys(),
    authority,
  });
  if (added.status === "unauthorised") throw new Response("This link has been replaced.", { status: 410 });
  if (added.status === "full") {
    const room =
      added.room === 0
        ? `A partner search can hold ${MAX_CANDIDATES_PER_SEARCH} organisations, and this one is full`
        : `A partner search can hold ${MAX_CANDIDATES_PER_SEARCH} organisations: there is room for ${added.room} more, so remove some names`;
    return data({ errors: { names: room }, values: result.values, invited: null }, { status: 400 });
  }
  const origin = new URL(request.url).origin;
  return data({
    errors: null,
    values: null,
    invited: added.candidates.map((candidate) => ({
      id: candidate.id,
      name: candidate.name,
      url: `${origin}/i/${candidate.token}`,
    })),
  });
}

export default function InviteOrganisations() {
  const search = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const dashboard = `/searches/${search.id}`;
  if (result?.invited) {
    const many = result.invited.length !== 1;
    return (
      <>
        <div className="success-banner" role="status">
          <h1>
            {result.invited.length} {many ? "invitations" : "invitation"} ready to send
          </h1>
          <p>
            <strong>Send each organisation its own link, and only its own.</strong> The first person to open an
            invitation and accept it answers for that organisation; from then on the invitation opens nothing for anyone
            else, including you. Until it is accepted, you can find it again on the search’s page.
          </p>
        </div>
        <h2>The invitations</h2>
        <ul className="invitation-links">
          {result.invited.map((candidate) => (
            <li key={candidate.id}>
              <CopyLink
                id={`invitation-${candidate.id}`}
                label={`Invitation for ${candidate.name}`}
                url={candidate.url}
              />
            </li>
          ))}
        </ul>
        <div className="button-group">
          <Link to={dashboard} className="button" role="button">
            Back to the search
          </Link>
          <Link to={`${dashboard}/invite`}>Invite more organisations</Link>
        </div>
      </>
    );
  }
  const errors = result?.errors ?? undefined;
  const id = fieldId("names");
  const typed = payloadValue(result?.values ?? undefined, "names");
  return (
    <>
      <ErrorSummary errors={errorLinks(errors, ["names"])} />
      <span className="caption">{search.title}</span>
      <h1>Invite named organisations</h1>
      <p>
        Each organisation you name gets its own private invitation, to answer its side against yours. It sees nothing of
        your answers until it has submitted its own, and you see nothing of its answers until then. It never sees the
        other organisations you invite. Common Ground sends no emails: you send each invitation yourself.
      </p>
      <Form method="post" noValidate>
        <div className={`form-group${errors?.names ? " form-group--error" : ""}`}>
          <label className="label" htmlFor={id}>
            Organisations to invite
          </label>
          <p className="hint" id={`${id}-hint`}>
            Write or paste one organisation’s name on each line, up to {MAX_CANDIDATES_PER_REQUEST} at a time. A name
            given twice is invited once.
          </p>
          {errors?.names ? <ErrorMessage id={`${id}-error`}>{errors.names}</ErrorMessage> : null}
          <textarea
            id={id}
            name="names"
            className={`textarea${errors?.names ? " textarea--error" : ""}`}
            rows={8}
            spellCheck={false}
            aria-describedby={`${id}-hint${errors?.names ? ` ${id}-error` : ""}`}
            aria-invalid={errors?.names ? true : undefined}
            defaultValue={typed ?? ""}
          />
        </div>
        <div className="button-group">
          <button type="submit" className="button">
            Create invitation links
          </button>
          <Link to={dashboard}>Cancel and go back</Link>
        </div>
      </Form>
    </>
  );
}
