/**
 * The plain-English text of flags, written only for reports people read (the
 * rules in flags.ts produce the findings). Method v1's wording is kept exactly
 * as v1 reports printed it; v2's wording follows who is pushing, names options
 * by their labels, and says who should act and what evidence to ask for
 * (docs/method.md, "Flags").
 */
import { spreadRange, spreadTotal, type BoardSpread } from "./combine";
import { FLAG_CATALOGUE } from "./flag-catalogue";
import { DAYS_PER_MONTH, atOwnLimit, cashflowInput, cashflowOf, type Finding, type Flag } from "./flags";
import { METHOD_V1, type Method } from "./method";
import { meetingPoint, overlapOf } from "./scoring";
import type { Answer, FactDefinition, FactId, Facts, PositionItem, Questionnaire, Side } from "./types";

const oneDecimal = (n: number) => (Math.round(n * 10) / 10).toString();
const months = (n: number) => `${oneDecimal(n)} month${oneDecimal(n) === "1" ? "" : "s"}`;

const SIDE_NAME: Readonly<Record<Side, string>> = { vcs: "the organisation", prime: "the prime" };
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function withText(finding: Finding, explanation: string, v2?: { title?: string; item?: PositionItem }): Flag {
  const description = FLAG_CATALOGUE[finding.code];
  const flag: Flag = {
    ...finding,
    title: v2?.title ?? description.title,
    explanation,
    questions: [...(v2?.item?.questions ?? description.questions)],
    negotiable: [...(v2?.item?.negotiable ?? description.negotiable)],
  };
  if (v2) {
    if (description.whoActs) flag.whoActs = description.whoActs;
    flag.evidence = [...(v2.item?.evidence ?? description.evidence ?? [])];
  }
  return flag;
}

/** An option's label in one side's words. */
export function optionLabel(item: PositionItem, side: Side, position: number): string {
  return item.options[position - 1]?.label[side] ?? String(position);
}

// ---- Method v1's wording, unchanged ----

function describeRangeV1(item: PositionItem, side: Side, answer: Answer): string {
  const { min, max } = answer.acceptable;
  const label = (p: number) => optionLabel(item, side, p);
  return min === max
    ? `only position ${min} (“${label(min)}”)`
    : `positions ${min} to ${max} (from “${label(min)}” to “${label(max)}”)`;
}

function itemFlagV1(finding: Finding, item: PositionItem, vcs: Answer, prime: Answer): Flag {
  const severity = finding.severity;
  const meaning = FLAG_CATALOGUE[item.flag].meaning;
  const ranges =
    `The organisation could accept ${describeRangeV1(item, "vcs", vcs)}; ` +
    `the prime could accept ${describeRangeV1(item, "prime", prime)}.`;
  if (severity === "caution") {
    const shared = overlapOf(vcs.acceptable, prime.acceptable);
    return withText(
      finding,
      `${meaning} ${ranges} The only position both could accept is ${shared?.min}, at the edge of what at least one side said it could live with.`,
    );
  }
  const direction =
    prime.acceptable.min > vcs.acceptable.max
      ? "The prime asks for closer integration than the organisation can accept."
      : "The organisation wants closer integration than the prime will offer.";
  if (severity === "dealbreaker") {
    const redLiners = [vcs.redLine && "the organisation", prime.redLine && "the prime"].filter(Boolean);
    return withText(
      finding,
      `${meaning} ${direction} ${ranges} No position is acceptable to both, and ${redLiners.join(" and ")} marked this as a red line.`,
    );
  }
  return withText(
    finding,
    `${meaning} ${direction} ${ranges} No position is acceptable to both, though neither side marked it as a red line.`,
  );
}

