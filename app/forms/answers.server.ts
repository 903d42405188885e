/**
 * The web form for one section: field names, the zod schema that validates a
 * submitted page, and its conversion into the same answers the API saves.
 */
import { z } from "zod";
import type { Section } from "~/domain/sections";
import { IMPORTANCE_LEVELS, RED_LINE_FIGURES, type Answer, type FactId, type Position } from "~/domain/types";
import { CLAUSE_MAX_LENGTH, NOTE_MAX_LENGTH, factSchema } from "~/domain/validation";

const position = z.number().int().min(1).max(5).optional();

const itemFields = {
  preferred: z.number({ error: "Choose your preferred position" }).int().min(1).max(5).optional(),
  acceptableMin: position,
  acceptableMax: position,
  importance: z.enum(IMPORTANCE_LEVELS, { error: "Choose how much this matters" }).optional(),
  redLine: z.boolean().optional(),
  note: z.string().max(NOTE_MAX_LENGTH, `Keep the note under ${NOTE_MAX_LENGTH} characters`).optional(),
};

/** Bank v2's additions: a term set by the commissioner or the head contract, and the clause an answer reflects. */
const extendedItemFields = {
  fixed: z.boolean().optional(),
  clause: z
    .string()
    .max(CLAUSE_MAX_LENGTH, `Keep the clause reference under ${CLAUSE_MAX_LENGTH} characters`)
    .optional(),
};

type ItemInput = z.output<z.ZodObject<typeof itemFields>> & { fixed?: boolean; clause?: string };

function checkItem(item: ItemInput, ctx: z.core.$RefinementCtx) {
  const started =
    item.acceptableMin !== undefined ||
    item.acceptableMax !== undefined ||
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
  if (item.acceptableMin !== undefined && item.acceptableMin > item.preferred) {
    ctx.addIssue({
      code: "custom",
      path: ["acceptableMin"],
      message: "The furthest you could go towards independence cannot be past your preferred position",
    });
  }
  if (item.acceptableMax !== undefined && item.acceptableMax < item.preferred) {
    ctx.addIssue({
      code: "custom",
      path: ["acceptableMax"],
      message: "The furthest you could go towards integration cannot be before your preferred position",
    });
  }
}

const itemFormSchema = z.strictObject(itemFields).superRefine(checkItem);
const extendedItemFormSchema = z.strictObject({ ...itemFields, ...extendedItemFields }).superRefine(checkItem);

type ItemForm = ItemInput;

const intentSchema = z.enum(["continue", "save-and-exit", "autosave"]).optional();

/**
 * One page's form: only its own questions' fields are accepted; anything else
 * is refused. `extended` (bank v2) adds fixed terms, clauses and red-line figures.
 */
export function sectionFormSchema(section: Section, extended = false) {
  if (section.kind === "facts") {
    const shape: Record<string, z.ZodOptional<ReturnType<typeof factSchema>>> = {};
    const redLines: Record<string, z.ZodOptional<z.ZodBoolean>> = {};
    for (const fact of section.facts) {
      shape[fact.id] = factSchema(fact).optional();
      if (RED_LINE_FIGURES.has(fact.id)) redLines[fact.id] = z.boolean().optional();
    }
    const base = { intent: intentSchema, facts: z.strictObject(shape).optional() };
    if (!extended) return z.strictObject(base);
    return z.strictObject({ ...base, factRedLines: z.strictObject(redLines).optional() }).superRefine((page, ctx) => {
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
  return z.strictObject({ intent: intentSchema, items: z.strictObject(shape).optional() });
}

export function toAnswer(form: ItemForm): Answer | null {
  if (form.preferred === undefined || form.importance === undefined) return null;
  const preferred = form.preferred as Position;
  const note = form.note?.trim();
  return {
    preferred,
    acceptable: {
      min: (form.acceptableMin ?? preferred) as Position,
      max: (form.acceptableMax ?? preferred) as Position,
    },
    importance: form.importance,
    redLine: form.redLine ?? false,
    ...(note ? { note } : {}),
    ...(form.fixed ? { fixed: true } : {}),
    ...(form.clause?.trim() ? { clause: form.clause.trim() } : {}),
  };
}

/** What a valid page saves: answers for the items given, facts given, and facts emptied. */
export function sectionChanges(
  section: Section,
  value: {
    items?: Record<string, ItemForm | undefined>;
    facts?: Record<string, number | undefined>;
    factRedLines?: Record<string, boolean | undefined>;
  },
  extended = false,
) {
  const answers: Record<string, Answer> = {};
  const facts: Partial<Record<FactId, number>> = {};
  const clearFactIds: FactId[] = [];
  let redLineFacts: { marked: FactId[]; sideFactIds: FactId[] } | undefined;
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
    }
  } else {
    for (const item of section.dimension.items) {
      const form = value.items?.[item.id];
      const answer = form ? toAnswer(form) : null;
      if (answer) answers[item.id] = answer;
    }
  }
  return { answers, facts, clearFactIds, ...(redLineFacts ? { redLineFacts } : {}) };
}

/** The item or fact id a field name belongs to ("items.brand-delivery.note" → "brand-delivery"). */
export function questionIdOf(fieldName: string): string | null {
  const [group, id] = fieldName.split(".");
  return (group === "items" || group === "facts" || group === "factRedLines") && id ? id : null;
}

/** The same section without some of its questions: autosave keeps what is finished and leaves the rest. */
export function withoutQuestions(section: Section, ids: ReadonlySet<string>): Section {
  if (section.kind === "facts") return { ...section, facts: section.facts.filter((f) => !ids.has(f.id)) };
  return {
    ...section,
    dimension: { ...section.dimension, items: section.dimension.items.filter((i) => !ids.has(i.id)) },
  };
}
