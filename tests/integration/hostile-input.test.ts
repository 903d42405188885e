/**
 * Thousands of random and hostile payloads against every action and API
 * endpoint that changes data: never a 500, always a 4xx with a message, and
 * the database exactly as it was.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { allItems, currentQuestionnaire } from "~/domain/questionnaires";
import * as newCheckRoute from "~/routes/checks.new";
import * as replaceRoute from "~/routes/checks.$checkId.replace.$link";
import * as deleteRoute from "~/routes/checks.$checkId.delete";
import * as sectionRoute from "~/routes/checks.$checkId.$side.section.$sectionId";
import * as reviewRoute from "~/routes/checks.$checkId.$side.review";
import { api } from "./api-support";
import { callAction, checkWithSessions, type HandlerResult } from "./support";

const RUNS = 300;
const questionnaire = currentQuestionnaire();
const itemIds = allItems(questionnaire).map((i) => i.id);

const hostileString = fc.oneof(
  fc.string(),
  fc.string({ minLength: 2_000, maxLength: 12_000 }),
  fc.constantFrom(
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    '"; DROP TABLE checks; --',
    "${jndi:ldap://x}",
    "../../../../etc/passwd",
    "\u0000\u0001\u202e",
    "NaN",
    "-1",
    "1e309",
    "9999999999999999999999",
    "__proto__",
    "constructor",
    "🙂".repeat(500),
  ),
);

/** Something a known field can never accept. */
const badPosition = fc.constantFrom("0", "6", "2.5", "abc", "", "<b>", "-3", "1e3");
const badImportance = fc.constantFrom("vital", "HIGH", "", "1", "<script>");
const badFact = fc.constantFrom("-1", "lots", "1e309", "Infinity", "NaN", "99999999");

const noise = fc.dictionary(
  fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom("__proto__", "constructor", "items", "facts")),
  hostileString,
  {
    maxKeys: 6,
  },
);

async function snapshot() {
  const { db, tables } = await import("~/db.server");
  const rows = await Promise.all(
    Object.values(tables)
      .filter((t) => typeof t === "object")
      .map((t) =>
        db()
          .select()
          .from(t as never),
      ),
  );
  return JSON.stringify(rows);
}

