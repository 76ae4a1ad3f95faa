// ESLint 9 flat config for the add-in, the CLI and their tests.
//
// Why not office-addin-lint's built-in config: it applies eslint-plugin-office-addins'
// `recommended` set, whose `files` glob is `**/*.{js,mjs,cjs,ts,cts,mts}` — .tsx is silently
// skipped, and the task pane is .tsx. So this file takes the plugin's recommended *rules*
// and applies them to ts AND tsx itself.
import { builtinModules } from "node:module";
import js from "@eslint/js";
import { defineConfig, globalIgnores } from "eslint/config";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";
import tseslint from "typescript-eslint";

const TS_FILES = ["**/*.{ts,tsx}"];

// The plugin exports `configs.recommended` as a flat-config array:
//   [@eslint/js recommended, eslint-config-prettier, { files, plugins, languageOptions, rules }].
// We cannot spread the third entry as it is: it registers its own nested copy of
// `@typescript-eslint` (typescript-eslint 8.8) under the same name as ours (8.73), and ESLint
// refuses two different plugin objects under one name ("Cannot redefine plugin"). It also
// registers eslint-plugin-prettier. So: take its rules, and register only the office-addins
// plugin itself.
const officeRecommended = officeAddins.configs.recommended.find(
  (config) => config.plugins !== undefined && "office-addins" in config.plugins,
);
if (officeRecommended === undefined) {
  throw new Error("eslint-plugin-office-addins: recommended config has no office-addins entry");
}
// Switched off (left out): `prettier/prettier` runs Prettier inside ESLint. Formatting is
// checked once, by `npm run format:check`, with the project's .prettierrc.json; running it
// here too would report every formatting nit twice and slow lint down.
const officeRules = Object.fromEntries(
  Object.entries(officeRecommended.rules).filter(([name]) => name !== "prettier/prettier"),
);
// The other entries of the plugin's recommended set carry no `files`/`plugins`: @eslint/js
// recommended (we add it below anyway) and eslint-config-prettier, which switches off the
// core formatting rules that Prettier owns, so the two tools never disagree.
const officeSharedConfigs = officeAddins.configs.recommended.filter(
  (config) => config !== officeRecommended && config.plugins === undefined,
);

// Imports point inward (STYLE.md, Layering): taskpane → excel → core, cli → core. A relative
// import that climbs out of a folder into one of these names the layer it reaches; within a
// layer, `./x` and `../x` between its own sub-folders stay allowed. ESLint's own rules by
// pattern: eslint-plugin-import (no-restricted-paths) is not among the dependencies.
const layerImport = (layers, message) => ({
  regex: `^(\\.\\./)+(${layers.join("|")})(/|$)`,
  message,
});

const CORE_MESSAGE =
  "core is the pure engine (parse → score → rank → roadmap → sheet description, no I/O): " +
  "take what it needs as an argument from the adapter or the CLI instead.";

// core: nothing from the outer layers, Node, the DOM or Office.
const coreImportRules = {
  "no-restricted-imports": [
    "error",
    {
      paths: builtinModules.map((name) => ({
        name,
        message: `${name} is a Node built-in; ${CORE_MESSAGE}`,
      })),
      patterns: [
        layerImport(["cli", "excel", "taskpane"], `An outward import; ${CORE_MESSAGE}`),
        { regex: "^node:", message: `A Node built-in; ${CORE_MESSAGE}` },
        {
          regex: "^(react|react-dom|@fluentui/.*|@microsoft/office-js|office-.*)(/|$)",
          message: `UI and Office packages belong to the task pane and the adapter; ${CORE_MESSAGE}`,
        },
      ],
    },
  ],
  "no-restricted-globals": [
    "error",
    ...["Office", "Excel", "OfficeExtension", "OfficeRuntime"].map((name) => ({
      name,
      message: `Office.js stays in src/excel; ${CORE_MESSAGE}`,
    })),
    ...["window", "document", "navigator", "localStorage", "sessionStorage", "fetch"].map(
      (name) => ({ name, message: `The DOM belongs to the task pane; ${CORE_MESSAGE}` }),
    ),
    ...["process", "Buffer", "require", "module", "__dirname", "__filename", "global"].map(
      (name) => ({ name, message: `Node belongs to the CLI; ${CORE_MESSAGE}` }),
    ),
  ],
  "no-restricted-syntax": [
    "error",
    { selector: "ImportExpression", message: `core loads no module at run time; ${CORE_MESSAGE}` },
  ],
};

const outwardImports = (layers, message) => ({
  "no-restricted-imports": ["error", { patterns: [layerImport(layers, message)] }],
});

export default defineConfig([
  globalIgnores(["**/node_modules/", "lib/", "dist/", "coverage/"]),

  js.configs.recommended,
  ...officeSharedConfigs,

  // TypeScript: typescript-eslint recommended, TS parser with JSX enabled.
  {
    files: TS_FILES,
    extends: [tseslint.configs.recommended],
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: "latest",
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: {
        Office: "readonly",
        Excel: "readonly",
        OfficeExtension: "readonly",
      },
    },
  },

  // The office-addins rules (load-object-before-read, call-sync-before-read, no-empty-load, …)
  // on .ts and .tsx alike. The set also switches core `no-unused-vars` off, in favour of
  // `@typescript-eslint/no-unused-vars`: the core rule misreads type-only uses in TypeScript.
  {
    files: TS_FILES,
    plugins: { "office-addins": officeAddins },
    rules: {
      ...officeRules,
      // A parameter a signature requires but the body does not use (a fake implementing an
      // Office.js method, a callback) is marked by a leading underscore; so is a property
      // taken out of an object only to leave the rest (`const { start: _start, ...rest } = x`).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },

  // Switched off for the CLI: it never touches Office.js, and these rules go by names alone:
  // its package code's get… and load… calls read like Office.js proxy getters to them (when it
  // drove exceljs, `row.getCell(n).font` was reported as "Call context.sync() before reading").
  {
    files: ["src/cli/**/*.{ts,tsx}"],
    rules: Object.fromEntries(
      Object.keys(officeRules)
        .filter((name) => name.startsWith("office-addins/"))
        .map((name) => [name, "off"]),
    ),
  },

  // Imports point inward; test/lint/importRules.test.ts lints probe files against these.
  { files: ["src/core/**/*.{ts,tsx}"], rules: coreImportRules },
  {
    files: ["src/excel/**/*.{ts,tsx}"],
    rules: outwardImports(
      ["cli", "taskpane"],
      "The Office.js adapter serves the task pane and depends on core only: move what both need into core.",
    ),
  },
  {
    files: ["src/cli/**/*.{ts,tsx}"],
    rules: outwardImports(
      ["excel", "taskpane"],
      "The command line runs without Office.js or the pane: depend on core only, moving what both need into core.",
    ),
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    rules: outwardImports(
      ["cli"],
      "The task pane runs in the browser, the command line in Node: depend on the adapter and core.",
    ),
  },

  // Plain JavaScript: package.json has no "type", so .js/.cjs are CommonJS.
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: { ecmaVersion: "latest", sourceType: "commonjs" },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { ecmaVersion: "latest", sourceType: "module" },
  },

  // Code that runs under Node: CLI entry points, scripts, benchmarks, tool configs.
  {
    files: ["bin/**", "scripts/**", "bench/**", "**/*.config.{js,cjs,mjs}"],
    languageOptions: { globals: { ...globals.node } },
  },
]);
