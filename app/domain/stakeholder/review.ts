/**
 * A stakeholder review's parties, limits and the view of a review its pages and API show (issue 20;
 * docs/architecture.md, "Stakeholder reviews"). Pure: no storage.
 */

export type ReviewParty = "commissioner" | "provider";
export const REVIEW_PARTIES: readonly ReviewParty[] = ["commissioner", "provider"];
export const otherParty = (party: ReviewParty): ReviewParty => (party === "commissioner" ? "provider" : "commissioner");

/** The name of a party's organisation in a review. */
export const partyName = (review: { commissionerName: string; providerName: string }, party: ReviewParty) =>
  party === "commissioner" ? review.commissionerName : review.providerName;

/** Most stakeholder invitations one request makes, and most a review may have: a leaked link cannot fill the database. */
export const MAX_INVITATIONS_AT_ONCE = 50;
export const MAX_STAKEHOLDERS = 500;
export const MAX_GROUPS = 12;

export interface StakeholderGroupSummary {
  id: string;
  name: string;
  /** Submitted responses, exactly: a count of who has answered, not what (the results apply the threshold). */
  submitted: number;
  /** Invitations sent and links made from the open link (claimed or not). */
  invited: number;
  hasOpenLink: boolean;
}

export interface StakeholderReviewSummary {
  id: string;
  service: string;
  providerName: string;
  commissionerName: string;
  createdBy: ReviewParty;
  questionnaireVersion: string;
  confirmed: Record<ReviewParty, boolean>;
  number: number;
  previousId: string | null;
  nextId: string | null;
  closedAt: Date | null;
  createdAt: Date;
  groups: StakeholderGroupSummary[];
  /** Whether the provider has submitted its self-assessment. */
  selfSubmitted: boolean;
}
