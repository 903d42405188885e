/**
 * The OpenAPI description of the joint review: GET /api/v1/review, GET and PUT /api/v1/review/{flagKey}, POST
 * /api/v1/review/{flagKey}/confirm (docs/api.md, "After the conversation"; docs/method.md, "The joint review").
 * Request bodies are the schemas the routes parse with (app/forms/review-schemas.server.ts); response bodies are
 * app/api/schemas/review.ts, which the formatters are typed by. Conventions: ./common.ts.
 */
import { z } from "zod";
import { outcomeSchema, reviewSchema, sidesStatusSchema, type OutcomeJson } from "~/api/schemas/review";
import { confirmSchema, proposalSchema } from "~/forms/review-schemas.server";
import { bearer, errorResponse, errors, JSON_BODY_ERRORS, jsonBody, ok, type ApiDomain } from "./common";

export const REVIEW_TAG = "Joint review";

const FLAG_KEY = "VALUES_CONFLICT:service-purpose:";

const outcome: OutcomeJson = {
  flagKey: FLAG_KEY,
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
  confirmed: false,
};

/** The 409 of every review operation: a partner search's or workshop's check, or before both sides submitted. */
export const reviewNotOpen = () =>
  errorResponse(
    "No joint review: a partner search's or a workshop's check has none, and an ordinary check's opens once both " +
      "sides have submitted (then `sides` gives each side's status).",
    { sides: sidesStatusSchema.optional() },
  );

const flagKeyParams = {
  path: z.object({
    flagKey: z.string().meta({
      description:
        "A flag's key, as `outcomes[].flagKey` gives it. Keys contain `:` and `+`: send them percent-encoded.",
      example: FLAG_KEY,
    }),
  }),
};

const unknownFlag = errorResponse("This check's report raises no flag with this key (`flagKey`).");

export const reviewDomain: ApiDomain = {
  tags: [
    {
      name: REVIEW_TAG,
      description:
        "Once both sides have submitted, the two parties record together what became of each flag of the report: " +
        "one side proposes an outcome, the other confirms it, and confirmed outcomes give a revised verdict beside " +
        'the original (docs/method.md, "The joint review"). Only an ordinary check has one.',
    },
  ],
  paths: {
    "/api/v1/review": {
      get: {
        operationId: "getJointReview",
        tags: [REVIEW_TAG],
        summary: "Read the joint review",
        description:
          "One entry in `outcomes` per flag of the original report, in its order, and `revised`: the same engine " +
          "run again on the answers as the confirmed outcomes leave them. GET /api/v1/report is never changed by it.",
        security: bearer("owner", "vcs", "prime"),
        responses: {
          200: ok("The joint review", reviewSchema, {
            outcomes: [outcome],
            revised: {
              verdict: {
                code: "RED_LINES",
                label: "Red lines in conflict",
                why: "Still red lines in conflict: Values conflict (still open).",
              },
              overall: 90.3,
              dimensions: [{ id: "values", title: "Values and purpose", critical: true, score: 80 }],
              flags: [
                {
                  flagKey: FLAG_KEY,
                  code: "VALUES_CONFLICT",
                  severity: "dealbreaker",
                  title: "Values conflict",
                  status: "open",
                  itemIds: ["service-purpose"],
                  factIds: [],
                },
              ],
              cleared: [],
              before: { verdict: { code: "RED_LINES", label: "Red lines in conflict" }, overall: 85.1 },
              settled: { confirmed: 0, of: 1 },
            },
          }),
          ...errors(401, 403),
          409: reviewNotOpen(),
        },
      },
    },
    "/api/v1/review/{flagKey}": {
      get: {
        operationId: "getReviewOutcome",
        tags: [REVIEW_TAG],
        summary: "Read one flag's outcome",
        security: bearer("owner", "vcs", "prime"),
        requestParams: flagKeyParams,
        responses: {
          200: ok("The flag's outcome as it stands", outcomeSchema, outcome),
          ...errors(401, 403),
          404: unknownFlag,
          409: reviewNotOpen(),
        },
      },
      put: {
        operationId: "proposeReviewOutcome",
        tags: [REVIEW_TAG],
        summary: "Propose an outcome for a flag",
        description:
          "Replaces any proposal standing, by either side, and clears its confirmation: `revision` goes up by one. " +
          "`agreed` takes `position` 1–5 on a flag about a question, or `figures` on a flag raised by the figures, " +
          "and optional `wording`; `open` an optional `reason` (what is still to settle); `accepted` a `reason` and " +
          "`acceptedBy`. Every problem is a 422 and nothing is saved.",
        security: bearer("vcs", "prime"),
        requestParams: flagKeyParams,
        requestBody: jsonBody(proposalSchema, {
          kind: "agreed",
          position: 2,
          wording: "The service is delivered to the organisation's published purpose.",
        }),
        responses: {
          200: ok("The flag's outcome with the proposal", outcomeSchema, outcome),
          ...errors(...JSON_BODY_ERRORS, 401, 403, 422),
          404: unknownFlag,
          409: reviewNotOpen(),
        },
      },
    },
    "/api/v1/review/{flagKey}/confirm": {
      post: {
        operationId: "confirmReviewOutcome",
        tags: [REVIEW_TAG],
        summary: "Confirm the other side's proposal",
        description:
          "The other side confirms the proposal as it stands. The body may be empty, or name the `revision` seen " +
          "so a proposal changed meanwhile is not confirmed unseen. Confirming again changes nothing.",
        security: bearer("vcs", "prime"),
        requestParams: flagKeyParams,
        requestBody: jsonBody(confirmSchema, { revision: 1 }, { required: false }),
        responses: {
          200: ok("The confirmed outcome", outcomeSchema, {
            ...outcome,
            confirmed: true,
            confirmedAt: "2026-12-02T09:05:00.000Z",
          }),
          ...errors(...JSON_BODY_ERRORS, 401, 422),
          403: errorResponse("The proposer's own side (the other side confirms), or the owner's token."),
          404: unknownFlag,
          409: errorResponse(
            "Nothing has been proposed for this flag; the proposal changed since the revision given (`outcome` is " +
              "the proposal as it now stands); or the check has no joint review yet (`sides`).",
            {
              outcome: outcomeSchema.optional(),
              sides: sidesStatusSchema.optional(),
            },
          ),
        },
      },
    },
  },
};
