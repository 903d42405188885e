/**
 * The production server over real HTTP: configuration, security headers,
 * cross-site refusal, rate limits, size limits, logs that never hold a secret
 * link, and report pages that are never served from a cache in front of
 * authorisation.
 */
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startServer, type RunningServer } from "../e2e/support/server";

let server: RunningServer;

beforeAll(async () => {
  server = await startServer({ RATE_LIMIT_CHECKS_PER_MINUTE: "40", MAX_BODY_BYTES: "20000" });
});
afterAll(async () => {
  await server?.stop();
});

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const FORM = { "Content-Type": "application/x-www-form-urlencoded" };

async function createCheckOverApi() {
  const response = await fetch(`${server.url}/api/v1/checks`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ title: "Headers test", vcsName: "Helping Hands", primeName: "BigCo" }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string; tokens: Record<string, string> };
}

describe("configuration", () => {
  test("a bad setting stops the server with a message naming it and what it accepts", async () => {
    await expect(startServer({ RATE_LIMIT_LINK_OPENS_PER_MINUTE: "lots" })).rejects.toThrow(
      'RATE_LIMIT_LINK_OPENS_PER_MINUTE="lots": expected a whole number from 1 to 1000000',
    );
  });
});

describe("hardened responses", () => {
  test("every page has a nonce-based CSP, and every script Remix renders carries that nonce", async () => {
    const response = await fetch(`${server.url}/`);
    const csp = response.headers.get("content-security-policy") ?? "";
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toContain("'strict-dynamic'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    expect(response.headers.get("strict-transport-security")).toBeNull();
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    // The nonce is in script attributes only, never in the data sent to the browser.
    expect(html.split(nonce!).length - 1).toBe(scripts.length);
    const again = await fetch(`${server.url}/`);
    expect(again.headers.get("content-security-policy")).not.toContain(nonce!);
  });

  test("HSTS is sent when the request came over HTTPS (through a trusted proxy)", async () => {
    const proxied = await startServer({ TRUST_PROXY: "1" });
    try {
      const response = await fetch(`${proxied.url}/`, { headers: { "X-Forwarded-Proto": "https" } });
      expect(response.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
    } finally {
      await proxied.stop();
    }
  });

  test("pages behind secret links are not stored or indexed", async () => {
    const check = await createCheckOverApi();
    const opened = await fetch(`${server.url}/i/${check.tokens.vcs}`, { redirect: "manual" });
    expect(opened.status).toBe(303);
    expect(opened.headers.get("location")).toBe(`/checks/${check.id}/vcs`);
    const cookie = opened.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^cg_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const page = await fetch(`${server.url}/checks/${check.id}/vcs`, { headers: { Cookie: cookie.split(";")[0]! } });
    expect(page.status).toBe(200);
    expect(page.headers.get("cache-control")).toBe("no-store");
    expect(page.headers.get("x-robots-tag")).toContain("noindex");
    const api = await fetch(`${server.url}/api/v1/answers`, {
      headers: { Authorization: `Bearer ${check.tokens.vcs}` },
    });
    expect(api.headers.get("cache-control")).toBe("no-store");
  });

  test("over HTTPS the session cookie is Secure and __Host- prefixed", async () => {
    const proxied = await startServer({ TRUST_PROXY: "1" });
    try {
      const created = await fetch(`${proxied.url}/api/v1/checks`, {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-Forwarded-Proto": "https" },
        body: JSON.stringify({ title: "TLS", vcsName: "A", primeName: "B" }),
      });
      const { tokens } = (await created.json()) as { tokens: Record<string, string> };
      const opened = await fetch(`${proxied.url}/i/${tokens.owner}`, {
        redirect: "manual",
        headers: { "X-Forwarded-Proto": "https" },
      });
      const cookie = opened.headers.get("set-cookie") ?? "";
      expect(cookie).toMatch(/^__Host-cg_session=/);
      expect(cookie).toMatch(/Secure/);
      expect(cookie).toMatch(/Path=\//);
    } finally {
      await proxied.stop();
    }
  });
});

describe("cross-site requests", () => {
  test("a form post from another site is refused with 403, by Origin or by Sec-Fetch-Site", async () => {
    const fields = form({ title: "Forged", vcsName: "A", primeName: "B" });
    const byOrigin = await fetch(`${server.url}/checks/new`, {
      method: "POST",
      headers: { ...FORM, Origin: "https://evil.example" },
      body: fields,
      redirect: "manual",
    });
    expect(byOrigin.status).toBe(403);
    const bySite = await fetch(`${server.url}/checks/new`, {
      method: "POST",
      headers: { ...FORM, "Sec-Fetch-Site": "cross-site" },
      body: fields,
      redirect: "manual",
    });
    expect(bySite.status).toBe(403);
    expect(await bySite.text()).toContain("Request refused");
  });

  test("a same-origin form post under no-referrer (Origin: null) goes through", async () => {
    const response = await fetch(`${server.url}/checks/new`, {
      method: "POST",
      headers: { ...FORM, Origin: "null", "Sec-Fetch-Site": "same-origin" },
      body: form({ title: "Ours", vcsName: "A", primeName: "B" }),
      redirect: "manual",
    });
    expect(response.status).toBe(303);
  });
});

describe("limits", () => {
  test("a body over the cap gets a 413", async () => {
    const response = await fetch(`${server.url}/api/v1/checks`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ title: "x".repeat(30_000), vcsName: "A", primeName: "B" }),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: unknown[] }).errors).toHaveLength(1);
  });

  test("opening secret links is rate limited per address, with a readable page", async () => {
    const limited = await startServer({ RATE_LIMIT_LINK_OPENS_PER_MINUTE: "2" });
    try {
      const statuses: number[] = [];
      let last: Response | undefined;
      for (let i = 0; i < 4; i++) {
        last = await fetch(`${limited.url}/i/${String(i).repeat(32)}`, { redirect: "manual" });
        statuses.push(last.status);
      }
      expect(statuses).toEqual([404, 404, 429, 429]);
      expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(await last!.text()).toContain("Please wait a minute");
    } finally {
      await limited.stop();
    }
  });

  test("creating checks is rate limited per address, with Retry-After", async () => {
    const limited = await startServer({ RATE_LIMIT_CHECKS_PER_MINUTE: "3" });
    try {
      const statuses: number[] = [];
      let last: Response | undefined;
      for (let i = 0; i < 5; i++) {
        last = await fetch(`${limited.url}/api/v1/checks`, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ title: `Check ${i}`, vcsName: "A", primeName: "B" }),
        });
        statuses.push(last.status);
      }
      expect(statuses).toEqual([201, 201, 201, 429, 429]);
      expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
      const page = await fetch(`${limited.url}/checks/new`, {
        method: "POST",
        headers: FORM,
        body: form({ title: "x" }),
      });
      expect(page.status).toBe(429);
      expect(await page.text()).toContain("Too many requests");
    } finally {
      await limited.stop();
    }
  });
});

