import { readReportCsv } from "../csv";
import { describe, expect, test } from "vitest";
import * as ownerExport from "~/routes/checks.$checkId.export.$format";
import * as sideExport from "~/routes/checks.$checkId.$side.export.$format";
import * as ownerPrint from "~/routes/checks.$checkId.print";
import { getCheckSummary } from "~/models/check.server";
import { saveSideAnswers, submitResponse } from "~/models/response.server";
import { allItems, currentQuestionnaire } from "~/domain/questionnaires";
import { api } from "./api-support";
import { HEALTHY_FACTS, callLoader, checkWithSessions, completeAnswers, sideAuthority } from "./support";

type Check = Awaited<ReturnType<typeof checkWithSessions>>;

async function submitSide(check: Check, side: "vcs" | "prime", note?: string) {
  const summary = await getCheckSummary(check.id);
  const responseId = summary!.sides[side].responseId;
  const answers = completeAnswers(side);
  if (note) answers.answers["brand-delivery"] = { ...answers.answers["brand-delivery"]!, note };
  await saveSideAnswers({ authority: await sideAuthority(check.id, side), responseId, ...answers });
  await submitResponse({
    authority: await sideAuthority(check.id, side),
    responseId,
    questionnaire: currentQuestionnaire(),
    side,
  });
}

async function download(
  check: Check,
  who: "owner" | "vcs" | "prime",
  format: string,
  cookie: string | null = check.cookies[who],
) {
  const route = who === "owner" ? ownerExport : sideExport;
  const params: Record<string, string> = { checkId: check.id, format, ...(who === "owner" ? {} : { side: who }) };
  const path = `${who === "owner" ? check.paths.owner : check.paths[who]}/export/${format}`;
  const request = new Request(`http://localhost${path}`, { headers: cookie ? { Cookie: cookie } : {} });
  try {
    return await route.loader({ request, params, context: {} });
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

describe("exports obey the same seal and authorisation as the report", () => {
  test("nothing is exported until both sides have submitted", async () => {
    const check = await checkWithSessions();
    await submitSide(check, "prime", "PRIME-SECRET");
    for (const who of ["owner", "vcs", "prime"] as const) {
      for (const format of ["csv", "json"]) {
        const response = await download(check, who, format);
        expect(response.status, `${who} ${format}`).toBe(409);
        expect(await response.text()).not.toContain("PRIME-SECRET");
      }
    }
    expect(
      (
        await callLoader(
          ownerPrint.loader,
          `${check.paths.owner}/print`,
          { checkId: check.id },
          { cookie: check.cookies.owner },
        )
      ).status,
    ).toBe(409);
  });

  test("without the right session there is nothing to download", async () => {
    const check = await checkWithSessions();
    const other = await checkWithSessions();
    await submitSide(check, "vcs");
    await submitSide(check, "prime");
    expect((await download(check, "owner", "csv", null)).status).toBe(403);
    expect((await download(check, "owner", "csv", check.cookies.vcs)).status).toBe(403);
    expect((await download(check, "vcs", "json", other.cookies.vcs)).status).toBe(403);
    expect((await download(check, "owner", "xlsx")).status).toBe(404);
  });

  test("CSV has a row per item; JSON is the API's report", async () => {
    const check = await checkWithSessions();
    await submitSide(check, "vcs", "=cmd|' /C calc'!A0");
    await submitSide(check, "prime");
    const csv = await download(check, "owner", "csv");
    expect(csv.status).toBe(200);
    expect(csv.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("Content-Disposition")).toMatch(
      /^attachment; filename="common-ground-employment-support-lot-2-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(csv.headers.get("Cache-Control")).toBe("no-store");
    const read = readReportCsv(await csv.text());
    expect(read.title).toBe("Common Ground partnership check: Employment support, Lot 2");
    expect(read.subtitle).toContain("Helping Hands (organisation) and BigCo Services (prime contractor)");
    const rows = read.blocks.Answers!;
    expect(rows).toHaveLength(allItems(currentQuestionnaire()).length);
    expect(rows.find((r) => r.item === "brand-delivery")!["Helping Hands: note"]).toBe("'=cmd|' /C calc'!A0");
    // Every figure either side gave is there.
    expect(read.blocks.Figures!.filter((f) => f.value !== "" && !(f.value ?? "").startsWith("not given")).length).toBe(
      Object.keys(HEALTHY_FACTS.vcs).length + Object.keys(HEALTHY_FACTS.prime).length,
    );

    const json = await download(check, "prime", "json");
    expect(json.status).toBe(200);
    const fromApi = await api("GET", "/api/v1/report", { token: check.tokens.owner });
    expect(JSON.parse(await json.text())).toEqual(fromApi.body);

    const paper = await callLoader(
      ownerPrint.loader,
      `${check.paths.owner}/print`,
      { checkId: check.id },
      { cookie: check.cookies.owner },
    );
    expect(paper.status).toBe(200);
    expect((paper.body as { report: { verdict: { code: string } } }).report.verdict.code).toBe("STRONG");
  });
});
