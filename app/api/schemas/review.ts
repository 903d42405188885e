/**
 * The joint review's response bodies (GET /api/v1/review, …/review/{flagKey}; docs/api.md, "After the
 * conversation"). Strict objects: app/formats/review-json.ts returns z.infer of these, so a field added to the JSON
 * and not here is a type error, and a field the server sends that the document does not describe fails the contract
 * tests (tests/contract/review-contract.test.ts).
 */
import { z } from "zod";
import { ACCEPTERS, REVIEW_KINDS } from "~/domain/review";
import { FLAG_CODES, SEVERITIES, SIDES } from "~/domain/types";

export const verdictCodeSchema = z
  .enum(["RED_LINES", "STRONG", "WORKABLE", "WEAK"])
  .meta({ id: "VerdictCode", description: "The verdict: red lines in conflict, or the band of the overall score." });

export const flagCodeSchema = z.enum(FLAG_CODES).meta({ id: "FlagCode" });
export const severitySchema = z.enum(SEVERITIES).meta({ id: "Severity" });
export const sideSchema = z
  .enum(SIDES)
  .meta({ id: "Side", description: "`vcs`: the organisation; `prime`: the prime contractor." });

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
    example: {
      flagKey: "VALUES_CONFLICT:service-purpose:",
      code: "VALUES_CONFLICT",
      severity: "dealbreaker",
      title: "Values conflict",
      proposed: {
        by: "vcs",
        kind: "agreed",
        position: 2,
        wording: "The service is delivered to the organisation's published purpose.",
        revision: 1,
        proposedAt: "2026-12-02T09:00:00.000Z",
      },
      confirmed: true,
      confirmedAt: "2026-12-02T09:05:00.000Z",
    },
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

/** The 409 of a confirmation whose proposal changed meanwhile: the errors, and the outcome as it now stands. */
export const staleConfirmationSchema = z
  .strictObject({
    errors: z.array(z.strictObject({ path: z.string(), message: z.string() })),
    outcome: outcomeSchema,
  })
  .meta({ id: "StaleConfirmation" });

/** The 409 before both sides have submitted: the errors and each side's status. */
export const notYetReviewedSchema = z
  .strictObject({
    errors: z.array(z.strictObject({ path: z.string(), message: z.string() })),
    sides: z.strictObject({
      vcs: z.strictObject({ status: z.enum(["not_started", "in_progress", "submitted"]) }),
      prime: z.strictObject({ status: z.enum(["not_started", "in_progress", "submitted"]) }),
    }),
  })
  .meta({ id: "ReviewNotOpen", description: "The joint review opens once both sides have submitted." });

export type ReviewJson = z.infer<typeof reviewSchema>;
export type OutcomeJson = z.infer<typeof outcomeSchema>;
export type ProposalJson = z.infer<typeof proposalSchema>;
export type RevisedJson = z.infer<typeof revisedSchema>;
