/**
 * Writes that race each other keep the guarantees of
 * docs/decisions/0004-write-transactions-on-both-databases.md. On SQLite the
 * write transactions run one at a time; in the "postgresql" project these
 * calls really overlap, each on a connection of its own.
 */
import { and, eq } from "drizzle-orm";
import { afterEach, expect, test } from "vitest";
import { tables, db } from "~/db.server";
import { currentQuestionnaire } from "~/domain/questionnaires";
import type { Side } from "~/domain/types";
import { claimInvitation, getCheckSummary } from "~/models/check.server";
import { listOutbox, saveNotificationAddress } from "~/models/notification.server";
import { getSideAnswers, saveSideAnswers, submitResponse } from "~/models/response.server";
import { completeAnswers, newCheck, newUnclaimedCheck } from "./support";

afterEach(() => {
  delete process.env.SMTP_URL;
});

test("of ten people accepting one invitation at the same moment, exactly one gets the side", async () => {
  const check = await newUnclaimedCheck();
  const results = await Promise.all(Array.from({ length: 10 }, () => claimInvitation(check.tokens.vcs)));
  expect(results.filter((r) => r.status === "claimed")).toHaveLength(1);
  expect(results.filter((r) => r.status === "claimed_before")).toHaveLength(9);
  const links = await db()
    .select()
    .from(tables.accessTokens)
    .where(
      and(
        eq(tables.accessTokens.checkId, check.id),
        eq(tables.accessTokens.role, "vcs"),
        eq(tables.accessTokens.kind, "link"),
      ),
    );
  expect(links).toHaveLength(1);
});

test("when both sides submit at the same moment, the second sees the first: everyone hears the result is ready", async () => {
  process.env.SMTP_URL = "smtp://127.0.0.1:9";
  const check = await newCheck({ ownerEmail: "owner@example.org" });
  const summary = (await getCheckSummary(check.id))!;
  for (const side of ["vcs", "prime"] as const) {
    await saveNotificationAddress({ authority: check.authority(side), email: `${side}@example.org` });
    const { answers, facts } = completeAnswers(side);
    await saveSideAnswers({
      authority: check.authority(side),
      responseId: summary.sides[side].responseId,
      answers,
      facts,
    });
  }
  const submit = (side: Side) =>
    submitResponse({
      authority: check.authority(side),
      responseId: summary.sides[side].responseId,
      questionnaire: currentQuestionnaire(),
      side,
    });
  const results = await Promise.all([submit("vcs"), submit("prime")]);
  expect(results.map((r) => r.status)).toEqual(["submitted", "submitted"]);
  const kinds = (await listOutbox(check.id)).map((row) => row.kind).sort();
  expect(kinds).toEqual([
    "result_ready",
    "result_ready",
    "result_ready",
    "side_submitted",
    "side_submitted",
    "side_submitted",
  ]);
});

test("a save racing the side's own submission lands before it or not at all: never both", async () => {
  for (let round = 0; round < 5; round++) {
    const check = await newCheck();
    const summary = (await getCheckSummary(check.id))!;
    const responseId = summary.sides.vcs.responseId;
    const authority = check.authority("vcs");
    const { answers, facts } = completeAnswers("vcs");
    await saveSideAnswers({ authority, responseId, answers, facts });
    // The racing save empties a figure the submission needs. Before the submission, it makes the side incomplete
    // (the submission is refused); after it, it is refused. Both succeeding would be a save after submitting.
    const [factId] = Object.keys(facts) as Array<keyof typeof facts>;
    const [saved, submitted] = await Promise.all([
      saveSideAnswers({ authority, responseId, answers: {}, facts: {}, clearFactIds: [factId!] }),
      submitResponse({ authority, responseId, questionnaire: currentQuestionnaire(), side: "vcs" }),
    ]);
    const outcome = `${saved.status} / ${submitted.status}`;
    expect(["saved / incomplete", "already_submitted / submitted"]).toContain(outcome);
    const stored = await getSideAnswers(responseId);
    expect(factId! in stored.facts, outcome).toBe(submitted.status === "submitted");
  }
});

test("twenty saves of different questions of one side at once all land", async () => {
  const check = await newCheck();
  const summary = (await getCheckSummary(check.id))!;
  const responseId = summary.sides.prime.responseId;
  const { answers } = completeAnswers("prime");
  const itemIds = Object.keys(answers).slice(0, 20);
  const results = await Promise.all(
    itemIds.map((id) =>
      saveSideAnswers({
        authority: check.authority("prime"),
        responseId,
        answers: { [id]: { ...answers[id]!, note: `Note for ${id}` } },
        facts: {},
      }),
    ),
  );
  expect(results.every((r) => r.status === "saved")).toBe(true);
  const stored = (await getSideAnswers(responseId)).answers;
  for (const id of itemIds) expect(stored[id]?.note).toBe(`Note for ${id}`);
});
