// `npm run build:cli`, after tsc has checked and compiled src/ to lib/: the command line as one
// file, lib/opportunity-scorer.js, with the packages it uses inside. A scoring run of 20 rows is
// mostly Node starting and loading modules; one file spares it resolving and reading some
// hundred of them. bin/opportunity-scorer.js loads it, or lib/cli/main.js when it is missing.
"use strict";

const path = require("node:path");
const esbuild = require("esbuild");

const ROOT = path.resolve(__dirname, "..");

esbuild
  .build({
    entryPoints: [path.join(ROOT, "lib", "cli", "main.js")],
    outfile: path.join(ROOT, "lib", "opportunity-scorer.js"),
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    // Readable stack traces (OPPORTUNITY_SCORER_DEBUG) point into lib/ and src/.
    sourcemap: true,
    // resvg is a native module: its JavaScript picks the prebuilt binary for this platform at
    // run time (one of its optional packages), which a bundle cannot hold. It stays in
    // node_modules; so do the font files, which src/cli/svgPicture.ts finds by require.resolve.
    external: ["@resvg/resvg-js"],
    logLevel: "warning",
  })
  .catch(() => {
    process.exitCode = 1;
  });
