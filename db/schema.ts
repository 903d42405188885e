/**
 * The database schema. A check has parties (one per organisation taking part,
 * each with a role), a party has responses (one per respondent), and answers
 * and facts belong to a response. Nothing assumes exactly two answer sets, so
 * several respondents per side, or one prime compared with many candidate
 * organisations, need new rows rather than new columns.
 */
import { sql } from "drizzle-orm";
import { index, integer, primaryKey, real, sqliteTable, text } from "drizzle-orm/sqlite-core";

const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" })
    .notNull()
    .default(sql`(cast(unixepoch('subsec') * 1000 as integer))`);

export const checks = sqliteTable("checks", {
  /** Random public id (never an auto-increment). */
  id: text("id").primaryKey(),
  title: text("title").notNull(),
  serviceArea: text("service_area"),
  commissioner: text("commissioner"),
  contractLength: text("contract_length"),
  questionnaireVersion: text("questionnaire_version").notNull(),
  /** "full", or "core": the short core set of the bank (scored the same way; the report says which). */
  questionSet: text("question_set").notNull().default("full"),
  /**
   * A workshop's selection (issue 18): the ids of the sections asked, comma-separated, in the bank's order (a
   * dimension's id, or "facts" for the figures); null asks every section of the question set.
   */
  sections: text("sections"),
  /** The chief executive's recommendation to the board, typed by the owner once the report is ready; printed on page 1. */
  recommendation: text("recommendation"),
  createdAt: createdAt(),
});

export const parties = sqliteTable(
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

/**
 * Secret links. Only the SHA-256 hash of a token is stored (an unclaimed
 * invitation also keeps a sealed copy, so the owner page can show it again,
 * until it is claimed). See docs/decisions/0003-claimed-invitations.md.
 */
export const accessTokens = sqliteTable(
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
    /**
     * "link": a credential (the owner's link, or a side's own link);
     * "invitation": a side's invitation, good once, for claiming that side.
     */
    kind: text("kind").notNull().default("link"),
    /** When an invitation was claimed; it then opens nothing. */
    claimedAt: integer("claimed_at", { mode: "timestamp_ms" }),
    /** An unclaimed invitation's token, sealed with the server's key; erased when claimed or replaced. */
    sealedToken: text("sealed_token"),
    createdAt: createdAt(),
    revokedAt: integer("revoked_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    index("access_tokens_check_idx").on(t.checkId),
    index("access_tokens_party_idx").on(t.partyId),
    index("access_tokens_response_idx").on(t.responseId),
  ],
);

/**
 * Server-side sessions. The browser's cookie holds a random secret, signed;
 * only its SHA-256 hash is stored. A session ends when it has been idle too
 * long, at its absolute expiry, on sign-out, or when the link it was opened
 * with is replaced.
 */
export const sessions = sqliteTable("sessions", {
  idHash: text("id_hash").primaryKey(),
  createdAt: createdAt(),
  lastSeenAt: integer("last_seen_at", { mode: "timestamp_ms" }).notNull(),
  expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
  /** New secret links to show once, sealed with a key only the browser's cookie can give. */
  flash: text("flash"),
});

/** What a session may do: act as a role in a check, for as long as the link it came from is active. */
export const sessionGrants = sqliteTable(
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
export const serverKeys = sqliteTable("server_keys", {
  name: text("name").primaryKey(),
  value: text("value").notNull(),
  createdAt: createdAt(),
});

/**
 * Rate-limit windows, shared by every app process on this database: one row
 * per limit and address (`key`), counting hits until `window_ends_at`
 * (server/rate-limits.ts; app/models/rate-limit.server.ts).
 */
export const rateLimits = sqliteTable(
  "rate_limits",
  {
    key: text("key").primaryKey(),
    hits: integer("hits").notNull(),
    windowEndsAt: integer("window_ends_at", { mode: "timestamp_ms" }).notNull(),
  },
  (table) => [index("rate_limits_window_idx").on(table.windowEndsAt)],
);

export const responses = sqliteTable(
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
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }),
    submittedAt: integer("submitted_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("responses_party_idx").on(t.partyId)],
);

export const answers = sqliteTable(
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
    redLine: integer("red_line", { mode: "boolean" }).notNull(),
    note: text("note"),
    /** Set by the commissioner or the head contract, not this side's to change (bank v2). */
    fixed: integer("fixed", { mode: "boolean" }).notNull().default(false),
    /** The sub-contract clause the answer reflects (bank v2). */
    clause: text("clause"),
    /** A respondent ticked "share my note with the lead" (issue 16); the lead sees no other respondent's note. */
    noteShared: integer("note_shared", { mode: "boolean" }).notNull().default(false),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.responseId, t.itemId] })],
);