function factTextV1(finding: Finding, f: Facts): string {
  const caution = finding.severity === "caution";
  switch (finding.code) {
    case "BID_CANDY": {
      const need = f.minReferralsPerYear ?? 0;
      const offer = f.guaranteedReferralsPerYear ?? 0;
      if (offer === 0) {
        return `The prime guarantees no referrals at all, but the organisation needs at least ${need} a year to keep the service viable. Being named in a bid without committed volumes is how organisations become "bid candy".`;
      }
      return caution
        ? `The prime guarantees ${offer} referrals a year, only just above the ${need} the organisation needs: a small shortfall would make the service unviable.`
        : `The prime guarantees ${offer} referrals a year; the organisation needs at least ${need} to keep the service viable.`;
    }
    case "CASHFLOW_RISK": {
      const need = cashflowOf(METHOD_V1, cashflowInput(f)).needMonths;
      return (
        `With ${oneDecimal(f.outcomePaymentShare ?? 0)}% of payment on results, paid ${f.paymentLagDays} days after each result, ` +
        `and this contract at ${oneDecimal(f.contractIncomeShare ?? 0)}% of the organisation's income, it would need to pre-fund about ` +
        `${months(need)} of its running costs; its free reserves cover ${months(f.reservesMonths ?? 0)}.` +
        (caution ? " That leaves almost no margin." : " The reserves would run out first.")
      );
    }
    case "TOPSLICE_EXCESS":
      return (
        `The prime would keep ${oneDecimal(f.managementFeePercent ?? 0)}% as a management fee; the organisation can accept at most ${oneDecimal(f.maxManagementFeePercent ?? 0)}%.` +
        (caution ? " That is at the limit of what it can accept." : "")
      );
    case "SHORT_TERM":
      return (
        `The sub-contract would run for ${f.termMonths} months; the organisation says the service needs at least ${f.minTermMonths} months to build the relationships it depends on.` +
        (caution ? " There is little time to spare." : "")
      );
    case "EXIT_AT_WILL":
      return (
        `The prime could end the sub-contract for convenience with ${f.terminationNoticeDays} days' notice; the organisation needs at least ${f.minNoticeDays} days to wind down safely.` +
        (caution ? " There is little margin." : "")
      );
    default:
      return FLAG_CATALOGUE[finding.code].meaning;
  }
}

// ---- Method v2's wording ----

function acceptableText(item: PositionItem, side: Side, answer: Answer): string {
  const { min, max } = answer.acceptable;
  const label = (p: number) => `“${optionLabel(item, side, p)}”`;
  return min === max ? `only ${label(min)}` : `anything from ${label(min)} to ${label(max)}`;
}

function itemFlagV2(finding: Finding, item: PositionItem, vcs: Answer, prime: Answer): Flag {
  const side = finding.side ?? "prime";
  const other: Side = side === "prime" ? "vcs" : "prime";
  const reverse = side === "vcs" && item.reverse;
  const title = reverse ? item.reverse!.title : undefined;
  const meaning = reverse ? item.reverse!.meaning : FLAG_CATALOGUE[item.flag].meaning;
  const about = finding.edge
    ? `On “${item.prompt.vcs}”, ${SIDE_NAME[side]} prefers closer integration than ${SIDE_NAME[other]} does.`
    : `On “${item.prompt.vcs}”, ${SIDE_NAME[side]} asks for more integration than ${SIDE_NAME[other]} has said it can accept.`;
  const ranges =
    `The organisation could accept ${acceptableText(item, "vcs", vcs)}; ` +
    `the prime could accept ${acceptableText(item, "prime", prime)}.`;
  let close: string;
  if (finding.edge) {
    const shared = overlapOf(vcs.acceptable, prime.acceptable)?.min ?? vcs.preferred;
    const atLimit = (["vcs", "prime"] as const).filter((s) => atOwnLimit(s === "vcs" ? vcs : prime, shared));
    close = `The only option both could accept is “${optionLabel(item, "vcs", shared)}”, the furthest ${atLimit.map((s) => SIDE_NAME[s]).join(" and ")} said it could go: agreement only at the edge of what a side can live with tends not to hold.`;
  } else if (finding.severity === "dealbreaker") {
    const redLiners = [vcs.redLine && "the organisation", prime.redLine && "the prime"].filter(Boolean);
    close = `No option is acceptable to both, and ${redLiners.join(" and ")} marked this as a red line.`;
  } else if (finding.severity === "caution" && vcs.importance === "low" && prime.importance === "low") {
    close = "No option is acceptable to both, but both sides rated this question low in importance.";
  } else if (finding.severity === "caution") {
    close =
      "No option is acceptable to both, but it is the organisation that wants closer ties: the prime’s terms would leave it more independent, not less, so this is a difference to talk through rather than a risk to it.";
  } else {
    close = "No option is acceptable to both, though neither side marked it as a red line.";
  }
  return withText(finding, `${meaning} ${about} ${ranges} ${close}`, { title, item });
}

