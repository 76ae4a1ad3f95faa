// Preloaded (`node --require bench/peakMemory.js …`) into a process the benchmarks time: when
// it exits, its peak resident memory in MB goes to the file named by BENCH_PEAK_MEMORY_FILE.
"use strict";

const { writeFileSync } = require("node:fs");

const file = process.env.BENCH_PEAK_MEMORY_FILE;
if (file) {
  process.on("exit", () => {
    writeFileSync(file, String(process.resourceUsage().maxRSS / 1024));
  });
}