/**
 * Where a side's lead replaced the board's combined answer to an item before
 * submitting (issue 16), and why. Kept after submission, so the report can say
 * which answers are the lead's rather than the board's.
 */
export const overrides = sqliteTable(
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
    redLine: integer("red_line", { mode: "boolean" }).notNull(),
    reason: text("reason").notNull(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.responseId, t.itemId] })],
);

export const factAnswers = sqliteTable(
  "fact_answers",
  {
    responseId: text("response_id")
      .notNull()
      .references(() => responses.id, { onDelete: "cascade" }),
    factId: text("fact_id").notNull(),
    value: real("value").notNull(),
    /** This side would walk away if the figure's rule is breached (method v2). */
    redLine: integer("red_line", { mode: "boolean" }).notNull().default(false),
    /** The other side sees only what this figure shows, not the number (method v2). */
    findingOnly: integer("finding_only", { mode: "boolean" }).notNull().default(false),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.responseId, t.factId] })],
);

/**
 * After the two sides have talked: the owner's record of what became of each
 * flag. The answers themselves stay exactly as submitted.
 */
export const flagOutcomes = sqliteTable(
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
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.checkId, t.flagKey] })],
);

/**
 * Where to send updates about a check (issue 13): at most one address per role,
 * given by that role and removable by it. Personal data: it is read only by the
 * mail dispatcher, at send time, and never reaches a report, an export or the API.
 */
export const notificationAddresses = sqliteTable(
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

/**
 * Emails to send, written in the same transaction as the submission that
 * causes them, so none is lost to a crash and none is sent for a submission
 * that rolled back. Holds no address and no text: both are read when it is sent.
 */
export const outbox = sqliteTable(
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
    nextAttemptAt: integer("next_attempt_at", { mode: "timestamp_ms" }).notNull(),
    /** A dispatcher holds the row until then; after it, the row is due again (its process died). */
    claimedUntil: integer("claimed_until", { mode: "timestamp_ms" }),
    /** Which claim holds the row, so a dispatcher only settles rows it still holds. */
    claimToken: text("claim_token"),
    sentAt: integer("sent_at", { mode: "timestamp_ms" }),
    /** Null while it is still to be sent; then "sent", "no_address", "superseded" or "gave_up". */
    outcome: text("outcome"),
  },
  (t) => [index("outbox_due_idx").on(t.outcome, t.nextAttemptAt), index("outbox_check_idx").on(t.checkId)],
);

/**
 * A partner search (issue 17): a prime answers its side once, on the search's
 * own check (`check_id`, whose VCS side is a placeholder nobody answers), and
 * every candidate answers the VCS side of a check of its own, scored against
 * that one set of answers by the same engine (docs/architecture.md, "Partner searches").
 */
export const searches = sqliteTable("searches", {
  id: text("id").primaryKey(),
  checkId: text("check_id")
    .notNull()
    .unique()
    .references(() => checks.id, { onDelete: "cascade" }),
  /**
   * The short code of the open application link. Published by design (it opens
   * nobody's answers, only a new, empty application) and rate limited, so it is
   * kept as it is, unlike a secret link.
   */
  applyCode: text("apply_code").notNull().unique(),
  /** Applications through the open link are refused after this moment (the end of the closing date, UK time). */
  closesAt: integer("closes_at", { mode: "timestamp_ms" }),
  /** When the prime closed the open link; null while it is open. */
  closedAt: integer("closed_at", { mode: "timestamp_ms" }),
  createdAt: createdAt(),
});

/**
 * A candidate in a search: one ordinary check (its VCS side the candidate's),
 * with the stored result once both sides have submitted, so the dashboard can
 * rank a thousand candidates without building a thousand reports.
 */
