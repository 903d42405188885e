/**
 * The OpenAPI description of check-ups: GET and POST /api/v1/rounds (docs/api.md, "Check-ups"; docs/method.md,
 * "Check-ups"). The request body is newRoundSchema, which the route parses with; the responses are
 * app/api/schemas/rounds.ts, which the route's JSON satisfies. Conventions: ./common.ts.
 */
import { nextRoundSchema, roundsSchema, startedRoundSchema, type RoundsJson } from "~/api/schemas/rounds";
import { newRoundSchema } from "~/forms/review-schemas.server";
import {
  bearer,
  errorResponse,
  errors,
  JSON_BODY_ERRORS,
  jsonBody,
  ok,
  type ApiDomain,
  EXAMPLE_ORIGIN,
} from "./common";

export const ROUNDS_TAG = "Check-ups";

const rounds: RoundsJson = {
  rounds: [
    {
      id: "c_5Jq2m8ZxWv3R",
      number: 1,
      occasion: null,
      createdAt: "2026-06-01T09:00:00.000Z",
      verdict: { code: "RED_LINES", label: "Red lines in conflict" },
      overall: 61.2,
    },
    {
      id: "c_8Tb21kQpLm0Z",
      number: 2,
      occasion: "12-months",
      createdAt: "2027-06-01T09:00:00.000Z",
      verdict: { code: "WORKABLE", label: "Workable with care" },
      overall: 78.4,
    },
  ],
  comparison: {
    previous: { number: 1, name: "Round 1", questionnaireVersion: "2", methodVersion: "2" },
    current: { number: 2, name: "Round 2 (twelve months in)", questionnaireVersion: "2", methodVersion: "2" },
    overall: { before: 61.2, after: 78.4 },
    verdict: {
      before: { code: "RED_LINES", label: "Red lines in conflict" },
      after: { code: "WORKABLE", label: "Workable with care" },
    },
    compared: ["service-purpose", "brand-delivery"],
    sections: [{ id: "brand", title: "Brand and visibility", score: { before: 40, after: 75 } }],
    moved: [
      {
        itemId: "brand-delivery",
        sectionId: "brand",
        prompt: "Whose brand is the service delivered under?",
        fit: { before: 0, after: 100 },
        sides: [
          {
            side: "prime",
            preferred: { before: "5. Under the prime’s brand", after: "2. Delivered under both names" },
            acceptable: null,
          },
        ],
      },
    ],
    fitComparable: true,
    appeared: [],
    cleared: [
      {
        key: "MANDATORY_REBRANDING:brand-delivery:",
        title: "Mandatory rebranding",
        severity: "dealbreaker",
        about: "Whose brand is the service delivered under?",
      },
    ],
    changed: [],
    notCompared: { questions: [], sections: [], flags: [], versions: null },
  },
};

export const roundsDomain: ApiDomain = {
  tags: [
    {
      name: ROUNDS_TAG,
      description:
        "A check-up is the next round of a completed check: a check of its own, linked to the one before, answered " +
        'again, and compared with it once both are complete (docs/method.md, "Check-ups"). Only an ordinary ' +
        "check has check-ups.",
    },
  ],
  paths: {
    "/api/v1/rounds": {
      get: {
        operationId: "listRounds",
        tags: [ROUNDS_TAG],
        summary: "List the rounds of this check's chain",
        description:
          "Every round of the chain this check belongs to, first first (round 1 has `occasion: null`); `verdict` " +
          "and `overall` once that round's two sides have submitted; and `comparison`, this round against the one " +
          "before, once both are complete.",
        security: bearer("owner", "vcs", "prime"),
        responses: {
          200: ok("The rounds, and the comparison once there is one", roundsSchema, rounds),
          ...errors(401, 403),
          409: errorResponse("A partner search's or a workshop's check: it has no check-ups."),
        },
      },
      post: {
        operationId: "startRound",
        tags: [ROUNDS_TAG],
        summary: "Start a check-up",
        description:
          "The owner starts the next round of a completed check: a new check on the current question bank, with " +
          "the same names and details. Each side's answers start from the round before's (to be checked and " +
          "submitted again); the figures do not carry over. The response is shaped as for a new check, with the " +
          "round's `number` and `previousId`; its tokens are shown this once.",
        security: bearer("owner"),
        requestBody: jsonBody(newRoundSchema, { occasion: "12-months" }),
        responses: {
          201: ok("The new round, with its secret links", startedRoundSchema, {
            id: "c_8Tb21kQpLm0Z",
            tokens: { owner: "tok_owner_2c9e", vcs: "tok_vcs_5d1a", prime: "tok_prime_8f3b" },
            claimed: { vcs: false, prime: false },
            links: {
              owner: `${EXAMPLE_ORIGIN}/i/tok_owner_2c9e`,
              vcs: `${EXAMPLE_ORIGIN}/i/tok_vcs_5d1a`,
              prime: `${EXAMPLE_ORIGIN}/i/tok_prime_8f3b`,
            },
            number: 2,
            previousId: "c_5Jq2m8ZxWv3R",
          }),
          ...errors(...JSON_BODY_ERRORS, 401, 403, 422),
          409: errorResponse(
            "A side has not submitted yet; this round already has a next one (`next.id`: check-ups start from the " +
              "latest); or a partner search's or a workshop's check.",
            { next: nextRoundSchema.optional() },
          ),
        },
      },
    },
  },
};
