// Child: the floor the command line is compared with — exceljs reading a workbook and writing
// it again, doing nothing in between, with the same compression the command line uses.
// Prints how long the read and the write took.
//   node bench/floor.js <in.xlsx> <out.xlsx>
"use strict";

const ExcelJS = require("exceljs");
const { now, report } = require("./measure");

async function main() {
  const [input, output] = process.argv.slice(2);
  const workbook = new ExcelJS.Workbook();
  const started = now();
  await workbook.xlsx.readFile(input);
  const read = now();
  await workbook.xlsx.writeFile(output, { zip: { compressionOptions: { level: 1 } } });
  report({ readMs: read - started, writeMs: now() - read });
}

main().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exitCode = 1;
});
