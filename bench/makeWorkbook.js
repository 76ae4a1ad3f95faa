// Child: writes the benchmark's input workbook, `count` use cases on a sheet called Candidates.
//   node bench/makeWorkbook.js <count> <file.xlsx>
"use strict";

const ExcelJS = require("exceljs");
const { useCaseRows } = require("./workload");

async function main() {
  const [count, file] = process.argv.slice(2);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Candidates");
  for (const row of useCaseRows(Number(count))) sheet.addRow(row);
  await workbook.xlsx.writeFile(file);
}

main().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exitCode = 1;
});
