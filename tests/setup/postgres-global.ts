/**
 * Global setup of the "postgresql" test project: one throwaway cluster for
 * the whole run (tests/setup/postgres.ts), its address handed to the test
 * files, which each make a database of their own in it
 * (tests/setup/database-pg.ts). Stopped, and its folder removed, at the end.
 */
import type { TestProject } from "vitest/node";
import { startPostgres, type PostgresCluster } from "./postgres";

declare module "vitest" {
  export interface ProvidedContext {
    /** postgres://… of the run's cluster's first database, for making more. */
    postgresAdminUrl: string;
  }
}

let cluster: PostgresCluster | null = null;

export async function setup(project: TestProject) {
  // Each test file's app pool and the servers some files start: room for several at once.
  const started = await startPostgres({ maxConnections: 300 });
  if ("skipped" in started) {
    // The config only adds this project when a cluster can be tried; one that then fails to start is an error.
    throw new Error(`The PostgreSQL test runs could not start their cluster: ${started.skipped}`);
  }
  cluster = started;
  project.provide("postgresAdminUrl", started.url);
}

export async function teardown() {
  await cluster?.stop();
}
