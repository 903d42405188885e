/**
 * "Join a workshop" (issue 18): a participant types the code on the
 * facilitator's screen and is sent to that workshop's join page. The code is
 * read as people type it on a phone (case, spaces and dashes ignored, O for 0).
 */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary, TextField, errorLinks } from "~/components/form";
import { normaliseJoinCode } from "~/domain/workshop";
import { parseForm } from "~/forms/parse.server";
import { joinCodeSchema } from "~/forms/workshop-schemas.server";
import { readFormData } from "~/http/form-body.server";
import { getWorkshopByCode } from "~/models/workshop.server";

export const meta: MetaFunction = () => [{ title: "Join a workshop – Common Ground" }];

/** Where a typed code leads: its workshop's join page, or the field's error (400 malformed, 404 unknown). */
async function lookUp(form: FormData) {
  const result = parseForm(form, joinCodeSchema);
  if (!result.ok) return data({ errors: result.errors, values: result.values }, { status: 400 });
  const workshop = await getWorkshopByCode(result.value.code);
  if (!workshop) {
    return data(
      {
        errors: { code: "No workshop has this code: check it against the one on the facilitator’s screen" },
        values: result.values,
      },
      { status: 404 },
    );
  }
  return redirect(`/join/${normaliseJoinCode(result.value.code)}`, 303);
}

/** A code in the address (`/join?code=…`) is looked up at once, so a printed link can carry it. */
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

export default function JoinWithCode() {
  const loaded = useLoaderData<typeof loader>();
  const posted = useActionData<typeof action>();
  const shown = posted ?? loaded;
  const errors = shown?.errors ?? undefined;
  const typed = shown?.values?.code;
  return (
    <div className="join">
      <ErrorSummary errors={errorLinks(errors, ["code"])} />
      <h1>Join a workshop</h1>
      <p className="lead">Enter the code on the facilitator’s screen. You do not need an account.</p>
      <Form method="post" noValidate>
        <TextField
          name="code"
          label="Workshop code"
          hint="8 letters and numbers, for example 7KQ2-M9XD. Capital or small letters, with or without the dash."
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
    </div>
  );
}