/** The messages a refusal carries: a thrown Response's text, `{ error }`, or `{ errors }` by field or as a list. */
function messagesOf(body: unknown): Record<string, string> {
  if (typeof body === "string") return { page: body };
  if (typeof body !== "object" || body === null) return {};
  const { errors, error } = body as { errors?: unknown; error?: unknown };
  if (typeof error === "string") return { form: error };
  const entries = Array.isArray(errors)
    ? errors.map((e: { path?: unknown; message?: unknown }) => [String(e?.path), e?.message] as const)
    : Object.entries(typeof errors === "object" && errors !== null ? errors : {});
  return Object.fromEntries(entries.filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}

/** A 4xx with at least one message, none of them blank; returns the messages by field. */
function expectRefused(result: HandlerResult, what: string): Record<string, string> {
  expect(result.status, what).toBeGreaterThanOrEqual(400);
  expect(result.status, what).toBeLessThan(500);
  const messages = messagesOf(result.body);
  expect(Object.keys(messages).length, `${what}: a message`).toBeGreaterThan(0);
  for (const [field, message] of Object.entries(messages)) expect(message.trim(), `${what}: ${field}`).not.toBe("");
  return messages;
}

describe("hostile input to the web actions", () => {
  test("starting a check", { timeout: 120_000 }, async () => {
    const before = await snapshot();
    const required = ["title", "vcsName", "primeName"] as const;
    // One required field is made invalid (missing, blank or too long); the others are anything at all.
    const broken = fc.record({
      field: fc.constantFrom(...required),
      value: fc.oneof(
        fc.constant(undefined),
        fc.constantFrom("", "   ", "\t"),
        hostileString.map((s) => `${"x".repeat(201)}${s}`),
      ),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.record({ title: hostileString, vcsName: hostileString, primeName: hostileString }),
        broken,
        async (fields, { field, value }) => {
          const form = new URLSearchParams(fields);
          if (value === undefined) form.delete(field);
          else form.set(field, value);
          const messages = expectRefused(await callAction(newCheckRoute.action, "/checks/new", form), "new check");
          expect(messages[field], `the refusal names ${field}`).toBeTruthy();
        },
      ),
      { numRuns: RUNS },
    );
    // Unknown fields beside a valid check: refused for them, whatever they hold.
    const valid = { title: "Employment support", vcsName: "Helping Hands", primeName: "BigCo" };
    const unknown = noise.filter(
      (extra) =>
        Object.keys(extra).some((key) => key !== "" && !(key in valid)) &&
        !Object.keys(extra).some((key) => key in valid),
    );
    await fc.assert(
      fc.asyncProperty(unknown, async (extra) => {
        const form = new URLSearchParams({ ...valid, ...extra });
        const messages = expectRefused(await callAction(newCheckRoute.action, "/checks/new", form), "unknown field");
        expect(messages.form, "the refusal is about the unknown field").toBeTruthy();
      }),
      { numRuns: RUNS },
    );
    expect(await snapshot()).toBe(before);
  });

  test("saving a section, submitting, replacing links and deleting", { timeout: 120_000 }, async () => {
    const check = await checkWithSessions();
    const before = await snapshot();
    const params = { checkId: check.id, side: "vcs" };
    const cookie = check.cookies.vcs;
    await fc.assert(
      fc.asyncProperty(
        noise,
        fc.constantFrom(...itemIds),
        fc.oneof(
          badPosition.filter((v) => v !== "").map((v) => ["preferred", v] as const),
          badImportance.map((v) => ["importance", v] as const),
          badPosition.filter((v) => v !== "").map((v) => ["acceptable", v] as const),
          // Over the limit in what is kept: a note is trimmed before it is measured, so its ends are not spaces.
          fc.string({ minLength: 2_001, maxLength: 5_000 }).map((v) => ["note", `x${v}x`] as const),
        ),
        fc.constantFrom("brand-identity", "mission-values", "money-risk"),
        async (extra, itemId, [field, value], sectionId) => {
          const section = questionnaire.dimensions.find((d) => d.id === sectionId)!;
          const target = section.items.some((i) => i.id === itemId) ? itemId : section.items[0]!.id;
          const form = new URLSearchParams(extra);
          form.set(`items.${target}.${field}`, value);
          if (field !== "preferred") form.set(`items.${target}.preferred`, field === "acceptable" ? "5" : "3");
          const result = await callAction(
            sectionRoute.action,
            `/checks/${check.id}/vcs/section/${sectionId}`,
            form,
            { ...params, sectionId },
            { cookie },
          );
          expectRefused(result, `section ${target}.${field}=${value.slice(0, 20)}`);
        },
      ),
      { numRuns: RUNS },
    );
    await fc.assert(
      fc.asyncProperty(
        noise,
        badFact,
        fc.constantFrom("reservesMonths", "contractIncomeShare", "minReferralsPerYear", "minNoticeDays"),
        async (extra, value, factId) => {
          const form = new URLSearchParams(extra);
          form.set(`facts.${factId}`, value);
          const result = await callAction(
            sectionRoute.action,
            `/checks/${check.id}/vcs/section/facts`,
            form,
            { ...params, sectionId: "facts" },
            { cookie },
          );
          expectRefused(result, `fact ${factId}=${value}`);
        },
      ),
      { numRuns: RUNS },
    );
    await fc.assert(
      fc.asyncProperty(noise, async (extra) => {
        const form = new URLSearchParams(extra);
        if (form.get("confirm") === "on") form.delete("confirm");
        expectRefused(
          await callAction(reviewRoute.action, `/checks/${check.id}/vcs/review`, form, params, { cookie }),
          "submit",
        );
        expectRefused(
          await callAction(
            deleteRoute.action,
            `/checks/${check.id}/delete`,
            form,
            { checkId: check.id },
            { cookie: check.cookies.owner },
          ),
          "delete",
        );
        const replace = new URLSearchParams(extra);
        // The one body that does replace the invitation is `intent=replace` alone.
        if (replace.get("intent") === "replace" && [...replace.keys()].length === 1) replace.append("also", "1");
        expectRefused(
          await callAction(
            replaceRoute.action,
            `/checks/${check.id}/replace/vcs`,
            replace,
            { checkId: check.id, link: "vcs" },
            { cookie: check.cookies.owner },
          ),
          "replace",
        );
      }),
      { numRuns: RUNS },
    );
    expect(await snapshot()).toBe(before);
  });
});

describe("hostile input to the JSON API", () => {
  const jsonValue = fc.jsonValue({ maxDepth: 3 });

  test("creating a check", { timeout: 120_000 }, async () => {
    const before = await snapshot();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          jsonValue.filter((v) => typeof v !== "object" || v === null || Array.isArray(v)),
          fc.record({ title: jsonValue, vcsName: jsonValue, primeName: jsonValue }).map((r) => ({ ...r, extra: 1 })),
          fc.record({
            title: hostileString.map((s) => `${"x".repeat(201)}${s}`),
            vcsName: fc.string(),
            primeName: fc.string(),
          }),
        ),
        async (body) => {
          const response = await api("POST", "/api/v1/checks", { body });
          expect(response.status).toBeGreaterThanOrEqual(400);
          expect(response.status).toBeLessThan(500);
          expect((response.body.errors as Array<{ message: string }>)[0]!.message.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: RUNS },
    );
    for (const raw of ["", "{", "null", "[]", '"text"', '{"title":', "\u0000"]) {
      const response = await api("POST", "/api/v1/checks", { rawBody: raw });
      expect([400, 422]).toContain(response.status);
    }
    expect(await snapshot()).toBe(before);
  });

  test("saving answers", { timeout: 120_000 }, async () => {
    const check = await checkWithSessions();
    const before = await snapshot();
    const goodAnswer = { preferred: 3, acceptable: [2, 3, 4], importance: "medium", redLine: false };
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...itemIds),
        fc.oneof(
          fc.record({ preferred: jsonValue }).map((r) => ({
            ...goodAnswer,
            ...r,
            preferred: typeof r.preferred === "number" && r.preferred >= 1 && r.preferred <= 5 ? 9 : r.preferred,
          })),
          fc
            .constantFrom([1, 3], [4, 5], [], [0, 1], [3, 3], ["3"])
            .map((acceptable) => ({ ...goodAnswer, acceptable })),
          hostileString.map((importance) => ({ ...goodAnswer, importance })),
          fc.string({ minLength: 2_001, maxLength: 5_000 }).map((note) => ({ ...goodAnswer, note: `x${note}x` })),
          noise.map((extra) => ({ ...goodAnswer, ...extra, sneaky: true })),
        ),
        async (itemId, answer) => {
          const response = await api("PUT", "/api/v1/answers", {
            token: check.tokens.vcs,
            body: { answers: { "brand-delivery": goodAnswer, [itemId]: answer } },
          });
          expect(response.status, JSON.stringify(answer).slice(0, 200)).toBe(422);
          expect((response.body.errors as unknown[]).length).toBeGreaterThan(0);
        },
      ),
      { numRuns: RUNS },
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(jsonValue, noise), async (facts) => {
        const body = {
          facts:
            typeof facts === "object" && facts !== null && !Array.isArray(facts) ? { ...facts, termMonths: 12 } : facts,
        };
        const response = await api("PUT", "/api/v1/answers", { token: check.tokens.vcs, body });
        expect(response.status).toBe(422);
      }),
      { numRuns: RUNS },
    );
    expect(await snapshot()).toBe(before);
  });
});
