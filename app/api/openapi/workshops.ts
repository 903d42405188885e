/**
 * The OpenAPI description of workshops (docs/api.md, "Workshops"): the built-in scenarios, starting a workshop,
 * joining it with its code, and the facilitator's view, figures, closing, reopening and deleting. A participant's
 * answers and result are a check's (`/api/v1/answers`, `/api/v1/report`). Conventions: ./common.ts.
 */
import { z } from "zod";
import {
  WorkshopCreatedSchema,
  WorkshopFiguresSchema,
  WorkshopJoinedSchema,
  WorkshopProfilesSchema,
  WorkshopSchema,
} from "~/api/schemas/workshops";
import { MAX_PARTICIPANTS, MIN_SUBMITTED_FOR_FIGURES, WORKSHOP_CHANGES, type WorkshopChange } from "~/domain/workshop";
import { joinBodySchema, newWorkshopSchema } from "~/forms/workshop-schemas.server";
import {
  bearer,
  errorResponse,
  errors,
  JSON_BODY_ERRORS,
  jsonBody,
  NO_AUTH,
  noContent,
  ok,
  type ApiDomain,
  EXAMPLE_ORIGIN,
  errorExample,
} from "./common";

const WORKSHOPS = "Workshops";

const WORKSHOP_ID = "tKxwOSBbjP3OMFJp";
const FACILITATOR_TOKEN = "hoIblh1OPh4viMKNHMgEORFiIEldkM7e";
const PARTICIPANT_TOKEN = "ba_jW3i8jPll-hsnIpgxBTrWyy38Bgfk";
const JOIN_CODE = "7KQ2M9XD";

const workshopId = z.string().meta({ description: "The workshop's id, as `POST /api/v1/workshops` returned it." });
const workshopPath = z.object({ id: workshopId });

const workshopExample: z.input<typeof WorkshopSchema> = {
  id: WORKSHOP_ID,
  title: "Partnership readiness, March",
  date: "2027-03-31",
  profile: "tighter-embrace",
  primeName: "Northgate Justice Partnership (example)",
  scenarioReady: true,
  questionnaireVersion: "2",
  questionSet: "core",
  sections: null,
  joinCode: JOIN_CODE,
  links: { join: `${EXAMPLE_ORIGIN}/join/${JOIN_CODE}` },
  open: true,
  closedAt: null,
  retentionDays: 30,
  deleteAnswersAfter: "2027-04-30T22:59:59.999Z",
  answersDeletedAt: null,
};

/** The facilitator holds the workshop's owner token; a participant's token is 403, and any other workshop 404. */
const FACILITATOR = bearer("owner");
/** The route's own message, as an example of the body. */

const notYours = errorResponse(
  "No workshop with this id is the token's (nor any, for an unknown id).",
  undefined,
  undefined,
  errorExample("id", "No workshop with this id is yours"),
);

