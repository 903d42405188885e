/**
 * A report's flags grouped by issue, and the decision a board reads on page 1.
 *
 * A realistic clash raises dozens of flags, many of the same kind ("Bid candy
 * risk" on five questions): read one by one they drown a board. Grouped, each
 * issue appears once, names the questions it concerns in their own words, and
 * carries the discussion questions, negotiables and evidence for those
 * questions once each. The report itself (report.ts) is unchanged; these are
 * views of it, built by pure functions.
 */
import { FLAG_CATALOGUE } from "./flag-catalogue";
import { SEVERITY_ORDER, flagKey, type Flag } from "./flags";
import type { Report } from "./report";
import type { FactId, FlagCode, Severity } from "./types";

export interface IssueFlag {
  /** The flag's stable key (flagKey): outcomes are recorded against it. */
  key: string;
  severity: Severity;
  /** The question this flag is about, if any (a figure flag has none). */
  itemId: string | null;
  /** The question's own wording (the organisation's), when the flag is about a question. */
  prompt: string | null;
  /** What a figure flag found, in figures ("it would need to pre-fund about 3.1 months…"); null for a question flag. */
  finding: string | null;
  /** What this flag found on its question (the ranges, who pushes, any red line), less the issue's shared explanation. */
  detail: string;
  viability: boolean;
}

export interface IssueGroup {
  code: FlagCode;
  title: string;
  /** The most serious of its flags. */
  severity: Severity;
  /** Any of its flags breaches the organisation's viability. */
  viability: boolean;
  /** What the issue is about, written once: the part every one of its question flags' explanations shares. */
  explanation: string;
  flags: IssueFlag[];
  questions: string[];
  negotiable: string[];
  evidence: string[];
  whoActs: string[];
}

const unique = (lists: ReadonlyArray<readonly string[] | undefined>): string[] => [
  ...new Set(lists.flatMap((list) => list ?? [])),
];

/**
 * One entry per kind of flag (its code and title: a v2 item can give the
 * reverse flag a title of its own), most serious first, then in the order the
 * report raised them. `promptOf` gives a question's wording by item id.
 */
export function groupFlags(flags: readonly Flag[], promptOf: (itemId: string) => string | undefined): IssueGroup[] {
  const groups = new Map<string, { group: IssueGroup; members: Flag[] }>();
  for (const flag of flags) {
    const id = `${flag.code}|${flag.title}`;
    let entry = groups.get(id);
    if (!entry) {
      entry = {
        group: {
          code: flag.code,
          title: flag.title,
          severity: flag.severity,
          viability: false,
          explanation: "",
          flags: [],
          questions: [],
          negotiable: [],
          evidence: [],
          whoActs: [],
        },
        members: [],
      };
      groups.set(id, entry);
    }
    entry.members.push(flag);
    const itemId = flag.itemIds[0] ?? null;
    const aboutQuestion = itemId !== null && flag.factIds.length === 0;
    entry.group.flags.push({
      key: flagKey(flag),
      severity: flag.severity,
      itemId,
      prompt: itemId === null ? null : (promptOf(itemId) ?? itemId),
      finding: aboutQuestion ? null : flag.explanation,
      detail: flag.explanation,
      viability: flag.viability === true,
    });
  }
  const result: IssueGroup[] = [];
  for (const { group, members } of groups.values()) {
    group.severity = members.reduce<Severity>(
      (worst, f) => (SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[worst] ? f.severity : worst),
      group.severity,
    );
    group.viability = members.some((f) => f.viability === true);
    const meaning = FLAG_CATALOGUE[group.code].meaning;
    const questionFlags = group.flags.filter((f) => f.finding === null);
    if (questionFlags.length > 0 && questionFlags.every((f) => f.detail.startsWith(meaning))) {
      group.explanation = meaning;
      for (const f of questionFlags) f.detail = f.detail.slice(meaning.length).trim();
    }
    group.questions = unique(members.map((f) => f.questions));
    group.negotiable = unique(members.map((f) => f.negotiable));
    group.evidence = unique(members.map((f) => f.evidence));
    group.whoActs = unique(members.map((f) => (f.whoActs ? [f.whoActs] : [])));
    // The most serious flags of the issue first, so a dealbreaker's question leads its entry.
    group.flags.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
    result.push(group);
  }
  return result.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/** A figure the money findings quote, and which flag found it. */
export interface MoneyFinding {
  key: string;
  title: string;
  severity: Severity;
  finding: string;
  factIds: readonly FactId[];
}

export interface BoardDecision {
  verdict: Report["verdict"];
  why: string;
  overall: number;
  /** The issues that are dealbreakers, each with the questions it concerns. */
  dealbreakers: IssueGroup[];
  /** The three to five other issues that matter most. */
  topIssues: IssueGroup[];
  /** Every finding from the figures, in figures. */
  money: MoneyFinding[];
  /** What to ask for before signing: one request from each issue above in turn, evidence before negotiables. */
  askFor: string[];
  /** How many flags and issues the report raised in all. */
  counts: { flags: number; issues: number };
}

const TOP_ISSUES = 5;
const ASK_FOR = 4;

/**
 * Page 1 of the board paper: the decision. Top issues rank the non-dealbreaker
 * issues by severity, then viability, then how many questions they touch, then
 * report order (a stable sort keeps questionnaire order for ties).
 */
export function boardDecision(report: Pick<Report, "verdict" | "why" | "overall" | "flags">, groups: IssueGroup[]) {
  const dealbreakers = groups.filter((g) => g.severity === "dealbreaker");
  const rest = groups
    .filter((g) => g.severity !== "dealbreaker")
    .map((group, order) => ({ group, order }))
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.group.severity] - SEVERITY_ORDER[b.group.severity] ||
        Number(b.group.viability) - Number(a.group.viability) ||
        b.group.flags.length - a.group.flags.length ||
        a.order - b.order,
    )
    .map((x) => x.group);
  const topIssues = rest.slice(0, TOP_ISSUES);
  const money: MoneyFinding[] = report.flags
    .filter((f) => f.factIds.length > 0 && f.itemIds.length === 0)
    .map((f) => ({
      key: flagKey(f),
      title: f.title,
      severity: f.severity,
      finding: f.explanation,
      factIds: f.factIds,
    }));
  // One request from each issue in turn (evidence before negotiables), so the list covers the issues, not one.
  const focus = [...dealbreakers, ...topIssues];
  const queues = focus.map((g) => [...g.evidence, ...g.negotiable]);
  const askFor: string[] = [];
  for (let round = 0; askFor.length < ASK_FOR && queues.some((q) => q.length > round); round++) {
    for (const queue of queues) {
      const text = queue[round];
      if (text !== undefined && !askFor.includes(text) && askFor.length < ASK_FOR) askFor.push(text);
    }
  }
  const decision: BoardDecision = {
    verdict: report.verdict,
    why: report.why,
    overall: report.overall,
    dealbreakers,
    topIssues,
    money,
    askFor,
    counts: { flags: report.flags.length, issues: groups.length },
  };
  return decision;
}
