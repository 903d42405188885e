/**
 * Stakeholder reviews set up through the JSON API (docs/api.md, "Stakeholder reviews (issue 20)"), for the tests of
 * their pages: a browser session for a review role, claiming invitations, and stakeholders who answer and submit.
 */
import { expect } from "vitest";
import { openSession } from "~/access/session.server";
import { currentStakeholderQuestionnaire, statementsOf } from "~/domain/stakeholder";
import type { Agreement } from "~/domain/stakeholder/types";
import { hashToken } from "~/models/tokens.server";
import { api } from "./api-support";
import { ORIGIN } from "./support";

const ids = statementsOf(currentStakeholderQuestionnaire()).map((s) => s.id);

/** A browser session holding a review role, as a browser sends it back. */
export async function sessionFor(reviewId: string, role: "commissioner" | "provider" | "stakeholder", token: string) {
  const header = await openSession(new Request(ORIGIN), [{ checkId: reviewId, role, tokenHash: hashToken(token) }]);
  return header.split(";")[0]!;
}

export async function claim(token: string) {
  return (await api<{ token: string }>("POST", "/api/v1/invitations/claim", { token })).body.token;
}

/** Rates every statement `value`, answers one free-text question, and submits. */
export async function answer(token: string, value: Agreement, text: string) {
  await api("PUT", "/api/v1/stakeholder-review/answers", {
    token,
    body: { ratings: Object.fromEntries(ids.map((s) => [s, value])), text: { "change-service": text } },
  });
  expect((await api("POST", "/api/v1/stakeholder-review/answers/submit", { token })).status).toBe(200);
}

/** The review's groups, as the commissioner (or the provider) reads them. */
export async function groupsOf(token: string) {
  return (await api<{ groups: Array<{ id: string; name: string }> }>("GET", "/api/v1/stakeholder-review", { token }))
    .body.groups;
}

/** `count` stakeholders invited to a group, each with its own claimed link. */
export async function stakeholders(runner: string, groupId: string, count: number) {
  const made = await api<{ tokens: string[] }>("POST", "/api/v1/stakeholder-review/invitations", {
    token: runner,
    body: { groupId, level: "operational", count },
  });
  return Promise.all(made.body.tokens.map(claim));
}

/**
 * A confirmed review of two groups, not yet closed: three GP practices rate every statement 2, one resident rates
 * 5 (below the threshold), and the provider rates itself 5.
 */
export async function answeredReview() {
  const created = await api<{ id: string; tokens: { commissioner: string; provider: string } }>(
    "POST",
    "/api/v1/stakeholder-reviews",
    {
      body: {
        service: "Healthwatch Eastshire",
        providerName: "Eastshire Community Voice",
        commissionerName: "Eastshire County Council",
        createdBy: "commissioner",
        groups: ["GP practices", "Residents' representatives"],
      },
    },
  );
  const { id } = created.body;
  const commissioner = created.body.tokens.commissioner;
  const provider = await claim(created.body.tokens.provider);
  await api("POST", "/api/v1/stakeholder-review/confirm", { token: provider });
  const groups = await groupsOf(commissioner);
  for (const [i, token] of (await stakeholders(commissioner, groups[0]!.id, 3)).entries()) {
    await answer(token, 2, `GP suggestion ${i}`);
  }
  const [resident] = await stakeholders(commissioner, groups[1]!.id, 1);
  await answer(resident!, 5, "The lone resident's words");
  // The provider's own words, typed on two lines (a Windows line break), are its own: shown whatever the groups' sizes.
  await answer(provider, 5, "Publish more of what we hear.\r\n\r\n\r\nAnd sooner.");
  return { id, commissioner, provider, resident: resident!, groups };
}

export const closeReview = async (commissioner: string) =>
  expect((await api("POST", "/api/v1/stakeholder-review/close", { token: commissioner })).status).toBe(200);
