import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, redirect, useActionData, useLoaderData } from "@remix-run/react";
import { data } from "@remix-run/node";
import { ErrorSummary, RadioGroup, TextField, errorLinks } from "~/components/form";
import { payloadValue } from "~/forms/field-names";
import { parseForm } from "~/forms/parse.server";
import { newCheckFormSchema } from "~/forms/schemas.server";
import { openSession, sealKeys } from "~/access/session.server";
import { readFormData } from "~/http/form-body.server";
import { newCheckWithEmailSchema } from "~/mail/schemas.server";
import { createCheck } from "~/models/check.server";
import type { Side } from "~/domain/types";
import { mailConfigured } from "~/models/notification.server";
import { hashToken } from "~/models/tokens.server";

export const meta: MetaFunction = () => [{ title: "Start a partnership check – Common Ground" }];

const FIELD_ORDER = [
  "title",
  "vcsName",
  "primeName",
  "creatorSide",
  "questionSet",
  "serviceArea",
  "commissioner",
  "contractLength",
  "email",
] as const;

/** The address field appears only when the site sends email (SMTP_URL is set). */
export function loader() {
  return { mailEnabled: mailConfigured() };
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await readFormData(request);
  const result = mailConfigured()
    ? parseForm(formData, newCheckWithEmailSchema)
    : parseForm(formData, newCheckFormSchema);
  if (!result.ok) return data({ errors: result.errors, values: result.values }, { status: 400 });
  const { email, ...details } = { email: undefined, ...result.value };
  const check = await createCheck({ ...details, ownerEmail: email }, await sealKeys());
  // The creator is signed in as the owner, and as their own side if they are one; their links are shown once.
  const mine: Array<"owner" | Side> = ["owner", ...(["vcs", "prime"] as const).filter((side) => check.claimed[side])];
  const cookie = await openSession(
    request,
    mine.map((role) => ({ checkId: check.id, role, tokenHash: hashToken(check.tokens[role]) })),
    { links: mine.map((role) => ({ role, token: check.tokens[role] })) },
  );
  return redirect(`/checks/${check.id}?created=1`, { status: 303, headers: { "Set-Cookie": cookie } });
}

export default function NewCheck() {
  const { mailEnabled } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = actionData?.errors;
  const value = (name: string) => payloadValue(actionData?.values, name);
  return (
    <>
      <ErrorSummary errors={errorLinks(errors, FIELD_ORDER)} />
      <h1>Start a partnership check</h1>
      <p>
        Tell us about the opportunity. You will get an invitation to send to each side (or to the other side, if you are
        on one), and a private link of your own to follow progress and read the result. Each side’s answers open only
        for whoever accepts its invitation: not for you, not for the other side.
      </p>
      <Form method="post" noValidate>
        <TextField
          name="title"
          label="What is the opportunity called?"
          hint="For example, “Community rehabilitation services, North West lot”."
          error={errors?.title}
          defaultValue={value("title")}
          autoComplete="off"
        />
        <TextField
          name="vcsName"
          label="Name of the voluntary or community organisation"
          hint="The charity, social enterprise or community group that would be the sub-contractor."
          error={errors?.vcsName}
          defaultValue={value("vcsName")}
          autoComplete="organization"
        />
        <TextField
          name="primeName"
          label="Name of the prime contractor"
          error={errors?.primeName}
          defaultValue={value("primeName")}
          autoComplete="off"
        />
        <RadioGroup
          name="creatorSide"
          legend="Which side are you on?"
          hint="You can answer for your own side straight away. Either way, you will never see the other side’s answers before both have submitted."
          error={errors?.creatorSide}
          value={value("creatorSide")}
          options={[
            { value: "vcs", label: "The voluntary or community organisation" },
            { value: "prime", label: "The prime contractor" },
            { value: "neither", label: "Neither: I am an adviser or facilitator" },
          ]}
        />
        <RadioGroup
          name="questionSet"
          legend="Which questions should both sides answer?"
          hint="Both sides answer the same questions, and the report says which set was used."
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
        <h2>About the contract (optional)</h2>
        <p className="hint">This helps both sides recognise the check. You can leave it blank.</p>
        <TextField
          name="serviceArea"
          label="Service area (optional)"
          hint="For example, “probation”, “employment support” or “health and care”."
          error={errors?.serviceArea}
          defaultValue={value("serviceArea")}
        />
        <TextField
          name="commissioner"
          label="Commissioner (optional)"
          hint="The public body buying the service, for example a government department or council."
          error={errors?.commissioner}
          defaultValue={value("commissioner")}
        />
        <TextField
          name="contractLength"
          label="Contract length (optional)"
          hint="For example, “3 years with an option to extend by 2”."
          error={errors?.contractLength}
          defaultValue={value("contractLength")}
        />
        {mailEnabled ? (
          <>
            <h2>Updates by email (optional)</h2>
            <TextField
              name="email"
              type="email"
              label="Your email address (optional)"
              hint="We will email you when a side submits and when the result is ready. The emails never contain anyone’s answers or your private link. You can change or remove the address on the check’s page."
              error={errors?.email}
              defaultValue={value("email")}
              autoComplete="email"
              spellCheck={false}
            />
          </>
        ) : null}
        <button type="submit" className="button">
          Create the check
        </button>
      </Form>
    </>
  );
}
