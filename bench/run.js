#!/usr/bin/env node
// Benchmarks: prints figures, asserts nothing. `npm run bench` (builds lib/ first).
//  1. the engine (score → rank → roadmap → sheet descriptions) on generated use cases;
//  2. the command line end to end on a generated 20,000-row workbook.
"use strict";

const { execFileSync } = require("node:child_process");
const { mkdtempSync, rmSync } = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const ExcelJS = require("exceljs");
const core = require("../lib/core");

const AXIS_WORDS = ["low", "medium", "high", "4 - High", "2", 3.5];

/** A deterministic pseudo-random sheet of `count` use cases with some dependencies. */
function generateRows(count) {
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = (list) => list[Math.floor(random() * list.length)];
  const rows = [
    [
      "ID",
      "Use case",
      "Owner",
      "Business value",
      "Feasibility",
      "Data",
      "Risk",
      "Budget",
      "Duration",
      "Depends on",
    ],
  ];
  for (let i = 1; i <= count; i++) {
    const dependsOn = i > 10 && random() < 0.2 ? `UC-${1 + Math.floor(random() * (i - 1))}` : null;
    rows.push([
      `UC-${i}`,
      `Use case ${i}`,
      random() < 0.95 ? `Owner ${i % 37}` : null,
      1 + Math.floor(random() * 5),
      pick(AXIS_WORDS),
      1 + Math.floor(random() * 5),
      1 + Math.floor(random() * 5),
      `${10 + Math.floor(random() * 300)}k`,
      1 + Math.floor(random() * 2),
      dependsOn,
    ]);
  }
  return rows;
}

function timeIt(run, repeat = 3) {
  let best = Infinity;
  let result;
  for (let i = 0; i < repeat; i++) {
    const started = process.hrtime.bigint();
    result = run();
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e6);
  }
  return { ms: best, result };
}

const settings = {
  weights: core.DEFAULT_WEIGHTS,
  roadmap: { start: "2027-Q1", horizon: 4, slotsPerQuarter: 3 },
};

console.log(
  `Opportunity Scorer benchmarks — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus()[0].model}, ${os.cpus().length} cores\n`,
);
console.log("1. Engine: read rows → score → rank → roadmap → sheet descriptions (best of 3)");
console.log("   use cases      ms   µs per use case");
let previous;
for (const count of [100, 1_000, 10_000, 100_000]) {
  const workbook = {
    sheets: [{ name: "Candidates", top: 1, left: 1, values: generateRows(count) }],
  };
  const { ms } = timeIt(() => {
    const result = core.scoreWorkbook(workbook, settings);
    return core.describeOutputSheets(result, { sheets: workbook.sheets, tableNames: [] });
  });
  const growth = previous ? `  (×${(ms / previous).toFixed(1)} for ×10 rows)` : "";
  console.log(
    `   ${String(count).padStart(9)} ${ms.toFixed(1).padStart(8)} ${((ms * 1000) / count).toFixed(2).padStart(10)}${growth}`,
  );
  previous = ms;
}

async function cliEndToEnd(count) {
  const folder = mkdtempSync(path.join(os.tmpdir(), "opportunity-scorer-bench-"));
  try {
    const input = path.join(folder, `bench-${count}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Candidates");
    for (const row of generateRows(count)) sheet.addRow(row);
    await workbook.xlsx.writeFile(input);
    const started = process.hrtime.bigint();
    execFileSync(
      process.execPath,
      [
        path.join(__dirname, "..", "bin", "opportunity-scorer.js"),
        "score",
        input,
        "--start",
        "2027-Q1",
      ],
      { stdio: "ignore" },
    );
    return Number(process.hrtime.bigint() - started) / 1e6;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

(async () => {
  console.log("\n2. Command line end to end (process start, read .xlsx, score, write .xlsx)");
  for (const count of [20_000]) {
    const ms = await cliEndToEnd(count);
    console.log(`   ${String(count).padStart(9)} rows  ${(ms / 1000).toFixed(2)} s`);
  }
})();
