/**
 * "Start a workshop" (issue 18): a facilitator names the session, its date, the
 * scenario prime the room answers against, and which questions to ask, so the
 * answering fits the time they have. The facilitator is signed in with the
 * workshop's owner link (and, for their own scenario, the prime's link, since
 * they answer that side), and the links are shown once, on the workshop's page.
 */
import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useEffect, useState } from "react";
import { DateInput, dateErrorTarget } from "~/components/date-input";
import { ChoiceGroup, ErrorMessage, ErrorSummary, RadioGroup, TextField, errorLinks, fieldId } from "~/components/form";
import { openSession } from "~/access/session.server";
import { answeringMinutes } from "~/domain/answering-time";
import { currentQuestionnaire, questionnaireFor } from "~/domain/questionnaires";
import { FACTS_SECTION_ID } from "~/domain/sections";
import { CUSTOM_SCENARIO, DEFAULT_RETENTION_DAYS, RETENTION_CHOICES } from "~/domain/workshop";
import { workshopProfilesFor } from "~/domain/workshop-profiles";
import { payloadValue, payloadValues, type FieldErrors } from "~/forms/field-names";
import { parseForm } from "~/forms/parse.server";
import { newWorkshopFormSchema, ukToday } from "~/forms/workshop-schemas.server";
import { readFormData } from "~/http/form-body.server";
import { hashToken } from "~/models/tokens.server";
import { createWorkshop } from "~/models/workshop.server";

export const meta: MetaFunction = () => [{ title: "Start a workshop – Common Ground" }];

