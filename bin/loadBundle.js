// Loads lib/opportunity-scorer.js as Node's require would, but through a V8 code cache kept
// beside it (lib/opportunity-scorer.js.cache): compiling the 600 KB bundle is a tenth of a
// 20-row run, and the cache spares it. V8 checks the cache against the source and its own
// version and flags, and ignores one that does not match; the command line then writes a new
// one after the run, so a Node upgrade costs one slower run, never a wrong one.
"use strict";

const fs = require("node:fs");
const Module = require("node:module");
const path = require("node:path");
const vm = require("node:vm");

const LIB = path.join(__dirname, "..", "lib");
const BUNDLE = path.join(LIB, "opportunity-scorer.js");
const CODE_CACHE = `${BUNDLE}.cache`;

function readIfThere(file) {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

/** `{ exports, keepCodeCache }`; keepCodeCache writes the cache when there was none to use. */
function loadBundle() {
  const source = readIfThere(BUNDLE);
  if (source === undefined) {
    // No bundle (a build stopped after tsc): tsc's modules, slower to load but the same code.
    return { exports: require("../lib/cli/main.js"), keepCodeCache() {} };
  }
  const cachedData = readIfThere(CODE_CACHE);
  const script = new vm.Script(Module.wrap(source.toString("utf8")), {
    filename: BUNDLE,
    cachedData,
  });
  const bundleModule = new Module(BUNDLE, module);
  bundleModule.filename = BUNDLE;
  bundleModule.paths = Module._nodeModulePaths(LIB);
  const requireFromBundle = Module.createRequire(BUNDLE);
  script
    .runInThisContext()
    .call(bundleModule.exports, bundleModule.exports, requireFromBundle, bundleModule, BUNDLE, LIB);
  bundleModule.loaded = true;
  const cacheUsable = cachedData !== undefined && !script.cachedDataRejected;
  return {
    exports: bundleModule.exports,
    keepCodeCache() {
      if (cacheUsable) return;
      // After the run, so the functions a run compiles are in it. Best effort: a read-only
      // install simply runs without one. Written aside and renamed, so two runs at once never
      // leave half a file.
      const aside = `${CODE_CACHE}.${process.pid}`;
      try {
        fs.writeFileSync(aside, script.createCachedData());
        fs.renameSync(aside, CODE_CACHE);
      } catch {
        fs.rmSync(aside, { force: true });
      }
    },
  };
}

module.exports = { loadBundle };
