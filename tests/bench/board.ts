/**
 * A side answering as a board (issue 16), through the API against the
 * production server: a side invites the most respondents a side may have
 * (MAX_RESPONDENTS), each claims their invitation, answers every question and
 * submits; then the lead reads the board (`GET /api/v1/side`, which combines
 * every submitted answer on each read) again and again, submits, and the
 * report is built once the prime has submitted. Prints p50/p95 of the board
 * read, and the submit and first report read, beside a one-person side's.
 */
import { currentQuestionnaire } from "~/domain/questionnaires";
import type { Answer } from "~/domain/types";
import { toApiAnswer } from "~/domain/validation";
import { MAX_RESPONDENTS } from "~/models/board.server";
import type { BenchContext, BenchResult } from "./runner";
import { percentile } from "./workshop-load";

export const name = "board";

const questionnaire = currentQuestionnaire();

async function call(url: string, method: string, path: string, token: string, body?: unknown) {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(body ? { "Content-Type": "application/json" } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 200)}`);
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

function answers(seed: number) {
  const out: Record<string, unknown> = {};
  let n = seed;
  for (const d of questionnaire.dimensions) {
    for (const item of d.items) {
      n = (n * 1103515245 + 12345) % 2147483648;
      const preferred = ((n >> 8) % 5) + 1;
      const answer: Answer = {
        preferred: preferred as Answer["preferred"],
        acceptable: {
          min: Math.max(1, preferred - 1) as Answer["preferred"],
          max: Math.min(5, preferred + 1) as Answer["preferred"],
        },
        importance: (["low", "medium", "high"] as const)[(n >> 4) % 3]!,
        redLine: (n >> 12) % 7 === 0,
      };
      out[item.id] = toApiAnswer(answer);
    }
  }
  return out;
}

const facts = (side: "vcs" | "prime") =>
  Object.fromEntries(
    questionnaire.facts
      .filter((f) => f.side === side && !f.optional)
      .map((f) => [f.id, f.integer ? Math.ceil((f.min + f.max) / 4) : (f.min + f.max) / 4]),
  );

async function timed<T>(work: () => Promise<T>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

async function claim(url: string, invitation: string) {
  const claimed = await call(url, "POST", "/api/v1/invitations/claim", invitation);
  return claimed.token as string;
}

export async function run({ server, quick }: BenchContext): Promise<BenchResult> {
  const url = server.url;
  const respondents = quick ? 10 : MAX_RESPONDENTS;
  const reads = quick ? 30 : 100;
  const rows: BenchResult["rows"] = [];
  for (const board of [false, true]) {
    const created = await call(url, "POST", "/api/v1/checks", "", {
      title: board ? "Board bench" : "One-person bench",
      vcsName: "Helping Hands",
      primeName: "BigCo",
    });
    const tokens = created.tokens as { vcs: string; prime: string };
    const lead = await claim(url, tokens.vcs);
    const prime = await claim(url, tokens.prime);
    await call(url, "PUT", "/api/v1/answers", lead, { facts: facts("vcs"), ...(board ? {} : { answers: answers(1) }) });
    if (board) {
      for (let r = 0; r < respondents; r++) {
        const invited = await call(url, "POST", "/api/v1/respondents", lead, { label: `Trustee ${r + 1}` });
        const own = await claim(url, invited.token as string);
        await call(url, "PUT", "/api/v1/answers", own, { answers: answers(r + 2) });
        await call(url, "POST", "/api/v1/answers/submit", own);
      }
    }
    const readTimes: number[] = [];
    for (let i = 0; i < reads; i++) readTimes.push(await timed(() => call(url, "GET", "/api/v1/side", lead)));
    readTimes.sort((a, b) => a - b);
    const submit = await timed(() => call(url, "POST", "/api/v1/answers/submit", lead));
    await call(url, "PUT", "/api/v1/answers", prime, { answers: answers(99), facts: facts("prime") });
    await call(url, "POST", "/api/v1/answers/submit", prime);
    const firstReport = await timed(() => call(url, "GET", "/api/v1/report", lead));
    const again: number[] = [];
    for (let i = 0; i < reads; i++) again.push(await timed(() => call(url, "GET", "/api/v1/report", lead)));
    again.sort((a, b) => a - b);
    rows.push({
      side: board ? `a board of ${respondents}` : "one person",
      "board read p50 ms": Math.round(percentile(readTimes, 50) * 10) / 10,
      "board read p95 ms": Math.round(percentile(readTimes, 95) * 10) / 10,
      "submit ms": Math.round(submit * 10) / 10,
      "first report ms": Math.round(firstReport * 10) / 10,
      "report p50 ms (memo)": Math.round(percentile(again, 50) * 10) / 10,
    });
  }
  return { rows };
}