function unsafeFlag(finding: Finding, item: PositionItem, vcs: Answer, prime: Answer): Flag {
  const unsafe = item.unsafe!;
  const agreed = meetingPoint(vcs, prime) ?? unsafe.from;
  return withText(
    finding,
    `Both sides could agree on “${optionLabel(item, "vcs", agreed)}” (on “${item.prompt.vcs}”). ${unsafe.why}`,
    { title: unsafe.title, item },
  );
}

const unitText = (fact: FactDefinition | undefined, value: number): string => {
  switch (fact?.unit) {
    case "percent":
      return `${oneDecimal(value)}%`;
    case "days":
      return `${value} days`;
    case "months":
      return months(value);
    case "per year":
      return `${value} a year`;
    default:
      return String(value);
  }
};

function contradictionFlag(
  finding: Finding,
  item: PositionItem,
  answers: Record<Side, Answer>,
  facts: Facts,
  factsById: ReadonlyMap<FactId, FactDefinition>,
  findingOnly?: ReadonlySet<FactId>,
): Flag {
  const { side, factId, expected } = item.consistency!;
  const answer = answers[side];
  const value = facts[factId] ?? 0;
  const fact = factsById.get(factId);
  const fits = expected.findIndex((r) => value >= r.min && value <= r.max) + 1;
  const instead = fits > 0 ? ` That figure fits “${optionLabel(item, side, fits)}” instead.` : "";
  // A figure shared as its finding only is not quoted: the contradiction is still named.
  const gave = findingOnly?.has(factId)
    ? `but the figure it gave for “${fact?.label ?? factId}” does not fit that answer (it shared the finding, not the figure).`
    : `but gave ${unitText(fact, value)} for “${fact?.label ?? factId}”.${instead}`;
  return withText(
    finding,
    `${capitalise(SIDE_NAME[side])} answered “${item.prompt[side]}” with “${optionLabel(item, side, answer.preferred)}”, ` +
      `${gave} ` +
      `Which is right matters: the figures decide the money and volume flags, and the answers decide the fit.`,
    { item },
  );
}

function factTextV2(
  method: Method,
  finding: Finding,
  f: Facts,
  factsById: ReadonlyMap<FactId, FactDefinition>,
): string {
  let text: string;
  const caution = finding.severity === "caution";
  switch (finding.code) {
    case "BID_CANDY": {
      if (finding.factIds.includes("namedPartnersFundedShare")) {
        text = `Of the partners the prime named in its last bids, ${oneDecimal(f.namedPartnersFundedShare ?? 0)}% went on to receive work. Ask for references from partners named before, and what they received.`;
        break;
      }
      const need = f.minReferralsPerYear ?? 0;
      const offer = f.guaranteedReferralsPerYear ?? 0;
      const dependence = oneDecimal(f.contractIncomeShare ?? 0);
      if (offer > 0 && !(need > 0)) {
        text = `The prime guarantees ${offer} referrals a year on a contract worth ${dependence}% of the organisation's income, but the organisation has given no minimum it needs to stay viable, so nothing shows whether ${offer} is enough. Agree that minimum before signing.`;
        break;
      }
      if (offer === 0) {
        text =
          `The prime guarantees no referrals at all, and this contract would be ${dependence}% of the organisation's income` +
          (need > 0 ? `; the organisation needs at least ${need} a year to keep the service viable.` : ".") +
          ` Being named in a bid without committed volumes is how organisations become "bid candy".`;
      } else {
        text = caution
          ? `The prime guarantees ${offer} referrals a year, only just above the ${need} the organisation needs: a small shortfall would make the service unviable.`
          : `The prime guarantees ${offer} referrals a year; the organisation needs at least ${need} to keep the service viable, and the contract would be ${dependence}% of its income.`;
      }
      break;
    }
    case "CASHFLOW_RISK": {
      const flow = cashflowOf(method, cashflowInput(f));
      const reserves = f.reservesMonths ?? 0;
      const share = reserves > 0 ? `${Math.round((flow.needMonths / reserves) * 100)}% of them` : "more than it has";
      const unpaid = f.unpaidOutcomeShare ?? method.facts.cashflow.unpaidOutcomeShare;
      text =
        `With ${oneDecimal(f.outcomePaymentShare ?? 0)}% of payment on results, claimable after ${months(flow.resultsWaitMonths - (f.paymentLagDays ?? 0) / DAYS_PER_MONTH)} and paid ${f.paymentLagDays} days later, ` +
        `and this contract at ${oneDecimal(f.contractIncomeShare ?? 0)}% of the organisation's income, it would need about ${months(flow.needMonths)} of its running costs from its reserves: ` +
        `${months(flow.timingMonths)} waiting for payment` +
        (flow.unrecoveredMonths > 0
          ? ` and ${months(flow.unrecoveredMonths)} never recovered over a year if ${oneDecimal(unpaid)}% of outcomes go unpaid`
          : "") +
        `. Its free reserves cover ${months(reserves)}, so this would take ${share}.`;
      break;
    }
    case "TOPSLICE_EXCESS":
      text =
        `The prime would keep ${oneDecimal(f.managementFeePercent ?? 0)}% as a management fee; the organisation can accept at most ${oneDecimal(f.maxManagementFeePercent ?? 0)}%.` +
        (caution ? " That is at the limit of what it can accept." : "");
      break;
    case "SHORT_TERM":
      text =
        `The sub-contract would run for ${f.termMonths} months; the organisation says the service needs at least ${f.minTermMonths} months to build the relationships it depends on.` +
        (caution ? " There is little time to spare." : "");
      break;
    case "EXIT_AT_WILL":
      text =
        `The prime could end the sub-contract for convenience with ${f.terminationNoticeDays} days' notice; the organisation needs at least ${f.minNoticeDays} days to wind down safely.` +
        (caution ? " There is little margin." : "");
      break;
    default:
      text = FLAG_CATALOGUE[finding.code].meaning;
  }
  return withRedLineText(finding, text, factsById);
}

