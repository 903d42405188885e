/**
 * A throwaway PostgreSQL cluster for tests and CI (issue 15): `initdb` in a new
 * temporary folder, `pg_ctl start` on 127.0.0.1 and a free port (its unix
 * socket inside that folder too), one empty database, and `stop()` that stops
 * the server and removes the folder, leaving nothing behind. Never the
 * system's cluster, never its port or socket.
 *
 * PostgreSQL refuses to run as root. Run as root (as CI containers often are),
 * the cluster belongs to an unprivileged user instead: PG_TEST_USER, else
 * `postgres` (Debian's package makes it), else `nobody`.
 *
 * When there are no binaries, or the cluster does not start, the result is
 * `{ skipped: reason }`; the caller decides whether that is a skip or, under
 * CI=true, a failure.
 */
import { execFile, execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { freePort } from "./free-port";

export interface PostgresCluster {
  /** postgres://postgres@127.0.0.1:PORT/DATABASE (trust authentication: local and throwaway). */
  url: string;
  port: number;
  database: string;
  /** The temporary folder holding the cluster's data, socket and log; gone after stop(). */
  folder: string;
  /** Stops the server (immediate mode: nothing in it is worth a checkpoint) and removes the folder. */
  stop(): Promise<void>;
}

export type StartResult = PostgresCluster | { skipped: string };

const DATABASE = "common_ground_test";
const SUPERUSER = "postgres";

/** The folder holding initdb and pg_ctl: PG_BIN, else the newest /usr/lib/postgresql/N/bin, else PATH. */
export function findPostgresBinaries(): string | null {
  const has = (dir: string) => existsSync(join(dir, "initdb")) && existsSync(join(dir, "pg_ctl"));
  if (process.env.PG_BIN) return has(process.env.PG_BIN) ? process.env.PG_BIN : null;
  const debian = "/usr/lib/postgresql";
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((v) => /^\d+(\.\d+)?$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    for (const version of versions) if (has(join(debian, version, "bin"))) return join(debian, version, "bin");
  }
  for (const dir of (process.env.PATH ?? "").split(delimiter)) if (dir && has(dir)) return dir;
  return null;
}

interface RunAs {
  uid: number;
  gid: number;
  name: string;
}

/** Who the cluster runs as: this process's user, or, for root, an unprivileged one from /etc/passwd. */
function clusterUser(): RunAs | null | { error: string } {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) return null;
  const wanted = process.env.PG_TEST_USER ? [process.env.PG_TEST_USER] : ["postgres", "nobody"];
  let passwd = "";
  try {
    passwd = readFileSync("/etc/passwd", "utf8");
  } catch {
    return { error: "running as root, and /etc/passwd is unreadable to find an unprivileged user" };
  }
  for (const name of wanted) {
    const line = passwd.split("\n").find((l) => l.startsWith(`${name}:`));
    const [, , uid, gid] = line?.split(":") ?? [];
    if (uid && gid && Number(uid) !== 0) return { uid: Number(uid), gid: Number(gid), name };
  }
  return {
    error:
      `running as root (PostgreSQL refuses to), and no unprivileged user to run it as ` +
      `(tried ${wanted.join(", ")}; set PG_TEST_USER)`,
  };
}

/**
 * What the PostgreSQL tools see of the environment: no PG* variables of the caller's pointing them
 * at another server; the C locale, for the same sorting and messages everywhere; UTC in the logs.
 */
const cleanEnvironment: NodeJS.ProcessEnv = {
  NODE_ENV: process.env.NODE_ENV,
  PATH: process.env.PATH ?? "/usr/bin:/bin",
  LC_ALL: "C",
  LANG: "C",
  TZ: "UTC",
};

function run(file: string, args: string[], options: { user: RunAs | null; cwd: string; timeoutMs: number }) {
  return new Promise<void>((resolve, reject) => {
    execFile(
      file,
      args,
      {
        cwd: options.cwd,
        timeout: options.timeoutMs,
        env: cleanEnvironment,
        ...(options.user ? { uid: options.user.uid, gid: options.user.gid } : {}),
      },
      (error, stdout) => {
        if (!error) return resolve();
        // execFile's message holds the command line and its stderr.
        const output = `${error.message}\n${stdout}`.trim().split("\n").slice(-10).join("\n");
        reject(new Error(`${file.split("/").pop()} failed: ${output}`));
      },
    );
  });
}

