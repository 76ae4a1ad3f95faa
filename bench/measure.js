// Timing helpers for the benchmark children. Each child is a fresh Node process started with
// --expose-gc, so one measurement never pays for another's garbage.
"use strict";

const now = () => Number(process.hrtime.bigint()) / 1e6;

/**
 * Runs `work` `runs` times after `warmUp` unmeasured runs, collecting garbage before each, and
 * returns every time in milliseconds with the best and the median.
 */
function timeRuns(work, { runs = 5, warmUp = 1 } = {}) {
  for (let i = 0; i < warmUp; i++) work(i);
  const times = [];
  for (let i = 0; i < runs; i++) {
    if (global.gc) global.gc();
    const started = now();
    work(i);
    times.push(now() - started);
  }
  return summary(times);
}

function summary(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { best: sorted[0], median: at(0.5), p95: at(0.95), runs: times.length };
}

/** Peak resident memory of this process so far, in MB. */
function peakMemoryMb() {
  return process.resourceUsage().maxRSS / 1024;
}

/** A child's one line of output: JSON the orchestrator reads. */
function report(result) {
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

module.exports = { now, timeRuns, summary, peakMemoryMb, report };
