/**
 * Draft heads of terms (issue 19): what the two sides agreed in the joint review, and where their answers already
 * met, written as one plain clause-like line per term, each marked fixed (set by the commissioner or the head
 * contract) or negotiated; the risks both accepted; and what is still open, at the end. A draft for the parties'
 * lawyers to turn into a sub-contract: never legal advice, never a contract. Pure: the pages, the .docx and the
 * JSON all read the one structure built here.
 */
import type { Flag } from "./flags";
import type { ItemResult, Report } from "./report";
import { isConfirmed, type Accepter, type JointReview, type RevisedFlagStatus } from "./review";
import type { VerdictCode } from "./method";
import type { FactDefinition, FactId, FactUnit, Facts, Position, PositionItem, Questionnaire, Side } from "./types";

/** The sentence at the top of every copy (page, document and JSON). */
export const NOT_LEGAL_ADVICE =
  "This is a draft for the parties’ lawyers to turn into a sub-contract. It is not legal advice and not a contract: neither party is bound by it.";

export type TermBasis = "fixed" | "negotiated";

export const BASIS_LABELS: Readonly<Record<TermBasis, string>> = { fixed: "Fixed", negotiated: "Negotiated" };

/** Who carries an accepted risk, in the document's words. */
export const CARRIED_BY: Readonly<Record<Accepter, string>> = {
  vcs: "the organisation",
  prime: "the prime contractor",
  both: "both",
};

export interface TermLine {
  heading: string;
  /** The term in clause-like words, ending with a full stop. */
  text: string;
  basis: TermBasis;
  /** "agreed": confirmed in the joint review; "met": the two sides' answers already met, no flag raised. */
  source: "agreed" | "met";
  itemId?: string;
  factIds?: FactId[];
  position?: Position;
  /** The clause wording both sides agreed, as they typed it. */
  wording?: string;
  /** The flag the agreement settled (agreed lines only). */
  flagKey?: string;
}

export interface AcceptedLine {
  heading: string;
  text: string;
  acceptedBy: Accepter;
  reason: string;
  flagKey: string;
}

/** Why a flag is still open. */
export type OpenStatus = "unsettled" | "proposed" | "agreed-open" | "still-raised" | "new";

export interface OpenLine {
  heading: string;
  text: string;
  why: string;
  status: OpenStatus;
  flagKey: string;
}

export interface VerdictSide {
  code: VerdictCode;
  label: string;
  overall: number;
}

export interface HeadsOfTerms {
  checkId: string;
  title: string;
  parties: Record<Side, string>;
  drafted: Date;
  bank: { version: string; label: string };
  method: { version: string; label: string };
  verdict: { before: VerdictSide; after: VerdictSide };
  notLegalAdvice: string;
  /** Part 1 (source "agreed", in report order), then part 2 (source "met", in bank order). */
  terms: TermLine[];
  accepted: AcceptedLine[];
  open: OpenLine[];
}

// ---------------------------------------------------------------- a label as a clause

/** Short names of the bank's questions, where the id does not read well on its own. */
const TERM_NAMES: Readonly<Record<string, string>> = {
  "service-purpose": "Purpose of the service",
  "values-signup": "Values statement",
  conditionality: "Reporting for benefit sanctions",
  "brand-delivery": "Branding of delivery",
  "name-in-bid": "Naming in bids",
  "own-outcome-data": "Publishing outcome data",
  "fixed-model": "Delivery model",
  "refuse-referrals": "Declining referrals",
  "framework-calloff": "Framework call-offs",
  "outcome-share": "Payment by results",
  "outcome-payment": "Payment by results",
  "upfront-funding": "Set-up funding",
  "supply-chain-forum": "Supply-chain forum",
  "board-policies": "Board and organisation-wide policies",
  "open-book": "Open book",
  "termination-convenience": "Ending for convenience",
  "assets-ip": "Intellectual property",
  "tupe-pensions": "TUPE and pensions",
  "case-system": "Case-management system",
  "liability-flow-down": "Liability and flow-down",
  "data-reuse": "Reuse of client data",
  "consent-sharing": "Sharing personal information",
};

