/**
 * A side may share a figure as its finding only (method v2): the result then
 * says what the figure shows, and no number from it appears in any text,
 * while the verdict and flags stay exactly as if the number were shared.
 */
import fc from "fast-check";
import { expect, test } from "vitest";
import { getQuestionnaire } from "~/domain/questionnaires";
import { buildReport } from "~/domain/report";
import { SCENARIOS, scenarioAnswers } from "~/domain/scenarios";
import type { FactId, SideAnswers } from "~/domain/types";

const v2 = getQuestionnaire("2")!;
const factsOf = (side: "vcs" | "prime") => v2.facts.filter((f) => f.side === side).map((f) => f.id);

/** The text of a flag without the parts in quotation marks (question wording and figure labels). */
const unquoted = (text: string) => text.replace(/“[^”]*”/g, "").replace(/"[^"]*"/g, "");

test("the cash-flow finding reads as the issue asks, without figures", () => {
  const scenario = SCENARIOS.find((s) => s.id === "prefunding")!;
  const [given, prime] = scenarioAnswers(v2, scenario);
  // Reserves of a fortnight: less than the pre-funding the scenario's payment terms need.
  const vcs = { ...given, facts: { ...given.facts, reservesMonths: 0.5 } };
  const shared = buildReport(v2, vcs, prime).flags.find((f) => f.code === "CASHFLOW_RISK")!;
  expect(shared.explanation).toMatch(/Its free reserves cover \d/);
  const hidden = buildReport(v2, { ...vcs, findingOnlyFacts: ["reservesMonths"] }, prime).flags.find(
    (f) => f.code === "CASHFLOW_RISK",
  )!;
  expect(hidden.explanation).toContain("the reserves would not cover the pre-funding");
  expect(unquoted(hidden.explanation)).not.toMatch(/\d/);
});

test("for any scenario and any figures shared as findings, the verdict is unchanged and those flags quote no number", () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...SCENARIOS),
      fc.subarray(factsOf("vcs")),
      fc.subarray(factsOf("prime")),
      (scenario, vcsHidden, primeHidden) => {
        const [vcs, prime] = scenarioAnswers(v2, scenario);
        const hide = (side: SideAnswers, ids: FactId[]): SideAnswers =>
          ids.length > 0 ? { ...side, findingOnlyFacts: ids } : side;
        const open = buildReport(v2, vcs, prime);
        const closed = buildReport(v2, hide(vcs, vcsHidden), hide(prime, primeHidden));
        expect(closed.verdict).toEqual(open.verdict);
        expect(closed.flags.map((f) => [f.code, f.severity])).toEqual(open.flags.map((f) => [f.code, f.severity]));
        const hidden = new Set<string>([...vcsHidden, ...primeHidden]);
        for (const flag of closed.flags) {
          if (flag.factIds.some((id) => hidden.has(id))) expect(unquoted(flag.explanation)).not.toMatch(/\d/);
        }
      },
    ),
    { numRuns: 300 },
  );
});
