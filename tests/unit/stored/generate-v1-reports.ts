/**
 * Writes v1-reports.json: v1 checks (answers and facts) with the report and the
 * API report the engine produced for them when method v1 was the only method.
 * Run once, before method v2 existed (`npx vite-node tests/unit/stored/generate-v1-reports.ts`);
 * v1-reports.test.ts compares today's output with it byte for byte.
 */
import { writeFileSync } from "node:fs";
import fc from "fast-check";
import { reportJson } from "~/formats/api-v1";
import { allItems, getQuestionnaire } from "~/domain/questionnaires";
import { buildReport } from "~/domain/report";
import type { Facts, SideAnswers } from "~/domain/types";
import { answerArb } from "../arbitraries";

const v1 = getQuestionnaire("1")!;
const items = allItems(v1);
const factArb = (id: string) =>
  id.endsWith("Share") || id.endsWith("Percent") ? fc.integer({ min: 0, max: 100 }) : fc.integer({ min: 0, max: 400 });

function sideArb(side: "vcs" | "prime"): fc.Arbitrary<SideAnswers> {
  const facts = v1.facts.filter((f) => f.side === side);
  return fc.record({
    answers: fc
      .tuple(...items.map(() => answerArb))
      .map((list) => Object.fromEntries(items.map((i, n) => [i.id, list[n]]))),
    facts: fc
      .tuple(...facts.map((f) => factArb(f.id)))
      .map((list) => Object.fromEntries(facts.map((f, n) => [f.id, list[n]])) as Facts),
  });
}

/** Middling answers with no red lines: the pairs whose verdict the bands, not the red lines, decide. */
const middlingArb = answerArb.map((a) => ({ ...a, redLine: false }));
function middlingSideArb(side: "vcs" | "prime"): fc.Arbitrary<SideAnswers> {
  return sideArb(side).chain((base) =>
    fc.tuple(...items.map(() => middlingArb)).map((list) => ({
      answers: Object.fromEntries(items.map((i, n) => [i.id, list[n]])),
      facts: base.facts,
    })),
  );
}
/** The same answers on both sides, with a few preferences moved: pairs that should come out strong. */
const nearIdenticalArb = middlingSideArb("vcs").chain((vcs) =>
  sideArb("prime").map((prime) => [vcs, { answers: vcs.answers, facts: prime.facts }] as [SideAnswers, SideAnswers]),
);

const pairs = [
  ...fc.sample(fc.tuple(sideArb("vcs"), sideArb("prime")), { seed: 20261201, numRuns: 8 }),
  ...fc.sample(fc.tuple(middlingSideArb("vcs"), middlingSideArb("prime")), { seed: 20261202, numRuns: 14 }),
  ...fc.sample(nearIdenticalArb, { seed: 20261203, numRuns: 8 }),
];
const cases = pairs.map(([vcs, prime], n) => {
  const report = buildReport(v1, vcs, prime);
  return { vcs, prime, report: JSON.stringify(report), api: JSON.stringify(reportJson(`check-${n}`, report)) };
});
writeFileSync(new URL("./v1-reports.json", import.meta.url), JSON.stringify(cases) + "\n");
console.log(`wrote ${cases.length} v1 reports`);
