/**
 * Workshops run by infrastructure bodies (issue 18; docs/architecture.md,
 * "Workshops"). A workshop is a check of its own whose prime side is the
 * scenario: a built-in example profile (app/domain/workshop-profiles.ts),
 * stored as a submitted prime response, or a custom one the facilitator
 * answers. Each participant is an ordinary check with only its VCS side, whose
 * prime side is the workshop's, so its private result comes from the same
 * engine. The facilitator sees only the room's figures, never a participant's
 * answers, and nothing at all until MIN_SUBMITTED_FOR_FIGURES have submitted.
 *
 * Pure: the rules and the arithmetic of the room's picture, no storage.
 */
import { endOfUkDay } from "./dates";
import { normaliseApplyCode } from "./search";
import type { Answer, FactId, FlagCode, Position } from "./types";

/** No distribution, share or prompt is shown until this many participants have submitted. */
export const MIN_SUBMITTED_FOR_FIGURES = 3;
/** Participants' answers are deleted this many days after the workshop's date, unless the facilitator chose otherwise. */
export const DEFAULT_RETENTION_DAYS = 30;
export const RETENTION_CHOICES = [7, 14, 30, 60, 90] as const;
export const MAX_RETENTION_DAYS = 90;
/** A room larger than any workshop, so a leaked code cannot fill the database. */
export const MAX_PARTICIPANTS = 500;

/**
 * What the facilitator can do to a workshop's openness (`POST /api/v1/workshops/{id}/{change}`), and whether the
 * workshop is closed afterwards: `close` stops joining, saving and submitting until `reopen` (docs/api.md, "Workshops").
 */
export const WORKSHOP_CHANGES = { close: true, reopen: false } as const;
export type WorkshopChange = keyof typeof WORKSHOP_CHANGES;
export const isWorkshopChange = (change: string): change is WorkshopChange => Object.hasOwn(WORKSHOP_CHANGES, change);

/** What a participant is told when a save or submission arrives after the facilitator closed the workshop. */
export const WORKSHOP_CLOSED =
  "The facilitator has closed this workshop to new answers. What you saved before is kept, and your result is still yours to see.";

/** A built-in scenario profile's id, or "custom" (the facilitator answers the prime's side). */
export type ScenarioChoice = string;
export const CUSTOM_SCENARIO = "custom";

/** A built-in example prime, written for the sector: content, versioned with the question bank it answers. */
export interface WorkshopProfile {
  /** Stable id, kebab-case (stored on each workshop that uses it). */
  id: string;
  /** The bank version whose items `answers` answers (every item of it). */
  bankVersion: string;
  /** Short, for a radio label: "A probation prime seeking a tighter embrace". */
  title: string;
  /** The prime's name as participants see it: "Northgate Justice Partnership (example)". */
  primeName: string;
  /** Two or three sentences: who this prime is, what it wants from partners, and why a workshop would test it. */
  summary: string;
  /**
   * The prime's answer to every item of the bank, each with its `note`: one or
   * two plain-English sentences explaining why a prime like this answers so
   * (shown to participants with their result, as any prime's note is).
   */
  answers: Readonly<Record<string, Answer & { note: string }>>;
  /** The prime's figures (every required prime figure of the bank), each explained. */
  facts: Readonly<Partial<Record<FactId, { value: number; why: string }>>>;
}

/** The room's answers to one item, from the submitted participants. */
export interface ItemFigures {
  id: string;
  /** How many chose each preferred position, 1 to 5. */
  positions: [number, number, number, number, number];
  /** How many marked the item a red line. */
  redLines: number;
}

export interface DealbreakerShare {
  code: FlagCode;
  /** Of the submitted participants, the share whose result against the scenario raised this dealbreaker (0–1). */
  share: number;
}

/** The room's figures, or null for each until enough have submitted (MIN_SUBMITTED_FOR_FIGURES). */
export interface WorkshopFigures {
  joined: number;
  submitted: number;
  /**
   * How many submitted participants the figures are over: the first submitted, in steps of three (9 of 10 submitted),
   * so that no change in the figures can be traced to one participant's submission. 0 while withheld.
   */
  counted: number;
  items: ItemFigures[] | null;
  dealbreakers: DealbreakerShare[] | null;
}

