/**
 * The web form for one section: field names, the zod schema that validates a
 * submitted page, and its conversion into the same answers the API saves.
 */
import { z } from "zod";
import type { Section } from "~/domain/sections";
import {
  IMPORTANCE_LEVELS,
  RED_LINE_FIGURES,
  type Answer,
  type FactDefinition,
  type FactId,
  type FactUnit,
  type Position,
} from "~/domain/types";
import { CLAUSE_MAX_LENGTH, NOTE_MAX_LENGTH, factSchema, storableText } from "~/domain/validation";

const position = z.number().int().min(1).max(5);

const itemFields = {
  preferred: z.number({ error: "Choose your preferred position" }).int().min(1).max(5).optional(),
  /** The other positions this side could live with: ticked boxes, one value each. */
  acceptable: z.array(position, { error: "Choose only positions from the list" }).max(5).optional(),
  importance: z.enum(IMPORTANCE_LEVELS, { error: "Choose how much this matters" }).optional(),
  redLine: z.boolean().optional(),
  note: z
    .string()
    .overwrite(storableText)
    .max(NOTE_MAX_LENGTH, `Keep the note under ${NOTE_MAX_LENGTH} characters`)
    .optional(),
  /** A respondent's "share my note with the lead" (issue 16); the lead's own form has no such box. */
  shareNote: z.boolean().optional(),
};

/** Bank v2's additions: a term set by the commissioner or the head contract, and the clause an answer reflects. */
const extendedItemFields = {
  fixed: z.boolean().optional(),
  clause: z
    .string()
    .overwrite(storableText)
    .max(CLAUSE_MAX_LENGTH, `Keep the clause reference under ${CLAUSE_MAX_LENGTH} characters`)
    .optional(),
};

type ItemInput = z.output<z.ZodObject<typeof itemFields>> & { fixed?: boolean; clause?: string };

/**
 * The range a side could accept: its preferred position and every ticked one,
 * which must run without a gap (the method scores a range, docs/method.md).
 */
export function acceptableRange(preferred: number, ticked: readonly number[] = []) {
  const all = [...new Set([preferred, ...ticked])].sort((a, b) => a - b);
  const min = all[0] ?? preferred;
  const max = all[all.length - 1] ?? preferred;
  const gaps = [];
  for (let p = min; p <= max; p += 1) if (!all.includes(p)) gaps.push(p);
  return { min, max, gaps };
}

function checkItem(item: ItemInput, ctx: z.core.$RefinementCtx) {
  const started =
    (item.acceptable?.length ?? 0) > 0 ||
    item.importance !== undefined ||
    item.redLine === true ||
    item.fixed === true ||
    Boolean(item.clause?.trim()) ||
    Boolean(item.note?.trim());
  if (item.preferred === undefined) {
    if (started) ctx.addIssue({ code: "custom", path: ["preferred"], message: "Choose your preferred position" });
    return;
  }
  if (item.importance === undefined) {
    ctx.addIssue({ code: "custom", path: ["importance"], message: "Choose how much this matters to you" });
  }
  const { gaps } = acceptableRange(item.preferred, item.acceptable);
  if (gaps.length > 0) {
    const list =
      gaps.length === 1 ? `position ${gaps[0]}` : `positions ${gaps.slice(0, -1).join(", ")} and ${gaps.at(-1)}`;
    ctx.addIssue({
      code: "custom",
      path: ["acceptable"],
      message: `The positions you could live with must run on from your preferred one without a gap: tick ${list} too, or untick the positions beyond ${gaps.length === 1 ? "it" : "them"}`,
    });
  }
}

const itemFormSchema = z.strictObject(itemFields).superRefine(checkItem);
const extendedItemFormSchema = z.strictObject({ ...itemFields, ...extendedItemFields }).superRefine(checkItem);

type ItemForm = ItemInput;

/** The words a figure's unit may be typed with, after the number. */
const UNIT_WORDS: Readonly<Record<FactUnit, readonly string[]>> = {
  percent: ["%", "percent", "per cent"],
  months: ["month", "months", "mth", "mths"],
  days: ["day", "days"],
  "per year": ["a year", "per year", "each year", "/year", "a yr", "per annum", "pa", "p.a."],
};

/**
 * A figure as people type it: "1,200", "1 200", "£1,200", "12%", "36 months".
 * Returns the number, or a message saying what is wrong (a wrong unit, or no
 * number at all).
 */
