/**
 * The inputs of workshops (issue 18), for the pages and the API alike: a new
 * workshop (its scenario and selection of sections), joining with a code, and
 * the facilitator's confirmations.
 */
import { z } from "zod";
import { currentQuestionnaire, QUESTION_SETS, sectionIdsOf } from "~/domain/questionnaires";
import {
  CUSTOM_SCENARIO,
  DEFAULT_RETENTION_DAYS,
  isJoinCode,
  JOIN_CODE_LENGTH,
  MAX_RETENTION_DAYS,
  normaliseJoinCode,
  RETENTION_CHOICES,
} from "~/domain/workshop";
import { workshopProfilesFor } from "~/domain/workshop-profiles";
import { FACTS_SECTION_ID } from "~/domain/sections";
import { calendarDate, dateFieldsSchema, endOfUkDay } from "./search-schemas.server";
import { visibleText } from "./schemas.server";

const text = (what: string, max = 200) =>
  z
    .string({ error: `Enter ${what}` })
    .overwrite(visibleText)
    .min(1, `Enter ${what}`)
    .max(max, `${what.charAt(0).toUpperCase()}${what.slice(1)} must be ${max} characters or fewer`);

/** The scenarios a new workshop may use: the current bank's built-in profiles, or the facilitator's own. */
export const scenarioChoices = () => [
  ...workshopProfilesFor(currentQuestionnaire().version).map((p) => p.id),
  CUSTOM_SCENARIO,
];

const profileSchema = z
  .string({ error: "Choose a scenario prime to test against" })
  .refine((id) => scenarioChoices().includes(id), "Choose one of the scenario primes listed, or write your own")
  .meta({
    description:
      "A built-in scenario's id (`GET /api/v1/workshops/profiles`), or `custom`: then `primeName` is required, and the facilitator answers the scenario's prime side with the `prime` token before anyone can join.",
    example: "tighter-embrace",
  });

const sectionsSchema = z
  .array(z.string(), { error: "Choose at least one section to ask" })
  .min(1, "Choose at least one section to ask")
  .superRefine((ids, ctx) => {
    const known = sectionIdsOf(currentQuestionnaire());
    ids.forEach((id, index) => {
      if (!known.includes(id)) ctx.addIssue({ code: "custom", path: [index], message: `There is no section “${id}”` });
    });
    if (ids.every((id) => id === FACTS_SECTION_ID)) {
      ctx.addIssue({ code: "custom", message: "Choose at least one section of questions, not only the figures" });
    }
  })
  .meta({
    description: `The sections to ask, by id: each dimension's id, and \`${FACTS_SECTION_ID}\` for the figures. Every section of the set when omitted.`,
  });

const retentionSchema = z.coerce
  .number({ error: `Give the number of days to keep answers, from 1 to ${MAX_RETENTION_DAYS}` })
  .int(`Give a whole number of days, from 1 to ${MAX_RETENTION_DAYS}`)
  .min(1, `Keep answers for at least 1 day`)
  .max(MAX_RETENTION_DAYS, `Answers are kept for at most ${MAX_RETENTION_DAYS} days`)
  .meta({
    description: `Participants' answers are deleted this many days after the workshop's date (1–${MAX_RETENTION_DAYS}; ${DEFAULT_RETENTION_DAYS} by default).`,
  });

/** Today in the UK, as YYYY-MM-DD (a workshop with no date given is held today). */
export function ukToday(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(now);
}

/** A workshop is set up for a session soon: a date more than a year ahead is a typing mistake (and would keep answers for ever). */
const withinAYear = (date: { year: number; month: number; day: number }) =>
  endOfUkDay(date.year, date.month, date.day).getTime() <= Date.now() + 367 * 24 * 60 * 60 * 1000;

