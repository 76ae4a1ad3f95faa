// Child: writes the benchmark's input workbook, `count` use cases on a sheet called Candidates.
// With a number of whole-column drop-downs, the sheet also carries that many list validations
// over whole columns (`V2:V1048576`), as Excel stores "apply to the entire column".
//   node bench/makeWorkbook.js <count> <file.xlsx> [whole-column drop-downs]
"use strict";

const { readFileSync, writeFileSync } = require("node:fs");
const ExcelJS = require("exceljs");
const { unzipSync, zipSync, strToU8, strFromU8 } = require("fflate");
const { useCaseRows } = require("./workload");

async function main() {
  const [count, file, dropDowns = "0"] = process.argv.slice(2);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Candidates");
  for (const row of useCaseRows(Number(count))) sheet.addRow(row);
  await workbook.xlsx.writeFile(file);
  if (Number(dropDowns) > 0) addWholeColumnDropDowns(file, Number(dropDowns));
}

/** Adds `n` list validations over whole columns, past the data, to the first sheet's part. */
function addWholeColumnDropDowns(file, n) {
  const parts = unzipSync(readFileSync(file));
  const path = "xl/worksheets/sheet1.xml";
  const columns = Array.from({ length: n }, (_, i) => String.fromCharCode(0x4b + i)); // K, L, …
  const validations =
    `<dataValidations count="${n}">` +
    columns
      .map(
        (column) =>
          `<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="${column}2:${column}1048576">` +
          '<formula1>"Yes,No,Maybe"</formula1></dataValidation>',
      )
      .join("") +
    "</dataValidations>";
  // dataValidations follows sheetData (and any sheetProtection … conditionalFormatting).
  parts[path] = strToU8(
    strFromU8(parts[path]).replace("</sheetData>", `</sheetData>${validations}`),
  );
  writeFileSync(file, zipSync(parts));
}

main().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exitCode = 1;
});
