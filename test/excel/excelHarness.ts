/** Seeding the Office.js double from the fixtures, and reading workbooks back for comparison. */
import * as path from "node:path";
import { ValueType, type Workbook } from "exceljs";
import { readWorkbookFile } from "../../src/cli/readWorkbook";
import { rangeReference, type RawCell } from "../../src/core";
import { createOfficeExcelAdapter, type ExcelAdapter } from "../../src/excel";
import { installExcelDouble } from "./double";
import {
  createWorkbookState,
  type SeedCell,
  type WorkbookState,
  type WorkbookOptions,
} from "./double";

export const FIXTURES = path.join(__dirname, "..", "fixtures");

function seedCell(cell: RawCell | undefined): SeedCell {
  if (cell === undefined || cell === null) return null;
  if (typeof cell === "object") return { error: cell.error };
  return cell;
}

/** A double holding the fixture's sheets, cell for cell, with its tables. */
export async function doubleOfFixture(
  fixture: string,
  options: WorkbookOptions = {},
): Promise<WorkbookState> {
  const loaded = await readWorkbookFile(path.join(FIXTURES, fixture));
  return createWorkbookState(
    {
      sheets: loaded.input.sheets.map((sheet) => {
        const cells: SeedCell[][] = [];
        sheet.values.forEach((row, r) => {
          const line: SeedCell[] = new Array<SeedCell>(sheet.left - 1 + row.length).fill(null);
          row.forEach((cell, c) => (line[sheet.left - 1 + c] = seedCell(cell)));
          cells[sheet.top - 1 + r] = line;
        });
        for (let r = 0; r < cells.length; r++) cells[r] ??= [];
        const width = Math.max(0, ...sheet.values.map((row) => row.length));
        return {
          name: sheet.name,
          cells,
          ...(sheet.tableName !== undefined && {
            tables: [
              {
                name: sheet.tableName,
                address: rangeReference(
                  sheet.top,
                  sheet.left,
                  sheet.top + sheet.values.length - 1,
                  sheet.left + width - 1,
                ),
              },
            ],
          }),
        };
      }),
    },
    options,
  );
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
