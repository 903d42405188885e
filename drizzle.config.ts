import { defineConfig } from "drizzle-kit";

// SQLite (the default store). PostgreSQL has its own schema and migrations: drizzle.pg.config.ts.
export default defineConfig({
  dialect: "sqlite",
  schema: "./db/schema.ts",
  out: "./drizzle/sqlite",
});
