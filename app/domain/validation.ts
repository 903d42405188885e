/**
 * zod schemas for a side's answers, built from the questionnaire so that only
 * its own item ids and that side's fact ids are accepted. Shared by the JSON
 * API and the web forms, so both save the same data.
 */
import { z } from "zod";
import {
  IMPORTANCE_LEVELS,
  RED_LINE_FIGURES,
  type Answer,
  type FactDefinition,
  type FactId,
  type Position,
  type Questionnaire,
  type Side,
} from "./types";

/**
 * Text as a database can keep it: without NUL characters, which PostgreSQL
 * cannot store in text (SQLite can) and which no one types on purpose.
 */
export const storableText = (text: string) => text.replaceAll(String.fromCharCode(0), "");

export const NOTE_MAX_LENGTH = 2000;

const position = z
  .number({ error: "Choose a position from 1 to 5" })
  .int("Choose a position from 1 to 5")
  .min(1, "Choose a position from 1 to 5")
  .max(5, "Choose a position from 1 to 5");

export const CLAUSE_MAX_LENGTH = 200;

/** A free-text note on an answer or a flag's outcome: trimmed, storable, of bounded length. */
export const noteSchema = z
  .string()
  .overwrite(storableText)
  .trim()
  .max(NOTE_MAX_LENGTH, `Keep the note under ${NOTE_MAX_LENGTH} characters`);

const answerFields = {
  preferred: position,
  acceptable: z.array(position).min(1, "List at least your preferred position").max(5),
  importance: z.enum(IMPORTANCE_LEVELS, { error: "Importance must be low, medium or high" }),
  redLine: z.boolean({ error: "redLine must be true or false" }),
  note: noteSchema.optional(),
};

/** Bank v2 adds: a term set by the commissioner or the head contract, and the clause an answer reflects. */
const extendedFields = {
  fixed: z.boolean({ error: "fixed must be true or false" }).optional(),
  clause: z
    .string()
    .overwrite(storableText)
    .trim()
    .max(CLAUSE_MAX_LENGTH, `Keep the clause reference under ${CLAUSE_MAX_LENGTH} characters`)
    .optional(),
};

type ApiAnswerInput = z.input<z.ZodObject<typeof answerFields>> & { fixed?: boolean; clause?: string };

function checkRange(answer: ApiAnswerInput, ctx: z.core.$RefinementCtx) {
  const sorted = [...new Set(answer.acceptable)].sort((a, b) => a - b);
  if (sorted.length !== answer.acceptable.length) {
    ctx.addIssue({ code: "custom", path: ["acceptable"], message: "List each acceptable position once" });
    return;
  }
  const continuous = sorted.every((p, i) => i === 0 || p === (sorted[i - 1] as number) + 1);
  if (!continuous) {
    ctx.addIssue({
      code: "custom",
      path: ["acceptable"],
      message: "Acceptable positions must be a continuous range, such as [2, 3, 4]",
    });
  }
  if (!sorted.includes(answer.preferred)) {
    ctx.addIssue({
      code: "custom",
      path: ["acceptable"],
      message: "Acceptable positions must include the preferred position",
    });
  }
}

function toAnswer(answer: ApiAnswerInput & { shareNote?: boolean }): Answer {
  const clause = answer.clause?.trim();
  return {
    preferred: answer.preferred as Position,
    acceptable: {
      min: Math.min(...answer.acceptable) as Position,
      max: Math.max(...answer.acceptable) as Position,
    },
    importance: answer.importance,
    redLine: answer.redLine,
    ...(answer.note ? { note: answer.note } : {}),
    ...(answer.fixed ? { fixed: true } : {}),
    ...(clause ? { clause } : {}),
    ...(answer.shareNote && answer.note ? { shareNote: true } : {}),
  };
}

/** The API's form of an answer: `acceptable` is the list of positions, e.g. [2, 3, 4]. */
export const apiAnswerSchema = z
  .strictObject(answerFields)
  .superRefine(checkRange)
  .transform(toAnswer)
  // The id names it in the OpenAPI description (app/api/openapi/checks.ts), where every item's answer refers to it.
  .meta({ id: "AnswerBody" });

