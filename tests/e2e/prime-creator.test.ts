/**
 * Issue 12's promise, in a real browser: the person who starts a check as the
 * prime contractor, once the charity has accepted its invitation, cannot read
 * or change the charity's draft by any route: its pages, the invitation, a
 * replacement, the report and exports, a forged form post, or the API with
 * either of the creator's own tokens.
 */
import { describe, expect, test } from "vitest";
import { expectAccessible, launchBrowser, newContext, screenshot, serverAndBrowser } from "./support/browser";
import { hasChromium } from "./support/chromium";

const SECRET = "Our walk-away: no fewer than 140 referrals";

describe.skipIf(!hasChromium)("a check started by the prime", () => {
  const env = serverAndBrowser(launchBrowser);

  test(
    "after the charity accepts its invitation, the prime cannot read or change its draft",
    { timeout: 120_000 },
    async () => {
      const creator = await (await newContext(env.browser(), { javaScript: true })).newPage();
      await creator.goto(`${env.server().url}/checks/new`);
      await creator.getByLabel("What is the opportunity called?").fill("Employment support, Lot 2");
      await creator.getByLabel("Name of the voluntary or community organisation").fill("Helping Hands");
      await creator.getByLabel("Name of the prime contractor").fill("BigCo Services");
      await creator.getByLabel("The prime contractor", { exact: true }).check();
      await expectAccessible(creator);
      await screenshot(creator, "prime-creator-new-check");
      await creator.getByRole("button", { name: "Create the check" }).click();
      await expect.poll(() => creator.locator("h1").textContent()).toBe("Employment support, Lot 2");
      const ownerLink = await creator.locator("#new-owner-link").inputValue();
      const primeLink = await creator.locator("#new-prime-link").inputValue();
      const invitation = await creator.locator("#vcs-link").inputValue();
      expect(await creator.locator("main").textContent()).toContain("You are answering for BigCo Services yourself");
      await expectAccessible(creator);
      await screenshot(creator, "prime-creator-owner");
      const phone = await (await newContext(env.browser(), { javaScript: true, width: 390 })).newPage();
      // The owner on a phone too (its own session, opened with the owner's link).
      await phone.goto(ownerLink);
      const checkPath = new URL(creator.url()).pathname;
      const checkId = checkPath.split("/")[2]!;

      // The charity accepts its invitation and saves a confidential answer.
      const charity = await (await newContext(env.browser(), { javaScript: false, width: 390 })).newPage();
      await charity.goto(invitation);
      await charity.getByRole("button", { name: "Accept and start" }).click();
      await charity.waitForURL(/\/vcs\?claimed=1$/);
      await charity.goto(`${env.server().url}/checks/${checkId}/vcs/section/brand-identity`);
      await charity.check('input[name="items.brand-delivery.preferred"][value="1"]');
      await charity.check('input[name="items.brand-delivery.importance"][value="high"]');
      await charity.fill('textarea[name="items.brand-delivery.note"]', SECRET);
      await charity.getByRole("button", { name: "Save and continue" }).click();
      await charity.waitForURL(/\/section\/(?!brand-identity)/);

      // The owner page now says the invitation was accepted, and no longer shows it.
      await creator.reload();
      expect(await creator.locator("#vcs-link").count()).toBe(0);
      expect(await creator.locator("main").textContent()).toContain("Invitation accepted");
      await expectAccessible(creator);
      await screenshot(creator, "prime-creator-owner-claimed");
      await phone.reload();
      await expectAccessible(phone);
      await screenshot(phone, "prime-creator-owner-claimed-phone");

      const seen: string[] = [];
      const look = async (path: string, expected: number[]) => {
        const response = await creator.goto(path.startsWith("http") ? path : `${env.server().url}${path}`);
        expect(expected, path).toContain(response!.status());
        seen.push(await creator.content());
      };
      const base = `/checks/${checkId}/vcs`;
      for (const path of [base, `${base}/section/brand-identity`, `${base}/review`, `${base}/link`, `${base}/report`]) {
        await look(path, [403]);
      }
      for (const path of [`${base}/print`, `${base}/export/csv`, `${base}/export/json`]) await look(path, [403]);
      for (const path of [`/checks/${checkId}/report`, `/checks/${checkId}/export/csv`]) await look(path, [409]);
      await look(invitation, [409]);
      expect(await creator.locator("h1").textContent()).toBe("This invitation has already been used");
      await look(`/checks/${checkId}/replace/vcs`, [200]);
      expect(await creator.locator("h1").textContent()).toBe("Only Helping Hands can replace its link now");
      expect(await creator.getByRole("button", { name: /Replace/ }).count()).toBe(0);
      await screenshot(creator, "prime-creator-replace-refused");

      // Forged posts with the creator's cookies: a save, a submission, a replacement, a claim.
      const post = async (path: string, form: Record<string, string>) => {
        const response = await creator.request.post(`${env.server().url}${path}`, { form, maxRedirects: 0 });
        seen.push(await response.text());
        return response.status();
      };
      expect(
        await post(`${base}/section/brand-identity`, {
          intent: "continue",
          "items.brand-delivery.preferred": "5",
          "items.brand-delivery.importance": "low",
        }),
      ).toBe(403);
      expect(await post(`${base}/review`, { confirm: "on" })).toBe(403);
      expect(await post(`${base}/link`, { intent: "replace" })).toBe(403);
      expect(await post(`/checks/${checkId}/replace/vcs`, { intent: "replace" })).toBe(409);
      expect(await post(`/i/${invitation.split("/i/")[1]}`, {})).toBe(409);

      // The API, with each of the creator's own tokens.
      for (const link of [ownerLink, primeLink]) {
        const headers = { Authorization: `Bearer ${link.split("/i/")[1]}` };
        for (const path of ["/api/v1/answers", "/api/v1/report", "/api/v1/check"]) {
          seen.push(await (await creator.request.get(`${env.server().url}${path}`, { headers })).text());
        }
        const write = await creator.request.put(`${env.server().url}/api/v1/answers`, {
          headers,
          data: { answers: { "brand-delivery": { preferred: 5, acceptable: [5], importance: "low", redLine: false } } },
        });
        seen.push(await write.text());
      }
      for (const text of seen) expect(text).not.toContain(SECRET);

      // The charity's draft is exactly as the charity left it.
      await charity.goto(`${env.server().url}/checks/${checkId}/vcs/section/brand-identity`);
      expect(await charity.isChecked('input[name="items.brand-delivery.preferred"][value="1"]')).toBe(true);
      expect(await charity.inputValue('textarea[name="items.brand-delivery.note"]')).toBe(SECRET);

      // And the creator can answer for the prime straight away.
      await creator.goto(`${env.server().url}${checkPath}`);
      await creator.getByRole("link", { name: "Go to BigCo Services’s questions" }).click();
      await creator.waitForURL(/\/prime$/);
      // (The PUT above with the prime's token saved one of the prime's own answers: that much it may do.)
      expect(await creator.locator("main").textContent()).toContain("You are answering for BigCo Services");
    },
  );
});
