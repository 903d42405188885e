/**
 * "Apply to a partner search" (issue 17): an organisation types the code a
 * prime published, and is sent to that search's application page. The code is
 * read as people type it (case, spaces and dashes ignored).
 */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary, TextField, errorLinks } from "~/components/form";
import { normaliseApplyCode } from "~/domain/search";
import { parseForm } from "~/forms/parse.server";
import { applyCodeSchema } from "~/forms/search-schemas.server";
import { readFormData } from "~/http/form-body.server";
import { getSearchByCode } from "~/models/search.server";

export const meta: MetaFunction = () => [{ title: "Apply to a partner search – Common Ground" }];

/** Where a typed code leads: its search's application page, or the field's error (400 malformed, 404 unknown). */
async function lookUp(form: FormData) {
  const result = parseForm(form, applyCodeSchema);
  if (!result.ok) return data({ errors: result.errors, values: result.values }, { status: 400 });
  const search = await getSearchByCode(result.value.code);
  if (!search) {
    return data(
      {
        errors: { code: "No partner search has this code: check it with the organisation that gave it to you" },
        values: result.values,
      },
      { status: 404 },
    );
  }
  return redirect(`/apply/${normaliseApplyCode(result.value.code)}`, 303);
}

/** A code in the address (`/apply?code=…`) is looked up at once, so a printed link can carry it. */
export async function loader({ request }: LoaderFunctionArgs) {
  const code = new URL(request.url).searchParams.get("code");
  if (code === null) return { errors: null, values: null };
  const form = new FormData();
  form.set("code", code);
  return lookUp(form);
}

export async function action({ request }: ActionFunctionArgs) {
  return lookUp(await readFormData(request));
}

export default function ApplyWithCode() {
  const loaded = useLoaderData<typeof loader>();
  const posted = useActionData<typeof action>();
  const shown = posted ?? loaded;
  const errors = shown?.errors ?? undefined;
  const typed = shown?.values?.code;
  return (
    <>
      <ErrorSummary errors={errorLinks(errors, ["code"])} />
      <h1>Apply to a partner search</h1>
      <p className="lead">
        A prime contractor looking for partners may have given you an application code. Enter it to see what the
        opportunity is and how applying works.
      </p>
      <Form method="post" noValidate>
        <TextField
          name="code"
          label="Application code"
          hint="10 letters and numbers, for example 7KQ2M-9XDT4. Capital or small letters, with or without the dash."
          error={errors?.code}
          defaultValue={typeof typed === "string" ? typed : undefined}
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="characters"
          className="input--code"
        />
        <button type="submit" className="button">
          Continue
        </button>
      </Form>
    </>
  );
}
