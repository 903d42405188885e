/**
 * The OpenAPI description of partner searches (docs/api.md, "Partner searches"): starting one, reading, closing and
 * deleting it, naming candidates and the owner's ranked list. Applying through the open link is in ./checks.ts, and
 * the prime's and candidates' answers are a check's (`/api/v1/answers`). Conventions: ./common.ts.
 */
import { z } from "zod";
import { CandidatePageSchema, CandidatesAddedSchema, SearchCreatedSchema, SearchSchema } from "~/api/schemas/searches";
import { listQuestionnaires } from "~/domain/questionnaires";
import { MAX_CANDIDATES_PER_SEARCH } from "~/domain/search";
import { addCandidatesBodySchema, candidateQuerySchema, newSearchSchema } from "~/forms/search-schemas.server";
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

const SEARCHES = "Partner searches";

const SEARCH_ID = "_Zoyf7IeJoEJ-sx8";
const OWNER_TOKEN = "qBef_W5CCunEt1w5TJuc1LPBpmIoJVvE";
const PRIME_TOKEN = "C3rYL_77WyOaZZlsTmfSvH1TXaNOBEXs";
const INVITATION = "vuCLNadm0F4EiL7z5UoEtgiYAw4AxsNi";
const APPLY_CODE = "7KQ2M9XDT4";

const searchPath = z.object({
  id: z.string().meta({ description: "The search's id, as `POST /api/v1/searches` returned it." }),
});

const searchExample: z.input<typeof SearchSchema> = {
  id: SEARCH_ID,
  title: "Employment support, Kent",
  primeName: "Acme Prime",
  questionnaireVersion: "2",
  questionSet: "full",
  prime: { status: "submitted" },
  applyCode: APPLY_CODE,
  links: { apply: `${EXAMPLE_ORIGIN}/apply/${APPLY_CODE}` },
  closesAt: "2027-03-31T22:59:59.999Z",
  closedAt: null,
  open: true,
};

/**
 * The list's query as the route parses it, for every dimension of every question bank: a search takes its own
 * bank's dimension ids as `section` (GET /api/v1/questionnaire/{version}).
 */
const candidateQuery = () =>
  candidateQuerySchema([...new Set(listQuestionnaires().flatMap((q) => q.dimensions.map((d) => d.id)))]);

/** Every operation below is the search owner's: any other token's role is 403, and any other search 404. */
const OWNER = bearer("owner");
/** The route's own message, as an example of the body. */

const notYours = errorResponse(
  "No partner search with this id is the token's (nor any, for an unknown id).",
  undefined,
  undefined,
  errorExample("id", "No partner search with this id is yours"),
);

