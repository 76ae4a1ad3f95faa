// Child: the engine on `count` generated use cases — read rows, score, rank, roadmap, and the
// description of every output sheet — as the command line and the add-in run it. With
// `--phases`, also each step on its own, to show where the time goes.
//   node --expose-gc bench/engine.js <count> [--phases]
"use strict";

const core = require("../lib/core");
const { report, timeRuns } = require("./measure");
const { SETTINGS, useCaseWorkbook } = require("./workload");

const count = Number(process.argv[2]);
const workbook = useCaseWorkbook(count);
const shape = { sheets: workbook.sheets, tableNames: [] };
const runs = count >= 100_000 ? 3 : count >= 10_000 ? 5 : 15;
const warmUp = count >= 100_000 ? 0 : 2;

let sheets = 0;
const timing = timeRuns(
  () => {
    const result = core.scoreWorkbook(workbook, SETTINGS);
    sheets = core.describeOutputSheets(result, shape).length;
  },
  { runs, warmUp },
);

let phases;
if (process.argv.includes("--phases")) {
  const read = core.readUseCases(core.chooseSourceSheet(workbook));
  const result = core.scoreRead(read, SETTINGS);
  const best = (work) => timeRuns(work, { runs, warmUp }).best;
  phases = {
    read: best(() => core.readUseCases(core.chooseSourceSheet(workbook))),
    scoreRankRoadmap: best(() => core.scoreRead(read, SETTINGS)),
    describeSheets: best(() => core.describeOutputSheets(result, shape)),
  };
}
report({ count, sheets, ...timing, ...(phases && { phases }) });