export const figuresShown = (submitted: number) => submitted >= MIN_SUBMITTED_FOR_FIGURES;

/** The figures grow in steps of MIN_SUBMITTED_FOR_FIGURES: 3, 6, 9… (docs/architecture.md, "Workshops"). */
export const countedOf = (submitted: number) => submitted - (submitted % MIN_SUBMITTED_FOR_FIGURES);

/**
 * How divided the room is on an item, 0 (everyone chose the same position) to 1
 * (half at each end): the variance of the preferred positions over the largest
 * variance five positions allow (4).
 */
export function division(positions: readonly number[]): number {
  const n = positions.reduce((sum, c) => sum + c, 0);
  if (n < 2) return 0;
  const mean = positions.reduce((sum, c, i) => sum + c * (i + 1), 0) / n;
  const variance = positions.reduce((sum, c, i) => sum + c * (i + 1 - mean) ** 2, 0) / n;
  return Math.min(1, variance / 4);
}

/** The most divided items first (ties: more red lines first, then the bank's order). */
export function mostDivided(items: readonly ItemFigures[], limit = 5): ItemFigures[] {
  return items
    .map((item, order) => ({ item, order, d: division(item.positions) }))
    .filter((x) => x.d > 0)
    .sort((a, b) => b.d - a.d || b.item.redLines - a.item.redLines || a.order - b.order)
    .slice(0, limit)
    .map((x) => x.item);
}

/** The middle position of the room (the median preferred position), or null with no answers. */
export function medianPosition(positions: readonly number[]): Position | null {
  const n = positions.reduce((sum, c) => sum + c, 0);
  if (n === 0) return null;
  let seen = 0;
  for (let i = 0; i < positions.length; i += 1) {
    seen += positions[i] ?? 0;
    if (seen * 2 >= n) return (i + 1) as Position;
  }
  return 5;
}

// Crockford's base 32 without look-alikes, as the partner search's apply code; 8 characters (40 bits) read off a
// projector, typed on a phone. Published by design (it opens no one's answers) and rate limited.
export const JOIN_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const JOIN_CODE_LENGTH = 8;

/** A typed code as stored: the same reading as a partner search's apply code (case, dashes, O for 0, I and L for 1). */
export const normaliseJoinCode = normaliseApplyCode;

export const isJoinCode = (code: string) => new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`).test(code);

/** "ABCD-EFGH": two groups of four, for a screen or a poster. */
export const formatJoinCode = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`;

/**
 * When participants' answers are deleted: midnight (UK time) at the end of the day `retentionDays` calendar days
 * after the workshop's date, so the day is the same in winter and summer time.
 */
export function deleteAnswersAfter(heldOn: string, retentionDays: number): Date {
  const [year, month, day] = heldOn.split("-").map(Number) as [number, number, number];
  const last = new Date(Date.UTC(year, month - 1, day + retentionDays));
  return endOfUkDay(last.getUTCFullYear(), last.getUTCMonth() + 1, last.getUTCDate());
}

/** The last day participants' answers are kept, for a sentence ("kept until the end of 9 February 2027"). */
export const lastDayKept = (deleteAfter: Date) => new Date(deleteAfter.getTime() - 1);

/** What a facilitator's page or the API may say about a workshop. */
export interface WorkshopSummary {
  id: string;
  /** The workshop's own check: its prime side is the scenario. */
  checkId: string;
  title: string;
  heldOn: string;
  /** A built-in profile's id, or "custom". */
  profile: ScenarioChoice;
  primeName: string;
  /** Whether the scenario's prime side is submitted (built-in: always; custom: once the facilitator submits). */
  scenarioReady: boolean;
  questionnaireVersion: string;
  questionSet: "full" | "core";
  /** The sections asked (ids), or null for every section of the set. */
  sections: string[] | null;
  joinCode: string;
  retentionDays: number;
  deleteAnswersAfter: Date;
  closedAt: Date | null;
  /** When participants' answers were deleted at the end of the retention period (null before). */
  answersDeletedAt: Date | null;
  createdAt: Date;
}
