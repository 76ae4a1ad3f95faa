/**
 * A1 addresses as Excel writes and reads them. Rows and columns are 0-based inside the double,
 * as in `Range.rowIndex` / `columnIndex` and `getRangeByIndexes`.
 */

import { invalidArgument } from "./errors";

/** Excel's grid size (Excel specifications and limits). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface CellRect {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** `0` → `A`, `26` → `AA`. */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

function parseCell(text: string): { row: number; column: number } | null {
  const match = CELL.exec(text.trim());
  if (match === null) return null;
  const column = columnIndex(match[1] ?? "");
  const row = Number(match[2]) - 1;
  if (row < 0 || row >= MAX_ROWS || column < 0 || column >= MAX_COLUMNS) return null;
  return { row, column };
}

/** `A1`, `$B$2`, `C3:A1` (corners in any order). Whole rows/columns are not supported. */
export function parseCellRange(text: string): CellRect | null {
  const parts = text.split(":");
  if (parts.length > 2) return null;
  const first = parseCell(parts[0] ?? "");
  const second = parts.length === 2 ? parseCell(parts[1] ?? "") : first;
  if (first === null || second === null) return null;
  const row = Math.min(first.row, second.row);
  const column = Math.min(first.column, second.column);
  return {
    row,
    column,
    rowCount: Math.abs(first.row - second.row) + 1,
    columnCount: Math.abs(first.column - second.column) + 1,
  };
}

/** Splits `Sheet1!A1`, `'My sheet'!A1:B2` (with `''` for a quote) into sheet name and cells. */
export function splitSheetPrefix(address: string): { sheet: string | null; cells: string } {
  const text = address.trim().replace(/^=/, "");
  if (text.startsWith("'")) {
    let i = 1;
    let name = "";
    while (i < text.length) {
      const ch = text[i];
      if (ch === "'" && text[i + 1] === "'") {
        name += "'";
        i += 2;
      } else if (ch === "'") {
        break;
      } else {
        name += ch;
        i += 1;
      }
    }
    if (text[i + 1] === "!") return { sheet: name, cells: text.slice(i + 2) };
    return { sheet: null, cells: text };
  }
  const bang = text.lastIndexOf("!");
  if (bang < 0) return { sheet: null, cells: text };
  return { sheet: text.slice(0, bang), cells: text.slice(bang + 1) };
}

/** Parses the cell part or fails the way Excel does at sync: `InvalidArgument`. */
export function requireCellRange(text: string, location: string): CellRect {
  const rect = parseCellRange(text);
  if (rect === null) throw invalidArgument(location, `not an A1 address: ${text}`);
  return rect;
}

export function rectInsideGrid(rect: CellRect): boolean {
  return (
    rect.row >= 0 &&
    rect.column >= 0 &&
    rect.rowCount >= 1 &&
    rect.columnCount >= 1 &&
    rect.row + rect.rowCount <= MAX_ROWS &&
    rect.column + rect.columnCount <= MAX_COLUMNS
  );
}

export function formatRect(rect: CellRect, absolute = false): string {
  const d = absolute ? "$" : "";
  const cell = (row: number, column: number): string =>
    `${d}${columnLetters(column)}${d}${row + 1}`;
  const topLeft = cell(rect.row, rect.column);
  if (rect.rowCount === 1 && rect.columnCount === 1) return topLeft;
  return `${topLeft}:${cell(rect.row + rect.rowCount - 1, rect.column + rect.columnCount - 1)}`;
}

/**
 * A sheet name as Excel writes it before `!`: bare when it is letters, digits, `_` and `.`
 * starting with a letter or `_`, and not readable as a cell reference (`FY27`, `R1C1`, `R`, `C`);
 * otherwise quoted, quotes doubled. (`src/core/cellAddress.ts` also quotes names with a
 * period, which Excel accepts and shows bare.)
 */
export function quoteSheetName(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name);
  const looksLikeReference =
    /^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]?\d*$/.test(name) || /^[Cc]\d*$/.test(name);
  return plain && !looksLikeReference ? name : `'${name.replace(/'/g, "''")}'`;
}

/** `Sheet1!A1:C3`, `'My sheet'!B2` — the shape of `Range.address`. */
export function formatAddress(sheetName: string, rect: CellRect, absolute = false): string {
  return `${quoteSheetName(sheetName)}!${formatRect(rect, absolute)}`;
}

export function rectContains(outer: CellRect, row: number, column: number): boolean {
  return (
    row >= outer.row &&
    row < outer.row + outer.rowCount &&
    column >= outer.column &&
    column < outer.column + outer.columnCount
  );
}

export function rectsOverlap(a: CellRect, b: CellRect): boolean {
  return (
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.column < b.column + b.columnCount &&
    b.column < a.column + a.columnCount
  );
}
