/**
 * The zod schemas of every input except a section's answers (./answers.server.ts):
 * a new check (the web form and the API), and the pages' small forms. Kept in a
 * .server module so that zod never reaches the browser: the classic compiler
 * drops .server modules from the client bundle.
 */
import { z } from "zod";
import { OUTCOMES } from "~/domain/flags";
import { QUESTION_SETS } from "~/domain/questionnaires";
import { noteSchema, storableText } from "~/domain/validation";

/**
 * Characters that show nothing on their own: zero-width spaces and joiners,
 * other format characters, and controls. A name made only of these (and
 * spaces) would look blank on every page, so it counts as empty.
 */
const INVISIBLE = /[\p{Cf}\p{Cc}\u115F\u1160\u3164\uFFA0\u2800]/gu;
/** Invisible characters or spaces at either end of a name. */
const INVISIBLE_ENDS =
  /^[\s\p{Cf}\p{Cc}\u115F\u1160\u3164\uFFA0\u2800]+|[\s\p{Cf}\p{Cc}\u115F\u1160\u3164\uFFA0\u2800]+$/gu;

/**
 * A name as typed, in one Unicode form, with spaces tidied and invisible
 * characters trimmed from its ends; empty if nothing visible is left. Inside a
 * name, joiners stay: Persian and Urdu spelling and joined emoji need them.
 */
export function visibleText(raw: string): string {
  const tidy = raw
    .normalize("NFC")
    .replace(/[\p{Cc}]/gu, (c) => (/\s/.test(c) ? " " : ""))
    .replace(/\s+/gu, " ")
    .replace(INVISIBLE_ENDS, "");
  return tidy.replace(INVISIBLE, "").trim() === "" ? "" : tidy;
}

/**
 * Text of several lines as typed (a free-text answer): each line tidied as {@link visibleText} tidies a name, line
 * breaks kept, and no more than one blank line between paragraphs; empty if nothing visible is left.
 */
export function visibleParagraphs(raw: string): string {
  const lines = raw.normalize("NFC").replace(/\r\n?/g, "\n").split("\n").map(visibleText);
  return lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** The answer to a yes/no step (`YesNoForm`): anything else is the question not answered. */
export const yesNoSchema = z.enum(["yes", "no"]);

const required = (what: string, max: number) =>
  z
    .string({ error: `Enter ${what}` })
    .overwrite(visibleText)
    .min(1, `Enter ${what}`)
    .max(max, `${what.charAt(0).toUpperCase()}${what.slice(1)} must be ${max} characters or fewer`);

const optional = (what: string, max: number) =>
  z.string().overwrite(visibleText).max(max, `${what} must be ${max} characters or fewer`).optional();

export const CREATOR_SIDES = ["vcs", "prime", "neither"] as const;
const creatorSide = z.enum(CREATOR_SIDES, {
  error: "Say whether you are the organisation, the prime contractor or neither",
});

/**
 * A new check, as the API accepts it. `creatorSide` says which side the
 * person starting it is on (they then answer for it at once); without it, as
 * before, they are neither and both sides get an invitation.
 */
export const newCheckSchema = z.strictObject({
  title: required("the name of the opportunity", 200),
  vcsName: required("the organisation’s name", 200),
  primeName: required("the prime contractor’s name", 200),
  serviceArea: optional("Service area", 200),
  commissioner: optional("Commissioner", 200),
  contractLength: optional("Contract length", 100),
  questionSet: z.enum(QUESTION_SETS, { error: "Choose the full question bank or the short core set" }).optional(),
  creatorSide: creatorSide.optional(),
});

/** The web form asks every time: who the creator is decides who may open which answers. */
export const newCheckFormSchema = newCheckSchema.extend({ creatorSide });

/** The report: record what became of a flag after the two sides talked. */
export const outcomeSchema = z.strictObject({
  intent: z.literal("outcome"),
  flagKey: z.string().overwrite(storableText).max(400),
  outcome: z.enum(OUTCOMES, { error: "Choose what happened to this flag" }),
  note: noteSchema.optional(),
});

export const RECOMMENDATION_MAX_LENGTH = 3000;

/** The report: the chief executive's recommendation to the board (empty clears it). */
export const recommendationSchema = z.strictObject({
  intent: z.literal("recommendation"),
  recommendation: z
    .string()
    .overwrite(storableText)
    .trim()
    .max(RECOMMENDATION_MAX_LENGTH, `Keep the recommendation under ${RECOMMENDATION_MAX_LENGTH} characters`)
    .optional(),
});

/** Submitting a side's answers needs an explicit confirmation. */
export const submitSchema = z.strictObject({
  confirm: z.literal("on", { error: "Confirm that your answers are final before you submit" }),
});

/** Deleting a check needs an explicit confirmation. */
export const deleteConfirmSchema = z.strictObject({
  confirm: z.literal("on", { error: "Confirm that you want to delete the check and all its answers" }),
});
