/**
 * The inputs of partner searches (issue 17), for the pages and the API alike:
 * a new search, named candidates, an application, and the dashboard's query.
 */
import { z } from "zod";
import { QUESTION_SETS } from "~/domain/questionnaires";
import { emailAddress } from "~/mail/schemas.server";
import { CANDIDATE_SORTS, MAX_CANDIDATES_PER_REQUEST, normaliseApplyCode } from "~/domain/search";
import { calendarDate, endOfUkDay } from "~/domain/dates";
import { visibleText } from "./schemas.server";

export { calendarDate, endOfUkDay };

const name = (what: string, max = 200) =>
  z
    .string({ error: `Enter ${what}` })
    .overwrite(visibleText)
    .min(1, `Enter ${what}`)
    .max(max, `${what.charAt(0).toUpperCase()}${what.slice(1)} must be ${max} characters or fewer`);

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A closing date: `2027-03-31` (applications close at the end of that day, UK
 * time) or a full ISO 8601 time with its offset. It must be in the future.
 */
export const closesAtSchema = z
  .string({ error: "Give the closing date as a date, like 2027-03-31" })
  .trim()
  .transform((value, ctx) => {
    const day = DATE_ONLY.exec(value);
    if (day) {
      const date = calendarDate(Number(day[1]), Number(day[2]), Number(day[3]));
      if (date) return endOfUkDay(date.year, date.month, date.day);
    } else if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) {
      const at = new Date(value);
      if (!Number.isNaN(at.getTime())) return at;
    }
    ctx.addIssue({ code: "custom", message: "Give the closing date as a real date, like 2027-03-31" });
    return z.NEVER;
  })
  .refine((at) => at.getTime() > Date.now(), "The closing date must be in the future")
  .meta({
    description:
      "When the open link stops taking applications: a date (applications close at the end of that day, UK time) or an ISO 8601 time with its offset. In the future.",
    examples: ["2027-03-31", "2027-03-31T17:00:00+01:00"],
  });

/** A new search, as the API accepts it. */
export const newSearchSchema = z
  .strictObject({
    title: name("the name of the opportunity").meta({ description: "The opportunity's name, as candidates see it." }),
    primeName: name("your organisation’s name").meta({ description: "The prime contractor's name." }),
    closesAt: closesAtSchema.optional(),
    questionSet: z
      .enum(QUESTION_SETS, { error: "Choose the full question bank or the short core set" })
      .optional()
      .meta({ description: "`full` (the default) or the short `core` set, for every candidate." }),
  })
  .meta({ id: "NewSearch", description: "A new partner search." });

const candidateName = name("the candidate organisation’s name");

/**
 * Named candidates: `{ name }` or `{ names: [...] }` (the API); no two alike, and a few hundred at most. One object
 * with either field rather than a union of two, so a refusal says what is wrong (a union's says only "Invalid input").
 */
export const addCandidatesBodySchema = z
  .strictObject({
    name: candidateName.optional(),
    names: z
      .array(candidateName, { error: "names must be a list of organisations’ names" })
      .min(1, "Give at least one name")
      .max(MAX_CANDIDATES_PER_REQUEST, `Add at most ${MAX_CANDIDATES_PER_REQUEST} candidates at a time`)
      .superRefine((names, ctx) => {
        const first = new Map<string, string>();
        names.forEach((given, index) => {
          const earlier = first.get(given.toLowerCase());
          if (earlier === undefined) first.set(given.toLowerCase(), given);
          else ctx.addIssue({ code: "custom", path: [index], message: `“${earlier}” is in the list twice` });
        });
      })
      .optional(),
  })
  .superRefine((body, ctx) => {
    if ((body.name === undefined) === (body.names === undefined)) {
      ctx.addIssue({ code: "custom", path: [], message: "Give either name (one organisation) or names (a list)" });
    }
  })
  .transform((body) => body.names ?? (body.name === undefined ? [] : [body.name]))
  .meta({
    id: "NewCandidates",
    description: `Either \`name\` (one organisation) or \`names\` (a list of at most ${MAX_CANDIDATES_PER_REQUEST}, no two alike), not both.`,
  });

/**
 * Names pasted into the page, one a line (or separated by semicolons): blank
 * lines dropped, a name given twice kept once.
 */