export const searchesDomain: ApiDomain = {
  tags: [
    {
      name: SEARCHES,
      description:
        "A prime answers its side once, and many candidate organisations each answer the VCS side of a check of " +
        "their own, scored against it by the same engine. The owner's token manages the search; the prime's token " +
        "answers as a check's prime does; each candidate's token answers as a check's VCS side does.",
    },
  ],
  paths: {
    "/api/v1/searches": {
      post: {
        operationId: "createSearch",
        tags: [SEARCHES],
        summary: "Start a partner search (rate limited)",
        description:
          "Returns the owner's and the prime's tokens (both already claimed by the creator) once, and the open " +
          "application link and its code, which are meant to be published: they open nobody's answers.",
        security: NO_AUTH,
        requestBody: jsonBody(newSearchSchema, {
          title: "Employment support, Kent",
          primeName: "Acme Prime",
          closesAt: "2027-03-31",
        }),
        responses: {
          201: ok("The search, its tokens and links.", SearchCreatedSchema, {
            id: SEARCH_ID,
            tokens: { owner: OWNER_TOKEN, prime: PRIME_TOKEN },
            links: {
              owner: `${EXAMPLE_ORIGIN}/i/${OWNER_TOKEN}`,
              prime: `${EXAMPLE_ORIGIN}/i/${PRIME_TOKEN}`,
              apply: `${EXAMPLE_ORIGIN}/apply/${APPLY_CODE}`,
            },
            applyCode: APPLY_CODE,
          }),
          ...errors(...JSON_BODY_ERRORS, 403, 422),
        },
      },
    },
    "/api/v1/searches/{id}": {
      get: {
        operationId: "getSearch",
        tags: [SEARCHES],
        summary: "The search as its owner sees it",
        security: OWNER,
        requestParams: { path: searchPath },
        responses: {
          200: ok("The search.", SearchSchema, searchExample),
          ...errors(401, 403),
          404: notYours,
        },
      },
      delete: {
        operationId: "deleteSearch",
        tags: [SEARCHES],
        summary: "Delete the search, every candidate's check and the prime's, for good",
        description: "Every token of the search is 401 afterwards.",
        security: OWNER,
        requestParams: { path: searchPath },
        responses: {
          204: noContent("Deleted."),
          ...errors(401, 403),
          404: notYours,
        },
      },
    },
    "/api/v1/searches/{id}/candidates": {
      get: {
        operationId: "listCandidates",
        tags: [SEARCHES],
        summary: "The owner's ranked, filtered list of candidates",
        description:
          "Names and statuses for all; scores only for candidates whose reports are ready (both they and the prime " +
          "have submitted). A filter on scores keeps only scored candidates. An unknown value of any parameter is 422.",
        security: OWNER,
        requestParams: { path: searchPath, query: candidateQuery() },
        responses: {
          200: ok("One page of the list.", CandidatePageSchema, {
            total: 2,
            page: 1,
            pageSize: 25,
            pages: 1,
            candidates: [
              {
                id: "_Xhor61L6DW6r03k",
                name: "Close Fit Trust",
                source: "applied",
                status: "submitted",
                email: "bids@closefit.example",
                verdict: "STRONG",
                overall: 84.2,
                dealbreakers: 0,
                dimensions: { "brand-identity": 90, "money-risk": 71.5 },
              },
              { id: "0DB5f37RFsNC_d2J", name: "Named Org", source: "invited", status: "in_progress" },
            ],
          }),
          ...errors(401, 403, 422),
          404: notYours,
        },
      },
      post: {
        operationId: "addCandidates",
        tags: [SEARCHES],
        summary: "Name candidates: each gets a check of its own and an invitation (rate limited)",
        description:
          "Each invitation is returned here only, for that organisation alone: it claims it with " +
          "`POST /api/v1/invitations/claim` and gets its own token. Named invitations still work after the open " +
          "link has closed.",
        security: OWNER,
        requestParams: { path: searchPath },
        requestBody: jsonBody(addCandidatesBodySchema, { names: ["Named Org", "Riverside Advice"] }),
        responses: {
          201: ok("The candidates and their invitations.", CandidatesAddedSchema, {
            candidates: [
              {
                id: "0DB5f37RFsNC_d2J",
                name: "Named Org",
                tokens: { vcs: INVITATION },
                links: { vcs: `${EXAMPLE_ORIGIN}/i/${INVITATION}` },
              },
            ],
          }),
          ...errors(...JSON_BODY_ERRORS, 401, 403, 422),
          404: notYours,
          409: errorResponse(
            `A search holds at most ${MAX_CANDIDATES_PER_SEARCH.toLocaleString("en-GB")} candidates: the message says how many more fit, and none was added.`,
            undefined,
            undefined,
            errorExample(
              "names",
              `A search holds at most ${MAX_CANDIDATES_PER_SEARCH} candidates: there is room for 12 more`,
            ),
          ),
        },
      },
    },
    "/api/v1/searches/{id}/close": {
      post: {
        operationId: "closeSearch",
        tags: [SEARCHES],
        summary: "Close the open application link",
        description: "Named candidates' invitations still work. Closing again changes nothing (`closedAt` stays).",
        security: OWNER,
        requestParams: { path: searchPath },
        responses: {
          200: ok("The search, closed.", SearchSchema, {
            ...searchExample,
            closedAt: "2027-02-01T10:00:00.000Z",
            open: false,
          }),
          ...errors(401, 403),
          404: notYours,
        },
      },
    },
  },
};
