#!/usr/bin/env node
// Benchmarks: `npm run bench` (builds lib/ first). Prints the figures and writes them, with the
// machine, the date and the command, to docs/benchmarks.md. Every comparison is measured side
// by side in the same run. Each measurement runs in a fresh Node process, so none pays for
// another's garbage; times are the best of several runs, with the median beside it.
//
//   1. the engine at 100 to 100,000 use cases;
//   2. the command line end to end: at 20 rows beside a bare `node -e 0`; at 20 rows with 12
//      whole-column drop-downs beside an exceljs round trip; at 20,000 and 100,000 rows against
//      the floor (reading the input package and writing the output package, nothing else);
//   3. the add-in's adapter on Microsoft's Office.js runtime (the double as its host): syncs and
//      request sizes as Office.js serialises them;
//   4. the task pane: bundle size, first render and re-rank in headless Chromium;
//   5. re-ranking from rows already read (what a slider move costs), and the stability draws.
"use strict";

const { spawnSync, execFileSync } = require("node:child_process");
const { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { ROOT, bundleTypeScript } = require("./bundle");
const { benchPane } = require("./pane");
const { START } = require("./workload");
const { describeReport } = require("./report");

const BENCH = __dirname;
const started = Date.now();
const scratch = mkdtempSync(path.join(os.tmpdir(), "opportunity-scorer-bench-"));
const log = (line = "") => process.stdout.write(`${line}\n`);

/** Runs a Node child and returns its wall time, its last stdout line as JSON, and peak memory. */
function node(args, { env = {}, json = true, peak = false } = {}) {
  const peakFile = path.join(scratch, `peak-${process.hrtime.bigint()}`);
  const begun = process.hrtime.bigint();
  const run = spawnSync(
    process.execPath,
    [...(peak ? ["--require", path.join(BENCH, "peakMemory.js")] : []), ...args],
    {
      cwd: ROOT,
      env: { ...process.env, ...env, ...(peak && { BENCH_PEAK_MEMORY_FILE: peakFile }) },
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  const ms = Number(process.hrtime.bigint() - begun) / 1e6;
  if (run.status !== 0) {
    throw new Error(`node ${args.join(" ")} failed (${run.status}):\n${run.stderr.slice(-2000)}`);
  }
  const lines = run.stdout.trim().split("\n");
  return {
    ms,
    result: json ? JSON.parse(lines[lines.length - 1]) : undefined,
    peakMb: peak && existsSync(peakFile) ? Number(readFileSync(peakFile, "utf8")) : undefined,
  };
}

function machine() {
  const cpus = os.cpus();
  let commit = "unknown";
  try {
    commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" })
      .trim()
      .concat(
        execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], {
          cwd: ROOT,
          encoding: "utf8",
        }).trim()
          ? " with uncommitted changes"
          : "",
      );
  } catch {
    // Not a git checkout: the commit is simply unknown.
  }
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
    cpu: `${cpus[0]?.model ?? "unknown CPU"}, ${cpus.length} cores`,
    memoryGb: os.totalmem() / 1024 ** 3,
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    node: process.version,
    loadAverage: os.loadavg(),
    commit,
  };
}

function engine() {
  log("1. Engine");
  return [100, 1_000, 10_000, 100_000].map((count) => {
    const phases = count === 100_000 ? ["--phases"] : [];
    const { result } = node([
      "--expose-gc",
      path.join(BENCH, "engine.js"),
      String(count),
      ...phases,
    ]);
    log(`   ${count} use cases: ${result.best.toFixed(1)} ms (median ${result.median.toFixed(1)})`);
    return result;
  });
}

/** `node bin/opportunity-scorer.js score <input> --start … --out <output>` as a new process. */
function scoreRun(input, output) {
  return node(
    [
      path.join(ROOT, "bin", "opportunity-scorer.js"),
      "score",
      input,
      "--start",
      START,
      "--out",
      output,
    ],
    { json: false, peak: true },
  );
}

/**
 * The command line on a generated workbook, against the floor: Node reading the input package
 * and writing the output package's parts as a zip with the same writer, nothing parsed and
 * nothing scored (bench/packageFloor.js), each a new process. With `exceljs`, also exceljs
 * reading the input and writing it again (bench/floor.js), the way the command line used to
 * copy a workbook. Alternated in the same run; the best of `rounds`.
 */
function commandLine(count, { rounds, exceljs }) {
  const input = path.join(scratch, `candidates-${count}.xlsx`);
  const output = path.join(scratch, `candidates-${count}-scored.xlsx`);
  const rewritten = path.join(scratch, "rewritten.xlsx");
  node([path.join(BENCH, "makeWorkbook.js"), String(count), input], { json: false });
  const floors = [];
  const runs = [];
  const roundTrips = [];
  for (let round = 0; round < rounds; round++) {
    runs.push(scoreRun(input, output));
    const floor = node([path.join(BENCH, "packageFloor.js"), input, output, rewritten], {
      peak: true,
    });
    floors.push({ ...floor, ms: floor.ms - floor.result.untimedMs });
    if (exceljs)
      roundTrips.push(node([path.join(BENCH, "floor.js"), input, rewritten], { peak: true }));
  }
  const best = (list) => list.reduce((a, b) => (b.ms < a.ms ? b : a));
  const figures = {
    count,
    rounds,
    floor: best(floors),
    cli: best(runs),
    ...(exceljs && { exceljs: best(roundTrips) }),
  };
  for (const file of [input, output, rewritten]) rmSync(file, { force: true });
  log(
    `   ${count} rows: command line ${(figures.cli.ms / 1000).toFixed(2)} s (peak ${figures.cli.peakMb.toFixed(0)} MB), floor ${(figures.floor.ms / 1000).toFixed(2)} s`,
  );
  return figures;
}

