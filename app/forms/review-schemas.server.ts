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

/**
 * The joint review page's form (app/routes/checks.$checkId.$side.joint-review_.$flagKey.tsx). Without CSS every
 * field shows, so the page reads only the chosen kind's fields: the rest are ignored, whatever they hold. The two
 * text areas that both become `reason` ("What is still to settle", "Why the risk is accepted") have names of their
 * own, so what was typed in each comes back to its own box. The proposal itself is checked by proposalSchema, as
 * the API's is, and its errors are named by the page's fields.
 */
export const PROPOSAL_PAGE_FIELDS = {
  kind: "kind",
  position: "position",
  figures: "figures",
  wording: "wording",
  openReason: "openReason",
  acceptedBy: "acceptedBy",
  acceptedReason: "acceptedReason",
} as const;

const pageText = z.string().optional();

export const proposalPageSchema = z
  .strictObject({
    intent: z.literal("propose").optional(),
    kind: z.string().optional(),
    position: pageText,
    figures: z.record(z.string(), pageText).optional(),
    wording: pageText,
    openReason: pageText,
    acceptedBy: pageText,
    acceptedReason: pageText,
  })
  .transform((form, ctx) => {
    const kind = REVIEW_KINDS.find((k) => k === form.kind);
    const raw: Record<string, unknown> = { kind: kind ?? form.kind };
    if (kind === "agreed") {
      if (form.position !== undefined) raw.position = Number(form.position);
      const figures = Object.entries(form.figures ?? {}).filter(([, v]) => v !== undefined && v.trim() !== "");
      if (figures.length > 0) {
        raw.figures = Object.fromEntries(figures.map(([id, v]) => [id, v!.trim() === "" ? NaN : Number(v)]));
      }
      raw.wording = form.wording;
    } else if (kind === "open") {
      raw.reason = form.openReason;
    } else if (kind === "accepted") {
      raw.reason = form.acceptedReason;
      raw.acceptedBy = form.acceptedBy;
    }
    const parsed = proposalSchema.safeParse(raw);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      const [first, ...rest] = issue.path.map(String);
      const field =
        first === "reason"
          ? kind === "open"
            ? PROPOSAL_PAGE_FIELDS.openReason
            : PROPOSAL_PAGE_FIELDS.acceptedReason
          : (first ?? PROPOSAL_PAGE_FIELDS.kind);
      ctx.addIssue({ code: "custom", message: issue.message, path: [field, ...rest] });
    }
    return z.NEVER;
  });

/** The page's name for a proposalErrors path ("reason" is one of two boxes, by kind). */
export function proposalPageField(path: string, kind: string): string {
  if (path === "reason") return kind === "open" ? PROPOSAL_PAGE_FIELDS.openReason : PROPOSAL_PAGE_FIELDS.acceptedReason;
  return path || PROPOSAL_PAGE_FIELDS.kind;
}

/** The page's confirmation: the revision the person read. */
export const confirmPageSchema = z.strictObject({
  intent: z.literal("confirm"),
  revision: z.number({ error: "Give the revision as a whole number" }).int().min(1),
});
