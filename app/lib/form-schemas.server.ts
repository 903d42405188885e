/**
 * The zod schemas of the pages' own small forms. Kept in a .server module so
 * that zod never reaches the browser: route files hold only what the page
 * needs, and the classic compiler drops .server modules from the client.
 */
import { z } from "zod";
import { OUTCOMES } from "~/domain/flags";
import { NOTE_MAX_LENGTH } from "~/domain/validation";

/** The owner page: replace a side's link. */
export const ownerActionSchema = z.strictObject({ intent: z.literal("reissue"), side: z.enum(["vcs", "prime"]) });

/** The report: record what became of a flag after the two sides talked. */
export const outcomeSchema = z.strictObject({
  intent: z.literal("outcome"),
  flagKey: z.string().max(400),
  outcome: z.enum(OUTCOMES, { error: "Choose what happened to this flag" }),
  note: z.string().trim().max(NOTE_MAX_LENGTH, `Keep the note under ${NOTE_MAX_LENGTH} characters`).optional(),
});

/** Submitting a side's answers needs an explicit confirmation. */
export const submitSchema = z.strictObject({
  confirm: z.literal("on", { error: "Confirm that your answers are final before you submit" }),
});

/** Deleting a check needs an explicit confirmation. */
export const deleteConfirmSchema = z.strictObject({
  confirm: z.literal("on", { error: "Confirm that you want to delete the check and all its answers" }),
});