/** What follows a figure finding's text: whether it breaches viability, and which figures were red lines. */
function withRedLineText(finding: Finding, text: string, factsById: ReadonlyMap<FactId, FactDefinition>): string {
  if (finding.viability) {
    text +=
      " This breaches the organisation's viability, so the verdict can be no better than weak whatever the answers.";
  }
  if (finding.redLineFacts?.length) {
    const names = finding.redLineFacts.map((id) => `“${factsById.get(id)?.label ?? id}”`);
    text += ` ${names.join(" and ")} ${names.length === 1 ? "was" : "were"} marked as a red line, so this is a dealbreaker.`;
  }
  return text;
}

/**
 * A figure-based finding when a side shared one of its figures as the finding
 * only: what the figures show, with no number from either side (method v2;
 * docs/method.md, "Figures shared as findings").
 */
function findingOnlyText(method: Method, finding: Finding, f: Facts): string {
  const caution = finding.severity === "caution";
  let text: string;
  switch (finding.code) {
    case "BID_CANDY":
      text = finding.factIds.includes("namedPartnersFundedShare")
        ? "Few of the partners the prime named in its last bids went on to receive work. Ask for references from partners named before, and what they received."
        : caution
          ? "The referrals the prime guarantees are only just above what the organisation needs to keep the service viable: a small shortfall would make it unviable."
          : `The referrals the prime guarantees fall short of what the organisation needs to keep the service viable. Being named in a bid without committed volumes is how organisations become "bid candy".`;
      break;
    case "CASHFLOW_RISK": {
      const flow = cashflowOf(method, cashflowInput(f));
      text =
        flow.needMonths > (f.reservesMonths ?? 0)
          ? "With payment on results, the organisation would have to pre-fund more of its running costs than its free reserves cover: the reserves would not cover the pre-funding."
          : "With payment on results, pre-funding the service would take a large part of the organisation's free reserves.";
      break;
    }
    case "TOPSLICE_EXCESS":
      text = caution
        ? "The prime's management fee is at the limit of what the organisation can accept."
        : "The prime's management fee is more than the organisation can accept.";
      break;
    case "SHORT_TERM":
      text = caution
        ? "The sub-contract would be only just long enough for the service to build the relationships it depends on."
        : "The sub-contract would be shorter than the organisation says the service needs to build the relationships it depends on.";
      break;
    case "EXIT_AT_WILL":
      text = caution
        ? "The prime could end the sub-contract for convenience with little more notice than the organisation needs to wind down safely."
        : "The prime could end the sub-contract for convenience at shorter notice than the organisation needs to wind down safely.";
      break;
    default:
      text = FLAG_CATALOGUE[finding.code].meaning;
  }
  return `${text} (A side chose to share this finding without its figures.)`;
}

