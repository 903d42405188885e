/**
 * The PostgreSQL schema (issue 15): db/schema.ts table for table, column for
 * column, in drizzle's pg-core. The same model code runs on both stores, so
 * every selected and inserted row has the same TypeScript type as SQLite's
 * (tests/integration/schema-parity.test.ts checks the types, and the tables,
 * columns, keys, indexes and constraints, against db/schema.ts). Change both
 * files together, then `npm run db:generate` writes a migration for each
 * (drizzle/sqlite and drizzle/pg).
 *
 * How SQLite's types map here (the TypeScript type is the same on both sides):
 * - `integer(..., { mode: "timestamp_ms" })` (Date) -> `timestamp with time zone`,
 *   precision 3 (Date): milliseconds, like SQLite's; a timestamp, not a number,
 *   so PostgreSQL can compare and index it as time.
 * - `integer(..., { mode: "boolean" })` (boolean) -> `boolean`.
 * - `integer` (number) -> `integer` (32-bit; the counts and 1-5 scale values stored
 *   there are small).
 * - `real` (number) -> `double precision`, not `real`: SQLite's REAL is an 8-byte
 *   float, PostgreSQL's `real` only 4 bytes, which would round figures such as 2.1.
 * - `text` -> `text`. No column holds JSON in a JSON mode (`sessions.flash` is sealed
 *   text the model opens itself), so no `jsonb` is needed.
 * - The created_at default, SQLite's `unixepoch('subsec') * 1000`, is `now()` here,
 *   rounded to milliseconds by the column's precision.
 */
import { boolean, doublePrecision, index, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/** A millisecond timestamp with time zone, read and written as a Date (SQLite: integer, timestamp_ms). */
const timestampMs = (name: string) => timestamp(name, { withTimezone: true, mode: "date", precision: 3 });

const createdAt = () => timestampMs("created_at").notNull().defaultNow();

export const checks = pgTable("checks", {
  /** Random public id (never an auto-increment). */
  id: text("id").primaryKey(),
  title: text("title").notNull(),
  serviceArea: text("service_area"),
  commissioner: text("commissioner"),
  contractLength: text("contract_length"),
  questionnaireVersion: text("questionnaire_version").notNull(),
  /** "full", or "core": the short core set of the bank (scored the same way; the report says which). */
  questionSet: text("question_set").notNull().default("full"),
  sections: text("sections"),
  /** The chief executive's recommendation to the board, typed by the owner once the report is ready; printed on page 1. */
  recommendation: text("recommendation"),
  createdAt: createdAt(),
});

export const parties = pgTable(
  "parties",
  {
    id: text("id").primaryKey(),
    checkId: text("check_id")
      .notNull()
      .references(() => checks.id, { onDelete: "cascade" }),
    /** "vcs" or "prime"; later roles extend this. */
    role: text("role").notNull(),
    name: text("name").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("parties_check_idx").on(t.checkId, t.role)],
);

/** Secret links: see db/schema.ts and docs/decisions/0003-claimed-invitations.md. */
export const accessTokens = pgTable(
  "access_tokens",
  {
    tokenHash: text("token_hash").primaryKey(),
    checkId: text("check_id")
      .notNull()
      .references(() => checks.id, { onDelete: "cascade" }),
    /** "owner", "vcs" or "prime". */
    role: text("role").notNull(),
    /** The party a side's link answers for; null for the owner's link. */
    partyId: text("party_id").references(() => parties.id, { onDelete: "cascade" }),
    /**
     * A respondent's own answers (issue 16): set on a respondent's invitation and
     * link (roles "vcs-respondent", "prime-respondent"); null for every other link.
     */
    responseId: text("response_id").references(() => responses.id, { onDelete: "cascade" }),
    /** Counts the links a role has had; replacing one adds one. */
    generation: integer("generation").notNull().default(1),
    /** "link" or "invitation" (see db/schema.ts). */
    kind: text("kind").notNull().default("link"),
    /** When an invitation was claimed; it then opens nothing. */
    claimedAt: timestampMs("claimed_at"),
    /** An unclaimed invitation's token, sealed with the server's key; erased when claimed or replaced. */
    sealedToken: text("sealed_token"),
    createdAt: createdAt(),
    revokedAt: timestampMs("revoked_at"),
  },
  (t) => [
    index("access_tokens_check_idx").on(t.checkId),
    index("access_tokens_party_idx").on(t.partyId),
    index("access_tokens_response_idx").on(t.responseId),
  ],
);

/** Server-side sessions: see db/schema.ts. */
export const sessions = pgTable("sessions", {
  idHash: text("id_hash").primaryKey(),
  createdAt: createdAt(),
  lastSeenAt: timestampMs("last_seen_at").notNull(),
  expiresAt: timestampMs("expires_at").notNull(),
  /** New secret links to show once, sealed with a key only the browser's cookie can give. */
  flash: text("flash"),
});

/** What a session may do: act as a role in a check, for as long as the link it came from is active. */
export const sessionGrants = pgTable(
  "session_grants",
  {
    sessionIdHash: text("session_id_hash")
      .notNull()
      .references(() => sessions.idHash, { onDelete: "cascade" }),
    checkId: text("check_id")
      .notNull()
      .references(() => checks.id, { onDelete: "cascade" }),
    role: text("role").notNull(),
    tokenHash: text("token_hash")
      .notNull()
      .references(() => accessTokens.tokenHash, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.sessionIdHash, t.checkId, t.role] }),
    index("session_grants_token_idx").on(t.tokenHash),
    index("session_grants_check_idx").on(t.checkId),
  ],
);

