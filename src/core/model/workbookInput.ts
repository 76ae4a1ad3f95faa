import type { DecimalSeparator } from "../numbers";

/**
 * What the engine reads: a workbook reduced to plain cell values. Both front ends (the
 * exceljs reader of the CLI and the Office.js adapter) produce this shape, so the engine
 * never knows where the cells came from.
 */

/** An Excel error value such as `#N/A` or `#DIV/0!`, kept apart from text that says so. */
export interface ExcelError {
  readonly error: string;
}

/**
 * A formula cell the file holds without a value: saved by a program that does not calculate
 * (Excel always saves the value it last calculated). Not a blank cell: its value is unknown.
 */
export interface UnsavedFormula {
  /**
   * The formula as the file holds it, without its `=`: `SUM(D2:D9)`; empty for a shared
   * formula's later cells, which hold no text of their own.
   */
  readonly unsavedFormula: string;
}

/**
 * One cell as the engine sees it. Formulas arrive as their computed result (or, with none
 * saved, as an `UnsavedFormula`); rich text as its plain text; dates as ISO date text (a date is
 * never a valid score, budget or id).
 */
export type RawCell = string | number | boolean | null | ExcelError | UnsavedFormula;

export function isExcelError(cell: RawCell): cell is ExcelError {
  return typeof cell === "object" && cell !== null && "error" in cell;
}

export function isUnsavedFormula(cell: RawCell): cell is UnsavedFormula {
  return typeof cell === "object" && cell !== null && "unsavedFormula" in cell;
}

/** A rectangle of values and where its top-left cell sits on the sheet. */
export interface SheetInput {
  readonly name: string;
  /** 1-based sheet row of `values[0]`. */
  readonly top: number;
  /** 1-based sheet column of `values[r][0]`. */
  readonly left: number;
  /**
   * The table's range (header first) when the sheet has an Excel table, else its used
   * range. Rows may be ragged; a missing cell is blank.
   */
  readonly values: readonly (readonly RawCell[])[];
  /** Set when `values` is an Excel table's range. */
  readonly tableName?: string;
  /**
   * With `tableName`: the table's size, header (and totals) row included. Its range runs from
   * `top`/`left` over this many rows and columns; `values` alone cannot say so when its last
   * columns are blank. Without it, the range is taken from `values`.
   */
  readonly tableSize?: { readonly rows: number; readonly columns: number };
  /**
   * With `tableName`: the sheet's non-blank cells on the table's header row outside the table,
   * left or right of it — columns a person typed beside the table, which are not part of it.
   */
  readonly besideTable?: readonly { readonly column: number; readonly value: RawCell }[];
  /**
   * Set when the file itself declares its decimal separator: a CSV saved with `;` between
   * fields (as Excel does where the decimal separator is `,`) declares `,`.
   */
  readonly decimalSeparator?: DecimalSeparator;
  /** Set when the sheet is one of this product's own output sheets (never a source). */
  readonly ownRole?: OutputRole;
  /**
   * Set when some rows of `values` are hidden in Excel. They are read and scored like the
   * others; the engine never looks at this, the pane only says so.
   */
  readonly hiddenRows?: HiddenRows;
}

/** Rows hidden in Excel, by a filter or by hand: a person may not know they are there. */
export interface HiddenRows {
  /** At least 1. */
  readonly count: number;
  /** A filter on the sheet (its own, or a table's) is hiding rows; else hidden by hand. */
  readonly byFilter: boolean;
}

export interface WorkbookInput {
  /** In workbook order. */
  readonly sheets: readonly SheetInput[];
}

/** The sheets this product writes; the scoring log is appended to, never replaced. */
export type OutputRole = "ranked" | "roadmap" | "summary" | "scoringLog";
