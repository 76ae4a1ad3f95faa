// Child: the floor the command line is compared with since it copies the input package: Node
// reading the input package's parts and writing the output package's parts as a zip (the same
// zip writer and compression), with no parsing and no scoring in between. The output's parts are
// read first, untimed: they stand for what the scorer would have made.
// Prints how long the read and the write took.
//   node bench/packageFloor.js <in.xlsx> <what-the-command-line-wrote.xlsx> <out.xlsx>
"use strict";

const { readFileSync } = require("node:fs");
const { unzipSync } = require("fflate");
const { PackageParts } = require("../lib/cli/package/packageParts");
const { writePackageFile } = require("../lib/cli/package/writePackage");
const { now, report } = require("./measure");

async function main() {
  const [input, reference, output] = process.argv.slice(2);
  const begun = now();
  const parts = new PackageParts(new Map(Object.entries(unzipSync(readFileSync(reference)))));
  const untimedMs = now() - begun;
  const started = now();
  const inputParts = unzipSync(readFileSync(input));
  const read = now();
  await writePackageFile(parts, output);
  report({
    readMs: read - started,
    writeMs: now() - read,
    untimedMs,
    inputParts: Object.keys(inputParts).length,
  });
}

main().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exitCode = 1;
});
