/** Seeding the Office.js double from the fixtures, and reading workbooks back for comparison. */
import { ValueType, type Workbook } from "exceljs";
import { createOfficeExcelAdapter, type ExcelAdapter } from "../../src/excel";
import { createWorkbookState, type WorkbookOptions, type WorkbookState } from "./double";
import { fixtureWorkbook } from "./fixtureWorkbook";
import { installOfficeRuntime } from "./host/nodeRuntime";
import type { RichApiHost } from "./host/richApiHost";

/** A double holding the fixture's sheets, cell for cell, with its tables. */
export async function doubleOfFixture(
  fixture: string,
  options: WorkbookOptions = {},
): Promise<WorkbookState> {
  return createWorkbookState((await fixtureWorkbook(fixture)).seed, options);
}

let uninstall: (() => void) | undefined;
let currentHost: RichApiHost | undefined;

/**
 * Puts Microsoft's Office.js runtime in place as the global `Excel`, with the double's workbook
 * answering its requests, and returns an adapter over it.
 */
export function adapterOver(state: WorkbookState, syncTimeoutMs = 2_000): ExcelAdapter {
  uninstall?.();
  const installed = installOfficeRuntime(globalThis, state);
  uninstall = installed.uninstall;
  currentHost = installed.host;
  return createOfficeExcelAdapter({ syncTimeoutMs });
}

/** The host behind the last `adapterOver`: every request as Office.js serialised it. */
export function wireHost(): RichApiHost {
  if (currentHost === undefined) throw new Error("Call adapterOver first.");
  return currentHost;
}

export function removeDouble(): void {
  const gaps = currentHost?.gaps ?? [];
  uninstall?.();
  uninstall = undefined;
  currentHost = undefined;
  // A request the model could not answer is a gap in the test double, never a pass.
  if (gaps.length > 0) throw gaps[0];
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
