/**
 * What every candidate of a partner search is shown of the prime's answers once
 * both have submitted (issue 17, "honest to candidates"): the terms that decide
 * whether being named in the prime's bid comes with work, so bid candy is
 * visible before anyone commits (docs/method.md on BID_CANDY).
 *
 * Chosen from question bank v2 (and v1, which shares the ids it has):
 * - "name-in-bid": how the prime uses partners' names and logos in its bids;
 * - "volume-commitment": what referral volume the sub-contract commits to;
 * - "shortfall-review": what happens when referrals fall short of the forecast;
 * - "framework-calloff": whether admission to a framework comes with call-offs;
 * - the figures "guaranteedReferralsPerYear" (referrals guaranteed a year, 0 for
 *   none) and "namedPartnersFundedShare" (of the partners named in its last bids,
 *   the share that received work), the two numbers the BID_CANDY rules read.
 * Left out, though near: "client-mix" (who gets the harder cases, a question of
 * price, not of whether work comes), "refuse-referrals" (declining unsafe
 * referrals) and "exclusivity" (a restriction on the candidate, not a promise of
 * work); all three are in the full report.
 */
import type { FactId } from "./types";

export const BID_CANDY_TERMS: { readonly items: readonly string[]; readonly facts: readonly FactId[] } = {
  items: ["name-in-bid", "volume-commitment", "shortfall-review", "framework-calloff"],
  facts: ["guaranteedReferralsPerYear", "namedPartnersFundedShare"],
};
