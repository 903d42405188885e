/**
 * The layer rules of docs/architecture.md, as eslint.config.js enforces
 * them: each rule is run on a snippet that breaks it (and one that keeps it),
 * so a rule that stops biting fails here, not months later in a review.
 */
import { ESLint } from "eslint";
import { describe, expect, test } from "vitest";

const eslint = new ESLint();

async function refusedImports(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport {};\n`, { filePath: file });
  const refused = (result?.messages ?? [])
    .filter((m) => m.ruleId === "no-restricted-imports")
    .map((m) => /'([^']+)'/.exec(m.message)?.[1] ?? m.message);
  // An import that breaks two rules is reported twice: once is enough here.
  return [...new Set(refused)];
}

const imports = (...modules: string[]) => modules.map((m, i) => `import * as m${i} from "${m}";`).join("\n");

const CASES: Array<{ file: string; allowed: string[]; refused: string[] }> = [
  {
    file: "app/domain/example.ts",
    allowed: ["./types", "~/domain/scoring", "zod"],
    refused: [
      "~/models/check.server",
      "~/components/form",
      "~/formats/api-v1",
      "react",
      "@remix-run/node",
      "~/db.server",
      "drizzle-orm",
      "node:crypto",
      "../db.server",
    ],
  },
  {
    file: "app/domain/questionnaires/example.ts",
    allowed: ["../types", "./v1"],
    refused: ["../../models/check.server", "~/access/session.server"],
  },
  {
    file: "app/models/example.server.ts",
    allowed: ["~/domain/types", "~/db.server", "./check.server", "drizzle-orm", "lru-cache"],
    refused: [
      "~/access/session.server",
      "~/http/api.server",
      "~/forms/schemas.server",
      "~/components/form",
      "@remix-run/node",
      "../../db/client",
      "better-sqlite3",
    ],
  },
  {
    file: "app/access/example.server.ts",
    allowed: ["~/models/check.server", "~/http/api.server", "~/domain/types", "@remix-run/node"],
    refused: ["~/db.server", "../../db/schema", "~/components/form", "~/routes/i.$token"],
  },
  {
    file: "app/components/example.tsx",
    allowed: [
      "react",
      "@remix-run/react",
      "~/domain/report",
      "~/formats/report-labels",
      "~/forms/field-names",
      "./form",
    ],
    refused: [
      "~/models/report.server",
      "~/access/session.server",
      "~/forms/parse.server",
      "./secret.server",
      "~/db.server",
      "zod",
    ],
  },
  {
    file: "app/routes/example.tsx",
    allowed: ["~/models/check.server", "~/access/session.server"],
    refused: ["~/db.server", "../../db/schema", "better-sqlite3", "drizzle-orm"],
  },
  {
    file: "app/formats/example.ts",
    allowed: ["~/domain/report", "csv-stringify/sync"],
    refused: ["~/models/check.server", "~/http/api.server", "react"],
  },
  {
    file: "app/api/openapi/example.ts",
    allowed: ["~/forms/schemas.server", "~/domain/validation", "~/formats/api-v1", "zod-openapi"],
    refused: ["~/access/bearer.server", "~/db.server", "react", "~/routes/api.v1.check"],
  },
  {
    file: "server/example.ts",
    allowed: ["express", "./env"],
    refused: ["~/models/check.server", "../app/db.server"],
  },
];

describe.each(CASES)("$file", ({ file, allowed, refused }) => {
  test("may import what its layer allows", async () => {
    expect(await refusedImports(file, imports(...allowed))).toEqual([]);
  });

  test.each(refused)("may not import %s", async (module) => {
    expect(await refusedImports(file, imports(module))).toEqual([module]);
  });
});