/** The load average now: every small-file figure is printed with it. */
const load = () => os.loadavg().map((l) => Number(l.toFixed(2)));

/**
 * Small files, as people use them: 20 rows, the command line against a bare `node -e 0`, each
 * a new process, alternated; best and median of `rounds`, with the machine's load beside.
 */
function smallFile(rounds = 9) {
  const input = path.join(scratch, "candidates-20.xlsx");
  const output = path.join(scratch, "candidates-20-scored.xlsx");
  node([path.join(BENCH, "makeWorkbook.js"), "20", input], { json: false });
  const loadBefore = load();
  const runs = [];
  const bare = [];
  for (let round = 0; round < rounds; round++) {
    runs.push(scoreRun(input, output).ms);
    bare.push(node(["-e", "0"], { json: false }).ms);
  }
  const stats = (list) => {
    const sorted = [...list].sort((a, b) => a - b);
    return { best: sorted[0], median: sorted[Math.floor(sorted.length / 2)] };
  };
  const figures = { rounds, cli: stats(runs), bare: stats(bare), loadBefore, loadAfter: load() };
  log(
    `   20 rows: ${figures.cli.best.toFixed(0)} ms (median ${figures.cli.median.toFixed(0)}); node -e 0: ${figures.bare.best.toFixed(0)} ms; load ${figures.loadBefore.join(", ")}`,
  );
  return figures;
}

/**
 * A template with 12 whole-column drop-downs (`K2:K1048576` …) and 20 rows: the command line,
 * and beside it exceljs reading and writing the same file, which expands every such range into
 * one entry per cell; it is stopped after `limitMs`.
 */
function wholeColumnDropDowns(limitMs = 60_000) {
  const input = path.join(scratch, "drop-downs.xlsx");
  const output = path.join(scratch, "drop-downs-scored.xlsx");
  const rewritten = path.join(scratch, "drop-downs-rewritten.xlsx");
  node([path.join(BENCH, "makeWorkbook.js"), "20", input, "12"], { json: false });
  const cli = scoreRun(input, output);
  const begun = Date.now();
  const roundTrip = spawnSync(process.execPath, [path.join(BENCH, "floor.js"), input, rewritten], {
    cwd: ROOT,
    timeout: limitMs,
    encoding: "utf8",
  });
  const exceljs =
    roundTrip.status === 0
      ? { ms: Date.now() - begun, finished: true }
      : { ms: Date.now() - begun, finished: false };
  log(
    `   12 whole-column drop-downs, 20 rows: command line ${cli.ms.toFixed(0)} ms (peak ${cli.peakMb.toFixed(0)} MB); exceljs round trip ${exceljs.finished ? `${exceljs.ms} ms` : `did not finish in ${limitMs / 1000} s`}`,
  );
  return { cli, exceljs, limitMs, load: load() };
}

async function adapter() {
  log("3. Adapter on Microsoft's Office.js runtime");
  const bundle = await bundleTypeScript({
    entry: "./bench/adapterOnDouble.ts",
    target: "node",
    outDir: path.join(scratch, "adapter"),
    filename: "adapter-on-double.js",
  });
  // The bundle requires packages (zod) from the repository's node_modules.
  const { result } = node([bundle, "10", "1000", "50000"], {
    env: { NODE_PATH: path.join(ROOT, "node_modules") },
  });
  for (const row of result) {
    log(
      `   ${row.rows} rows: ${row.readSyncs} + ${row.writeSyncs} syncs, largest request ${(row.largestRequestBytes / 1024 / 1024).toFixed(2)} MB`,
    );
  }
  return result;
}

async function pane() {
  log("4. Task pane");
  try {
    const figures = await benchPane(scratch);
    log(`   ${(figures.entry.gzip / 1024).toFixed(1)} KB gzip`);
    return figures;
  } catch (error) {
    log(`   not measured: ${error.message.split("\n")[0]}`);
    return { error: error.message.split("\n")[0] };
  }
}

function rerank() {
  log("5. Re-rank and stability");
  return [60, 10_000].map((count) => {
    const { result } = node(["--expose-gc", path.join(BENCH, "rerank.js"), String(count)]);
    log(`   ${count} use cases: ${result.rerank.median.toFixed(3)} ms`);
    return result;
  });
}

async function main() {
  const context = machine();
  log(`Opportunity Scorer benchmarks — ${context.date}, Node ${context.node}, ${context.cpu}`);
  const results = { machine: context };
  try {
    results.engine = engine();
    log("2. Command line end to end");
    results.smallFile = smallFile();
    results.dropDowns = wholeColumnDropDowns();
    results.cli = [
      commandLine(20_000, { rounds: 2, exceljs: true }),
      commandLine(100_000, { rounds: 1, exceljs: false }),
    ];
    results.adapter = await adapter();
    results.pane = await pane();
    results.rerank = rerank();
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  results.totalSeconds = (Date.now() - started) / 1000;

  const report = describeReport(results);
  log();
  log(report.text);
  // Formatted as `npm run format:check` expects, so a fresh run never fails CI.
  const target = path.join(ROOT, "docs", "benchmarks.md");
  const prettier = await import("prettier");
  const options = (await prettier.resolveConfig(target)) ?? {};
  writeFileSync(target, await prettier.format(report.markdown, { ...options, filepath: target }));
  log(`\nWrote docs/benchmarks.md (the whole run took ${results.totalSeconds.toFixed(0)} s).`);
}

main().catch((error) => {
  process.stderr.write(`bench: ${error.stack ?? error}\n`);
  process.exitCode = 1;
});
