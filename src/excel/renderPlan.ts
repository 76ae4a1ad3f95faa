/**
 * A sheet description turned into the few large arrays and rectangles Office.js wants, so a
 * sheet of any length is written with a handful of range operations instead of one per cell.
 * Pure: no Office.js here, so it is tested directly.
 */
import type { CellDescription, CellStyleName, SheetDescription } from "../core";

/** What a cell is given through `range.formulas`: a formula, a number, text or nothing. */
export type FormulaInput = string | number;

/** Excel's number format for text: what is assigned is stored as text, never parsed. */
export const TEXT_FORMAT = "@";
const GENERAL_FORMAT = "General";

export interface RowBlock {
  /** 1-based sheet row of the block's first row. */
  readonly firstRow: number;
  /** Set before `formulas`, so text cells are already text when their content arrives. */
  readonly numberFormats: string[][];
  readonly formulas: FormulaInput[][];
  /** Rough JSON size of what the block sends, for splitting requests under Excel's limit. */
  readonly payloadBytes: number;
}

export interface StyleRectangle {
  readonly style: CellStyleName;
  readonly firstRow: number;
  readonly firstColumn: number;
  readonly lastRow: number;
  readonly lastColumn: number;
}

/** Columns the sheet uses: the widest of its rows, its column list and its tables. */
export function columnCount(sheet: SheetDescription): number {
  let count = sheet.columns.length;
  for (const row of sheet.rows) count = Math.max(count, row.length);
  for (const table of sheet.tables)
    count = Math.max(count, table.firstColumn - 1 + table.columns.length);
  return count;
}

/**
 * Every cell's content and number format, row by row. Text is what keeps input such as
 * `=HYPERLINK(…)` or `+1-555` from becoming a formula: Office.js parses a string assigned to
 * a cell as a formula unless the cell is formatted as text, so every text cell gets `@`.
 * This is the one place that decides it; a second safeguard would go here too.
 */
export function cellInputs(cell: CellDescription | undefined): {
  format: string;
  input: FormulaInput;
} {
  if (cell === undefined) return { format: GENERAL_FORMAT, input: "" };
  if (cell.formula !== undefined)
    return { format: cell.numberFormat ?? GENERAL_FORMAT, input: cell.formula };
  if (cell.text !== undefined) return { format: TEXT_FORMAT, input: cell.text };
  return { format: cell.numberFormat ?? GENERAL_FORMAT, input: cell.number };
}

/**
 * The sheet's rows cut into blocks of at most `maxPayloadBytes` each (one row always fits a
 * block, however long), every block `width` columns wide.
 */
export function rowBlocks(
  sheet: SheetDescription,
  width: number,
  maxPayloadBytes: number,
): RowBlock[] {
  const blocks: RowBlock[] = [];
  let numberFormats: string[][] = [];
  let formulas: FormulaInput[][] = [];
  let bytes = 0;
  let firstRow = 1;
  const flush = (): void => {
    if (formulas.length === 0) return;
    blocks.push({ firstRow, numberFormats, formulas, payloadBytes: bytes });
    firstRow += formulas.length;
    numberFormats = [];
    formulas = [];
    bytes = 0;
  };
  for (const row of sheet.rows) {
    const rowFormats: string[] = new Array<string>(width);
    const rowInputs: FormulaInput[] = new Array<FormulaInput>(width);
    // Close to the JSON Office.js sends: quoted strings, bare numbers, a comma each.
    let rowBytes = 4;
    for (let column = 0; column < width; column++) {
      const { format, input } = cellInputs(row[column]);
      rowFormats[column] = format;
      rowInputs[column] = input;
      rowBytes +=
        format.length +
        3 +
        (typeof input === "string" ? input.length + 3 : String(input).length + 1);
    }
    if (bytes > 0 && bytes + rowBytes > maxPayloadBytes) flush();
    numberFormats.push(rowFormats);
    formulas.push(rowInputs);
    bytes += rowBytes;
  }
  flush();
  return blocks;
}

/**
 * Cells sharing a style, merged into rectangles: first runs along each row, then runs that
 * repeat on the rows below grow downwards. A styled column becomes one rectangle.
 */
export function styleRectangles(sheet: SheetDescription): StyleRectangle[] {
  const done: StyleRectangle[] = [];
  // Open rectangles keyed by "style:first:last" columns, still growing downwards.
  let open = new Map<string, StyleRectangle>();
  sheet.rows.forEach((row, rowIndex) => {
    const sheetRow = rowIndex + 1;
    const next = new Map<string, StyleRectangle>();
    for (const run of styleRuns(row)) {
      const key = `${run.style}:${run.first}:${run.last}`;
      const growing = open.get(key);
      next.set(
        key,
        growing
          ? { ...growing, lastRow: sheetRow }
          : {
              style: run.style,
              firstRow: sheetRow,
              firstColumn: run.first,
              lastRow: sheetRow,
              lastColumn: run.last,
            },
      );
      open.delete(key);
    }
    done.push(...open.values());
    open = next;
  });
  done.push(...open.values());
  return done.sort((a, b) => a.firstRow - b.firstRow || a.firstColumn - b.firstColumn);
}

function styleRuns(
  row: readonly (CellDescription | undefined)[],
): { style: CellStyleName; first: number; last: number }[] {
  const runs: { style: CellStyleName; first: number; last: number }[] = [];
  row.forEach((cell, index) => {
    const style = cell?.style;
    if (style === undefined) return;
    const column = index + 1;
    const last = runs[runs.length - 1];
    if (last && last.style === style && last.last === column - 1) last.last = column;
    else runs.push({ style, first: column, last: column });
  });
  return runs;
}

/** Excel column widths are characters; Office.js takes points (about 7 px a character). */
export function columnWidthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}