/** Keys the server makes once and keeps (the cookie-signing key, unless SESSION_SECRET is set). */
export const serverKeys = pgTable("server_keys", {
  name: text("name").primaryKey(),
  value: text("value").notNull(),
  createdAt: createdAt(),
});

/** Rate-limit windows, shared by every app process (db/schema.ts has the full comment). */
export const rateLimits = pgTable(
  "rate_limits",
  {
    key: text("key").primaryKey(),
    hits: integer("hits").notNull(),
    windowEndsAt: timestampMs("window_ends_at").notNull(),
  },
  (table) => [index("rate_limits_window_idx").on(table.windowEndsAt)],
);

export const responses = pgTable(
  "responses",
  {
    id: text("id").primaryKey(),
    partyId: text("party_id")
      .notNull()
      .references(() => parties.id, { onDelete: "cascade" }),
    /**
     * "side": the side's own answers, the ones the report reads (one per party);
     * "respondent": one of the people the side's lead invited to answer alone;
     * "lead": the lead's own answers, kept as one respondent's when the side
     * submits a combined answer (issue 16, docs/method.md).
     */
    kind: text("kind").notNull().default("side"),
    /** A respondent's role, as the lead labelled the invitation ("Treasurer"); never shown beside answers. */
    label: text("label"),
    createdAt: createdAt(),
    updatedAt: timestampMs("updated_at"),
    submittedAt: timestampMs("submitted_at"),
  },
  (t) => [index("responses_party_idx").on(t.partyId)],
);

