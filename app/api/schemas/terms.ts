/**
 * The draft heads of terms as JSON (GET /api/v1/terms; docs/api.md, "After the conversation"; docs/method.md,
 * "Heads of terms"). app/formats/terms-json.ts returns z.infer of this strict object.
 */
import { z } from "zod";
import { ACCEPTERS } from "~/domain/review";
import { verdictCodeSchema } from "./review";

const verdictSide = z.strictObject({ code: verdictCodeSchema, label: z.string(), overall: z.number() });

export const termsSchema = z
  .strictObject({
    checkId: z.string(),
    title: z.string(),
    parties: z.strictObject({ vcs: z.string(), prime: z.string() }),
    drafted: z.iso.date().describe("The day the draft was made, YYYY-MM-DD"),
    notLegalAdvice: z.string(),
    bank: z.strictObject({ version: z.string(), label: z.string() }),
    method: z.strictObject({ version: z.string(), label: z.string() }),
    verdict: z.strictObject({ before: verdictSide, after: verdictSide }),
    terms: z
      .array(
        z.strictObject({
          heading: z.string(),
          text: z.string(),
          basis: z.enum(["fixed", "negotiated"]),
          source: z.enum(["agreed", "met"]).describe("agreed: confirmed in the joint review; met: the answers met"),
          itemId: z.string().optional(),
          factIds: z.array(z.string()).optional(),
          position: z.number().int().min(1).max(5).optional(),
          wording: z.string().optional(),
          flagKey: z.string().optional(),
        }),
      )
      .describe("Part 1 (agreed in the review, in report order), then part 2 (the answers already met)"),
    accepted: z.array(
      z.strictObject({
        heading: z.string(),
        text: z.string(),
        acceptedBy: z.enum(ACCEPTERS),
        reason: z.string(),
        flagKey: z.string(),
      }),
    ),
    open: z.array(
      z.strictObject({
        heading: z.string(),
        text: z.string(),
        why: z.string(),
        status: z.enum(["unsettled", "proposed", "agreed-open", "still-raised", "new"]),
        flagKey: z.string(),
      }),
    ),
  })
  .meta({
    id: "HeadsOfTerms",
    description: "The draft heads of terms, drafted from the confirmed outcomes. Not legal advice.",
  });

export type TermsJson = z.infer<typeof termsSchema>;