export const candidates = sqliteTable(
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
    /** "applied" (through the open link) or "invited" (named by the prime). */
    source: text("source").notNull(),
    /** The contact email an applicant gave: personal data, shown only to the search's owner, deleted on withdrawal. */
    email: text("email"),
    /** The report's verdict code, once both sides have submitted (null before). */
    verdict: text("verdict"),
    /** The verdict's order for sorting: 3 strong, 2 workable, 1 weak, 0 red lines. */
    verdictRank: integer("verdict_rank"),
    overall: real("overall"),
    dealbreakers: integer("dealbreakers"),
    /** The method version the stored result was scored with. */
    scoredWith: text("scored_with"),
    createdAt: createdAt(),
  },
  (t) => [index("candidates_search_idx").on(t.searchId, t.verdictRank, t.overall)],
);

/** A scored candidate's score in each section, for the heatmap and the section filter. */
export const candidateScores = sqliteTable(
  "candidate_scores",
  {
    checkId: text("check_id")
      .notNull()
      .references(() => candidates.checkId, { onDelete: "cascade" }),
    dimensionId: text("dimension_id").notNull(),
    /** 0–100; null where the section had nothing to score. */
    score: real("score"),
  },
  // NOTE: no index on (dimension_id, score). The section filter is always within one search, so its EXISTS is best
  // answered by the primary key, one row per candidate; given that index, SQLite chose to scan every candidate's score
  // in the section, of every search, for each candidate (docs/benchmarks.md, "A partner search of 1,000 candidates").
  (t) => [primaryKey({ columns: [t.checkId, t.dimensionId] })],
);

/**
 * A workshop run by an infrastructure body (issue 18): its own check, whose
 * prime side is the scenario (a built-in profile, stored as a submitted
 * response, or the facilitator's own answers), and a short join code.
 */
export const workshops = sqliteTable("workshops", {
  id: text("id").primaryKey(),
  checkId: text("check_id")
    .notNull()
    .unique()
    .references(() => checks.id, { onDelete: "cascade" }),
  /** The day of the session, YYYY-MM-DD. */
  heldOn: text("held_on").notNull(),
  /** The built-in scenario profile's id (app/domain/workshop-profiles.ts), or "custom". */
  profile: text("profile").notNull(),
  /** Shown on the projector and typed on phones: published by design and rate limited, so kept as it is. */
  joinCode: text("join_code").notNull().unique(),
  /** Participants' answers are deleted this many days after the workshop's date. */
  retentionDays: integer("retention_days").notNull(),
  closedAt: integer("closed_at", { mode: "timestamp_ms" }),
  /** When the participants' answers were deleted at the end of the retention period. */
  answersDeletedAt: integer("answers_deleted_at", { mode: "timestamp_ms" }),
  createdAt: createdAt(),
});

/**
 * A participant in a workshop: an ordinary check with only its VCS side (its
 * prime side is the workshop's). No owner link: only the participant opens it.
 */
export const participants = sqliteTable(
  "participants",
  {
    checkId: text("check_id")
      .primaryKey()
      .references(() => checks.id, { onDelete: "cascade" }),
    // No cascade, as for candidates: deleteWorkshop deletes its participants' checks first.
    workshopId: text("workshop_id")
      .notNull()
      .references(() => workshops.id),
    /** The method version the participant's dealbreakers were stored with, once both sides submitted (null before). */
    scoredWith: text("scored_with"),
    createdAt: createdAt(),
  },
  (t) => [index("participants_workshop_idx").on(t.workshopId)],
);

/** The dealbreakers a participant's result against the scenario raised (one row per flag code), for the room's shares. */
export const participantDealbreakers = sqliteTable(
  "participant_dealbreakers",
  {
    checkId: text("check_id")
      .notNull()
      .references(() => participants.checkId, { onDelete: "cascade" }),
    code: text("code").notNull(),
  },
  (t) => [primaryKey({ columns: [t.checkId, t.code] })],
);

/**
 * The joint review (issue 19): for each flag of a check's report, the outcome
 * the two sides record together. One side proposes (replacing any earlier
 * proposal, which clears its confirmation); the outcome stands once the other
 * side confirms it through its own link. See docs/method.md, "The joint review".
 */
