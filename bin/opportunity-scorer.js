#!/usr/bin/env node
// The command-line twin. The TypeScript sources are compiled to lib/ by `npm ci` (prepare), and
// bundled into one file, lib/opportunity-scorer.js, which starts faster than lib/cli/main.js.
"use strict";

const { loadBundle } = require("./loadBundle.js");

let bundle;
try {
  bundle = loadBundle();
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND") {
    process.stderr.write("opportunity-scorer: not built yet; run `npm run build:cli` first\n");
    process.exit(1);
  }
  throw error;
}

bundle.exports
  .main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    today: new Date(),
  })
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      // A bug, not a user's mistake: still one line, with the stack only when asked for.
      const detail = process.env.OPPORTUNITY_SCORER_DEBUG
        ? error.stack
        : String(error.message || error);
      process.stderr.write(`opportunity-scorer: unexpected error: ${detail}\n`);
      process.exitCode = 1;
    },
  )
  .finally(bundle.keepCodeCache);