function lastLines(path: string, count: number): string {
  try {
    return readFileSync(path, "utf8").trim().split("\n").slice(-count).join("\n");
  } catch {
    return "(no server log)";
  }
}

/** Quotes a value for pg_ctl's -o, which pg_ctl hands to a shell. */
const shellQuote = (value: string) => `'${value.replaceAll("'", `'\\''`)}'`;

/**
 * Why a cluster could not be started here, found without starting one (no
 * binaries, or only root to run them as), or null when one can be tried.
 */
export function postgresUnavailable(): string | null {
  if (!findPostgresBinaries()) {
    return (
      "no PostgreSQL binaries (initdb and pg_ctl) in PG_BIN, /usr/lib/postgresql/*/bin or PATH. " +
      "Install them (Debian/Ubuntu: sudo apt-get install postgresql) or set PG_BIN to their folder."
    );
  }
  const user = clusterUser();
  return user && "error" in user ? user.error : null;
}

export async function startPostgres(settings: { maxConnections?: number } = {}): Promise<StartResult> {
  const unavailable = postgresUnavailable();
  if (unavailable) return { skipped: unavailable };
  const bin = findPostgresBinaries()!;
  const user = clusterUser() as RunAs | null;

  const folder = mkdtempSync(join(tmpdir(), "common-ground-pg-"));
  const data = join(folder, "data");
  const socket = join(folder, "socket");
  const log = join(folder, "server.log");
  mkdirSync(socket);
  if (user) for (const path of [folder, socket]) chownSync(path, user.uid, user.gid);
  const options = { user, cwd: folder, timeoutMs: 60_000 };
  const pgCtl = join(bin, "pg_ctl");

  let started = false;
  let stopped = false;
  const stopSync = () => {
    if (stopped) return;
    stopped = true;
    process.off("exit", stopSync);
    if (started) {
      try {
        execFileSync(pgCtl, ["-D", data, "-m", "immediate", "-w", "stop"], {
          stdio: "ignore",
          cwd: folder,
          env: cleanEnvironment,
          ...(user ? { uid: user.uid, gid: user.gid } : {}),
        });
      } catch {
        // Already gone; the folder still goes.
      }
    }
    rmSync(folder, { recursive: true, force: true });
  };
  // If the test process ends without stop() (a failure, an interrupted run), take the cluster with it.
  process.on("exit", stopSync);

  try {
    await run(
      join(bin, "initdb"),
      ["-D", data, "-U", SUPERUSER, "--auth=trust", "--encoding=UTF8", "--no-locale", "--no-sync"],
      options,
    );
    let port = 0;
    // A free port can be taken between finding it and the server binding it: try a few.
    for (let attempt = 1; ; attempt++) {
      port = await freePort();
      const serverOptions = [
        `-p ${port}`,
        "-c listen_addresses=127.0.0.1",
        `-c unix_socket_directories=${shellQuote(socket)}`,
        "-c shared_buffers=16MB",
        `-c max_connections=${settings.maxConnections ?? 20}`,
      ].join(" ");
      try {
        await run(pgCtl, ["-D", data, "-l", log, "-w", "-t", "60", "-o", serverOptions, "start"], options);
        started = true;
        break;
      } catch (error) {
        if (attempt >= 3) throw new Error(`${(error as Error).message}\nServer log:\n${lastLines(log, 10)}`);
      }
    }
    await run(join(bin, "createdb"), ["-h", "127.0.0.1", "-p", String(port), "-U", SUPERUSER, DATABASE], options);
    return {
      url: `postgres://${SUPERUSER}@127.0.0.1:${port}/${DATABASE}`,
      port,
      database: DATABASE,
      folder,
      async stop() {
        if (stopped) return;
        stopped = true;
        process.off("exit", stopSync);
        try {
          await run(pgCtl, ["-D", data, "-m", "immediate", "-w", "stop"], options);
        } finally {
          rmSync(folder, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    stopSync();
    return {
      skipped: `PostgreSQL (${bin}) did not start${user ? ` as ${user.name}` : ""}: ${(error as Error).message}`,
    };
  }
}
