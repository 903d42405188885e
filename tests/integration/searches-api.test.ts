/**
 * Partner searches through the JSON API (issue 17): the prime answers once,
 * candidates apply or are invited, each candidate's check is scored by the
 * same engine, and the dashboard ranks, filters and pages them. Sealed both
 * ways; withdrawal; closing the open link and the closing date.
 */
import { describe, expect, test } from "vitest";
import { currentQuestionnaire } from "~/domain/questionnaires";
import type { Answer, Side } from "~/domain/types";
import { toApiAnswer } from "~/domain/validation";
import { api } from "./api-support";
import { answerAt, completeAnswers } from "./support";

const questionnaire = currentQuestionnaire();
const itemIds = questionnaire.dimensions.flatMap((d) => d.items.map((i) => i.id));

function body(side: Side, choose?: (itemId: string) => Answer) {
  const complete = completeAnswers(side);
  const answers: Record<string, unknown> = {};
  for (const id of itemIds) answers[id] = toApiAnswer(choose ? choose(id) : complete.answers[id]!);
  return { answers, facts: complete.facts };
}

async function newSearch(extra: Record<string, unknown> = {}) {
  const created = await api<{
    id: string;
    tokens: { owner: string; prime: string };
    links: { owner: string; prime: string; apply: string };
    applyCode: string;
  }>("POST", "/api/v1/searches", { body: { title: "Employment support, Kent", primeName: "Acme Prime", ...extra } });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body;
}

async function answerAndSubmit(token: string, side: Side, choose?: (itemId: string) => Answer) {
  const saved = await api<{ missing: string[] }>("PUT", "/api/v1/answers", { token, body: body(side, choose) });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  expect(saved.body.missing).toEqual([]);
  const submitted = await api("POST", "/api/v1/answers/submit", { token });
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
}

async function apply(code: string, name: string) {
  const applied = await api<{ id: string; tokens: { vcs: string } }>("POST", "/api/v1/apply", {
    body: { code, name, email: `${name.toLowerCase().replace(/\W+/g, ".")}@example.org` },
  });
  expect(applied.status, JSON.stringify(applied.body)).toBe(201);
  return applied.body;
}

describe("a partner search", () => {
  test("ranks candidates scored by the same engine as an ordinary check", async () => {
    const search = await newSearch();
    await answerAndSubmit(search.tokens.prime, "prime", () => answerAt(3));
    const close = await apply(search.applyCode, "Close Fit Trust");
    const far = await apply(search.applyCode.toLowerCase(), "Far Apart CIC");
    await answerAndSubmit(close.tokens.vcs, "vcs", () => answerAt(3));
    await answerAndSubmit(far.tokens.vcs, "vcs", () => answerAt(1));
    const list = await api<{ total: number; candidates: Array<{ id: string; overall?: number; verdict?: string }> }>(
      "GET",
      `/api/v1/searches/${search.id}/candidates`,
      { token: search.tokens.owner },
    );
    expect(list.status, JSON.stringify(list.body)).toBe(200);
    expect(list.body.total).toBe(2);
    expect(list.body.candidates.map((c) => c.id)).toEqual([close.id, far.id]);
    const report = await api<{ overall: number }>("GET", `/api/v1/report?candidate=${close.id}`, {
      token: search.tokens.owner,
    });
    expect(report.status).toBe(200);
    expect(list.body.candidates[0]!.overall).toBe(report.body.overall);
    const own = await api<{ overall: number }>("GET", "/api/v1/report", { token: close.tokens.vcs });
    expect(own.body).toEqual(report.body);
  });
});
