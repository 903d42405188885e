/**
 * "Start a partner search" (issue 17): the prime names the opportunity and
 * itself, and may set a closing date. The creator is signed in as the search's
 * owner and as its prime (they answer the prime's side once, for every
 * candidate), and both links are shown once, on the dashboard.
 */
import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { DateInput, dateErrorTarget } from "~/components/date-input";
import { ErrorSummary, RadioGroup, TextField, errorLinks, fieldId } from "~/components/form";
import { payloadValue, type FieldErrors } from "~/forms/field-names";
import { parseForm } from "~/forms/parse.server";
import { newSearchFormSchema } from "~/forms/search-schemas.server";
import { openSession } from "~/access/session.server";
import { readFormData } from "~/http/form-body.server";
import { currentQuestionnaire } from "~/domain/questionnaires";
import { parseProfileFile, profileSaveInput } from "~/forms/profile.server";
import { questionnaireOf } from "~/models/questionnaire.server";
import { saveSideAnswers } from "~/models/response.server";
import { createSearch, getSearchPrimeResponse } from "~/models/search.server";
import { hashToken } from "~/models/tokens.server";

export const meta: MetaFunction = () => [{ title: "Start a partner search – Common Ground" }];

const FIELD_ORDER = ["title", "primeName", "closesAt", "questionSet", "profile"] as const;

const PROFILE_FIELD = "profile";

export async function action({ request }: ActionFunctionArgs) {
  const form = await readFormData(request);
  // The profile is a file: read apart from the text fields, and checked before anything is created.
  const file = form.get(PROFILE_FIELD);
  form.delete(PROFILE_FIELD);
  const result = parseForm(form, newSearchFormSchema);
  const chosen = file !== null && typeof file !== "string" && !(file.size === 0 && file.name === "");
  const questionnaire = questionnaireOf({
    questionnaireVersion: currentQuestionnaire().version,
    questionSet: result.ok ? result.value.questionSet : form.get("questionSet") === "core" ? "core" : "full",
  });
  const profile = chosen ? await parseProfileFile(file, questionnaire, "prime") : null;
  if (!result.ok || (profile && !profile.ok)) {
    const errors: FieldErrors = result.ok ? {} : { ...result.errors };
    if (profile && !profile.ok) {
      errors[PROFILE_FIELD] = [profile.error, ...(profile.details ?? [])].join(" ");
    }
    return data({ errors, values: result.values }, { status: 400 });
  }
  const search = await createSearch(result.value);
  if (profile?.ok) {
    // The prime's own link is the authority: the search was made a moment ago, in this request.
    const authority = { checkId: search.checkId, role: "prime" as const, tokenHash: hashToken(search.tokens.prime) };
    const prime = await getSearchPrimeResponse(search.id);
    if (prime)
      await saveSideAnswers({ responseId: prime, authority, ...profileSaveInput(profile.body, questionnaire) });
  }
  // The creator holds the owner's link and answers for the prime: both grants, both links shown once.
  const roles = ["owner", "prime"] as const;
  const cookie = await openSession(
    request,
    roles.map((role) => ({ checkId: search.checkId, role, tokenHash: hashToken(search.tokens[role]) })),
    { links: roles.map((role) => ({ role, token: search.tokens[role] })) },
  );
  return redirect(`/searches/${search.id}`, { status: 303, headers: { "Set-Cookie": cookie } });
}

export default function NewSearch() {
  const actionData = useActionData<typeof action>();
  const errors = actionData?.errors;
  const value = (name: string) => payloadValue(actionData?.values, name);
  const closesAt = { day: value("closesAt.day"), month: value("closesAt.month"), year: value("closesAt.year") };
  const idFor = (name: string) => (name === "closesAt" ? dateErrorTarget("closesAt", closesAt) : fieldId(name));
  return (
    <>
      <ErrorSummary errors={errorLinks(errors, FIELD_ORDER, idFor)} />
      <h1>Start a partner search</h1>
      <p className="lead">
        Test many possible partners against your terms at once. You answer your side once; each organisation answers its
        own, and you see how well each one fits, and which red lines collide, before you name anyone in a bid.
      </p>
      <p>
        Organisations can apply through an open link that you publish, or you can invite them by name. Each sees nothing
        of your answers until it has submitted its own, and you see nothing of its answers until then. Once it has
        submitted, it sees all your answers, including what you have said about referrals and about naming partners in
        your bid. Organisations never see each other, or how many others have applied.
      </p>
      <Form method="post" encType="multipart/form-data" noValidate>
        <TextField
          name="title"
          label="Name of the opportunity"
          hint="For example, “Employment support, Kent and Medway lot”. Organisations see this name when they apply."
          error={errors?.title}
          defaultValue={value("title")}
          autoComplete="off"
        />
        <TextField
          name="primeName"
          label="Your organisation’s name"
          hint="The prime contractor. Organisations see this name when they apply."
          error={errors?.primeName}
          defaultValue={value("primeName")}
          autoComplete="organization"
        />
        <DateInput
          name="closesAt"
          legend="Closing date for applications (optional)"
          hint="The open link stops taking applications at the end of this day, UK time. For example, 31 3 2027. Leave it blank to keep the link open until you close it yourself."
          error={errors?.closesAt}
          values={closesAt}
        />
        <RadioGroup
          name="questionSet"
          legend="Which questions should you and each organisation answer?"
          hint="You and every organisation answer the same questions, and each report says which set was used."
          error={errors?.questionSet}
          value={value("questionSet") ?? "full"}
          options={[
            {
              value: "full",
              label: "The full question bank: about 40 minutes for each side (recommended before signing)",
            },
            {
              value: "core",
              label: "The short core set: about 20 minutes for each side (for a first screen or a workshop)",
            },
          ]}
        />
        <div className={`form-group${errors?.profile ? " form-group--error" : ""}`}>
          <label className="label" htmlFor={fieldId("profile")}>
            Start from a saved profile (optional)
          </label>
          <p className="hint" id={`${fieldId("profile")}-hint`}>
            If you have answered before, choose the profile file (JSON) you downloaded from your answers then. Your
            answers start from it, and you can change any of them before you submit.
          </p>
          {errors?.profile ? (
            <p className="error-message" id={`${fieldId("profile")}-error`}>
              <span className="visually-hidden">Error:</span> {errors.profile}
            </p>
          ) : null}
          <input
            type="file"
            id={fieldId("profile")}
            name="profile"
            accept="application/json,.json"
            className={`file-upload${errors?.profile ? " file-upload--error" : ""}`}
            aria-describedby={`${fieldId("profile")}-hint${errors?.profile ? ` ${fieldId("profile")}-error` : ""}`}
          />
        </div>
        <button type="submit" className="button">
          Start the search
        </button>
      </Form>
    </>
  );
}