/** The same, with bank v2's `fixed` and `clause`. */
export const extendedApiAnswerSchema = z
  .strictObject({ ...answerFields, ...extendedFields })
  .superRefine(checkRange)
  .transform(toAnswer)
  .meta({ id: "ExtendedAnswerBody" });

/**
 * A respondent's answer (issue 16): the four positions and a note, which the lead reads only if `shareNote` is true.
 * Fixed terms and clauses are the lead's to give, as the figures are.
 */
export const respondentApiAnswerSchema = z
  .strictObject({ ...answerFields, shareNote: z.boolean({ error: "shareNote must be true or false" }).optional() })
  .superRefine(checkRange)
  .transform(toAnswer)
  .meta({ id: "RespondentAnswerBody" });

/** Whether a bank takes v2's additions to the answer model (fixed terms, clauses, figure red lines). */
export const takesExtendedAnswers = (questionnaire: Questionnaire) => questionnaire.method.figureRedLines;

/** An answer as the API returns it. */
export function toApiAnswer(answer: Answer) {
  const acceptable: number[] = [];
  for (let p = answer.acceptable.min; p <= answer.acceptable.max; p++) acceptable.push(p);
  return {
    preferred: answer.preferred,
    acceptable,
    importance: answer.importance,
    redLine: answer.redLine,
    ...(answer.note ? { note: answer.note } : {}),
    ...(answer.fixed ? { fixed: true as const } : {}),
    ...(answer.clause ? { clause: answer.clause } : {}),
    ...(answer.shareNote ? { shareNote: true as const } : {}),
  };
}

export function factSchema(fact: FactDefinition) {
  const unit = fact.unit === "percent" ? "%" : ` ${fact.unit}`;
  let schema = z
    .number({ error: `Enter a number for “${fact.label}”` })
    .min(fact.min, `Enter a number of at least ${fact.min}`)
    .max(fact.max, `Enter a number no more than ${fact.max}${unit}`);
  if (fact.integer) schema = schema.int("Enter a whole number");
  return schema;
}

export function factsFor(questionnaire: Questionnaire, side: Side): FactDefinition[] {
  return questionnaire.facts.filter((f) => f.side === side);
}

/**
 * Body schemas already built, per questionnaire and side. zod 4 compiles each
 * object schema it builds, which cost an API save more CPU than its database work
 * (docs/benchmarks.md); the questionnaires are fixed objects, so each is built once.
 */
const bodySchemas = new WeakMap<Questionnaire, Partial<Record<Side, ReturnType<typeof buildApiAnswersBodySchema>>>>();

/** Body of `PUT /api/v1/answers`: any subset of this questionnaire's items and this side's facts. */
export function apiAnswersBodySchema(questionnaire: Questionnaire, side: Side) {
  let built = bodySchemas.get(questionnaire);
  if (!built) bodySchemas.set(questionnaire, (built = {}));
  return (built[side] ??= buildApiAnswersBodySchema(questionnaire, side));
}

function buildApiAnswersBodySchema(questionnaire: Questionnaire, side: Side) {
  const extended = takesExtendedAnswers(questionnaire);
  const answer = extended ? extendedApiAnswerSchema : apiAnswerSchema;
  const answerShape: Record<string, z.ZodOptional<typeof answer>> = {};
  for (const dimension of questionnaire.dimensions) {
    for (const item of dimension.items) answerShape[item.id] = answer.optional();
  }
  const sideFacts = factsFor(questionnaire, side);
  const factShape: Record<string, z.ZodOptional<ReturnType<typeof factSchema>>> = {};
  for (const fact of sideFacts) factShape[fact.id] = factSchema(fact).optional();
  const factIds = sideFacts.map((f) => f.id).filter((id) => RED_LINE_FIGURES.has(id)) as [FactId, ...FactId[]];
  return z.strictObject({
    answers: z.strictObject(answerShape).optional().default({}),
    facts: z.strictObject(factShape).optional().default({}),
    /** This side's figures that are red lines; when given, it replaces the list saved before (bank v2). */
    redLineFacts: (extended && factIds.length > 0
      ? z
          .array(z.enum(factIds, { error: `List only your own figures that can be red lines: ${factIds.join(", ")}` }))
          .max(factIds.length)
      : z.never({ error: `“redLineFacts” is not a field in question bank v${questionnaire.version}` })
    ).optional(),
    /** This side's figures shared as the finding only; when given, it replaces the list saved before (bank v2). */
    findingOnlyFacts: (extended && sideFacts.length > 0
      ? z
          .array(
            z.enum(sideFacts.map((f) => f.id) as [FactId, ...FactId[]], {
              error: `List only your own figures: ${sideFacts.map((f) => f.id).join(", ")}`,
            }),
          )
          .max(sideFacts.length)
      : z.never({ error: `“findingOnlyFacts” is not a field in question bank v${questionnaire.version}` })
    ).optional(),
  });
}

