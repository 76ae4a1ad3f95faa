/**
 * A declarative description of an output sheet: what every cell holds and how the sheet is
 * dressed. The engine produces it; the package writer (CLI, src/cli/package) and the Office.js
 * adapter (add-in) render it without deciding anything, so both write the same workbook.
 */
import type { ChartScene } from "./chartScene";
import type { OutputRole } from "./workbookInput";

/** Named looks; the concrete formatting of each lives in `cellStyles.ts`, in one place. */
export type CellStyleName =
  | "title"
  | "subtitle"
  | "sectionHeading"
  | "columnHeader"
  | "input"
  | "total"
  | "note"
  | "warning"
  | "wrap"
  | "link";

/**
 * One cell. Exactly one of `text`, `number` or `formula` is set.
 * - `text` is always written as text, whatever it looks like (`=HYPERLINK(…)`, `+1-555`).
 * - `link`, on a text cell only, makes the cell a hyperlink to a place in this workbook: a
 *   reference such as `'Use cases'!B7`, its sheet quoted as `cellAddress` quotes it. A cell
 *   hyperlink, not a HYPERLINK formula: Excel on the web follows HYPERLINK to web addresses
 *   only, so a formula link back to a row would do nothing there.
 * - `formula` starts with `=`; `result` is the engine's value for it, stored as the cached
 *   result so viewers that do not recalculate still show the number.
 */
export type CellDescription = (
  | {
      readonly text: string;
      readonly link?: string;
      readonly number?: never;
      readonly formula?: never;
    }
  | {
      readonly number: number;
      readonly text?: never;
      readonly link?: never;
      readonly formula?: never;
    }
  | {
      readonly formula: string;
      readonly result: number | string;
      readonly text?: never;
      readonly link?: never;
      readonly number?: never;
    }
) & {
  readonly numberFormat?: string;
  readonly style?: CellStyleName;
};

export interface ColumnDescription {
  /** Width in Excel character units. */
  readonly width: number;
}

export interface TableDescription {
  /** Workbook-unique table name. */
  readonly name: string;
  /** 1-based sheet row of the table's header row. */
  readonly headerRow: number;
  /** 1-based first column. */
  readonly firstColumn: number;
  /** Header texts, one per column; the table spans `columns.length` columns. */
  readonly columns: readonly string[];
  /** Number of data rows below the header (at least 1: Excel tables cannot be empty). */
  readonly rowCount: number;
  readonly style: string;
}

export interface DataBarDescription {
  readonly kind: "dataBar";
  /** A1 range on this sheet, e.g. `I7:I30`. */
  readonly range: string;
  /** RGB hex without `#`. */
  readonly color: string;
}

export type ConditionalFormatDescription = DataBarDescription;

/** One series of a bubble chart: its points' cells, one column each over the same rows. */
export interface BubbleSeriesDescription {
  /** The legend's text. */
  readonly name: string;
  /** Fill colour, RGB hex without `#`. */
  readonly color: string;
  /** A1 ranges on this sheet, e.g. `C40:C52`. */
  readonly xValues: string;
  readonly yValues: string;
  readonly sizes: string;
  /** The cells holding each point's label (the use case's ID), so a bubble traces to its row. */
  readonly labels: string;
  /** What those cells show, point by point: what a native chart labels each bubble with. */
  readonly pointLabels: readonly string[];
}

/**
 * A native chart over cells of this sheet. A writer that does not make native charts (the
 * CLI's package writer) draws `scene` as a picture of the same size at the same place instead.
 */
export interface ChartDescription {
  readonly kind: "bubble";
  /** Unique on its sheet. */
  readonly name: string;
  readonly title: string;
  readonly xAxis: AxisDescription;
  readonly yAxis: AxisDescription;
  /** The cell under the chart's top-left corner, 1-based. */
  readonly anchor: { readonly row: number; readonly column: number };
  /** Size in pixels (Excel measures charts in points: ¾ of a pixel). */
  readonly width: number;
  readonly height: number;
  /** At least one series; series without points are left out. */
  readonly series: readonly BubbleSeriesDescription[];
  readonly scene: ChartScene;
}

export interface AxisDescription {
  readonly title: string;
  readonly min: number;
  readonly max: number;
  readonly majorUnit: number;
}

export interface SheetDescription {
  readonly role: OutputRole;
  /** The final sheet name, already checked against the workbook (see `outputSheetNames`). */
  readonly name: string;
  /** Sheet tab colour, RGB hex without `#`. */
  readonly tabColor: string;
  readonly columns: readonly ColumnDescription[];
  /**
   * Rows from row 1 down. `rows[r][c]` is the cell at sheet row r + 1, column c + 1;
   * `undefined` (or a short row) leaves the cell empty.
   */
  readonly rows: readonly (readonly (CellDescription | undefined)[])[];
  readonly tables: readonly TableDescription[];
  readonly conditionalFormats: readonly ConditionalFormatDescription[];
  /** Rows and columns kept in view while scrolling. */
  readonly freeze: { readonly rows: number; readonly columns: number };
  /** Charts over this sheet's cells; none when unset. */
  readonly charts?: readonly ChartDescription[];
}