export function readTypedFigure(raw: string, unit: FactUnit): number | { message: string } {
  let text = raw.normalize("NFKC").trim().toLowerCase().replace(/^£\s*/, "");
  const word = [...UNIT_WORDS[unit]].sort((a, b) => b.length - a.length).find((w) => text.endsWith(w));
  if (word) text = text.slice(0, -word.length).trim();
  // Thousands separators: commas or spaces between groups of three digits.
  if (/^-?\d{1,3}([, ]\d{3})+(\.\d+)?$/.test(text)) text = text.replace(/[, ]/g, "");
  if (/^-?(\d+(\.\d*)?|\.\d+)$/.test(text)) return Number(text);
  if (/^-?[\d.,\s]+\s*[a-z%/.]+/.test(text)) {
    const expected =
      unit === "percent" ? "a percentage" : unit === "per year" ? "a number a year" : `a number of ${unit}`;
    return {
      message: `Give ${expected}, for example ${unit === "percent" ? "“12%”" : unit === "per year" ? "“200”" : `“6 ${unit}”`}`,
    };
  }
  return { message: "Enter a number, for example 1,200" };
}

/** A figure's form field: typed text read as a number, then checked against the figure's limits. */
function typedFigure(fact: FactDefinition) {
  return z
    .string()
    .transform((raw, ctx) => {
      const read = readTypedFigure(raw, fact.unit);
      if (typeof read === "number") return read;
      ctx.addIssue({ code: "custom", message: read.message });
      return z.NEVER;
    })
    .pipe(factSchema(fact));
}

const intentSchema = z.enum(["continue", "save-and-exit", "autosave"]).optional();

/**
 * The version of an answer as the page was loaded: its last change in
 * milliseconds, or "none" when it was unanswered (see seenField).
 */
const version = z
  .string()
  .regex(/^(none|\d{1,15})$/, "This page is out of date: reload it")
  .optional();

function seenSchema(ids: readonly string[]) {
  return z.strictObject(Object.fromEntries(ids.map((id) => [id, version]))).optional();
}

/** The versions a page was loaded with, as the save compares them. */
export function seenVersions(
  seen: { items?: Record<string, string | undefined>; facts?: Record<string, string | undefined> } | undefined,
) {
  const read = (group: Record<string, string | undefined> | undefined) =>
    Object.fromEntries(
      Object.entries(group ?? {})
        .filter((entry): entry is [string, string] => typeof entry[1] === "string")
        .map(([id, v]) => [id, v === "none" ? null : Number(v)]),
    );
  return seen ? { answers: read(seen.items), facts: read(seen.facts) } : undefined;
}

/**
 * Page schemas already built. zod 4 compiles each object schema it builds, which
 * cost an autosave more CPU than its database work (docs/benchmarks.md).
 */
const built = new WeakMap<object, Map<string, ReturnType<typeof buildSectionFormSchema>>>();

/**
 * One page's form: only its own questions' fields are accepted; anything else
 * is refused. `extended` (bank v2) adds fixed terms, clauses and red-line figures.
 */
export function sectionFormSchema(section: Section, extended = false) {
  // The page is rebuilt per request (and an autosave drops its unfinished questions from it), but its questions'
  // definitions are its questionnaire's own objects: known by the first, and by which are on the page.
  const questions = section.kind === "facts" ? section.facts : section.dimension.items;
  const owner = questions[0];
  const key = `${extended}:${questions.map((q) => q.id).join(",")}`;
  if (!owner) return buildSectionFormSchema(section, extended);
  let schemas = built.get(owner);
  if (!schemas) built.set(owner, (schemas = new Map()));
  let schema = schemas.get(key);
  if (!schema) schemas.set(key, (schema = buildSectionFormSchema(section, extended)));
  return schema;
}

