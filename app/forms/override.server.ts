/**
 * The lead's override of one item of the board's answer (issue 16), as the
 * web form sends it: the four positions, as the question pages take them, and
 * the required reason, which the report shows beside the override.
 */
import { z } from "zod";
import { IMPORTANCE_LEVELS, type Answer, type Position } from "~/domain/types";
import { overrideReasonSchema } from "~/domain/validation";
import { acceptableRange } from "./answers.server";

/** An override as saveOverride takes it (app/models/board.server.ts). */
export interface OverrideForm {
  answer: Answer;
  reason: string;
}

const position = z.number().int().min(1).max(5);

/** The four positions: each error on its own field, all at once (nothing ticked is the same as an empty answer). */
const answerSchema = z.preprocess(
  (value) => value ?? {},
  z
    .strictObject({
      preferred: z.number({ error: "Choose the side’s preferred position" }).int().min(1).max(5),
      acceptable: z.array(position, { error: "Choose only positions from the list" }).max(5).optional(),
      importance: z.enum(IMPORTANCE_LEVELS, { error: "Choose how much this matters to the side" }),
      redLine: z.boolean().optional(),
    })
    .superRefine((answer, ctx) => {
      const { gaps } = acceptableRange(answer.preferred, answer.acceptable);
      if (gaps.length === 0) return;
      const list =
        gaps.length === 1 ? `position ${gaps[0]}` : `positions ${gaps.slice(0, -1).join(", ")} and ${gaps.at(-1)}`;
      ctx.addIssue({
        code: "custom",
        path: ["acceptable"],
        message: `The positions the side could live with must run on from the preferred one without a gap: tick ${list} too, or untick the positions beyond ${gaps.length === 1 ? "it" : "them"}`,
      });
    }),
);

export const overrideFormSchema = z
  .strictObject({ intent: z.literal("save"), answer: answerSchema, reason: overrideReasonSchema })
  .transform(({ answer, reason }): OverrideForm => {
    const { min, max } = acceptableRange(answer.preferred, answer.acceptable);
    const combined: Answer = {
      preferred: answer.preferred as Position,
      acceptable: { min: min as Position, max: max as Position },
      importance: answer.importance,
      redLine: answer.redLine ?? false,
    };
    return { answer: combined, reason };
  });