export const answers = pgTable(
  "answers",
  {
    responseId: text("response_id")
      .notNull()
      .references(() => responses.id, { onDelete: "cascade" }),
    itemId: text("item_id").notNull(),
    preferred: integer("preferred").notNull(),
    acceptableMin: integer("acceptable_min").notNull(),
    acceptableMax: integer("acceptable_max").notNull(),
    importance: text("importance").notNull(),
    redLine: boolean("red_line").notNull(),
    note: text("note"),
    /** Set by the commissioner or the head contract, not this side's to change (bank v2). */
    fixed: boolean("fixed").notNull().default(false),
    /** The sub-contract clause the answer reflects (bank v2). */
    clause: text("clause"),
    /** A respondent ticked "share my note with the lead" (issue 16); the lead sees no other respondent's note. */
    noteShared: boolean("note_shared").notNull().default(false),
    updatedAt: timestampMs("updated_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.responseId, t.itemId] })],
);

/**
 * Where a side's lead replaced the board's combined answer to an item before
 * submitting (issue 16), and why. Kept after submission, so the report can say
 * which answers are the lead's rather than the board's.
 */
export const overrides = pgTable(
  "overrides",
  {
    /** The side's response (kind "side"). */
    responseId: text("response_id")
      .notNull()
      .references(() => responses.id, { onDelete: "cascade" }),
    itemId: text("item_id").notNull(),
    preferred: integer("preferred").notNull(),
    acceptableMin: integer("acceptable_min").notNull(),
    acceptableMax: integer("acceptable_max").notNull(),
    importance: text("importance").notNull(),
    redLine: boolean("red_line").notNull(),
    reason: text("reason").notNull(),
    updatedAt: timestampMs("updated_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.responseId, t.itemId] })],
);

export const factAnswers = pgTable(
  "fact_answers",
  {
    responseId: text("response_id")
      .notNull()
      .references(() => responses.id, { onDelete: "cascade" }),
    factId: text("fact_id").notNull(),
    /** double precision: SQLite's REAL is 8 bytes; PostgreSQL's `real` would round the figures. */
    value: doublePrecision("value").notNull(),
    /** This side would walk away if the figure's rule is breached (method v2). */
    redLine: boolean("red_line").notNull().default(false),
    /** The other side sees only what this figure shows, not the number (method v2). */
    findingOnly: boolean("finding_only").notNull().default(false),
    updatedAt: timestampMs("updated_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.responseId, t.factId] })],
);

/** After the two sides have talked: the owner's record of what became of each flag. */
export const flagOutcomes = pgTable(
  "flag_outcomes",
  {
    checkId: text("check_id")
      .notNull()
      .references(() => checks.id, { onDelete: "cascade" }),
    /** Identifies the flag within its check: code, items and facts (see flagKey in app/domain/flags.ts). */
    flagKey: text("flag_key").notNull(),
    /** "resolved", "open" or "accepted" (risk accepted). */
    outcome: text("outcome").notNull(),
    note: text("note"),
    updatedAt: timestampMs("updated_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.checkId, t.flagKey] })],
);

/** Where to send updates about a check (issue 13). Personal data: see db/schema.ts. */
export const notificationAddresses = pgTable(
  "notification_addresses",
  {
    checkId: text("check_id")
      .notNull()
      .references(() => checks.id, { onDelete: "cascade" }),
    /** "owner", "vcs" or "prime". */
    role: text("role").notNull(),
    email: text("email").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.checkId, t.role] })],
);

/** Emails to send, written in the same transaction as the submission that causes them: see db/schema.ts. */
export const outbox = pgTable(
  "outbox",
  {
    id: text("id").primaryKey(),
    checkId: text("check_id")
      .notNull()
      .references(() => checks.id, { onDelete: "cascade" }),
    /** Who it is for: "owner", "vcs" or "prime". */
    toRole: text("to_role").notNull(),
    /** "side_submitted" or "result_ready". */
    kind: text("kind").notNull(),
    /** For "side_submitted": the side that submitted. */
    aboutSide: text("about_side"),
    createdAt: createdAt(),
    /** Claims so far (a claim counts even if its process died before it could say how it went). */
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestampMs("next_attempt_at").notNull(),
    /** A dispatcher holds the row until then; after it, the row is due again (its process died). */
    claimedUntil: timestampMs("claimed_until"),
    /** Which claim holds the row, so a dispatcher only settles rows it still holds. */
    claimToken: text("claim_token"),
    sentAt: timestampMs("sent_at"),
    /** Null while it is still to be sent; then "sent", "no_address", "superseded" or "gave_up". */
    outcome: text("outcome"),
  },
  (t) => [index("outbox_due_idx").on(t.outcome, t.nextAttemptAt), index("outbox_check_idx").on(t.checkId)],
);

/** db/schema.ts: searches (issue 17). */
export const searches = pgTable("searches", {
  id: text("id").primaryKey(),
  checkId: text("check_id")
    .notNull()
    .unique()
    .references(() => checks.id, { onDelete: "cascade" }),
  applyCode: text("apply_code").notNull().unique(),
  closesAt: timestampMs("closes_at"),
  closedAt: timestampMs("closed_at"),
  createdAt: createdAt(),
});

/** db/schema.ts: candidates (issue 17). */
export const candidates = pgTable(
  "candidates",
  {
    checkId: text("check_id")
      .primaryKey()
      .references(() => checks.id, { onDelete: "cascade" }),
    // No cascade: a search's check deleted any way but deleteSearch (which deletes its candidates' checks first)
    // must fail rather than leave candidates' checks without their prime side.
    searchId: text("search_id")
      .notNull()
      .references(() => searches.id),
    source: text("source").notNull(),
    email: text("email"),
    verdict: text("verdict"),
    verdictRank: integer("verdict_rank"),
    overall: doublePrecision("overall"),
    dealbreakers: integer("dealbreakers"),
    scoredWith: text("scored_with"),
    createdAt: createdAt(),
  },
  (t) => [index("candidates_search_idx").on(t.searchId, t.verdictRank, t.overall)],
);

/** db/schema.ts: candidate_scores (issue 17). */
export const candidateScores = pgTable(
  "candidate_scores",
  {
    checkId: text("check_id")
      .notNull()
      .references(() => candidates.checkId, { onDelete: "cascade" }),
    dimensionId: text("dimension_id").notNull(),
    score: doublePrecision("score"),
  },
  // NOTE: no index on (dimension_id, score). The section filter is always within one search, so its EXISTS is best
  // answered by the primary key, one row per candidate; given that index, SQLite chose to scan every candidate's score
  // in the section, of every search, for each candidate (docs/benchmarks.md, "A partner search of 1,000 candidates").
  (t) => [primaryKey({ columns: [t.checkId, t.dimensionId] })],
);

/** db/schema.ts: workshops (issue 18). */
export const workshops = pgTable("workshops", {
  id: text("id").primaryKey(),
  checkId: text("check_id")
    .notNull()
    .unique()
    .references(() => checks.id, { onDelete: "cascade" }),
  heldOn: text("held_on").notNull(),
  profile: text("profile").notNull(),
  joinCode: text("join_code").notNull().unique(),
  retentionDays: integer("retention_days").notNull(),
  closedAt: timestampMs("closed_at"),
  answersDeletedAt: timestampMs("answers_deleted_at"),
  createdAt: createdAt(),
});

/** db/schema.ts: participants (issue 18). */
export const participants = pgTable(
  "participants",
  {
    checkId: text("check_id")
      .primaryKey()
      .references(() => checks.id, { onDelete: "cascade" }),
    workshopId: text("workshop_id")
      .notNull()
      .references(() => workshops.id),
    scoredWith: text("scored_with"),
    createdAt: createdAt(),
  },
  (t) => [index("participants_workshop_idx").on(t.workshopId)],
);

/** db/schema.ts: participant_dealbreakers (issue 18). */
export const participantDealbreakers = pgTable(
  "participant_dealbreakers",
  {
    checkId: text("check_id")
      .notNull()
      .references(() => participants.checkId, { onDelete: "cascade" }),
    code: text("code").notNull(),
  },
  (t) => [primaryKey({ columns: [t.checkId, t.code] })],
);

/** The joint review (issue 19): see db/schema.ts. */
export const reviewOutcomes = pgTable(
  "review_outcomes",
  {
    checkId: text("check_id")
      .notNull()
      .references(() => checks.id, { onDelete: "cascade" }),
    flagKey: text("flag_key").notNull(),
    kind: text("kind").notNull(),
    position: integer("position"),
    wording: text("wording"),
    reason: text("reason"),
    acceptedBy: text("accepted_by"),
    proposedBy: text("proposed_by").notNull(),
    proposedAt: timestampMs("proposed_at").notNull(),
    revision: integer("revision").notNull().default(1),
    confirmedAt: timestampMs("confirmed_at"),
  },
  (t) => [primaryKey({ columns: [t.checkId, t.flagKey] })],
);

/** The figures an agreed outcome of a figure flag sets (issue 19). */
export const reviewFigures = pgTable(
  "review_figures",
  {
    checkId: text("check_id")
      .notNull()
      .references(() => checks.id, { onDelete: "cascade" }),
    flagKey: text("flag_key").notNull(),
    factId: text("fact_id").notNull(),
    value: doublePrecision("value").notNull(),
  },
  (t) => [primaryKey({ columns: [t.checkId, t.flagKey, t.factId] })],
);

/** A check-up (issue 19): see db/schema.ts. */
export const rounds = pgTable("rounds", {
  checkId: text("check_id")
    .primaryKey()
    .references(() => checks.id, { onDelete: "cascade" }),
  previousCheckId: text("previous_check_id")
    .unique()
    .references(() => checks.id, { onDelete: "set null" }),
  occasion: text("occasion").notNull(),
  number: integer("number").notNull(),
  createdAt: createdAt(),
});

/**
 * A 360° stakeholder review of a relational service (issue 20; docs/architecture.md, "Stakeholder reviews"). Its
 * id is its check's: the check row anchors the review's links and sessions (the commissioner's, the provider's and
 * each stakeholder's), as a workshop's does. The commissioner and the provider each confirm they run it together.
 */
export const stakeholderReviews = pgTable("stakeholder_reviews", {
  checkId: text("check_id")
    .primaryKey()
    .references(() => checks.id, { onDelete: "cascade" }),
  /** The service reviewed: "Healthwatch Eastshire". */
  service: text("service").notNull(),
  providerName: text("provider_name").notNull(),
  commissionerName: text("commissioner_name").notNull(),
  /** Who created it: "commissioner" or "provider". */
  createdBy: text("created_by").notNull(),
  /** The stakeholder questionnaire's version (app/domain/stakeholder). */
  questionnaireVersion: text("questionnaire_version").notNull(),
  commissionerConfirmedAt: timestampMs("commissioner_confirmed_at"),
  providerConfirmedAt: timestampMs("provider_confirmed_at"),
  /** The year before's review; null for the first, or once that one has been deleted. One next round each. */
  previousCheckId: text("previous_check_id")
    .unique()
    .references(() => checks.id, { onDelete: "set null" }),
  /** 1 for the first review of the service, 2 the year after, and so on. */
  number: integer("number").notNull().default(1),
  /** When the commissioner closed it to new answers. */
  closedAt: timestampMs("closed_at"),
  createdAt: createdAt(),
});

/** A stakeholder group of a review ("GP practices"), with its open link if it has one. */
export const stakeholderGroups = pgTable(
  "stakeholder_groups",
  {
    id: text("id").primaryKey(),
    reviewId: text("review_id")
      .notNull()
      .references(() => stakeholderReviews.checkId, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** The group's order on the review's pages. */
    position: integer("position").notNull(),
    /** The group's open link (role "stakeholder-open"), if it has one: anyone with it can answer for the group. */
    openTokenHash: text("open_token_hash")
      .unique()
      .references(() => accessTokens.tokenHash, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index("stakeholder_groups_review_idx").on(t.reviewId, t.name)],
);

/**
 * An invitation to one stakeholder, by group and level (its token an access token with role "stakeholder", kind
 * "invitation"): claiming it makes the stakeholder's own link and response.
 */
export const stakeholderInvitations = pgTable(
  "stakeholder_invitations",
  {
    tokenHash: text("token_hash")
      .primaryKey()
      .references(() => accessTokens.tokenHash, { onDelete: "cascade" }),
    groupId: text("group_id")
      .notNull()
      .references(() => stakeholderGroups.id, { onDelete: "cascade" }),
    /** "operational" or "strategic". */
    level: text("level").notNull(),
  },
  (t) => [index("stakeholder_invitations_group_idx").on(t.groupId)],
);

/**
 * One person's answers: a stakeholder's (by group and level, reached through its own link's token) or the
 * provider's self-assessment (kind "provider", no group, no level; one per review).
 */
export const stakeholderResponses = pgTable(
  "stakeholder_responses",
  {
    id: text("id").primaryKey(),
    reviewId: text("review_id")
      .notNull()
      .references(() => stakeholderReviews.checkId, { onDelete: "cascade" }),
    /** "stakeholder" or "provider". */
    kind: text("kind").notNull(),
    groupId: text("group_id").references(() => stakeholderGroups.id, { onDelete: "cascade" }),
    level: text("level"),
    /** The stakeholder's own link; null for the provider's self-assessment (the provider's link answers it). */
    tokenHash: text("token_hash")
      .unique()
      .references(() => accessTokens.tokenHash, { onDelete: "cascade" }),
    submittedAt: timestampMs("submitted_at"),
    createdAt: createdAt(),
  },
  (t) => [
    index("stakeholder_responses_review_idx").on(t.reviewId, t.kind),
    index("stakeholder_responses_group_idx").on(t.groupId),
  ],
);

/** A rating of one statement, 1-5, or null for "don't know". */
export const stakeholderRatings = pgTable(
  "stakeholder_ratings",
  {
    responseId: text("response_id")
      .notNull()
      .references(() => stakeholderResponses.id, { onDelete: "cascade" }),
    statementId: text("statement_id").notNull(),
    rating: integer("rating"),
  },
  (t) => [primaryKey({ columns: [t.responseId, t.statementId] })],
);

/** A free-text answer ("change-service", "change-own"). */
export const stakeholderTexts = pgTable(
  "stakeholder_texts",
  {
    responseId: text("response_id")
      .notNull()
      .references(() => stakeholderResponses.id, { onDelete: "cascade" }),
    questionId: text("question_id").notNull(),
    text: text("text").notNull(),
  },
  (t) => [primaryKey({ columns: [t.responseId, t.questionId] })],
);

/** A shared action agreed in the system discussion: who, what, by when; for the provider or another organisation. */
export const stakeholderActions = pgTable(
  "stakeholder_actions",
  {
    id: text("id").primaryKey(),
    reviewId: text("review_id")
      .notNull()
      .references(() => stakeholderReviews.checkId, { onDelete: "cascade" }),
    /** "provider" (the service's own action) or "system" (another organisation's). */
    forWhom: text("for_whom").notNull(),
    /** The organisation or person who will do it. */
    who: text("who").notNull(),
    what: text("what").notNull(),
    /** YYYY-MM-DD, or null for no date. */
    dueOn: text("due_on"),
    /** The theme it answers, if any. */
    themeId: text("theme_id"),
    /** "commissioner" or "provider": who recorded it. */
    recordedBy: text("recorded_by").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("stakeholder_actions_review_idx").on(t.reviewId)],
);
