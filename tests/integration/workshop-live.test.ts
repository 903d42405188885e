/**
 * The facilitator's live view (issue 18), through its real loader and as the HTML page Remix renders: only the
 * facilitator's browser opens it; below three submitted it shows counts and no distribution; from three, a chart per
 * item whose text alternative carries the room's counts, and nothing that names a participant.
 */
/// <reference types="vite/client" />
import { fileURLToPath } from "node:url";
import { UNSAFE_flatRoutes as flatRoutes } from "@remix-run/dev";
import { createRequestHandler, type ServerBuild } from "@remix-run/node";
import { describe, expect, test } from "vitest";
import { currentQuestionnaire, questionnaireFor } from "~/domain/questionnaires";
import type { Answer } from "~/domain/types";
import { toApiAnswer } from "~/domain/validation";
import { formatJoinCode } from "~/domain/workshop";
import { getWorkshopProfile } from "~/domain/workshop-profiles";
import { distributionText } from "~/domain/workshop-prompts";
import * as entry from "~/entry.server";
import * as root from "~/root";
import * as liveRoute from "~/routes/workshops.$workshopId.live";
import remixConfig from "../../remix.config.js";
import { api } from "./api-support";
import { answerAt, callLoader, completeAnswers, openLink, ORIGIN } from "./support";

const appDirectory = fileURLToPath(new URL("../../app", import.meta.url));
const modules = import.meta.glob<Record<string, unknown>>("../../app/routes/*.{ts,tsx}", { eager: true });

/** Remix's own request handler over the real routes, as api-support.ts builds it, to read whole HTML pages. */
function serverBuild(): ServerBuild {
  const routes: ServerBuild["routes"] = { root: { id: "root", path: "", module: root as never } };
  for (const route of Object.values(flatRoutes(appDirectory, remixConfig.ignoredRouteFiles))) {
    routes[route.id] = { ...route, module: modules[`../../app/${route.file}`] as never };
  }
  // A document renders the routes its browser manifest lists (the API's harness needs none), so list them all.
  const manifest = Object.fromEntries(
    Object.values(routes).map((route) => {
      const module: object = route.module;
      return [
        route.id,
        {
          id: route.id,
          parentId: route.parentId,
          path: route.path,
          index: route.index,
          caseSensitive: route.caseSensitive,
          module: "",
          hasLoader: "loader" in module,
          hasAction: "action" in module,
          hasClientLoader: false,
          hasClientAction: false,
          hasErrorBoundary: "ErrorBoundary" in module,
        },
      ];
    }),
  );
  return {
    mode: "production",
    entry: { module: entry as never },
    routes,
    assets: { entry: { module: "", imports: [] }, routes: manifest, url: "", version: "test" } as never,
    publicPath: "/build/",
    assetsBuildDirectory: "public/build",
    future: remixConfig.future as never,
    isSpaMode: false,
  };
}
const handle = createRequestHandler(serverBuild());

async function html(path: string, cookie: string): Promise<{ status: number; text: string }> {
  const response = await handle(new Request(`${ORIGIN}${path}`, { headers: { Cookie: cookie } }));
  return { status: response.status, text: await response.text() };
}

/** Text as React escapes it in an attribute or element. */
const escaped = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;").replace(/</g, "&lt;");

interface CreatedWorkshop {
  id: string;
  joinCode: string;
  tokens: { facilitator: string };
}

