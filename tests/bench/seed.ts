/** A check with both sides submitted (for the report page) and one half-answered (for a questionnaire page). */
import { allItems, currentQuestionnaire } from "~/domain/questionnaires";
import { HEALTHY_FACTS } from "../fixtures";

export interface SeededPage {
  name: string;
  path: string;
  cookie: string | null;
}

export interface SeededPages {
  home: SeededPage;
  questionnaire: SeededPage;
  report: SeededPage;
}

async function json(url: string, init: RequestInit = {}) {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${init.method ?? "GET"} ${url}: ${response.status} ${await response.text()}`);
  return response.json() as Promise<Record<string, unknown>>;
}

/** Creates a check over the API and claims both invitations, as each side would: the tokens are each role's own. */
export async function createCheck(base: string, title: string) {
  const created = (await json(`${base}/api/v1/checks`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ title, vcsName: "Helping Hands", primeName: "BigCo Services" }),
  })) as unknown as { id: string; tokens: { owner: string; vcs: string; prime: string } };
  for (const side of ["vcs", "prime"] as const) {
    const claimed = await json(`${base}/api/v1/invitations/claim`, {
      method: "POST",
      headers: { Authorization: `Bearer ${created.tokens[side]}` },
    });
    created.tokens[side] = claimed.token as string;
  }
  return created;
}

export function answersFor(side: "vcs" | "prime", variant = 0) {
  const answers = Object.fromEntries(
    allItems(currentQuestionnaire()).map((item, i) => {
      const preferred = 1 + ((i + variant + (side === "prime" ? 1 : 0)) % 5);
      const acceptable = [preferred - 1, preferred, preferred + 1].filter((p) => p >= 1 && p <= 5);
      return [
        item.id,
        { preferred, acceptable, importance: (["low", "medium", "high"] as const)[i % 3], redLine: i % 11 === 0 },
      ];
    }),
  );
  return { answers, facts: HEALTHY_FACTS[side] };
}

async function open(base: string, token: string): Promise<{ path: string; cookie: string }> {
  const response = await fetch(`${base}/i/${token}`, { redirect: "manual" });
  return {
    path: response.headers.get("location") ?? "/",
    cookie: (response.headers.get("set-cookie") ?? "").split(";")[0]!,
  };
}

export async function seedPages(base: string): Promise<SeededPages> {
  const finished = await createCheck(base, "Report benchmark");
  for (const side of ["vcs", "prime"] as const) {
    const headers = { "Content-Type": "application/json", Authorization: `Bearer ${finished.tokens[side]}` };
    await json(`${base}/api/v1/answers`, { method: "PUT", headers, body: JSON.stringify(answersFor(side)) });
    await json(`${base}/api/v1/answers/submit`, { method: "POST", headers });
  }
  const owner = await open(base, finished.tokens.owner);
  const started = await createCheck(base, "Questionnaire benchmark");
  const side = await open(base, started.tokens.vcs);
  return {
    home: { name: "home", path: "/", cookie: null },
    questionnaire: { name: "questionnaire", path: `${side.path}/section/brand-identity`, cookie: side.cookie },
    report: { name: "report", path: `${owner.path}/report`, cookie: owner.cookie },
  };
}
