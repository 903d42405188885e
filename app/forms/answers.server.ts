/**
 * The web form for one section: field names, the zod schema that validates a
 * submitted page, and its conversion into the same answers the API saves.
 */
import { z } from "zod";
import type { Section } from "~/domain/sections";
import { IMPORTANCE_LEVELS, type Answer, type FactId, type Position } from "~/domain/types";
import { NOTE_MAX_LENGTH, factSchema } from "~/domain/validation";

const position = z.number().int().min(1).max(5).optional();

const itemFormSchema = z
  .strictObject({
    preferred: z.number({ error: "Choose your preferred position" }).int().min(1).max(5).optional(),
    acceptableMin: position,
    acceptableMax: position,
    importance: z.enum(IMPORTANCE_LEVELS, { error: "Choose how much this matters" }).optional(),
    redLine: z.boolean().optional(),
    note: z.string().max(NOTE_MAX_LENGTH, `Keep the note under ${NOTE_MAX_LENGTH} characters`).optional(),
  })
  .superRefine((item, ctx) => {
    const started =
      item.acceptableMin !== undefined ||
      item.acceptableMax !== undefined ||
      item.importance !== undefined ||
      item.redLine === true ||
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
  });

type ItemForm = z.output<typeof itemFormSchema>;

const intentSchema = z.enum(["continue", "save-and-exit", "autosave"]).optional();

/** One page's form: only its own questions' fields are accepted; anything else is refused. */
export function sectionFormSchema(section: Section) {
  if (section.kind === "facts") {
    const shape: Record<string, z.ZodOptional<ReturnType<typeof factSchema>>> = {};
    for (const fact of section.facts) shape[fact.id] = factSchema(fact).optional();
    return z.strictObject({ intent: intentSchema, facts: z.strictObject(shape).optional() });
  }
  const shape: Record<string, z.ZodOptional<typeof itemFormSchema>> = {};
  for (const item of section.dimension.items) shape[item.id] = itemFormSchema.optional();
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
  };
}

/** What a valid page saves: answers for the items given, facts given, and facts emptied. */
export function sectionChanges(
  section: Section,
  value: { items?: Record<string, ItemForm | undefined>; facts?: Record<string, number | undefined> },
) {
  const answers: Record<string, Answer> = {};
  const facts: Partial<Record<FactId, number>> = {};
  const clearFactIds: FactId[] = [];
  if (section.kind === "facts") {
    for (const fact of section.facts) {
      const v = value.facts?.[fact.id];
      if (typeof v === "number") facts[fact.id] = v;
      else clearFactIds.push(fact.id);
    }
  } else {
    for (const item of section.dimension.items) {
      const form = value.items?.[item.id];
      const answer = form ? toAnswer(form) : null;
      if (answer) answers[item.id] = answer;
    }
  }
  return { answers, facts, clearFactIds };
}

/** The item or fact id a field name belongs to ("items.brand-delivery.note" → "brand-delivery"). */
export function questionIdOf(fieldName: string): string | null {
  const [group, id] = fieldName.split(".");
  return (group === "items" || group === "facts") && id ? id : null;
}

/** The same section without some of its questions: autosave keeps what is finished and leaves the rest. */
export function withoutQuestions(section: Section, ids: ReadonlySet<string>): Section {
  if (section.kind === "facts") return { ...section, facts: section.facts.filter((f) => !ids.has(f.id)) };
  return {
    ...section,
    dimension: { ...section.dimension, items: section.dimension.items.filter((i) => !ids.has(i.id)) },
  };
}
