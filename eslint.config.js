import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

/**
 * The layer rules of docs/architecture.md. Each folder gets exactly one
 * block, with every import it may not make, so no later block can replace
 * an earlier one's rule for the same files (ESLint's flat config keeps only
 * the last `no-restricted-imports` that matches a file).
 * tests/unit/layers.test.ts checks that each rule still bites.
 */
const DATABASE = {
  group: ["**/db/*", "../db/*", "~/db.server", "better-sqlite3", "drizzle-orm", "drizzle-orm/*"],
  message: "Only app/models reaches the database, through app/db.server.ts.",
};
const SERVER_CODE = {
  group: ["*.server", "**/*.server", "~/models/*", "~/access/*", "~/routes/*"],
  message: "Browser code imports no server code: the classic compiler silently empties *.server modules there.",
};
const WEB = {
  group: ["react", "react-dom", "react-dom/*", "@remix-run/*"],
  message: "No React or Remix here.",
};
const OUTSIDE_DOMAIN = {
  group: ["~/*", "!~/domain", "!~/domain/**", "node:*", "zod/*"],
  message: "The domain is pure: it imports nothing outside app/domain (and zod).",
};
const OUTSIDE_MODELS = {
  group: ["~/*", "!~/domain", "!~/domain/**", "!~/db.server", "!~/models", "!~/models/**"],
  message: "Models import only the domain, other models and the database door app/db.server.ts.",
};
const UP_A_LAYER = (...folders) => ({
  group: folders.map((folder) => `~/${folder}/*`),
  message: "That layer sits above this one: see docs/architecture.md.",
});

const layer = (files, ...patterns) => ({
  files,
  rules: { "no-restricted-imports": ["error", { patterns }] },
});

export default tseslint.config(
  {
    ignores: [
      ".scratch/**",
      "build/",
      "public/build/",
      "node_modules/",
      ".cache/",
      "drizzle/",
      "tests/artifacts/",
      "tests/bench/results/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": ["error", { allow: ["warn", "error"] }],
    },
  },
  // app/domain/*.ts may import its own folder (./); its subfolders may also climb to it (../), no further.
  layer(["app/domain/*.ts"], OUTSIDE_DOMAIN, WEB, DATABASE, { group: ["../*"], message: OUTSIDE_DOMAIN.message }),
  layer(["app/domain/*/**"], OUTSIDE_DOMAIN, WEB, DATABASE, { group: ["../../*"], message: OUTSIDE_DOMAIN.message }),
  layer(["app/models/**"], OUTSIDE_MODELS, WEB, {
    group: ["**/db/*", "../*", "better-sqlite3"],
    message: DATABASE.message,
  }),
  layer(["app/access/**"], DATABASE, UP_A_LAYER("components", "routes", "forms", "formats")),
  layer(["app/http/**"], DATABASE, UP_A_LAYER("models", "access", "components", "routes", "forms", "formats")),
  layer(["app/formats/**"], DATABASE, SERVER_CODE, WEB, UP_A_LAYER("http", "forms", "components")),
  layer(["app/forms/**"], DATABASE, WEB, UP_A_LAYER("models", "access", "http", "formats", "components", "routes")),
  layer(["app/components/**"], DATABASE, SERVER_CODE, {
    group: ["zod", "zod/*", "@conform-to/*"],
    message: "Validation runs on the server (app/forms); it must not reach the browser bundle.",
  }),
  // The OpenAPI description (docs/api.md, "The OpenAPI document"): built from the domain's, forms' and formats'
  // schemas, never from who is asking or the pages.
  layer(["app/api/**"], DATABASE, WEB, UP_A_LAYER("access", "components", "routes")),
  layer(["app/routes/**"], DATABASE),
  layer(["server/**"], {
    group: ["~/*", "../app/*", "../db/*"],
    message: "server/ loads the built app (build/index.js); it imports no app code.",
  }),
  {
    files: ["tests/**", "db/**", "*.config.*"],
    rules: { "no-console": "off" },
  },
);