export const pastedNamesSchema = z.strictObject({
  names: z
    .string({ error: "Enter the names of the organisations to invite, one on each line" })
    .transform((text) => {
      const seen = new Set<string>();
      const names: string[] = [];
      for (const line of text.split(/[\n;]/)) {
        const tidy = visibleText(line);
        if (tidy && !seen.has(tidy.toLowerCase())) {
          seen.add(tidy.toLowerCase());
          names.push(tidy);
        }
      }
      return names;
    })
    .pipe(
      z
        .array(candidateName)
        .min(1, "Enter the names of the organisations to invite, one on each line")
        .max(MAX_CANDIDATES_PER_REQUEST, `Invite at most ${MAX_CANDIDATES_PER_REQUEST} organisations at a time`),
    ),
});

/** An application through the open link. */
export const applyBodySchema = z.strictObject({
  code: z
    .string({ error: "Enter the application code" })
    .trim()
    .min(1, "Enter the application code")
    .max(40, "Enter the application code you were given, like 7KQ2M-9XDT4"),
  name: name("your organisation’s name"),
  email: emailAddress,
});

const flag = z
  .enum(["true", "false", "on", "1", "0"], { error: "Use true or false" })
  .transform((value) => value === "true" || value === "on" || value === "1");

const score = (what: string) =>
  z.coerce
    .number({ error: `${what} must be a number from 0 to 100` })
    .min(0, `${what} must be from 0 to 100`)
    .max(100, `${what} must be from 0 to 100`);

export const PAGE_SIZES = [10, 25, 50, 100] as const;

/** The dashboard's query (the page's address and the API's alike); an empty value is no filter. */
export function candidateQuerySchema(dimensionIds: readonly string[]) {
  const blankIsAbsent = (value: unknown) => (value === "" ? undefined : value);
  return z
    .strictObject({
      sort: z.preprocess(blankIsAbsent, z.enum(CANDIDATE_SORTS, { error: "Choose how to sort" }).default("fit")).meta({
        description:
          "`fit`: by verdict, then overall score (the default); `score`; `dealbreakers`: fewest first; `name`; `newest`.",
      }),
      minScore: z
        .preprocess(blankIsAbsent, score("The minimum score").optional())
        .meta({ description: "Only candidates scored at or above this overall score (0–100)." }),
      noDealbreakers: z
        .preprocess(blankIsAbsent, flag.optional())
        .meta({ description: "`true`: only scored candidates with no dealbreaker." }),
      submittedOnly: z
        .preprocess(blankIsAbsent, flag.optional())
        .meta({ description: "`true`: only candidates who have submitted." }),
      section: z
        .preprocess(
          blankIsAbsent,
          z.enum(dimensionIds as [string, ...string[]], { error: "Choose one of the sections" }).optional(),
        )
        .meta({ description: "A section (dimension id of the search's question bank), with `minSectionScore`." }),
      minSectionScore: z
        .preprocess(blankIsAbsent, score("The section’s minimum score").optional())
        .meta({ description: "Only candidates scoring at least this in `section` (0–100); the two go together." }),
      page: z
        .preprocess(
          blankIsAbsent,
          z.coerce
            .number({ error: "page must be a whole number" })
            .int("page must be a whole number")
            .min(1)
            .default(1),
        )
        .meta({ description: "From 1; past the end gives the last page." }),
      pageSize: z
        .preprocess(
          blankIsAbsent,
          z.coerce
            .number({ error: "pageSize must be 10, 25, 50 or 100" })
            .refine((n) => (PAGE_SIZES as readonly number[]).includes(n), "pageSize must be 10, 25, 50 or 100")
            .default(25),
        )
        .meta({ description: "10, 25 (the default), 50 or 100.", override: { enum: [...PAGE_SIZES] } }),
    })
    .superRefine((query, ctx) => {
      if (query.section !== undefined && query.minSectionScore === undefined) {
        ctx.addIssue({ code: "custom", path: ["minSectionScore"], message: "Give the section’s minimum score" });
      }
      if (query.minSectionScore !== undefined && query.section === undefined) {
        ctx.addIssue({ code: "custom", path: ["section"], message: "Choose the section the minimum score is for" });
      }
    });
}

/** Two or three candidates to compare, by id. */
export const compareSchema = z.strictObject({
  c: z
    .array(z.string().regex(/^[A-Za-z0-9_-]{16}$/, "Choose candidates from the list"), {
      error: "Choose two or three candidates to compare",
    })
    .min(2, "Choose two or three candidates to compare")
    .max(3, "Choose at most three candidates to compare"),
});