/** Everything the text needs about a check, gathered once per report. */
export interface TextContext {
  questionnaire: Questionnaire;
  itemsById: ReadonlyMap<string, PositionItem>;
  factsById: ReadonlyMap<FactId, FactDefinition>;
  vcs: Partial<Record<string, Answer>>;
  prime: Partial<Record<string, Answer>>;
  facts: Facts;
  /** Figures a side shares as the finding only (v2): their numbers appear in no text. */
  findingOnly?: ReadonlySet<FactId>;
  /** Issue 16: each side's spread of answers, for a side with several respondents (see combine.ts). */
  boards?: Partial<Record<Side, BoardSpread>>;
}

const RESPONDENTS: Readonly<Record<Side, string>> = {
  vcs: "the organisation's respondents",
  prime: "the prime's respondents",
};

/**
 * A side's respondents do not agree on an item (issue 16): who they are, how far apart their preferred positions
 * are, and how many marked it a red line, with the option labels in that side's own words.
 */
function disagreementFlag(finding: Finding, context: TextContext): Flag {
  const side = finding.side ?? "vcs";
  const itemId = finding.itemIds[0];
  const item = itemId ? context.itemsById.get(itemId) : undefined;
  const spread = itemId ? context.boards?.[side]?.items[itemId] : undefined;
  const meaning = FLAG_CATALOGUE.INTERNAL_DISAGREEMENT.meaning;
  const v2 = context.questionnaire.method.directional ? {} : undefined;
  if (!item || !spread) return withText(finding, meaning, v2);
  const label = (p: number) => `${p} (“${optionLabel(item, side, p)}”)`;
  const total = spreadTotal(spread);
  const range = spreadRange(spread);
  const who = `${RESPONDENTS[side]} (${total} answered it)`;
  const preferred =
    range === null || range.min === range.max
      ? `all preferred ${label(range?.min ?? 1)}`
      : `preferred positions from ${label(range.min)} to ${label(range.max)}`;
  const redLines =
    spread.redLines === 0
      ? "none marked it a red line"
      : spread.redLines === total
        ? "all of them marked it a red line"
        : `${spread.redLines} of ${total} marked it a red line`;
  const combined = context[side][item.id];
  const uses = combined
    ? ` The side's submitted answer is ${label(combined.preferred)}${combined.redLine ? ", marked as a red line" : ""}.`
    : "";
  const settle =
    finding.severity === "serious"
      ? " This is in a critical section: the side should settle its own position before the result is relied on."
      : " The side should settle its own position before this term is negotiated.";
  return withText(
    finding,
    `${meaning} On “${item.prompt[side]}”, ${who} ${preferred}; ${redLines}.${uses}${settle}`,
    v2,
  );
}

/** A finding with its title, explanation, questions and what could be negotiated. */
export function describeFinding(finding: Finding, context: TextContext): Flag {
  if (finding.code === "INTERNAL_DISAGREEMENT") return disagreementFlag(finding, context);
  const method = context.questionnaire.method;
  const itemId = finding.itemIds[0];
  const item = itemId ? context.itemsById.get(itemId) : undefined;
  const vcs = itemId ? context.vcs[itemId] : undefined;
  const prime = itemId ? context.prime[itemId] : undefined;
  if (!method.directional) {
    return item && vcs && prime
      ? itemFlagV1(finding, item, vcs, prime)
      : withText(finding, factTextV1(finding, context.facts));
  }
  if (item && vcs && prime) {
    if (finding.code === "UNSAFE_AGREEMENT") return unsafeFlag(finding, item, vcs, prime);
    if (finding.code === "CONTRADICTION") {
      return contradictionFlag(finding, item, { vcs, prime }, context.facts, context.factsById, context.findingOnly);
    }
    return itemFlagV2(finding, item, vcs, prime);
  }
  const hidden = finding.factIds.some((id) => context.findingOnly?.has(id));
  const text = hidden
    ? withRedLineText(finding, findingOnlyText(method, finding, context.facts), context.factsById)
    : factTextV2(method, finding, context.facts, context.factsById);
  return withText(finding, text, {});
}
