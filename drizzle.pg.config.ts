import { defineConfig } from "drizzle-kit";

// PostgreSQL (issue 15): db/schema-pg.ts mirrors db/schema.ts table for table
// (tests/integration/schema-parity.test.ts keeps them equal). Generating needs no database.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema-pg.ts",
  out: "./drizzle/pg",
});