const FIELD_ORDER = ["title", "date", "profile", "primeName", "questionSet", "sections", "retentionDays"] as const;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function loader() {
  const bank = currentQuestionnaire();
  const core = questionnaireFor(bank.version, "core") ?? bank;
  const figures = bank.facts.filter((f) => f.side === "vcs").length;
  const [year, month, day] = ukToday()
    .split("-")
    .map((part) => String(Number(part)));
  const sections = bank.dimensions.map((d) => {
    const inCore = core.dimensions.find((c) => c.id === d.id)?.items.length ?? 0;
    const inAll = d.items.length;
    const [coreMinutes, allMinutes] = [answeringMinutes(inCore), answeringMinutes(inAll)];
    const time =
      coreMinutes === allMinutes
        ? `about ${plural(coreMinutes, "minute")} either way`
        : `about ${plural(coreMinutes, "minute")}, or ${allMinutes} with the full bank`;
    return {
      id: d.id,
      title: d.title,
      questions: { core: inCore, full: inAll },
      hint: `${plural(inCore, "question")} in the core set, ${inAll} in all: ${time}.`,
    };
  });
  return {
    today: { day, month, year },
    profiles: workshopProfilesFor(bank.version).map((p) => ({ id: p.id, title: p.title, summary: p.summary })),
    sections,
    figures,
    facts:
      figures > 0
        ? `${plural(figures, "figure")} from the organisation’s accounts and contracts: about ${answeringMinutes(0, figures)} minutes, and longer if nobody has the accounts to hand.`
        : null,
    minutes: {
      core: answeringMinutes(core.dimensions.reduce((n, d) => n + d.items.length, 0)),
      full: answeringMinutes(bank.dimensions.reduce((n, d) => n + d.items.length, 0)),
    },
    retention: RETENTION_CHOICES.map((days) => ({ days, label: `${days} days after the workshop` })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const result = parseForm(await readFormData(request), newWorkshopFormSchema);
  if (!result.ok) {
    // An unknown section is reported against its place in the list ("sections[2]"); the page has one field for them.
    const errors: FieldErrors = {};
    for (const [name, message] of Object.entries(result.errors)) {
      const field = /^sections\b/.test(name) ? "sections" : /^date\b/.test(name) ? "date" : name;
      errors[field] ??= message;
    }
    // NOTE: the schema asks for a custom scenario's prime name only once every other field is valid (a refinement
    // on the whole form); the page says everything that needs correcting at once.
    const typedName = typeof result.values.primeName === "string" ? result.values.primeName.trim() : "";
    if (result.values.profile === CUSTOM_SCENARIO && !typedName) {
      errors.primeName ??= "Enter the name of the prime in your scenario";
    }
    return data({ errors, values: result.values }, { status: 400 });
  }
  const workshop = await createWorkshop(result.value);
  // The facilitator holds the workshop's owner link, and answers a scenario of their own as its prime.
  const links = [
    { role: "owner" as const, token: workshop.tokens.owner },
    ...(workshop.tokens.prime ? [{ role: "prime" as const, token: workshop.tokens.prime }] : []),
  ];
  const grants = links.map(({ role, token }) => ({ checkId: workshop.checkId, role, tokenHash: hashToken(token) }));
  const cookie = await openSession(request, grants, { links });
  return redirect(`/workshops/${workshop.id}`, { status: 303, headers: { "Set-Cookie": cookie } });
}

type PageData = ReturnType<typeof useLoaderData<typeof loader>>;

/**
 * With JavaScript, the time the choices add up to, kept up to date as boxes are ticked; without it, each section's
 * hint gives its own minutes and the page works the same.
 */
function TimeTotal({ page, form }: { page: PageData; form: HTMLFormElement | null }) {
  const [minutes, setMinutes] = useState<number | null>(null);
  useEffect(() => {
    if (!form) return;
    const update = () => {
      const data = new FormData(form);
      const set = data.get("questionSet") === "full" ? "full" : "core";
      const ticked = new Set(data.getAll("sections").map(String));
      const questions = page.sections.reduce((n, s) => n + (ticked.has(s.id) ? s.questions[set] : 0), 0);
      setMinutes(answeringMinutes(questions, ticked.has(FACTS_SECTION_ID) ? page.figures : 0));
    };
    update();
    form.addEventListener("change", update);
    return () => form.removeEventListener("change", update);
  }, [form, page]);
  if (minutes === null) return null;
  return (
    <p className="workshop-time" aria-live="polite">
      {minutes === 0
        ? "Choose at least one section."
        : `With these choices, each organisation answers for about ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`}
    </p>
  );
}

export default function NewWorkshop() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = actionData?.errors;
  const values = actionData?.values;
  const value = (name: string) => payloadValue(values, name);
  const date = values
    ? { day: value("date.day"), month: value("date.month"), year: value("date.year") }
    : { day: page.today.day, month: page.today.month, year: page.today.year };
  const idFor = (name: string) => (name === "date" ? dateErrorTarget("date", date) : fieldId(name));
  const sections = values ? payloadValues(values, "sections") : page.sections.map((s) => s.id);
  const retention = value("retentionDays") ?? String(DEFAULT_RETENTION_DAYS);
  const [form, setForm] = useState<HTMLFormElement | null>(null);
  return (
    <>
      <ErrorSummary errors={errorLinks(errors, FIELD_ORDER, idFor)} />
      <h1>Start a workshop</h1>
      <p className="lead">
        Run a session where each organisation in the room works out what it will and won’t compromise on, by answering
        its side against an example prime contractor.
      </p>
      <p>
        Participants join on their phones with a short code or a QR code, and need no account. Each sees its own result
        against the scenario as soon as it submits. You see only the room’s totals, once three organisations have
        submitted, and never which organisation said what.
      </p>
      <Form method="post" noValidate ref={setForm}>
        <TextField
          name="title"
          label="Workshop title"
          hint="Participants see this when they join. For example, “Preparing for the probation re-tender”."
          error={errors?.title}
          defaultValue={value("title")}
          autoComplete="off"
        />
        <DateInput
          name="date"
          legend="Date of the workshop"
          hint="For example, 27 3 2027. Participants’ answers are deleted a set number of days after it."
          error={errors?.date}
          values={date}
        />
        <RadioGroup
          name="profile"
          legend="Scenario prime"
          hint="The prime contractor the room answers against. Each example’s answers come with a note saying why it answers so."
          error={errors?.profile}
          value={value("profile")}
          options={[
            ...page.profiles.map((p) => ({ value: p.id, label: p.title, hint: p.summary })),
            {
              value: CUSTOM_SCENARIO,
              label: "Write your own scenario",
              hint: "You answer the prime’s side yourself before anyone can join. Allow about 40 minutes.",
            },
          ]}
        />
        <TextField
          name="primeName"
          label="Name of the prime in your scenario"
          hint="Only if you write your own scenario. For example, “County Employment Partnership (example)”."
          error={errors?.primeName}
          defaultValue={value("primeName")}
          autoComplete="off"
        />
        <RadioGroup
          name="questionSet"
          legend="Questions to ask"
          hint="Both are scored the same way, and each participant’s result says which questions were used."
          error={errors?.questionSet}
          value={value("questionSet") ?? "core"}
          options={[
            { value: "core", label: "The short core set (about 20 minutes)" },
            { value: "full", label: "The full question bank (about 40 minutes)" },
          ]}
        />
        <ChoiceGroup
          type="checkbox"
          name="sections"
          legend="Sections"
          hint={`Ask fewer sections to leave time to discuss the results. Every section of the core set takes about ${page.minutes.core} minutes; of the full bank, about ${page.minutes.full}.`}
          error={errors?.sections}
          checked={(id) => sections.includes(id)}
          options={[
            ...page.sections.map((s) => ({ value: s.id, label: s.title, hint: s.hint })),
            ...(page.facts ? [{ value: FACTS_SECTION_ID, label: "Facts and figures", hint: page.facts }] : []),
          ]}
        />
        <TimeTotal page={page} form={form} />
        <div className={`form-group${errors?.retentionDays ? " form-group--error" : ""}`}>
          <label className="label" htmlFor={fieldId("retentionDays")}>
            Keep participants’ answers for
          </label>
          <p className="hint" id={`${fieldId("retentionDays")}-hint`}>
            Then every participant’s answers are deleted for good. Participants are told when.
          </p>
          {errors?.retentionDays ? (
            <ErrorMessage id={`${fieldId("retentionDays")}-error`}>{errors.retentionDays}</ErrorMessage>
          ) : null}
          <select
            id={fieldId("retentionDays")}
            name="retentionDays"
            className={`select${errors?.retentionDays ? " select--error" : ""}`}
            defaultValue={retention}
            aria-describedby={`${fieldId("retentionDays")}-hint${errors?.retentionDays ? ` ${fieldId("retentionDays")}-error` : ""}`}
          >
            {page.retention.map((r) => (
              <option key={r.days} value={String(r.days)}>
                {r.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          Create the workshop
        </button>
      </Form>
    </>
  );
}
