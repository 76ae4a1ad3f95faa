// Child: what the task pane does when a weight slider moves — score and rank again from the
// rows it already read, and place them on the roadmap (`scoreRead`) — and the stability
// analysis (Monte Carlo draws of the weights) when the engine has it.
//   node --expose-gc bench/rerank.js <count>
"use strict";

const core = require("../lib/core");
const { now, report, summary } = require("./measure");
const { SETTINGS, useCaseWorkbook } = require("./workload");

const count = Number(process.argv[2]);
const read = core.readUseCases(core.chooseSourceSheet(useCaseWorkbook(count)));

// Each re-rank uses other weights, as a dragged slider gives.
const weightsAt = (i) => ({ ...SETTINGS.weights, value: 5 + (i % 95) });
const rerank = (i) => core.scoreRead(read, { ...SETTINGS, weights: weightsAt(i) });
const iterations = count <= 100 ? 2000 : count <= 1000 ? 200 : 20;
for (let i = 0; i < Math.min(iterations, 50); i++) rerank(i); // warm up, as a pane in use is
if (global.gc) global.gc();
const times = [];
for (let i = 0; i < iterations; i++) {
  const started = now();
  rerank(i);
  times.push(now() - started);
}
const result = { count, rerank: summary(times) };

if (typeof core.rankingStability === "function") {
  const settings = core.DEFAULT_STABILITY_SETTINGS;
  const scored = rerank(0);
  const runs = count <= 100 ? 5 : 2;
  core.rankingStability(scored, settings); // warm up
  const stabilityTimes = [];
  for (let i = 0; i < runs; i++) {
    if (global.gc) global.gc();
    const started = now();
    core.rankingStability(scored, settings);
    stabilityTimes.push(now() - started);
  }
  result.stability = { draws: settings.draws, ...summary(stabilityTimes) };
}
report(result);
