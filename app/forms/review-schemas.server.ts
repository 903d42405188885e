/**
 * The inputs of the joint review and check-ups (issue 19), for the pages and the API alike. The rules that need
 * the flag itself (a position only for a question, figures only the flag's own) are proposalErrors in
 * app/domain/review.ts.
 */
import { z } from "zod";
import type { Facts, Position } from "~/domain/types";
import { ACCEPTERS, REVIEW_KINDS, REVIEW_TEXT_MAX } from "~/domain/review";
import { OCCASIONS } from "~/domain/rounds";
import { CREATOR_SIDES, visibleText } from "./schemas.server";

const text = (what: string) =>
  z
    .string()
    .overwrite(visibleText)
    .max(REVIEW_TEXT_MAX, `${what} must be ${REVIEW_TEXT_MAX} characters or fewer`)
    .optional()
    .transform((value) => value || undefined);

/** A side's proposal for one flag (PUT /api/v1/review/{flagKey}, and the page's form). */
export const proposalSchema = z.strictObject({
  kind: z.enum(REVIEW_KINDS, { error: "Choose agreed, still open or risk accepted" }),
  position: z
    .number({ error: "Choose the position both sides agreed" })
    .int("Choose the position both sides agreed")
    .min(1, "Choose a position from 1 to 5")
    .max(5, "Choose a position from 1 to 5")
    .optional()
    .transform((value) => value as Position | undefined),
  figures: z
    .record(z.string(), z.number({ error: "Enter each figure as a number" }).finite("Enter each figure as a number"))
    .optional()
    .transform((value) => value as Facts | undefined),
  wording: text("The wording"),
  reason: text("The reason"),
  acceptedBy: z.enum(ACCEPTERS, { error: "Say who carries the risk" }).optional(),
});

/** A confirmation: optionally the revision seen, so a proposal changed meanwhile is not confirmed unseen. */
export const confirmSchema = z.strictObject({
  revision: z.number({ error: "Give the revision as a whole number" }).int().min(1).optional(),
});

/** Starting a check-up (POST /api/v1/rounds, and the owner's form). */
export const newRoundSchema = z.strictObject({
  occasion: z.enum(OCCASIONS, { error: "Say when this check-up is: six months in, twelve months in or at renewal" }),
  creatorSide: z
    .enum(CREATOR_SIDES, { error: "Say whether you are the organisation, the prime contractor or neither" })
    .optional(),
});
