import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
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
  {
    // The classic compiler silently empties *.server modules in the browser bundle, and nothing
    // protects db/: keep server code out of components and the domain.
    files: [
      "app/components/**",
      "app/domain/**",
      "app/lib/forms.ts",
      "app/lib/answer-form.ts",
      "app/lib/check-input.ts",
    ],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/db/*", "~/db.server", "better-sqlite3", "drizzle-orm", "drizzle-orm/*"],
              message: "Reach data through app/models/*.server.ts from a route.",
            },
            {
              group: ["*.server", "**/*.server"],
              allowTypeImports: true,
              message: "Server modules cannot be imported here.",
            },
          ],
        },
      ],
    },
  },
  {
    // Routes reach data only through models; only app/db.server.ts opens db/.
    files: ["app/routes/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/db/*", "~/db.server", "better-sqlite3"], message: "Use app/models/*.server.ts." }] },
      ],
    },
  },
  {
    files: ["app/domain/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "react",
                "react-dom",
                "@remix-run/*",
                "~/db.server",
                "**/db/*",
                "drizzle-orm",
                "better-sqlite3",
                "~/models/*",
                "~/components/*",
              ],
              message: "The domain is pure: no React, Remix or database.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["tests/**", "db/**", "*.config.*"],
    rules: { "no-console": "off" },
  },
);
