/**
 * "Start a stakeholder review" (issue 20): the commissioner or the provider names the service, both organisations
 * and the stakeholder groups. The creator is signed in with its own link, shown once on the review's page, where
 * the other party's invitation waits to be sent.
 */
import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { ErrorMessage, ErrorSummary, RadioGroup, TextField, errorLinks, fieldId } from "~/components/form";
import { openSession, sealKeys } from "~/access/session.server";
import { SUGGESTED_GROUPS } from "~/domain/stakeholder";
import { MAX_GROUPS } from "~/domain/stakeholder/review";
import { payloadValue, type FieldErrors } from "~/forms/field-names";
import { parseForm } from "~/forms/parse.server";
import { newStakeholderReviewFormSchema } from "~/forms/stakeholder-schemas.server";
import { readFormData } from "~/http/form-body.server";
import { createStakeholderReview } from "~/models/stakeholder.server";
import { hashToken } from "~/models/tokens.server";

export const meta: MetaFunction = () => [{ title: "Start a stakeholder review – Common Ground" }];

const FIELD_ORDER = ["service", "providerName", "commissionerName", "createdBy", "groups"] as const;

export async function action({ request }: ActionFunctionArgs) {
  const result = parseForm(await readFormData(request), newStakeholderReviewFormSchema);
  if (!result.ok) {
    // A problem with one group's name is reported against its place in the list ("groups[2]"); the page has one box.
    const errors: FieldErrors = {};
    for (const [name, message] of Object.entries(result.errors))
      errors[/^groups\b/.test(name) ? "groups" : name] ??= message;
    const groups = result.values.groups;
    return data({ errors, values: result.values, groups: typeof groups === "string" ? groups : "" }, { status: 400 });
  }
  const created = await createStakeholderReview(result.value, await sealKeys());
  const role = result.value.createdBy;
  const token = created.tokens[role];
  const cookie = await openSession(request, [{ checkId: created.id, role, tokenHash: hashToken(token) }], {
    links: [{ role, token }],
  });
  return redirect(`/stakeholder-reviews/${created.id}?created=1`, { status: 303, headers: { "Set-Cookie": cookie } });
}

export default function NewStakeholderReview() {
  const actionData = useActionData<typeof action>();
  const errors = actionData?.errors;
  const value = (name: string) => payloadValue(actionData?.values, name);
  const groupsId = fieldId("groups");
  const groupsDescribedBy = [`${groupsId}-hint`, errors?.groups ? `${groupsId}-error` : null].filter(Boolean).join(" ");
  return (
    <>
      <ErrorSummary errors={errorLinks(errors, FIELD_ORDER)} />
      <span className="caption">Stakeholder review</span>
      <h1>Start a stakeholder review</h1>
      <p>
        A stakeholder review asks the organisations a service works with what they think of it: how well it listens to
        local people, the quality of its relationships, its influence and its independence. The commissioner and the
        provider run it together.
      </p>
      <p>
        You will get a private link of your own, and an invitation to send to the other organisation. Once both of you
        have confirmed, you can invite stakeholders. Nobody, including the two of you, sees any one stakeholder’s
        answers: only the results for each group, and only for groups where at least three people have answered.
      </p>
      <Form method="post" noValidate>
        <TextField
          name="service"
          label="What is the service called?"
          hint="For example, “Healthwatch Northshire” or “Eastside Community Hub”."
          error={errors?.service}
          defaultValue={value("service")}
          autoComplete="off"
        />
        <TextField
          name="providerName"
          label="Name of the provider"
          hint="The organisation that runs the service."
          error={errors?.providerName}
          defaultValue={value("providerName")}
          autoComplete="off"
        />
        <TextField
          name="commissionerName"
          label="Name of the commissioner"
          hint="The council, NHS body or other organisation that pays for the service."
          error={errors?.commissionerName}
          defaultValue={value("commissionerName")}
          autoComplete="off"
        />
        <RadioGroup
          name="createdBy"
          legend="Are you the commissioner or the provider?"
          hint="The other organisation gets an invitation from you, and confirms it is running the review with you."
          error={errors?.createdBy}
          value={value("createdBy")}
          options={[
            { value: "commissioner", label: "The commissioner" },
            { value: "provider", label: "The provider" },
          ]}
        />
        <div className={`form-group${errors?.groups ? " form-group--error" : ""}`}>
          <label className="label" htmlFor={groupsId}>
            Stakeholder groups
          </label>
          <p className="hint" id={`${groupsId}-hint`}>
            Put each group on its own line, up to {MAX_GROUPS}. Results are shown group by group, so a group needs at
            least three people answering. You can change these suggestions.
          </p>
          {errors?.groups ? <ErrorMessage id={`${groupsId}-error`}>{errors.groups}</ErrorMessage> : null}
          <textarea
            id={groupsId}
            name="groups"
            className={`textarea${errors?.groups ? " textarea--error" : ""}`}
            rows={6}
            defaultValue={actionData ? actionData.groups : SUGGESTED_GROUPS.join("\n")}
            aria-invalid={errors?.groups ? true : undefined}
            aria-describedby={groupsDescribedBy}
            spellCheck
          />
        </div>
        <button type="submit" className="button">
          Create the review
        </button>
      </Form>
    </>
  );
}