export const workshopsDomain: ApiDomain = {
  tags: [
    {
      name: WORKSHOPS,
      description:
        "Many organisations each answer the VCS side, alone and privately, against one scenario prime; the " +
        "facilitator (the workshop's owner token) sees only the room's counts, and none of any participant's " +
        "answers or result. Each participant's token answers as a check's VCS side does.",
    },
  ],
  paths: {
    "/api/v1/workshops/profiles": {
      get: {
        operationId: "listWorkshopProfiles",
        tags: [WORKSHOPS],
        summary: "The built-in scenario primes a new workshop can test against",
        security: NO_AUTH,
        responses: {
          200: ok("The scenarios for the current question bank.", WorkshopProfilesSchema, {
            profiles: [
              {
                id: "tighter-embrace",
                title: "A probation prime seeking a tighter embrace",
                summary: "A national prime that wants its partners to deliver under its brand.",
                primeName: "Northgate Justice Partnership (example)",
              },
            ],
          }),
          ...errors(),
        },
      },
    },
    "/api/v1/workshops": {
      post: {
        operationId: "createWorkshop",
        tags: [WORKSHOPS],
        summary: "Start a workshop (rate limited)",
        description:
          "Returns the facilitator's token once (and, for a custom scenario, the `prime` token that answers its prime " +
          "side), and the join code and link, which are meant to be shown to the room: they open nobody's answers.",
        security: NO_AUTH,
        requestBody: jsonBody(newWorkshopSchema, {
          title: "Partnership readiness, March",
          profile: "tighter-embrace",
          date: "2027-03-31",
        }),
        responses: {
          201: ok("The workshop, its token and links.", WorkshopCreatedSchema, {
            id: WORKSHOP_ID,
            joinCode: JOIN_CODE,
            tokens: { facilitator: FACILITATOR_TOKEN },
            links: {
              facilitator: `${EXAMPLE_ORIGIN}/i/${FACILITATOR_TOKEN}`,
              join: `${EXAMPLE_ORIGIN}/join/${JOIN_CODE}`,
            },
          }),
          ...errors(...JSON_BODY_ERRORS, 403, 422),
        },
      },
    },
    "/api/v1/workshops/join": {
      post: {
        operationId: "joinWorkshop",
        tags: [WORKSHOPS],
        summary: "Join a workshop with its code: a check of one's own, no account (rate limited)",
        description: "Every use of a join code counts towards `RATE_LIMIT_JOINS_PER_MINUTE`.",
        security: NO_AUTH,
        requestBody: jsonBody(joinBodySchema, { code: "7KQ2-M9XD", organisation: "Riverside Advice" }),
        responses: {
          201: ok("The participant's own token and link.", WorkshopJoinedSchema, {
            tokens: { participant: PARTICIPANT_TOKEN },
            links: { participant: `${EXAMPLE_ORIGIN}/i/${PARTICIPANT_TOKEN}` },
          }),
          ...errors(...JSON_BODY_ERRORS, 403, 422),
          404: errorResponse(
            "No workshop has this code.",
            undefined,
            undefined,
            errorExample("code", "No workshop has this code: check it on the screen"),
          ),
          409: errorResponse(
            `A custom scenario is not yet submitted by the facilitator (try again in a moment), or ${MAX_PARTICIPANTS} have joined.`,
            undefined,
            undefined,
            errorExample("code", "The facilitator has not finished the scenario yet: try again in a moment"),
          ),
          410: errorResponse(
            "The facilitator has closed the workshop, or its answers were deleted at the end of the retention period.",
            undefined,
            undefined,
            errorExample("code", "This workshop has closed: it takes no new answers"),
          ),
        },
      },
    },
    "/api/v1/workshops/{id}": {
      get: {
        operationId: "getWorkshop",
        tags: [WORKSHOPS],
        summary: "The workshop as its facilitator sees it",
        security: FACILITATOR,
        requestParams: { path: workshopPath },
        responses: {
          200: ok("The workshop.", WorkshopSchema, workshopExample),
          ...errors(401, 403),
          404: notYours,
        },
      },
      delete: {
        operationId: "deleteWorkshop",
        tags: [WORKSHOPS],
        summary: "Delete the workshop and every participant's answers, for good",
        description: "Every token of the workshop, and every participant's, is 401 afterwards.",
        security: FACILITATOR,
        requestParams: { path: workshopPath },
        responses: {
          204: noContent("Deleted."),
          ...errors(401, 403),
          404: notYours,
        },
      },
    },
    "/api/v1/workshops/{id}/summary": {
      get: {
        operationId: "getWorkshopFigures",
        tags: [WORKSHOPS],
        summary: "The room's figures: counts, nothing that names or separates a participant",
        description:
          `\`items\` and \`dealbreakers\` are null (and \`counted\` 0) until ${MIN_SUBMITTED_FOR_FIGURES} have ` +
          `submitted; then they are over the first to submit, in steps of ${MIN_SUBMITTED_FOR_FIGURES}, so that no ` +
          "change in them is one participant's answers.",
        security: FACILITATOR,
        requestParams: { path: workshopPath },
        responses: {
          200: ok("The figures.", WorkshopFiguresSchema, {
            joined: 14,
            submitted: 12,
            counted: 12,
            items: [{ id: "brand-delivery", positions: [5, 3, 2, 1, 1], redLines: 4 }],
            dealbreakers: [{ code: "MANDATORY_REBRANDING", share: 0.5 }],
          }),
          ...errors(401, 403),
          404: notYours,
        },
      },
    },
    "/api/v1/workshops/{id}/{change}": {
      post: {
        operationId: "closeOrReopenWorkshop",
        tags: [WORKSHOPS],
        summary: "Close the workshop (no one joins, saves or submits) or reopen it",
        description:
          "Each participant keeps its answers and result while the workshop is closed; closing or reopening again " +
          "changes nothing.",
        security: FACILITATOR,
        requestParams: {
          path: z.object({
            id: workshopId,
            change: z
              .enum(Object.keys(WORKSHOP_CHANGES) as [WorkshopChange, ...WorkshopChange[]])
              .meta({ description: "`close` or `reopen`." }),
          }),
        },
        responses: {
          200: ok("The workshop, changed.", WorkshopSchema, {
            ...workshopExample,
            open: false,
            closedAt: "2027-03-31T11:30:00.000Z",
          }),
          ...errors(401, 403),
          404: errorResponse(
            "No workshop with this id is the token's, or the change is neither close nor reopen.",
            undefined,
            undefined,
            errorExample("id", "No workshop with this id is yours"),
          ),
        },
      },
    },
  },
};
