// `npm run build:cli`, after tsc has checked and compiled src/ to lib/: the command line as one
// file, lib/opportunity-scorer.js, with the packages it uses inside, and a V8 code cache beside
// it. A scoring run of 20 rows is mostly Node starting and loading code; one file spares it
// resolving and reading some hundred modules, and the cache spares it compiling them.
// bin/opportunity-scorer.js loads the bundle, or lib/cli/main.js when it is missing.
"use strict";

const { spawnSync } = require("node:child_process");
const { mkdtempSync, rmSync } = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const esbuild = require("esbuild");

const ROOT = path.resolve(__dirname, "..");
const BUNDLE = path.join(ROOT, "lib", "opportunity-scorer.js");
const CODE_CACHE = `${BUNDLE}.cache`;

async function bundle() {
  await esbuild.build({
    // From the TypeScript sources, not tsc's CommonJS in lib/: only ES modules can be
    // tree-shaken, and zod's locales and JSON-schema code (three quarters of zod) go unused.
    entryPoints: [path.join(ROOT, "src", "cli", "main.ts")],
    tsconfig: path.join(ROOT, "tsconfig.cli.json"),
    outfile: BUNDLE,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    mainFields: ["module", "main"],
    // Readable stack traces (OPPORTUNITY_SCORER_DEBUG) point into src/.
    sourcemap: true,
    // resvg is a native module: its JavaScript picks the prebuilt binary for this platform at
    // run time (one of its optional packages), which a bundle cannot hold. It stays in
    // node_modules; so do the font files, which src/cli/svgPicture.ts finds by require.resolve.
    external: ["@resvg/resvg-js"],
    logLevel: "warning",
  });
}

/**
 * The code cache is written by the command line itself when it finds none it can use
 * (bin/opportunity-scorer.js); one scoring of the bundled sample here writes it now, with the
 * functions a scoring run compiles, so the first run a person makes is already fast.
 */
function warmCodeCache() {
  rmSync(CODE_CACHE, { force: true });
  const scratch = mkdtempSync(path.join(os.tmpdir(), "opportunity-scorer-build-"));
  try {
    const run = spawnSync(
      process.execPath,
      [
        path.join(ROOT, "bin", "opportunity-scorer.js"),
        "score",
        path.join(ROOT, "demo", "sample-use-cases.xlsx"),
        "--out",
        path.join(scratch, "warm.xlsx"),
      ],
      { encoding: "utf8" },
    );
    if (run.status !== 0) {
      throw new Error(`scoring the sample to warm the code cache failed:\n${run.stderr}`);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

bundle()
  .then(warmCodeCache)
  .catch((error) => {
    if (error && error.message) process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  });
