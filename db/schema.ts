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

/** Secret links. Only the SHA-256 hash of a token is stored. */
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
    /** A side's link is derived from the owner's and this generation; reissuing bumps it. */
    generation: integer("generation").notNull().default(1),
    createdAt: createdAt(),
    revokedAt: integer("revoked_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("access_tokens_check_idx").on(t.checkId)],
);

export const responses = sqliteTable(
  "responses",
  {
    id: text("id").primaryKey(),
    partyId: text("party_id")
      .notNull()
      .references(() => parties.id, { onDelete: "cascade" }),
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