describe("logs", () => {
  test("request logs never contain a secret link's token, in an address, a header or a cookie", async () => {
    const check = await createCheckOverApi();
    const opened = await fetch(`${server.url}/i/${check.tokens.owner}`, { redirect: "manual" });
    const cookie = (opened.headers.get("set-cookie") ?? "").split(";")[0]!;
    await fetch(`${server.url}/i/${check.tokens.vcs}`, { redirect: "manual" });
    await fetch(`${server.url}/i/${"z".repeat(32)}`, { redirect: "manual" });
    await fetch(`${server.url}/checks/${check.id}`, { headers: { Cookie: cookie } });
    await fetch(`${server.url}/api/v1/answers`, { headers: { Authorization: `Bearer ${check.tokens.prime}` } });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const logs = server.logs();
    expect(logs).toContain("GET /i/[redacted] 303");
    expect(logs).toContain("GET /i/[redacted] 404");
    expect(logs).toContain(`GET /checks/${check.id} 200`);
    expect(logs).toContain("GET /api/v1/answers 200");
    for (const token of Object.values(check.tokens)) expect(logs).not.toContain(token);
    expect(logs).not.toContain(cookie.split("=")[1]!);
  });
});

describe("report pages", () => {
  test("are rendered afresh for each request: a fresh nonce, a new outcome at once, a replaced link or a deletion by another process refused at once", async () => {
    const check = await createCheckOverApi();
    const { answersFor } = await import("../bench/seed");
    for (const side of ["vcs", "prime"] as const) {
      const headers = { "Content-Type": "application/json", Authorization: `Bearer ${check.tokens[side]}` };
      await fetch(`${server.url}/api/v1/answers`, { method: "PUT", headers, body: JSON.stringify(answersFor(side)) });
      expect((await fetch(`${server.url}/api/v1/answers/submit`, { method: "POST", headers })).status).toBe(200);
    }
    const opened = await fetch(`${server.url}/i/${check.tokens.owner}`, { redirect: "manual" });
    const cookie = (opened.headers.get("set-cookie") ?? "").split(";")[0]!;
    const page = async () => {
      const response = await fetch(`${server.url}/checks/${check.id}/report`, { headers: { Cookie: cookie } });
      expect(response.status).toBe(200);
      const nonce = /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")![1]!;
      const html = await response.text();
      return { nonce, html, normalised: html.split(nonce).join("NONCE") };
    };
    const first = await page();
    const second = await page();
    expect(second.nonce).not.toBe(first.nonce);
    expect(second.html).toContain(`nonce="${second.nonce}"`);
    expect(second.html).not.toContain(first.nonce);
    expect(second.normalised).toBe(first.normalised);

    const flagKey = /name="flagKey" value="([^"]+)"/.exec(second.html)![1]!.replace(/&amp;/g, "&");
    const recorded = await fetch(`${server.url}/checks/${check.id}/report`, {
      method: "POST",
      headers: { ...FORM, Cookie: cookie, "Sec-Fetch-Site": "same-origin" },
      body: form({ intent: "outcome", flagKey, outcome: "accepted", note: "Agreed at the meeting on 1 December" }),
      redirect: "manual",
    });
    expect(recorded.status).toBe(303);
    expect((await page()).html).toContain("Agreed at the meeting on 1 December");

    // A side's page, seen once (and so kept), must stop at once when the owner replaces that side's link.
    const sideOpened = await fetch(`${server.url}/i/${check.tokens.vcs}`, { redirect: "manual" });
    const sideCookie = (sideOpened.headers.get("set-cookie") ?? "").split(";")[0]!;
    const sideReport = () => fetch(`${server.url}/checks/${check.id}/vcs/report`, { headers: { Cookie: sideCookie } });
    expect((await sideReport()).status).toBe(200);
    expect((await sideReport()).status).toBe(200);
    const reissued = await fetch(`${server.url}/checks/${check.id}`, {
      method: "POST",
      headers: { ...FORM, Cookie: cookie, "Sec-Fetch-Site": "same-origin" },
      body: form({ intent: "reissue", side: "vcs" }),
      redirect: "manual",
    });
    expect(reissued.status).toBe(303);
    expect((await sideReport()).status).toBe(410);

    // Another process (or a restore, or an expiry job) deletes the check behind this server's back.
    const owners = await fetch(`${server.url}/checks/${check.id}/report`, { headers: { Cookie: cookie } });
    expect(owners.status).toBe(200);
    const other = new Database(server.databasePath);
    try {
      other.pragma("foreign_keys = ON");
      expect(other.prepare("DELETE FROM checks WHERE id = ?").run(check.id).changes).toBe(1);
    } finally {
      other.close();
    }
    expect((await fetch(`${server.url}/checks/${check.id}/report`, { headers: { Cookie: cookie } })).status).toBe(404);
  });
});
