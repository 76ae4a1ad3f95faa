/** Reading and writing blocks of cells in the state, the way Excel reports and stores them. */

import type { CellRect } from "./addresses";
import { interpretWrite, type WrittenContent } from "./cellInput";
import { accessDenied, invalidArgument } from "./errors";
import { bindFormula, hasBrokenReference, renderFormula } from "./formulaReferences";
import {
  type CellState,
  type SheetState,
  type WorkbookState,
  cellKey,
  parseCellKey,
  sheetByName,
} from "./state";

export function cellCount(rect: CellRect): number {
  return rect.rowCount * rect.columnCount;
}

export function cellAt(sheet: SheetState, row: number, column: number): CellState | undefined {
  return sheet.cells.get(cellKey(row, column));
}

export function readMatrix<T>(
  sheet: SheetState,
  rect: CellRect,
  pick: (cell: CellState | undefined, row: number, column: number) => T,
): T[][] {
  const rows: T[][] = [];
  for (let r = 0; r < rect.rowCount; r++) {
    const row: T[] = [];
    for (let c = 0; c < rect.columnCount; c++) {
      row.push(pick(cellAt(sheet, rect.row + r, rect.column + c), rect.row + r, rect.column + c));
    }
    rows.push(row);
  }
  return rows;
}

/** The single value every cell shares, or null when they differ (as Office.js reports formats). */
export function uniform<T>(
  sheet: SheetState,
  rect: CellRect,
  pick: (cell: CellState | undefined) => T,
): T | null {
  let first: { value: T } | undefined;
  for (let r = 0; r < rect.rowCount; r++) {
    for (let c = 0; c < rect.columnCount; c++) {
      const value = pick(cellAt(sheet, rect.row + r, rect.column + c));
      if (first === undefined) first = { value };
      else if (first.value !== value) return null;
    }
  }
  return first === undefined ? null : first.value;
}

/** `values` as Excel returns them: errors as their text, empty cells as "". */
export function cellValue(cell: CellState | undefined): string | number | boolean {
  return cell?.error ?? cell?.value ?? "";
}

/**
 * `formulas`: the formula with its sheets' current names (`#REF!` for one that is gone), else
 * the constant (numbers stay numbers), else "".
 */
export function cellFormula(
  state: WorkbookState,
  cell: CellState | undefined,
): string | number | boolean {
  return cell?.formula === undefined ? cellValue(cell) : renderFormula(state, cell.formula);
}

export function cellValueType(
  cell: CellState | undefined,
): "Empty" | "String" | "Double" | "Boolean" | "Error" {
  if (cell?.error !== undefined) return "Error";
  const value = cell?.value;
  if (value === undefined || value === "") return "Empty";
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  return "String";
}

export function cellNumberFormat(cell: CellState | undefined): string {
  return cell?.numberFormat ?? "General";
}

export function hasContent(cell: CellState | undefined): boolean {
  return (
    cell !== undefined &&
    (cell.value !== undefined || cell.error !== undefined || cell.formula !== undefined)
  );
}

function hasFormatting(cell: CellState): boolean {
  return (
    cell.numberFormat !== undefined ||
    cell.font !== undefined ||
    cell.fill !== undefined ||
    cell.wrapText !== undefined ||
    cell.horizontalAlignment !== undefined ||
    cell.verticalAlignment !== undefined ||
    cell.borders !== undefined ||
    cell.hyperlink !== undefined
  );
}

/** Changes one cell, dropping it from the sparse map when nothing is left in it. */
export function updateCell(
  sheet: SheetState,
  row: number,
  column: number,
  change: (cell: CellState) => void,
): void {
  const key = cellKey(row, column);
  const cell: CellState = { ...(sheet.cells.get(key) ?? {}) };
  change(cell);
  if (Object.values(cell).some((v) => v !== undefined)) sheet.cells.set(key, cell);
  else sheet.cells.delete(key);
}

export function forEachCell(
  rect: CellRect,
  visit: (row: number, column: number, r: number, c: number) => void,
): void {
  for (let r = 0; r < rect.rowCount; r++) {
    for (let c = 0; c < rect.columnCount; c++) visit(rect.row + r, rect.column + c, r, c);
  }
}

/**
 * Input for a range-wide property: a 2-D array exactly the range's size, or one value for every
 * cell. Anything else fails as Excel does: `InvalidArgument`.
 */
