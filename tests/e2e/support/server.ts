/**
 * Starts the production build (built once by tests/setup/global.ts) on a free
 * loopback port with its own fresh database.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestDatabase } from "../../setup/test-database";
import { freePort } from "../../setup/free-port";

export interface RunningServer {
  url: string;
  /** The SQLite file the server uses (meaningless when it runs on PostgreSQL: see databaseUrl). */
  databasePath: string;
  /** What the server was given as DATABASE_URL: the SQLite file, or a PostgreSQL database of its own. */
  databaseUrl: string;
  process: ChildProcess;
  /** Everything the server has printed so far. */
  logs: () => string;
  stop: () => Promise<void>;
}

export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const port = await freePort();
  const databasePath = join(mkdtempSync(join(tmpdir(), "common-ground-e2e-")), "e2e.db");
  // In the "postgresql" test project (tests/setup/database-pg.ts), a server gets a fresh database of the run's cluster.
  const admin = process.env.TEST_POSTGRES_ADMIN_URL;
  const databaseUrl = env.DATABASE_URL ?? (admin ? await createTestDatabase(admin) : databasePath);
  // NOTE: node itself, not npm or npx: killing a wrapper would orphan the server.
  const child = spawn(process.execPath, ["build/server.js"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      ...env,
      DATABASE_URL: databaseUrl,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const logs = () => output;
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`Server exited early:\n${output}`);
    try {
      const response = await fetch(url);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`Server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    databasePath,
    databaseUrl,
    process: child,
    logs,
    stop: () =>
      new Promise<void>((resolve) => {
        // NOTE: a process killed by a signal has a signalCode and no exitCode.
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