/** A question's short name for a heading: "Branding of delivery", or its id in words ("Payment timing"). */
export function termName(itemId: string): string {
  const named = TERM_NAMES[itemId];
  if (named) return named;
  const words = itemId.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const ORG = "the organisation";
const PRIME = "the prime contractor";

/** Whole phrases first: the few the word rules below would get wrong. */
const PHRASES: ReadonlyArray<[RegExp, string]> = [
  [/\bPreferred partners have\b/g, "The organisation, as a preferred partner, has"],
  [/\bStrategic partners are\b/g, "The organisation, as a strategic partner, is"],
  [/\bAll partner contact\b/g, "All contact from the organisation"],
  [/\bPartner liability\b/g, "The organisation's liability"],
  [/\badmitted partners\b/g, "admitted PARTNERS_"],
  [/\bother partners' figures\b/g, "other PARTNERS_' figures"],
  [/\bas possible partners\b/g, "as a possible partner"],
  [/\bPartners' names and logos\b/g, "The organisation's name and logo"],
  [/\bPartners are the data controllers\b/g, "The organisation is the data controller"],
  [/\btold their options\b/g, "told their options"],
  [/\bcontacts them first\b/g, "contacts the organisation first"],
  [/\bexported to them\b/g, "exported to it"],
  [/\bthemselves\b/g, "itself"],
  [/\bany partner\b/g, ORG],
  [/\bboth of us\b/g, "both parties"],
  [/\bbetween us and (?:each|the) partner\b/g, "between the parties"],
  [/\bbetween us and the partner\b/g, "between the parties"],
  [/\bwith the partner\b/g, `with ${ORG}`],
  [/\bbetween us\b/g, "between the parties"],
  [/\bourselves\b/g, "itself"],
];

/** Verbs that follow "partners" or "we" in the bank's wording: the subject changes, so must the verb. */
const PLURAL_TO_SINGULAR: Readonly<Record<string, string>> = { are: "is", have: "has", do: "does" };
const MODALS = new Set(["may", "must", "can", "could", "would", "should", "will"]);
const VERBS = new Set(
  (
    "set work agree follow adopt sign report share deliver use carry keep decline accept design send complete " +
    "provide control own see fund give receive check pay publish decide share respond explain must may can " +
    "are have do vary run fix would join tell help record owns receive is agree set apply serve track direct ask " +
    "specify consult hold cover act meet recover develop comment speak let choose win get approve"
  ).split(" "),
);

function singular(verb: string): string {
  const lower = verb.toLowerCase();
  if (lower in PLURAL_TO_SINGULAR) return PLURAL_TO_SINGULAR[lower]!;
  if (MODALS.has(lower)) return lower;
  if (/(s|sh|ch|x|o)$/.test(lower)) return `${lower}es`;
  if (/[^aeiou]y$/.test(lower)) return `${lower.slice(0, -1)}ies`;
  return `${lower}s`;
}

/**
 * A side's option wording as a line of heads of terms between the two parties. The bank writes the prime's
 * options about "partners" and "we"; here they are the organisation and the prime contractor, with verbs to
 * match ("Partners deliver under their own name" → "The organisation delivers under its own name."). A label
 * that is an answer rather than a sentence ("Yes, freely, …") reads after the term's name.
 */
export function clauseLine(item: Pick<PositionItem, "id" | "options">, position: Position): string {
  let text = item.options[position - 1]?.label.prime ?? "";
  for (const [pattern, replacement] of PHRASES) text = text.replace(pattern, replacement);
  const staffSubject = /^Partners' staff\b/.test(text);
  text = text
    .replace(/\b[Pp]artners' /g, `${ORG}'s `)
    .replace(/\b(?:[Tt]he|[Ee]ach) partner's /g, `${ORG}'s `)
    .replace(/\btheirs\b/g, `${ORG}'s`)
    .replace(
      /\b([Pp]artners|[Tt]he partner|[Ee]ach partner|[Ww]e|they)( not)? (\w+)\b/g,
      (whole, subject: string, not: string | undefined, verb: string) => {
        const isPrime = /^[Ww]e$/.test(subject);
        const isThey = subject === "they";
        if (isThey && !/^(give|share|join|deliver|hold|develop|comment)$/.test(verb)) return whole;
        const who = isPrime ? PRIME : ORG;
        const singularAlready = /^[Tt]he partner|^[Ee]ach partner/.test(subject);
        if (!VERBS.has(verb) && !(singularAlready && VERBS.has(verb.replace(/(?:es|s)$/, "")))) {
          return `${who}${not ?? ""} ${verb}`;
        }
        const form = singularAlready ? verb : singular(verb);
        return `${who}${not ?? ""} ${form}`;
      },
    )
    .replace(/\b(?:the|each|a) partner\b/g, ORG)
    .replace(/\b[Pp]artners\b/g, ORG)
    .replace(/\b[Oo]urs\b/g, `${PRIME}'s`)
    .replace(/\b[Oo]ur\b/g, `${PRIME}'s`)
    .replace(/\bus\b/g, PRIME)
    .replace(/\b[Ww]e\b/g, PRIME);
  if (!staffSubject) text = text.replace(/\btheir\b(?! options)/g, "its");
  text = text.replace(/\bits whole organisation\b/g, "the whole organisation").replace(/PARTNERS_/g, "partners");
  text = text
    .split(/(?<=[;:])/)
    .map(tidyClause)
    .join("");
  const line = text.charAt(0).toUpperCase() + text.slice(1);
  const answerLike =
    /^(Yes|No|None)[;,]/.test(line) ||
    /^(Only|Free|Voluntary|Mainly|Exclusive|Owned|Both|Through|As the|In full|Anonymised|Named data under)\b/.test(
      line,
    );
  const full = answerLike ? `${termName(item.id)}: ${line.charAt(0).toLowerCase()}${line.slice(1)}` : line;
  return /[.!?]$/.test(full) ? full : `${full}.`;
}

/** Verbs the bank joins to a first one with "and", "but" or "or", sharing its subject. */
const JOINED = /\b(and|but|or) (keep|tell|send|share|inform|attend|advance|pay|agree)\b/g;

/**
 * One clause: a second verb takes the subject's form too ("… and keeps its own values"), unless a modal leads
 * ("may review … and raise"); the prime contractor's own things, once it is the subject, are "its".
 */
function tidyClause(clause: string): string {
  const subject = /^\s*(?:[Tt]he organisation|[Tt]he prime contractor) (\w+)/.exec(clause);
  let out = clause;
  if (subject && !MODALS.has(subject[1]!))
    out = out.replace(JOINED, (_, joiner: string, verb: string) => `${joiner} ${singular(verb)}`);
  const prime = /^\s*[Tt]he prime contractor (?!'s)(\w+)/.exec(out);
  if (prime) {
    const at = out.indexOf(prime[0]) + prime[0].length;
    out = out.slice(0, at) + out.slice(at).replace(/\bthe prime contractor's\b/g, "its");
  }
  return out;
}

// ---------------------------------------------------------------- figures as terms

const FIGURE_TERMS: Readonly<Partial<Record<FactId, (value: string) => string>>> = {
  reservesMonths: (v) => `The organisation’s free reserves cover ${v} of running costs`,
  contractIncomeShare: (v) => `The contract is ${v} of the organisation’s total income`,
  minReferralsPerYear: (v) =>
    `At least ${v} referrals to keep the service viable`.replace(" a year referrals", " referrals a year"),
  minTermMonths: (v) => `A term of at least ${v}`,
  maxManagementFeePercent: (v) => `A management fee of no more than ${v} of the contract value`,
  minNoticeDays: (v) => `At least ${v}’ notice of termination`,
  unpaidOutcomeShare: (v) => `${v} of outcomes are expected never to be paid for`,
  guaranteedReferralsPerYear: (v) => `${v} guaranteed referrals to the organisation`,
  outcomePaymentShare: (v) => `${v} of the organisation’s payment depends on outcomes`,
  paymentLagDays: (v) => `Payment within ${v} of an outcome being achieved`,
  managementFeePercent: (v) => `A management fee of ${v} of the contract value`,
  termMonths: (v) => `The sub-contract runs for ${v}`,
  terminationNoticeDays: (v) => `${v}’ notice to end the sub-contract for convenience`,
  monthsToOutcomeClaim: (v) => `An outcome can first be claimed ${v} after work with a client starts`,
  paymentTermsDays: (v) => `Payment within ${v} of invoice`,
  namedPartnersFundedShare: (v) => `${v} of the partners named in the prime contractor’s last bids received work`,
};

/** A figure with its unit, as the question pages write it ("30 days", "8%", "200 a year"). */
const valueText = (value: number, unit: FactUnit) =>
  unit === "percent" ? `${value}%` : `${value} ${unit === "per year" ? "a year" : unit}`;

/** "Payment within 30 days of invoice": an agreed figure as a term. */
export function figureLine(fact: FactDefinition, value: number): string {
  const amount = valueText(value, fact.unit);
  const write = FIGURE_TERMS[fact.id];
  const text = write ? write(amount) : `${fact.label.replace(/\?$/, "")}: ${amount}`;
  // "200 a year guaranteed referrals" reads better as "200 guaranteed referrals a year".
  const tidy = text
    .replace(/^(\d+) a year guaranteed referrals/, "$1 guaranteed referrals a year")
    .replace(/At least (\d+) a year referrals/, "At least $1 referrals a year");
  return `${tidy.charAt(0).toUpperCase()}${tidy.slice(1)}.`;
}

// ---------------------------------------------------------------- the builder

export interface HeadsOfTermsInput {
  checkId: string;
  title: string;
  parties: Record<Side, string>;
  drafted: Date;
  questionnaire: Questionnaire;
  report: Pick<Report, "items" | "fixedTerms" | "flags" | "method" | "questionnaireVersion">;
  review: JointReview;
}

const SIDE_WORDS: Readonly<Record<Side, string>> = { vcs: "the organisation", prime: "the prime contractor" };

const OPEN_WHY: Readonly<Record<Exclude<RevisedFlagStatus, "open" | "accepted">, string>> = {
  "agreed-open": "Both sides agreed this stays open.",
  "still-raised":
    "Both sides agreed an outcome, but the position they agreed still raises this flag: look at it again.",
  new: "Raised by what the two sides agreed, and not in the original report.",
};

/** The draft heads of terms of a check whose joint review has begun (both sides have submitted). */
export function buildHeadsOfTerms(input: HeadsOfTermsInput): HeadsOfTerms {
  const { questionnaire, report, review } = input;
  const items = new Map<string, PositionItem>();
  for (const dimension of questionnaire.dimensions) for (const item of dimension.items) items.set(item.id, item);
  const facts = new Map<string, FactDefinition>(questionnaire.facts.map((f) => [f.id, f]));
  const results = new Map<string, ItemResult>(report.items.map((r) => [r.id, r]));
  const fixed = new Set(report.fixedTerms.map((t) => t.itemId));
  for (const result of report.items) if (result.vcs.fixed || result.prime.fixed) fixed.add(result.id);
  const basisOf = (itemIds: readonly string[]): TermBasis =>
    itemIds.some((id) => fixed.has(id)) ? "fixed" : "negotiated";
  const headingOf = (flag: Flag) => (flag.itemIds.length > 0 ? flag.itemIds.map(termName).join(" and ") : flag.title);
  const clearedWithAnother = new Set(review.revised.cleared.filter((c) => c.how === "with-another").map((c) => c.key));
  const revisedStatus = new Map(review.revised.flags.map((f) => [f.key, f.status]));

  const agreed: TermLine[] = [];
  const accepted: AcceptedLine[] = [];
  const open: OpenLine[] = [];

  for (const { key, flag, outcome } of review.entries) {
    const confirmed = outcome && isConfirmed(outcome) ? outcome : null;
    if (confirmed?.kind === "agreed") {
      agreed.push(agreedLine(key, flag, confirmed, { items, facts, basisOf, headingOf }));
      if (revisedStatus.get(key) === "still-raised") {
        open.push({
          heading: flag.title,
          text: flag.explanation,
          why: OPEN_WHY["still-raised"],
          status: "still-raised",
          flagKey: key,
        });
      }
      continue;
    }
    if (confirmed?.kind === "accepted") {
      const by = confirmed.acceptedBy ?? confirmed.by;
      accepted.push({
        heading: flag.title,
        text: `${flag.title}: the risk is accepted and carried by ${by === "both" ? "both parties" : CARRIED_BY[by]}.`,
        acceptedBy: by,
        reason: confirmed.reason ?? "",
        flagKey: key,
      });
      continue;
    }
    if (confirmed?.kind === "open") {
      const settle = confirmed.wording ? `Still to settle: ${confirmed.wording}` : OPEN_WHY["agreed-open"];
      const why = confirmed.reason ? `${settle} ${confirmed.reason}` : settle;
      open.push({ heading: flag.title, text: flag.explanation, why, status: "agreed-open", flagKey: key });
      continue;
    }
    // No outcome both sides stand behind: open, unless an agreement on another flag cleared it.
    if (clearedWithAnother.has(key)) continue;
    const why = outcome
      ? `Proposed by ${SIDE_WORDS[outcome.by]} and not yet confirmed by ${SIDE_WORDS[outcome.by === "vcs" ? "prime" : "vcs"]}.`
      : "No outcome agreed yet.";
    open.push({
      heading: flag.title,
      text: flag.explanation,
      why,
      status: outcome ? "proposed" : "unsettled",
      flagKey: key,
    });
  }
  for (const revised of review.revised.flags) {
    if (revised.status !== "new") continue;
    open.push({
      heading: revised.flag.title,
      text: revised.flag.explanation,
      why: OPEN_WHY.new,
      status: "new",
      flagKey: revised.key,
    });
  }

  // Part 2: the questions no flag was raised on, at the point where the two sides' answers met.
  const flagged = new Set(report.flags.flatMap((f) => f.itemIds));
  const met: TermLine[] = [];
  for (const [id, item] of items) {
    const result = results.get(id);
    if (!result || result.meetingPoint === null || flagged.has(id)) continue;
    met.push({
      heading: termName(id),
      text: clauseLine(item, result.meetingPoint),
      basis: basisOf([id]),
      source: "met",
      itemId: id,
      position: result.meetingPoint,
    });
  }

  const { before, after } = review.revised;
  return {
    checkId: input.checkId,
    title: input.title,
    parties: input.parties,
    drafted: input.drafted,
    bank: { version: questionnaire.version, label: questionnaire.label },
    method: { version: report.method.version, label: report.method.label },
    verdict: { before, after },
    notLegalAdvice: NOT_LEGAL_ADVICE,
    terms: [...agreed, ...met],
    accepted,
    open,
  };
}

function agreedLine(
  key: string,
  flag: Flag,
  outcome: { position?: Position | undefined; figures?: Facts | undefined; wording?: string | undefined },
  context: {
    items: ReadonlyMap<string, PositionItem>;
    facts: ReadonlyMap<string, FactDefinition>;
    basisOf: (itemIds: readonly string[]) => TermBasis;
    headingOf: (flag: Flag) => string;
  },
): TermLine {
  const wording = outcome.wording?.trim() || undefined;
  const quoted = wording ? ` Agreed wording: “${wording}”` : "";
  if (outcome.position !== undefined && flag.itemIds.length > 0) {
    const position = outcome.position;
    const clauses = flag.itemIds.flatMap((id) => {
      const item = context.items.get(id);
      return item ? [clauseLine(item, position)] : [];
    });
    const unique = [...new Set(clauses)];
    return {
      heading: context.headingOf(flag),
      text: `${unique.join(" ")} (Position ${position} of 5.)${quoted}`,
      basis: context.basisOf(flag.itemIds),
      source: "agreed",
      itemId: flag.itemIds[0]!,
      position,
      ...(wording ? { wording } : {}),
      flagKey: key,
    };
  }
  const figures = Object.entries(outcome.figures ?? {}) as Array<[FactId, number]>;
  const lines = figures.flatMap(([id, value]) => {
    const fact = context.facts.get(id);
    return fact && typeof value === "number" ? [figureLine(fact, value)] : [];
  });
  return {
    heading: flag.title,
    text: `${lines.join(" ")}${quoted}`.trim(),
    basis: context.basisOf(flag.itemIds),
    source: "agreed",
    factIds: figures.map(([id]) => id),
    ...(wording ? { wording } : {}),
    flagKey: key,
  };
}
