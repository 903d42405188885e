/**
 * The words of the facilitator's live view (issue 18; docs/architecture.md, "Workshops"): each chart's text
 * alternative, the dealbreakers' shares, and the discussion prompts drawn from the room's figures. Pure: it reads
 * only the figures (app/domain/workshop.ts), the questions asked and the flag catalogue, so nothing here can name
 * or separate a participant, and nothing is said at all while the figures are withheld (below three submitted).
 */
import { FLAG_CATALOGUE } from "./flag-catalogue";
import type { Answer, FlagCode, PositionItem, Questionnaire } from "./types";
import { mostDivided, type DealbreakerShare, type ItemFigures, type WorkshopFigures } from "./workshop";

/** What the scenario prime chose on an item: its preferred position and the range it could accept. */
export type PrimeStance = Pick<Answer, "preferred" | "acceptable">;

/** "1 organisation", "12 organisations". */
export const organisationsText = (n: number) => `${n} organisation${n === 1 ? "" : "s"}`;

const totalOf = (positions: readonly number[]) => positions.reduce((sum, c) => sum + c, 0);

/** A share of the room as a whole percentage: "67%". */
export const percentText = (part: number, whole: number) => `${whole === 0 ? 0 : Math.round((part / whole) * 100)}%`;

/** How many marked the item a red line, as a clause: "none marked it a red line", "3 marked it a red line". */
export function redLinesClause(redLines: number, total: number): string {
  if (redLines === 0) return "none marked it a red line";
  if (redLines === total && total > 1) return `all ${total} marked it a red line`;
  return `${redLines} marked it a red line`;
}

/** The prime's stance as a clause: "the scenario prime prefers 4 and could accept 3 to 5". */
export function primeClause(prime: PrimeStance): string {
  const { min, max } = prime.acceptable;
  const range = min === max ? `and could accept nothing else` : `and could accept ${min} to ${max}`;
  return `the scenario prime prefers ${prime.preferred} ${range}`;
}

/**
 * One chart's text alternative, the same facts as its bars: "Of 12 organisations: 5 chose position 1, 0 chose
 * position 2, …; 3 marked it a red line; the scenario prime prefers 4 and could accept 3 to 5." Every count is
 * written out, zeros too, so a screen reader's listener hears the whole spread.
 */
export function distributionText(figures: ItemFigures, prime?: PrimeStance | null): string {
  const total = totalOf(figures.positions);
  const counts = figures.positions.map((count, i) => `${count} chose position ${i + 1}`).join(", ");
  const parts = [`Of ${organisationsText(total)}: ${counts}`, redLinesClause(figures.redLines, total)];
  if (prime) parts.push(primeClause(prime));
  return `${parts.join("; ")}.`;
}

/** How many of the submitted a share stands for (the model gives shares; the page says counts). */
export const shareCount = (share: number, submitted: number) => Math.round(share * submitted);

/** A dealbreaker's reach in words: "2 of 3 organisations (67%)". */
export function dealbreakerShareText(share: number, submitted: number): string {
  const count = shareCount(share, submitted);
  return `${count} of ${organisationsText(submitted)} (${percentText(count, submitted)})`;
}

/** The dealbreakers that any participant's result raised, titled from the catalogue, most common first. */
export function dealbreakerLines(
  dealbreakers: readonly DealbreakerShare[] | null,
  submitted: number,
): Array<{ code: FlagCode; title: string; share: string; percent: number }> {
  return (dealbreakers ?? [])
    .filter((d) => shareCount(d.share, submitted) > 0)
    .map((d) => ({
      code: d.code,
      title: FLAG_CATALOGUE[d.code].title,
      share: dealbreakerShareText(d.share, submitted),
      percent: Math.round((shareCount(d.share, submitted) / submitted) * 100),
    }));
}

export type PromptKind = "divided" | "red-lines" | "dealbreaker";

export interface DiscussionPrompt {
  kind: PromptKind;
  /** The item the prompt is about, or null for a dealbreaker's. */
  itemId: string | null;
  code: FlagCode | null;
  /** What the room's figures show, naming the item or dealbreaker. */
  finding: string;
  /** The question to put to the room: the item's own discussion questions first, then the flag catalogue's. */
  question: string;
}