const respondentBodySchemas = new WeakMap<Questionnaire, ReturnType<typeof buildRespondentBodySchema>>();

/** Body of `PUT /api/v1/answers` for a respondent: any subset of the items, and nothing else (no figures). */
export function respondentAnswersBodySchema(questionnaire: Questionnaire) {
  let built = respondentBodySchemas.get(questionnaire);
  if (!built) respondentBodySchemas.set(questionnaire, (built = buildRespondentBodySchema(questionnaire)));
  return built;
}

function buildRespondentBodySchema(questionnaire: Questionnaire) {
  const answerShape: Record<string, z.ZodOptional<typeof respondentApiAnswerSchema>> = {};
  for (const dimension of questionnaire.dimensions) {
    for (const item of dimension.items) answerShape[item.id] = respondentApiAnswerSchema.optional();
  }
  return z.strictObject({ answers: z.strictObject(answerShape).optional().default({}) });
}

export const RESPONDENT_LABEL_MAX_LENGTH = 80;

/** A respondent's optional role label ("Treasurer", "Service manager"), as the lead types it. */
export const respondentLabelSchema = z
  .string({ error: "The label must be text" })
  .overwrite(storableText)
  .trim()
  .max(RESPONDENT_LABEL_MAX_LENGTH, `Keep the label under ${RESPONDENT_LABEL_MAX_LENGTH} characters`)
  .optional();

/** Body of `POST /api/v1/respondents`. */
export const inviteRespondentBodySchema = z.strictObject({ label: respondentLabelSchema });

/** Why a side's lead replaced the board's combined answer: required, shown in the report. */
export const overrideReasonSchema = z
  .string({ error: "Say why you are changing the board’s combined answer" })
  .overwrite(storableText)
  .trim()
  .min(1, "Say why you are changing the board’s combined answer")
  .max(NOTE_MAX_LENGTH, `Keep the reason under ${NOTE_MAX_LENGTH} characters`);

/** One override: an answer's four positions and the reason. */
export const apiOverrideSchema = z
  .strictObject({
    preferred: answerFields.preferred,
    acceptable: answerFields.acceptable,
    importance: answerFields.importance,
    redLine: answerFields.redLine,
    reason: overrideReasonSchema,
  })
  .superRefine(checkRange)
  .transform(({ reason, ...answer }) => ({ answer: toAnswer(answer), reason }))
  .meta({ id: "OverrideBody" });

const overrideBodySchemas = new WeakMap<Questionnaire, ReturnType<typeof buildOverridesBodySchema>>();

/** Body of a lead's `POST /api/v1/answers/submit` (optional): `{ overrides: { [itemId]: override } }`. */
export function overridesBodySchema(questionnaire: Questionnaire) {
  let built = overrideBodySchemas.get(questionnaire);
  if (!built) overrideBodySchemas.set(questionnaire, (built = buildOverridesBodySchema(questionnaire)));
  return built;
}

function buildOverridesBodySchema(questionnaire: Questionnaire) {
  const shape: Record<string, z.ZodOptional<typeof apiOverrideSchema>> = {};
  for (const dimension of questionnaire.dimensions) {
    for (const item of dimension.items) shape[item.id] = apiOverrideSchema.optional();
  }
  return z.strictObject({ overrides: z.strictObject(shape).optional() });
}

/** zod issues as the API's `errors: [{ path, message }]`. */
export function issuesToErrors(issues: readonly z.core.$ZodIssue[]): Array<{ path: string; message: string }> {
  return issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        path: [...issue.path, key].join("."),
        message: `“${key}” is not a field here`,
      }));
    }
    return [{ path: issue.path.join("."), message: issue.message }];
  });
}
