import type { Workbook } from "exceljs";
import { readByExceljs, readByPackage, withParts, writtenByExceljs } from "./packageFiles";

/** An agency-style inventory: a banner row, then the header and a few use cases. */
function inventory(workbook: Workbook): void {
  const sheet = workbook.addWorksheet("All Use Cases");
  sheet.getCell("A1").value = "AI use case inventory — fill in one row per use case";
  sheet.getRow(2).values = [
    "Use Case ID",
    "Use Case Name",
    "Business value",
    "Technical feasibility",
    "Data readiness",
    "Regulatory risk",
  ];
  for (let index = 1; index <= 14; index++) {
    sheet.getRow(index + 2).values = [`UC-${index}`, `Use case ${index}`, 4, 3, 2, 1];
  }
  workbook.addWorksheet("Selections").getCell("A1").value = "Yes";
}

/** Twelve drop-downs and a highlight, each over a whole column from row 3 down, as Excel saves them. */
function wholeColumnRules(): string {
  const columns = ["C", "D", "E", "F", "G", "H", "P", "Q", "R", "V", "W", "X"];
  const validations = columns
    .map(
      (column) =>
        `<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" ` +
        `sqref="${column}3:${column}1048576"><formula1>Selections!$A$1:$A$5</formula1></dataValidation>`,
    )
    .join("");
  return (
    `<conditionalFormatting sqref="C3:C1048576"><cfRule type="cellIs" dxfId="0" priority="1" ` +
    `operator="greaterThan"><formula>3</formula></cfRule></conditionalFormatting>` +
    `<dataValidations count="${columns.length}">${validations}</dataValidations>`
  );
}

describe("a template with whole-column drop-downs", () => {
  it("reads the same values as the template without them, and as exceljs reads that", async () => {
    const plain = await writtenByExceljs(inventory);
    const template = withParts(plain, (parts) => {
      const sheet = parts
        .get("xl/worksheets/sheet1.xml")
        // Formatted empty rows far down, as a template styled row by row leaves them.
        .replace(
          "</sheetData>",
          `<row r="500" s="1" customFormat="1"/><row r="1048576" s="1" customFormat="1"/></sheetData>`,
        )
        // SpreadsheetML's order puts these after the cells and before the page margins.
        .replace("<pageMargins", `${wholeColumnRules()}<pageMargins`);
      parts.set("xl/worksheets/sheet1.xml", sheet);
    });
    expect(template).not.toEqual(plain);

    const read = readByPackage(template);
    expect(read).toStrictEqual(await readByExceljs(plain));
    const [sheet] = read.sheets;
    expect(sheet?.values).toHaveLength(16);
    expect(sheet?.values[1]).toEqual([
      "Use Case ID",
      "Use Case Name",
      "Business value",
      "Technical feasibility",
      "Data readiness",
      "Regulatory risk",
    ]);
    expect(sheet?.values[15]).toEqual(["UC-14", "Use case 14", 4, 3, 2, 1]);
  });
});