export function cellInputs(
  input: unknown,
  rect: CellRect,
  location: string,
): (r: number, c: number) => unknown {
  if (!Array.isArray(input)) {
    if (input === null) throw invalidArgument(location, "null is not a valid value for a property");
    return () => input;
  }
  const rows: readonly unknown[] = input;
  const sized =
    rows.length === rect.rowCount &&
    rows.every(
      (row) => Array.isArray(row) && (row as readonly unknown[]).length === rect.columnCount,
    );
  if (!sized) {
    throw invalidArgument(
      location,
      "the number of rows or columns in the input array doesn't match the size of the range",
    );
  }
  return (r, c) => (rows[r] as readonly unknown[])[c];
}

/** Only cell contents and formats are protected; callers name what they were doing. */
export function assertWritable(sheet: SheetState, location: string): void {
  if (sheet.protected) throw accessDenied(location);
}

/**
 * `values` / `formulas` writes: each cell interpreted with its number format at this moment, and
 * a formula's sheet references bound to the sheets named at this moment (`formulaReferences.ts`).
 */
export function writeContents(
  state: WorkbookState,
  sheet: SheetState,
  rect: CellRect,
  input: unknown,
  location: string,
): void {
  assertWritable(sheet, location);
  const inputAt = cellInputs(input, rect, location);
  const planned: { row: number; column: number; content: WrittenContent }[] = [];
  // Validate the whole block before changing anything, as Excel refuses a bad array whole.
  forEachCell(rect, (row, column, r, c) => {
    const content = interpretWrite(inputAt(r, c), cellAt(sheet, row, column)?.numberFormat);
    if (content.kind === "invalid") throw invalidArgument(location, content.reason);
    planned.push({ row, column, content });
  });
  for (const { row, column, content } of planned) {
    if (content.kind === "skip" || content.kind === "invalid") continue;
    updateCell(sheet, row, column, (cell) => {
      delete cell.value;
      delete cell.error;
      delete cell.formula;
      if (content.kind === "value") cell.value = content.value;
      if (content.kind === "formula") {
        const formula = bindFormula(
          content.formula,
          (name) => sheetByName(state, name)?.id ?? null,
        );
        cell.formula = formula;
        const result = hasBrokenReference(state, formula)
          ? { error: "#REF!" }
          : state.host.evaluateFormula(renderFormula(state, formula));
        if (typeof result === "object") cell.error = result.error;
        else cell.value = result;
      }
    });
  }
}

export function writeNumberFormats(
  sheet: SheetState,
  rect: CellRect,
  input: unknown,
  location: string,
): void {
  assertWritable(sheet, location);
  const inputAt = cellInputs(input, rect, location);
  forEachCell(rect, (_row, _column, r, c) => {
    const format = inputAt(r, c);
    if (format !== null && format !== undefined && typeof format !== "string") {
      throw invalidArgument(location, "a number format must be a string");
    }
  });
  forEachCell(rect, (row, column, r, c) => {
    const format = inputAt(r, c);
    if (typeof format !== "string") return;
    updateCell(sheet, row, column, (cell) => {
      // Docs: a blank number format resets the cell to General.
      if (format === "" || format === "General") delete cell.numberFormat;
      else cell.numberFormat = format;
    });
  });
}

export type ClearTarget = "All" | "Formats" | "Contents" | "Hyperlinks";

export function clearCells(sheet: SheetState, rect: CellRect, target: ClearTarget): void {
  forEachCell(rect, (row, column) =>
    updateCell(sheet, row, column, (cell) => {
      if (target === "All" || target === "Contents") {
        delete cell.value;
        delete cell.error;
        delete cell.formula;
      }
      if (target === "All" || target === "Formats") {
        delete cell.numberFormat;
        delete cell.font;
        delete cell.fill;
        delete cell.wrapText;
        delete cell.horizontalAlignment;
        delete cell.verticalAlignment;
        delete cell.borders;
      }
      if (target === "All" || target === "Hyperlinks") delete cell.hyperlink;
    }),
  );
}

/**
 * Bounding box of used cells: with `valuesOnly`, cells holding a value or formula; otherwise also
 * cells with formatting (Office.js: "any cells that have a value or formatting assigned").
 */
export function usedRect(sheet: SheetState, valuesOnly: boolean): CellRect | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const [key, cell] of sheet.cells) {
    if (!hasContent(cell) && (valuesOnly || !hasFormatting(cell))) continue;
    const { row, column } = parseCellKey(key);
    top = Math.min(top, row);
    left = Math.min(left, column);
    bottom = Math.max(bottom, row);
    right = Math.max(right, column);
  }
  if (bottom < 0) return null;
  return { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
}
