/**
 * Partner searches (issue 17) in the domain's terms: the limits, the apply
 * code's spelling, when the open link takes applications, and the shapes the
 * dashboard reads (docs/architecture.md, "Partner searches").
 */
import type { VerdictCode } from "./method";
import type { QuestionSet } from "./questionnaires";
import type { SideStatus } from "./types";

/** Named invitations one request may add. */
export const MAX_CANDIDATES_PER_REQUEST = 200;
/** Candidates one search may hold, however they came. */
export const MAX_CANDIDATES_PER_SEARCH = 5000;

/** A code as someone typed it: case, spaces and dashes ignored, and O, I and L read as 0, 1 and 1. */
export function normaliseApplyCode(typed: string): string {
  // Anything but letters and digits is dropped: spaces, and the dashes a phone's keyboard may put in (‐, –, —).
  return typed
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
}

/** The code as printed: two groups of five. */
export function formatApplyCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

export interface SearchSummary {
  id: string;
  /** The search's own check: the prime's answers live there. */
  checkId: string;
  title: string;
  primeName: string;
  questionnaireVersion: string;
  questionSet: QuestionSet;
  applyCode: string;
  closesAt: Date | null;
  closedAt: Date | null;
  /** Whether the open application link takes applications now. */
  open: boolean;
  /** The prime's own answers: not started, in progress, or submitted. */
  primeStatus: SideStatus;
  primeSubmittedAt: Date | null;
  createdAt: Date;
}

/** Whether the open link takes applications at `now`: not closed by the prime, and not past the closing date. */
export function applicationsOpen(search: { closesAt: Date | null; closedAt: Date | null }, now = new Date()): boolean {
  return !search.closedAt && (!search.closesAt || now.getTime() < search.closesAt.getTime());
}

export const CANDIDATE_SORTS = ["fit", "score", "dealbreakers", "name", "newest"] as const;
export type CandidateSort = (typeof CANDIDATE_SORTS)[number];

export interface CandidateQuery {
  sort: CandidateSort;
  /** Only candidates scored at or above this overall score. */
  minScore?: number | undefined;
  /** Only scored candidates with no dealbreaker. */
  noDealbreakers?: boolean | undefined;
  /** Only candidates who have submitted. */
  submittedOnly?: boolean | undefined;
  /** Only candidates scoring at least `minSectionScore` in this section. */
  section?: string | undefined;
  minSectionScore?: number | undefined;
  page: number;
  pageSize: number;
}

export interface CandidateRow {
  id: string;
  name: string;
  source: "applied" | "invited";
  /** Shown to the search's owner only. */
  email: string | null;
  status: SideStatus;
  submittedAt: Date | null;
  createdAt: Date;
  /** The stored result: only once both sides have submitted. */
  result: {
    verdict: VerdictCode;
    overall: number;
    dealbreakers: number;
    /** Each section's score (null where nothing was scored), by dimension id. */
    dimensions: Record<string, number | null>;
  } | null;
}

export interface CandidatePage {
  total: number;
  page: number;
  pageSize: number;
  pages: number;
  candidates: CandidateRow[];
}