function buildSectionFormSchema(section: Section, extended: boolean) {
  if (section.kind === "facts") {
    const shape: Record<string, z.ZodOptional<ReturnType<typeof typedFigure>>> = {};
    const redLines: Record<string, z.ZodOptional<z.ZodBoolean>> = {};
    for (const fact of section.facts) {
      shape[fact.id] = typedFigure(fact).optional();
      if (RED_LINE_FIGURES.has(fact.id)) redLines[fact.id] = z.boolean().optional();
    }
    const base = {
      intent: intentSchema,
      facts: z.strictObject(shape).optional(),
      seen: z.strictObject({ facts: seenSchema(section.facts.map((f) => f.id)) }).optional(),
    };
    if (!extended) return z.strictObject(base);
    const findingOnly = Object.fromEntries(section.facts.map((f) => [f.id, z.boolean().optional()]));
    return z
      .strictObject({
        ...base,
        factRedLines: z.strictObject(redLines).optional(),
        factFindingOnly: z.strictObject(findingOnly).optional(),
      })
      .superRefine((page, ctx) => {
        for (const [factId, marked] of Object.entries(page.factRedLines ?? {})) {
          if (marked && typeof page.facts?.[factId] !== "number") {
            ctx.addIssue({
              code: "custom",
              path: ["factRedLines", factId],
              message: "Give the figure before you mark it as a red line",
            });
          }
        }
      });
  }
  const item = extended ? extendedItemFormSchema : itemFormSchema;
  const shape: Record<string, z.ZodOptional<typeof item>> = {};
  for (const i of section.dimension.items) shape[i.id] = item.optional();
  return z.strictObject({
    intent: intentSchema,
    items: z.strictObject(shape).optional(),
    seen: z.strictObject({ items: seenSchema(section.dimension.items.map((i) => i.id)) }).optional(),
  });
}

export function toAnswer(form: ItemForm): Answer | null {
  if (form.preferred === undefined || form.importance === undefined) return null;
  const preferred = form.preferred as Position;
  const note = form.note?.trim();
  const { min, max } = acceptableRange(preferred, form.acceptable);
  return {
    preferred,
    acceptable: { min: min as Position, max: max as Position },
    importance: form.importance,
    redLine: form.redLine ?? false,
    ...(note ? { note } : {}),
    ...(form.fixed ? { fixed: true } : {}),
    ...(form.clause?.trim() ? { clause: form.clause.trim() } : {}),
    ...(form.shareNote && note ? { shareNote: true } : {}),
  };
}

/** What a valid page saves: answers for the items given, facts given, and facts emptied. */
export function sectionChanges(
  section: Section,
  value: {
    items?: Record<string, ItemForm | undefined>;
    facts?: Record<string, number | undefined>;
    factRedLines?: Record<string, boolean | undefined>;
    factFindingOnly?: Record<string, boolean | undefined>;
  },
  extended = false,
  /** Only a respondent's note can be shared with the lead: anyone else's "shareNote" is dropped. */
  respondent = false,
) {
  const answers: Record<string, Answer> = {};
  const facts: Partial<Record<FactId, number>> = {};
  const clearFactIds: FactId[] = [];
  let redLineFacts: { marked: FactId[]; sideFactIds: FactId[] } | undefined;
  let findingOnlyFacts: { marked: FactId[]; sideFactIds: FactId[] } | undefined;
  if (section.kind === "facts") {
    for (const fact of section.facts) {
      const v = value.facts?.[fact.id];
      if (typeof v === "number") facts[fact.id] = v;
      else clearFactIds.push(fact.id);
    }
    if (extended) {
      redLineFacts = {
        marked: section.facts.filter((f) => value.factRedLines?.[f.id] === true).map((f) => f.id),
        sideFactIds: section.facts.filter((f) => RED_LINE_FIGURES.has(f.id)).map((f) => f.id),
      };
      findingOnlyFacts = {
        marked: section.facts.filter((f) => value.factFindingOnly?.[f.id] === true).map((f) => f.id),
        sideFactIds: section.facts.map((f) => f.id),
      };
    }
  } else {
    for (const item of section.dimension.items) {
      const form = value.items?.[item.id];
      const answer = form ? toAnswer(form) : null;
      if (answer && !respondent) delete answer.shareNote;
      if (answer) answers[item.id] = answer;
    }
  }
  return {
    answers,
    facts,
    clearFactIds,
    ...(redLineFacts ? { redLineFacts } : {}),
    ...(findingOnlyFacts ? { findingOnlyFacts } : {}),
  };
}

/** The item or fact id a field name belongs to ("items.brand-delivery.note" → "brand-delivery"). */
export function questionIdOf(fieldName: string): string | null {
  const parts = fieldName.split(".");
  // "seen.items.<id>" is the version of the question <id> as the page was loaded.
  const [group, id] = parts[0] === "seen" ? parts.slice(1) : parts;
  return (group === "items" || group === "facts" || group === "factRedLines" || group === "factFindingOnly") && id
    ? id
    : null;
}

/** The same section without some of its questions: autosave keeps what is finished and leaves the rest. */
export function withoutQuestions(section: Section, ids: ReadonlySet<string>): Section {
  if (section.kind === "facts") return { ...section, facts: section.facts.filter((f) => !ids.has(f.id)) };
  return {
    ...section,
    dimension: { ...section.dimension, items: section.dimension.items.filter((i) => !ids.has(i.id)) },
  };
}
