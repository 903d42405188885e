/**
 * The joint review's response bodies (GET /api/v1/review, …/review/{flagKey}; docs/api.md, "After the
 * conversation"). Strict objects: app/formats/review-json.ts returns z.infer of these, so a field added to the JSON
 * and not here is a type error, and a field the server sends that the document does not describe fails the contract
 * tests (tests/contract/review-contract.test.ts).
 */
import { z } from "zod";
import { ACCEPTERS, REVIEW_KINDS } from "~/domain/review";
import { FLAG_CODES, SEVERITIES } from "~/domain/types";
import { SideSchema, SideStatusSchema } from "./checks";

export const verdictCodeSchema = z
  .enum(["RED_LINES", "STRONG", "WORKABLE", "WEAK"])
  .meta({ id: "VerdictCode", description: "The verdict: red lines in conflict, or the band of the overall score." });

export const flagCodeSchema = z.enum(FLAG_CODES).meta({ id: "FlagCode" });
export const severitySchema = z.enum(SEVERITIES).meta({ id: "Severity" });
export const sideSchema = SideSchema;

const timestamp = z.iso.datetime();

export const proposalSchema = z
  .strictObject({
    by: sideSchema.describe("The side that proposed the outcome as it stands"),
    kind: z.enum(REVIEW_KINDS),
    position: z.number().int().min(1).max(5).optional().describe("Agreed, on a flag about a question"),
    figures: z.record(z.string(), z.number()).optional().describe("Agreed, on a flag raised by the figures"),
    wording: z.string().optional().describe("Agreed: the clause wording. Open: what is still to settle"),
    reason: z.string().optional().describe("Accepted: why the risk is accepted. Open: why it stays open"),
    acceptedBy: z.enum(ACCEPTERS).optional().describe("Accepted: who carries the risk"),
    revision: z.number().int().min(1).describe("Counts the proposals made for the flag"),
    proposedAt: timestamp,
  })
  .meta({ id: "ReviewProposal", description: "A proposal as it stands for one flag." });

export const outcomeSchema = z
  .strictObject({
    flagKey: z.string(),
    code: flagCodeSchema,
    severity: severitySchema,
    title: z.string(),
    proposed: proposalSchema.optional().describe("Absent until a side proposes"),
    confirmed: z.boolean(),
    confirmedAt: timestamp.optional(),
  })
  .meta({
    id: "ReviewOutcome",
    description: "One flag of the original report, and what both sides made of it.",
  });

export const revisedSchema = z
  .strictObject({
    verdict: z.strictObject({ code: verdictCodeSchema, label: z.string(), why: z.string() }),
    overall: z.number(),
    dimensions: z.array(
      z.strictObject({ id: z.string(), title: z.string(), critical: z.boolean(), score: z.number().nullable() }),
    ),
    flags: z.array(
      z.strictObject({
        flagKey: z.string(),
        code: flagCodeSchema,
        severity: severitySchema,
        title: z.string(),
        status: z.enum(["open", "agreed-open", "accepted", "still-raised", "new"]),
        itemIds: z.array(z.string()),
        factIds: z.array(z.string()),
      }),
    ),
    cleared: z.array(
      z.strictObject({
        flagKey: z.string(),
        code: flagCodeSchema,
        title: z.string(),
        how: z.enum(["agreed", "with-another"]),
      }),
    ),
    before: z.strictObject({
      verdict: z.strictObject({ code: verdictCodeSchema, label: z.string() }),
      overall: z.number(),
    }),
    settled: z.strictObject({ confirmed: z.number().int(), of: z.number().int() }),
  })
  .meta({
    id: "RevisedReport",
    description: "The same engine run again on the answers as the confirmed outcomes leave them.",
  });

export const reviewSchema = z
  .strictObject({ outcomes: z.array(outcomeSchema), revised: revisedSchema })
  .meta({ id: "JointReview", description: "Each flag's outcome, and the revised verdict." });

const sideStatus = z.strictObject({ status: SideStatusSchema });

/** The extra field of the 409 before both sides have submitted: each side's status. */
export const sidesStatusSchema = z
  .strictObject({ vcs: sideStatus, prime: sideStatus })
  .meta({ id: "SidesStatus", description: "Each side's status, while the joint review waits for both to submit." });

export type ReviewJson = z.infer<typeof reviewSchema>;
export type OutcomeJson = z.infer<typeof outcomeSchema>;
export type ProposalJson = z.infer<typeof proposalSchema>;
export type RevisedJson = z.infer<typeof revisedSchema>;
