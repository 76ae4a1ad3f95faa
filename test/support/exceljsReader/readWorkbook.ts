/**
 * The exceljs reader: an .xlsx/.xlsm workbook (read with exceljs) or a CSV file, reduced to
 * the engine's `WorkbookInput`, the exceljs workbook kept alongside. The command line reads with
 * the package reader (src/cli/package/readPackage.ts); this one is kept for the tests, as the
 * reference the package reader is compared with and to load fixture workbooks.
 */
import * as path from "node:path";
import { ValueType, Workbook, type Cell, type Row, type Worksheet } from "exceljs";
import {
  sheetNameOfReference,
  roleOfMarker,
  type OutputRole,
  type RawCell,
  type SheetInput,
  type WorkbookInput,
} from "../../../src/core";
import { rawCellOfExcelValue } from "./excelCellValue";
import { firstTable, repairLoadedTables, type SheetArea } from "./excelTables";
import {
  EXCEL_EXTENSIONS,
  notAWorkbook,
  readInputBytes,
  unsupportedType,
} from "../../../src/cli/inputFileError";
import type { LoadedCsvFile } from "../../../src/cli/package/readPackage";
import { readCsvBytes } from "../../../src/cli/readCsv";

export { InputFileError, type InputFileProblem } from "../../../src/cli/inputFileError";

export interface LoadedExcelWorkbook {
  readonly kind: "xlsx";
  readonly input: WorkbookInput;
  /** As loaded; the command line adds its sheets to it and writes it to a new file. */
  readonly workbook: Workbook;
}

export type LoadedWorkbook = LoadedExcelWorkbook | LoadedCsvFile;

/** Reads the file, choosing by its extension. Throws `InputFileError` when it cannot be used. */
export async function readWorkbookFile(filePath: string): Promise<LoadedWorkbook> {
  const extension = path.extname(filePath).toLowerCase();
  if (extension === ".csv") {
    const sheet = readCsvBytes(filePath, await readInputBytes(filePath));
    return { kind: "csv", input: { sheets: [sheet] }, sheetName: sheet.name };
  }
  if (EXCEL_EXTENSIONS.has(extension)) {
    const workbook = await loadExcelWorkbook(filePath, await readInputBytes(filePath));
    return { kind: "xlsx", input: readWorkbookInput(workbook), workbook };
  }
  throw unsupportedType(filePath, extension);
}

async function loadExcelWorkbook(filePath: string, bytes: Buffer): Promise<Workbook> {
  const workbook = new Workbook();
  try {
    // exceljs declares its own `Buffer` (an ArrayBuffer) that Node's Buffer does not satisfy;
    // it hands the bytes to JSZip, which takes an ArrayBuffer as well.
    await workbook.xlsx.load(Uint8Array.from(bytes).buffer);
  } catch {
    // exceljs's own messages ("Can't find end of central directory") mean nothing to a user.
    throw notAWorkbook(filePath, bytes);
  }
  // A zip holding anything but a workbook loads without complaint, as a workbook of no sheets.
  if (workbook.worksheets.length === 0) throw notAWorkbook(filePath, bytes);
  repairLoadedTables(workbook);
  return workbook;
}

/** Every worksheet, in workbook order (the order of the tabs). */
export function readWorkbookInput(workbook: Workbook): WorkbookInput {
  const roles = ownRolesBySheet(workbook);
  return {
    sheets: workbook.worksheets.map((worksheet) =>
      readSheetInput(worksheet, roles.get(worksheet.name.toLowerCase())),
    ),
  };
}

/** One worksheet: its first Excel table if it has one, else its used range. */
export function readSheetInput(worksheet: Worksheet, ownRole?: OutputRole): SheetInput {
  const table = firstTable(worksheet);
  const area = table?.area ?? usedArea(worksheet);
  const values = area ? readArea(worksheet, area) : [];
  return {
    name: worksheet.name,
    top: area?.top ?? 1,
    left: area?.left ?? 1,
    values,
    ...(table && {
      tableName: table.name,
      tableSize: {
        rows: table.range.bottom - table.range.top + 1,
        columns: table.range.right - table.range.left + 1,
      },
      besideTable: besideArea(worksheet, table.area),
    }),
    ...(ownRole ? { ownRole } : {}),
  };
}

/** The cells with a value on the area's top row, left or right of it. */
function besideArea(worksheet: Worksheet, area: SheetArea): { column: number; value: RawCell }[] {
  const beside: { column: number; value: RawCell }[] = [];
  worksheet.findRow(area.top)?.eachCell((cell, column) => {
    if (column >= area.left && column <= area.right) return;
    const value = rawCellOf(cell);
    if (value !== null && value !== "") beside.push({ column, value });
  });
  return beside;
}

/**
 * The smallest rectangle holding every cell with a value. Not exceljs's `dimensions`: that
 * counts cells holding an empty string, and on an empty sheet its `top`/`left` say 1 while
 * its model says 0.
 */
function usedArea(worksheet: Worksheet): SheetArea | undefined {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  worksheet.eachRow((row, rowNumber) => {
    row.eachCell((cell, column) => {
      if (rawCellOf(cell) === null) return;
      top = Math.min(top, rowNumber);
      bottom = Math.max(bottom, rowNumber);
      left = Math.min(left, column);
      right = Math.max(right, column);
    });
  });
  return bottom === 0 ? undefined : { top, left, bottom, right };
}

const BLANK_ROW: readonly RawCell[] = Object.freeze([]);

/**
 * The area's values, one array per sheet row; each row ends at its last value (rows may be
 * ragged), so a stray cell far to the right costs nothing on the other rows. Only cells that
 * exist are visited: one pass over the rows, no per-column loop.
 */
function readArea(worksheet: Worksheet, area: SheetArea): (readonly RawCell[])[] {
  const values: (readonly RawCell[])[] = [];
  for (let rowNumber = area.top; rowNumber <= area.bottom; rowNumber++) {
    const row = worksheet.findRow(rowNumber);
    values.push(row ? rowValues(row, area) : BLANK_ROW);
  }
  return values;
}

function rowValues(row: Row, area: SheetArea): readonly RawCell[] {
  const cells: RawCell[] = [];
  row.eachCell((cell, column) => {
    if (column < area.left || column > area.right) return;
    const value = rawCellOf(cell);
    if (value === null) return;
    while (cells.length < column - area.left) cells.push(null);
    cells.push(value);
  });
  return cells.length === 0 ? BLANK_ROW : cells;
}

function rawCellOf(cell: Cell): RawCell {
  // exceljs repeats a merged area's value in every cell of it; Excel (and Office.js) show
  // it once, in the top-left cell, and the others are blank.
  if (cell.type === ValueType.Merge) return null;
  return rawCellOfExcelValue(cell.value);
}

/**
 * Which sheets this product wrote, by the defined names that mark them. Any cell on the
 * sheet counts, not only `$A$1`: Excel moves the name when a row or column is inserted
 * above it. Names are compared ignoring case, as Excel does.
 */
/** Sheet name (lowercase) → the output role a marker defined name gives it. */
export function ownRolesBySheet(workbook: Workbook): Map<string, OutputRole> {
  const roles = new Map<string, OutputRole>();
  for (const { name, ranges } of workbook.definedNames.model) {
    const role = roleOfMarker(name);
    if (!role) continue;
    for (const range of ranges) {
      const sheetName = sheetNameOfReference(range);
      if (sheetName !== undefined) roles.set(sheetName.toLowerCase(), role);
    }
  }
  return roles;
}