export const reviewOutcomes = sqliteTable(
  "review_outcomes",
  {
    checkId: text("check_id")
      .notNull()
      .references(() => checks.id, { onDelete: "cascade" }),
    /** The flag of the original report (flagKey in app/domain/flags.ts). */
    flagKey: text("flag_key").notNull(),
    /** "agreed", "open" or "accepted" (risk accepted). */
    kind: text("kind").notNull(),
    /** An agreed position on the common axis, 1-5 (agreed, for a flag about a question). */
    position: integer("position"),
    /** The clause wording the two sides agreed (agreed), or what remains to settle (open). */
    wording: text("wording"),
    /** Why the risk is accepted (accepted), or why it stays open (open). */
    reason: text("reason"),
    /** Who accepts the risk: "vcs", "prime" or "both" (accepted). */
    acceptedBy: text("accepted_by"),
    /** The side that proposed the outcome as it stands: "vcs" or "prime". */
    proposedBy: text("proposed_by").notNull(),
    proposedAt: integer("proposed_at", { mode: "timestamp_ms" }).notNull(),
    /** Counts the proposals made for this flag: a confirmation names the one it confirms. */
    revision: integer("revision").notNull().default(1),
    /** When the other side confirmed the proposal as it stands; null while it waits. */
    confirmedAt: integer("confirmed_at", { mode: "timestamp_ms" }),
  },
  (t) => [primaryKey({ columns: [t.checkId, t.flagKey] })],
);

/** The figures an agreed outcome of a figure flag sets (issue 19): one row per figure. */
export const reviewFigures = sqliteTable(
  "review_figures",
  {
    checkId: text("check_id")
      .notNull()
      .references(() => checks.id, { onDelete: "cascade" }),
    flagKey: text("flag_key").notNull(),
    factId: text("fact_id").notNull(),
    value: real("value").notNull(),
  },
  (t) => [primaryKey({ columns: [t.checkId, t.flagKey, t.factId] })],
);

/**
 * A check-up (issue 19): a check started from a completed one, as its next
 * round. Each round is a check of its own, with its own bank, method and links.
 */
export const rounds = sqliteTable("rounds", {
  checkId: text("check_id")
    .primaryKey()
    .references(() => checks.id, { onDelete: "cascade" }),
  /** The round before; null once that check has been deleted. One next round per check. */
  previousCheckId: text("previous_check_id")
    .unique()
    .references(() => checks.id, { onDelete: "set null" }),
  /** "6-months", "12-months" or "renewal". */
  occasion: text("occasion").notNull(),
  /** 2 for the first check-up (the original check, with no row here, is round 1). */
  number: integer("number").notNull(),
  createdAt: createdAt(),
});

/**
 * A 360° stakeholder review of a relational service (issue 20; docs/architecture.md, "Stakeholder reviews"). Its
 * id is its check's: the check row anchors the review's links and sessions (the commissioner's, the provider's and
 * each stakeholder's), as a workshop's does. The commissioner and the provider each confirm they run it together.
 */
export const stakeholderReviews = sqliteTable("stakeholder_reviews", {
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
  commissionerConfirmedAt: integer("commissioner_confirmed_at", { mode: "timestamp_ms" }),
  providerConfirmedAt: integer("provider_confirmed_at", { mode: "timestamp_ms" }),
  /** The year before's review; null for the first, or once that one has been deleted. One next round each. */
  previousCheckId: text("previous_check_id")
    .unique()
    .references(() => checks.id, { onDelete: "set null" }),
  /** 1 for the first review of the service, 2 the year after, and so on. */
  number: integer("number").notNull().default(1),
  /** When the commissioner closed it to new answers. */
  closedAt: integer("closed_at", { mode: "timestamp_ms" }),
  createdAt: createdAt(),
});

/** A stakeholder group of a review ("GP practices"), with its open link if it has one. */
export const stakeholderGroups = sqliteTable(
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
export const stakeholderInvitations = sqliteTable(
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
export const stakeholderResponses = sqliteTable(
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
    submittedAt: integer("submitted_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("stakeholder_responses_review_idx").on(t.reviewId, t.kind),
    index("stakeholder_responses_group_idx").on(t.groupId),
  ],
);

/** A rating of one statement, 1-5, or null for "don't know". */
export const stakeholderRatings = sqliteTable(
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
export const stakeholderTexts = sqliteTable(
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
export const stakeholderActions = sqliteTable(
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