/** How many prompts of each kind the view offers: a room discusses a handful, not a list. */
export const PROMPTS_PER_KIND = 2;

/** The first of an item's questions (then its flag's) not already asked. */
function questionFor(item: PositionItem, asked: Set<string>): string {
  const candidates = [...(item.questions ?? []), ...FLAG_CATALOGUE[item.flag].questions];
  const question =
    candidates.find((q) => !asked.has(q)) ??
    "What would the prime have to offer for the organisations at each end of the room to move?";
  asked.add(question);
  return question;
}

/** The room's split on an item in words: "5 chose 1 or 2, 2 chose 3 and 5 chose 4 or 5". */
export function splitText(positions: readonly number[]): string {
  const [p1 = 0, p2 = 0, p3 = 0, p4 = 0, p5 = 0] = positions;
  return `${p1 + p2} chose 1 or 2, ${p3} chose 3 and ${p4 + p5} chose 4 or 5`;
}

/**
 * Prompts for the room's discussion, from the figures: the most divided items (mostDivided), the items most often
 * marked a red line, and the most common dealbreakers, PROMPTS_PER_KIND of each at most, no item twice. None while
 * the figures are withheld. `items` are the questions asked, so a prompt can quote the item as participants read it.
 */
export function discussionPrompts(figures: WorkshopFigures, items: readonly PositionItem[]): DiscussionPrompt[] {
  if (!figures.items) return [];
  const byId = new Map(items.map((item) => [item.id, item]));
  const asked = new Set<string>();
  const used = new Set<string>();
  const prompts: DiscussionPrompt[] = [];
  const known = figures.items.filter((f) => byId.has(f.id));

  for (const f of mostDivided(known, PROMPTS_PER_KIND)) {
    const item = byId.get(f.id) as PositionItem;
    used.add(f.id);
    prompts.push({
      kind: "divided",
      itemId: f.id,
      code: null,
      finding: `The room is divided on “${item.prompt.vcs}”: ${splitText(f.positions)}.`,
      question: questionFor(item, asked),
    });
  }

  const redLined = known
    .map((f, order) => ({ f, order }))
    .filter(({ f }) => f.redLines > 0 && !used.has(f.id))
    .sort((a, b) => b.f.redLines - a.f.redLines || a.order - b.order)
    .slice(0, PROMPTS_PER_KIND);
  for (const { f } of redLined) {
    const item = byId.get(f.id) as PositionItem;
    used.add(f.id);
    const total = totalOf(f.positions);
    prompts.push({
      kind: "red-lines",
      itemId: f.id,
      code: null,
      finding: `${f.redLines} of ${organisationsText(total)} marked “${item.prompt.vcs}” a red line.`,
      question: questionFor(item, asked),
    });
  }

  for (const d of (figures.dealbreakers ?? [])
    .filter((d) => shareCount(d.share, figures.counted) > 0)
    .slice(0, PROMPTS_PER_KIND)) {
    const flag = FLAG_CATALOGUE[d.code];
    const question =
      flag.questions.find((q) => !asked.has(q)) ?? `What would it take for “${flag.title}” not to arise?`;
    asked.add(question);
    prompts.push({
      kind: "dealbreaker",
      itemId: null,
      code: d.code,
      finding: `The scenario raised the dealbreaker “${flag.title}” for ${dealbreakerShareText(d.share, figures.counted)}.`,
      question,
    });
  }
  return prompts;
}

/** The scenario prime's stance on each item it answered, for the charts (a partial answer set gives a partial map). */
export function primeStances(
  answers: Partial<Record<string, Answer>>,
  questionnaire: Questionnaire,
): Record<string, PrimeStance> {
  const stances: Record<string, PrimeStance> = {};
  for (const d of questionnaire.dimensions) {
    for (const item of d.items) {
      const a = answers[item.id];
      if (a) stances[item.id] = { preferred: a.preferred, acceptable: { ...a.acceptable } };
    }
  }
  return stances;
}