async function newWorkshop() {
  const created = await api<CreatedWorkshop>("POST", "/api/v1/workshops", {
    body: { title: "Hastings VCS forum: the new employment contract", profile: "tighter-embrace" },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const facilitator = await openLink(created.body.tokens.facilitator);
  expect(facilitator.cookie).toBeTruthy();
  return { ...created.body, cookie: facilitator.cookie as string, path: `/workshops/${created.body.id}/live` };
}

const core = () => questionnaireFor(currentQuestionnaire().version, "core")!;

async function joinAndSubmit(code: string, organisation: string | undefined, choose: (itemId: string) => Answer) {
  const joined = await api<{ tokens: { participant: string } }>("POST", "/api/v1/workshops/join", {
    body: { code, ...(organisation ? { organisation } : {}) },
  });
  expect(joined.status, JSON.stringify(joined.body)).toBe(201);
  const token = joined.body.tokens.participant;
  const answers: Record<string, unknown> = {};
  for (const d of core().dimensions) for (const item of d.items) answers[item.id] = toApiAnswer(choose(item.id));
  expect(
    (
      await api("PUT", "/api/v1/answers", {
        token,
        body: { answers, facts: core().facts.length > 0 ? completeAnswers("vcs").facts : {} },
      })
    ).status,
  ).toBe(200);
  expect((await api("POST", "/api/v1/answers/submit", { token })).status).toBe(200);
}

describe("the live view", () => {
  test("is the facilitator's alone: 403 without the grant, 404 for no workshop", async () => {
    const workshop = await newWorkshop();
    const params = { workshopId: workshop.id };
    expect((await callLoader(liveRoute.loader, workshop.path, params)).status).toBe(403);
    const other = await newWorkshop();
    expect((await callLoader(liveRoute.loader, workshop.path, params, { cookie: other.cookie })).status).toBe(403);
    expect((await callLoader(liveRoute.loader, workshop.path, params, { cookie: workshop.cookie })).status).toBe(200);
    const unknown = await callLoader(
      liveRoute.loader,
      "/workshops/AAAAAAAAAAAAAAAAAAAAAA/live",
      { workshopId: "AAAAAAAAAAAAAAAAAAAAAA" },
      { cookie: workshop.cookie },
    );
    expect(unknown.status).toBe(404);
  });

  test("below three submitted: how to join and the counts, and no distribution", async () => {
    const workshop = await newWorkshop();
    await joinAndSubmit(workshop.joinCode, "Alpha Trust", () => answerAt(1, { redLine: true }));
    await joinAndSubmit(workshop.joinCode, undefined, () => answerAt(2));
    await api("POST", "/api/v1/workshops/join", { body: { code: workshop.joinCode } });
    const page = await html(workshop.path, workshop.cookie);
    expect(page.status).toBe(200);
    expect(page.text).toContain(escaped("The room’s answers appear once three organisations have submitted."));
    expect(page.text).toContain(`localhost/join</strong> with the code`);
    expect(page.text).toContain(formatJoinCode(workshop.joinCode));
    expect(page.text).toContain(`aria-label="QR code for ${ORIGIN}/join/${workshop.joinCode}"`);
    expect(page.text).toMatch(/aria-live="polite"[^>]*>.*3<\/span> joined.*2<\/span> submitted/s);
    expect(page.text).toContain(`href="${workshop.path}"`);
    expect(page.text).toContain(">Refresh<");
    expect(page.text).toContain("noindex");
    expect(page.text).not.toContain("Where the room stands");
    expect(page.text).not.toContain("chose position");
    expect(page.text).not.toContain('role="img" aria-label="Of');
    expect(page.text).not.toContain("Alpha Trust");
  });

  test("from three submitted: a chart per item with the room's counts, and no organisation's name", async () => {
    const workshop = await newWorkshop();
    await joinAndSubmit(workshop.joinCode, "Alpha Trust", () => answerAt(1, { redLine: true }));
    await joinAndSubmit(workshop.joinCode, "Beacon Advice", () => answerAt(1));
    await joinAndSubmit(workshop.joinCode, "Coastal Carers", () => answerAt(5, { acceptable: { min: 1, max: 5 } }));
    const page = await html(workshop.path, workshop.cookie);
    expect(page.status).toBe(200);
    const profile = getWorkshopProfile("tighter-embrace")!;
    for (const d of core().dimensions) {
      for (const item of d.items) {
        const prime = profile.answers[item.id]!;
        const text = distributionText(
          { id: item.id, positions: [2, 0, 0, 0, 1], redLines: 1 },
          { preferred: prime.preferred, acceptable: prime.acceptable },
        );
        expect(text).toContain("Of 3 organisations: 2 chose position 1, 0 chose position 2");
        expect(page.text).toContain(`role="img" aria-label="${escaped(text)}"`);
      }
    }
    for (const heading of [
      "Where the room stands",
      "Dealbreakers the scenario triggered",
      "Most divided",
      "To discuss",
    ]) {
      expect(page.text).toMatch(new RegExp(`<h2[^>]*>${heading}</h2>`));
    }
    expect(page.text).toContain("2 of 3 organisations (67%)");
    expect(page.text).not.toContain("The room’s answers appear once");
    for (const name of ["Alpha Trust", "Beacon Advice", "Coastal Carers"]) expect(page.text).not.toContain(name);
  });

  test("once closed, says so instead of inviting anyone to join", async () => {
    const workshop = await newWorkshop();
    const closed = await api("POST", `/api/v1/workshops/${workshop.id}/close`, { token: workshop.tokens.facilitator });
    expect(closed.status).toBe(200);
    const page = await html(workshop.path, workshop.cookie);
    expect(page.status).toBe(200);
    expect(page.text).toContain("This workshop is closed to new answers.");
    expect(page.text).not.toContain(formatJoinCode(workshop.joinCode));
    expect(page.text).not.toContain("QR code for");
  });
});
