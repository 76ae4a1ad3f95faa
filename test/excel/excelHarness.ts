/** Seeding the Office.js double from the fixtures, and reading workbooks back for comparison. */
import { ValueType, type Workbook } from "exceljs";
import { createOfficeExcelAdapter, type ExcelAdapter } from "../../src/excel";
import {
  createWorkbookState,
  installExcelDouble,
  type WorkbookOptions,
  type WorkbookState,
} from "./double";
import { fixtureWorkbook } from "./fixtureWorkbook";

/** A double holding the fixture's sheets, cell for cell, with its tables. */
export async function doubleOfFixture(
  fixture: string,
  options: WorkbookOptions = {},
): Promise<WorkbookState> {
  return createWorkbookState((await fixtureWorkbook(fixture)).seed, options);
}

let uninstall: (() => void) | undefined;

/** Installs the double as the global `Excel` and returns an adapter over it. */
export function adapterOver(state: WorkbookState, syncTimeoutMs = 2_000): ExcelAdapter {
  uninstall?.();
  uninstall = installExcelDouble(globalThis, state);
  return createOfficeExcelAdapter({ syncTimeoutMs });
}

export function removeDouble(): void {
  uninstall?.();
  uninstall = undefined;
}

/** What a person would see in each cell's formula bar, as the exceljs workbook holds it. */
export function formulaBar(workbook: Workbook, sheetName: string): (string | number | boolean)[][] {
  const worksheet = workbook.getWorksheet(sheetName);
  const rows: (string | number | boolean)[][] = [];
  worksheet?.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const line: (string | number | boolean)[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      line[column - 1] =
        cell.type === ValueType.Formula
          ? `=${cell.formula}`
          : cell.type === ValueType.Null
            ? ""
            : (cell.value as string | number | boolean);
    });
    rows[rowNumber - 1] = line;
  });
  return rows;
}

/** Rows with trailing empty cells and trailing empty rows dropped, holes as "". */
export function trimmed(
  rows: readonly (readonly (string | number | boolean | undefined)[] | undefined)[],
): (string | number | boolean)[][] {
  const result = rows.map((row) => {
    const line = Array.from(row ?? [], (cell) => cell ?? "");
    while (line.length > 0 && line[line.length - 1] === "") line.pop();
    return line;
  });
  while (result.length > 0 && result[result.length - 1]?.length === 0) result.pop();
  return result;
}