const isoDate = (date: { year: number; month: number; day: number }) =>
  `${date.year}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;

/** A custom scenario needs the name of the prime the facilitator will answer as; a built-in one names its own. */
function requirePrimeName(body: { profile: string; primeName?: string | undefined }, ctx: z.core.$RefinementCtx) {
  if (body.profile === CUSTOM_SCENARIO && !body.primeName) {
    ctx.addIssue({ code: "custom", path: ["primeName"], message: "Enter the name of the prime in your scenario" });
  }
}

/** A new workshop, as the API accepts it (docs/api.md, "Workshops"). */
export const newWorkshopSchema = z
  .strictObject({
    title: text("the workshop’s title").meta({ description: "The workshop's title, as participants see it." }),
    date: z
      .string({ error: "Give the date as YYYY-MM-DD, like 2027-03-31" })
      .trim()
      .transform((value, ctx) => {
        const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
        const date = parts && calendarDate(Number(parts[1]), Number(parts[2]), Number(parts[3]));
        if (!date) {
          ctx.addIssue({ code: "custom", message: "Give the date as a real date, like 2027-03-31" });
          return z.NEVER;
        }
        if (endOfUkDay(date.year, date.month, date.day).getTime() <= Date.now()) {
          ctx.addIssue({ code: "custom", message: "The workshop’s date must be today or in the future" });
          return z.NEVER;
        }
        if (!withinAYear(date)) {
          ctx.addIssue({ code: "custom", message: "The workshop’s date must be within the next year" });
          return z.NEVER;
        }
        return isoDate(date);
      })
      .optional()
      .meta({
        description: "The workshop's day, today (UK) or later and within a year; today when omitted.",
        example: "2027-03-31",
      }),
    profile: profileSchema,
    primeName: text("the name of the prime in your scenario").optional().meta({
      description: "A custom scenario's prime, as participants will see it (required for `custom`, else ignored).",
    }),
    questionSet: z
      .enum(QUESTION_SETS, { error: "Choose the full question bank or the short core set" })
      .optional()
      .meta({ description: "`core` (the default: about 20 minutes) or `full`." }),
    sections: sectionsSchema.optional(),
    retentionDays: retentionSchema.optional(),
  })
  .meta({ id: "NewWorkshop", description: "A new workshop and its scenario." })
  .superRefine(requirePrimeName)
  .transform((body) => ({
    title: body.title,
    heldOn: body.date ?? ukToday(),
    profile: body.profile,
    primeName: body.profile === CUSTOM_SCENARIO ? body.primeName : undefined,
    // A workshop fits about twenty minutes: the core set unless the facilitator asks for the whole bank.
    questionSet: body.questionSet ?? ("core" as const),
    sections: body.sections ?? null,
    retentionDays: body.retentionDays ?? DEFAULT_RETENTION_DAYS,
  }));

export type NewWorkshopInput = z.output<typeof newWorkshopSchema>;

/** The "Start a workshop" page: as the API's, with the date in three fields and every choice asked. */
export const newWorkshopFormSchema = z
  .strictObject({
    title: text("the workshop’s title"),
    date: dateFieldsSchema("Date of the workshop", { required: true }).refine(
      (date) => !date || withinAYear(date),
      "Date of the workshop must be within the next year",
    ),
    profile: profileSchema,
    primeName: z
      .string()
      .overwrite(visibleText)
      .max(200, "The prime’s name must be 200 characters or fewer")
      .optional(),
    questionSet: z.enum(QUESTION_SETS, { error: "Choose the short core set or the full question bank" }),
    sections: sectionsSchema,
    retentionDays: retentionSchema.refine(
      (days) => (RETENTION_CHOICES as readonly number[]).includes(days),
      "Choose how long to keep participants’ answers from the list",
    ),
  })
  .superRefine(requirePrimeName)
  .transform((body): NewWorkshopInput => ({
    title: body.title,
    heldOn: body.date ? isoDate(body.date) : ukToday(),
    profile: body.profile,
    primeName: body.profile === CUSTOM_SCENARIO ? body.primeName : undefined,
    questionSet: body.questionSet,
    sections: body.sections,
    retentionDays: body.retentionDays,
  }));

const joinCode = z
  .string({ error: "Enter the workshop code" })
  .trim()
  .min(1, "Enter the workshop code")
  .max(40, "Enter the workshop code from the screen: 8 letters and numbers")
  .refine(
    (code) => isJoinCode(normaliseJoinCode(code)),
    `Enter the workshop code from the screen: ${JOIN_CODE_LENGTH} letters and numbers, like 7KQ2-M9XD`,
  );

const organisation = z
  .string()
  .overwrite(visibleText)
  .max(200, "Your organisation’s name must be 200 characters or fewer")
  .optional()
  .transform((name) => name || undefined);

/** Joining through the API: the code, and the organisation's name if it wants to give one. */
export const joinBodySchema = z
  .strictObject({
    code: joinCode.meta({ description: "The code on the screen.", example: "7KQ2-M9XD" }),
    organisation: organisation.meta({
      description:
        "The organisation's name for its own check and result, if it wants to give one; the facilitator never sees it.",
    }),
  })
  .meta({ id: "JoinWorkshop", description: "Joining a workshop with its code." });

/** The "Join a workshop" page: only the code, checked for its shape before it is looked up. */
export const joinCodeSchema = z.strictObject({ code: joinCode });

/** Joining through the page: the code is in the address, the name (optional) in the form. */
export const joinFormSchema = z.strictObject({ organisation });

/** Deleting a workshop needs an explicit confirmation. */
export const deleteWorkshopConfirmSchema = z.strictObject({
  confirm: z.literal("on", { error: "Confirm that you want to delete the workshop and every participant’s answers" }),
});