/** Query parameters as an object: a repeated key becomes a list only where `lists` says so. */
export function queryObject(url: URL, lists: readonly string[] = []): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    out[key] = lists.includes(key) ? url.searchParams.getAll(key) : (url.searchParams.get(key) ?? "");
  }
  return out;
}

/** Deleting a search needs an explicit confirmation. */
export const deleteSearchSchema = z.strictObject({
  confirm: z.literal("on", { error: "Confirm that you want to delete the search and every candidate’s answers" }),
});

const DATE_PARTS = ["day", "month", "year"] as const;
type DatePart = (typeof DATE_PARTS)[number];

/** "day", "day and year", "day, month and year", as a sentence names them. */
function partsInWords(parts: readonly DatePart[]): string {
  return parts.length < 2 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

/**
 * A GOV.UK date input's three fields (`<name>.day`, `.month`, `.year`) as a calendar date: all three or none (none
 * is undefined, or an error when `required`), a real date, today (UK) or later. Messages name the field by `label`.
 */
export function dateFieldsSchema(label: string, options: { required?: boolean } = {}) {
  return z
    .strictObject(
      { day: z.string().optional(), month: z.string().optional(), year: z.string().optional() },
      { error: `Enter the ${label.toLowerCase()} as a day, month and year` },
    )
    .optional()
    .transform((parts, ctx): { year: number; month: number; day: number } | undefined => {
      const typed = {
        day: parts?.day?.trim() ?? "",
        month: parts?.month?.trim() ?? "",
        year: parts?.year?.trim() ?? "",
      };
      const missing = DATE_PARTS.filter((part) => typed[part] === "");
      if (missing.length === DATE_PARTS.length) {
        if (!options.required) return undefined;
        ctx.addIssue({ code: "custom", message: `Enter the ${label.toLowerCase()}` });
        return z.NEVER;
      }
      if (missing.length > 0) {
        ctx.addIssue({ code: "custom", message: `${label} must include a ${partsInWords(missing)}` });
        return z.NEVER;
      }
      const date =
        /^\d{1,2}$/.test(typed.day) && /^\d{1,2}$/.test(typed.month) && /^\d{4}$/.test(typed.year)
          ? calendarDate(Number(typed.year), Number(typed.month), Number(typed.day))
          : null;
      if (!date) {
        ctx.addIssue({ code: "custom", message: `${label} must be a real date, for example 31 3 2027` });
        return z.NEVER;
      }
      if (endOfUkDay(date.year, date.month, date.day).getTime() <= Date.now()) {
        ctx.addIssue({ code: "custom", message: `${label} must be today or in the future` });
        return z.NEVER;
      }
      return date;
    });
}

/**
 * The pages' closing date, as a GOV.UK date input gives it: all three or none; a real date, today or later.
 * Applications close at the end of that day, UK time.
 */
export const closingDateFieldsSchema = dateFieldsSchema("Closing date").transform((date) =>
  date ? endOfUkDay(date.year, date.month, date.day) : undefined,
);

/** The "Start a partner search" page: as the API's, with the date in three fields and the question set asked. */
export const newSearchFormSchema = z.strictObject({
  title: newSearchSchema.shape.title,
  primeName: newSearchSchema.shape.primeName,
  closesAt: closingDateFieldsSchema,
  questionSet: z.enum(QUESTION_SETS, { error: "Choose the full question bank or the short core set" }),
});

/** The "Apply to a partner search" page: only the code, checked for its shape before it is looked up. */
export const applyCodeSchema = z.strictObject({
  code: applyBodySchema.shape.code.refine(
    (code) => /^[0-9A-Z]{10}$/.test(normaliseApplyCode(code)),
    "Enter the application code you were given: 10 letters and numbers, like 7KQ2M-9XDT4",
  ),
});

/** An application through the page: the code is in the address, the rest in the form. */
export const applyFormSchema = applyBodySchema.omit({ code: true });

/** Closing the open application link needs an explicit confirmation. */
export const closeSearchConfirmSchema = z.strictObject({
  confirm: z.literal("on", { error: "Confirm that you want to close the open application link" }),
});

/** Withdrawing a candidate's application needs an explicit confirmation. */
export const withdrawConfirmSchema = z.strictObject({
  confirm: z.literal("on", { error: "Confirm that you want to withdraw and delete your answers" }),
});
