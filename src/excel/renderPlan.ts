/**
 * A sheet description turned into the few large arrays Office.js wants, so a sheet of any length
 * is written with a handful of range operations instead of one per cell: blocks of rows sized to
 * fit a request (sizes in requestBytes.ts), with their formula and link runs. Styles go as
 * rectangles (styleRectangles.ts). Pure: no Office.js here, so it is tested directly.
 */
import type { CellDescription, SheetDescription } from "../core";
import {
  jsonBytes,
  jsonStringBytes,
  linkBytes,
  RUN_OVERHEAD_BYTES,
  slicingBytes,
} from "./requestBytes";

/** What a cell is given through `range.values`; `null` leaves it for `formulas`. */
export type ValueInput = string | number | null;

/** Excel's number format for text: what is assigned is stored as text, never parsed. */
export const TEXT_FORMAT = "@";
const GENERAL_FORMAT = "General";

/** Formulas down one column of a block, set with one `range.formulas` call. */
export interface FormulaRun {
  /** 1-based sheet row and column of the run's first cell. */
  readonly firstRow: number;
  readonly column: number;
  readonly formulas: string[][];
}

/** A text cell that is a hyperlink to a place in this workbook, set after the block's values. */
export interface LinkCell {
  /** 1-based sheet row and column. */
  readonly row: number;
  readonly column: number;
  /** What the cell shows, as `values` already wrote it. */
  readonly text: string;
  /** A reference in this workbook, such as `'Use cases'!B7`. */
  readonly target: string;
}

/** Link cells down one column of a block, set with one `setCellProperties` call. */
export interface LinkRun {
  /** 1-based sheet row and column of the run's first cell. */
  readonly firstRow: number;
  readonly column: number;
  readonly links: LinkCell[];
}

/**
 * How links reach Excel: one `setCellProperties` per run of link cells down a column (ExcelApi
 * 1.9), so their number does not grow with the rows; one `hyperlink` per cell (ExcelApi 1.7);
 * or not at all, leaving the text alone.
 */
export type LinkWrite = "cellProperties" | "perCell" | "none";

export interface RowBlock {
  /** 1-based sheet row of the block's first row. */
  readonly firstRow: number;
  readonly rowCount: number;
  /** Set first, so text cells are already text when their content arrives. */
  readonly numberFormats: string[][];
  /** Set next: text and numbers (formula cells `null`, left for the runs). */
  readonly values: ValueInput[][];
  /** Set next: formulas over this sheet's own cells. */
  readonly formulaRuns: FormulaRun[];
  /** Set last, as the block's `LinkWrite` says; none when links are not written. */
  readonly links: LinkCell[];
  /** The UTF-8 size of the above as Office.js sends it, for keeping requests under Excel's limit. */
  readonly payloadBytes: number;
  /**
   * Formulas naming another sheet (`=Ranked!$B$7`), set once every sheet has its final name:
   * Excel binds a sheet reference when the formula is entered, so one entered while the new
   * Ranked is still hidden under a temporary name would point at the old Ranked, or at nothing.
   */
  readonly linkedFormulaRuns: FormulaRun[];
  readonly linkedBytes: number;
}

/**
 * Whether a formula names a sheet: a `!` outside its string literals. Text such as
 * `HYPERLINK("#'Ranked'!B2", …)` only names a sheet inside a string, which Excel never binds.
 */
export function namesAnotherSheet(formula: string): boolean {
  return formula.replace(/"(?:[^"]|"")*"/g, "").includes("!");
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
 * A cell's number format and what goes through `values`. Text is what keeps input such as
 * `=HYPERLINK(…)` or `+1-555` from becoming a formula: Office.js parses a string assigned to
 * `values` as a formula unless the cell is formatted as text, so every text cell gets `@`, and
 * only real formulas go through `formulas`. This is the one place that decides it; a second
 * safeguard would go here too.
 */
export function cellInputs(cell: CellDescription | undefined): {
  format: string;
  value: ValueInput;
} {
  if (cell === undefined) return { format: GENERAL_FORMAT, value: "" };
  if (cell.formula !== undefined)
    return { format: cell.numberFormat ?? GENERAL_FORMAT, value: null };
  if (cell.text !== undefined) return { format: TEXT_FORMAT, value: cell.text };
  return { format: cell.numberFormat ?? GENERAL_FORMAT, value: cell.number };
}

/**
 * The sheet's rows cut into blocks of at most `maxPayloadBytes` each (one row always fits a
 * block, however long), every block `width` columns wide. Link cells are collected, and
 * counted, the way `linkWrite` will send them.
 */
export function rowBlocks(
  sheet: SheetDescription,
  width: number,
  maxPayloadBytes: number,
  linkWrite: LinkWrite = "none",
): RowBlock[] {
  const blocks: RowBlock[] = [];
  let numberFormats: string[][] = [];
  let values: ValueInput[][] = [];
  let formulaCells: { row: number; column: number; formula: string }[] = [];
  let linkedCells: { row: number; column: number; formula: string }[] = [];
  let links: LinkCell[] = [];
  // Column → the last row of this block with a link there: a link below it extends its run.
  let lastLinkRow = new Map<number, number>();
  let bytes = 0;
  let linkedBytes = 0;
  let firstRow = 1;
  const flush = (): void => {
    if (values.length === 0) return;
    const runs = formulaRuns(formulaCells);
    const linkedRuns = formulaRuns(linkedCells);
    const runBytes = (list: readonly FormulaRun[]): number =>
      list.reduce((sum, run) => sum + RUN_OVERHEAD_BYTES + slicingBytes(run.formulas.length, 1), 0);
    blocks.push({
      firstRow,
      rowCount: values.length,
      numberFormats,
      values,
      formulaRuns: runs,
      links,
      payloadBytes:
        bytes + 2 * RUN_OVERHEAD_BYTES + 2 * slicingBytes(values.length, width) + runBytes(runs),
      linkedFormulaRuns: linkedRuns,
      linkedBytes: linkedBytes + runBytes(linkedRuns),
    });
    firstRow += values.length;
    numberFormats = [];
    values = [];
    formulaCells = [];
    linkedCells = [];
    links = [];
    lastLinkRow = new Map();
    bytes = 0;
    linkedBytes = 0;
  };
  sheet.rows.forEach((row, rowIndex) => {
    const rowFormats: string[] = new Array<string>(width);
    const rowValues: ValueInput[] = new Array<ValueInput>(width);
    const rowFormulas: { row: number; column: number; formula: string }[] = [];
    const rowLinked: { row: number; column: number; formula: string }[] = [];
    const rowLinks: LinkCell[] = [];
    // Links counted as extending a run above: each opens a run of its own if the block ends here.
    let rowRunExtensions = 0;
    let rowBytes = 4;
    let rowLinkedBytes = 0;
    for (let column = 0; column < width; column++) {
      const cell = row[column];
      const { format, value } = cellInputs(cell);
      rowFormats[column] = format;
      rowValues[column] = value;
      rowBytes += jsonStringBytes(format) + 1 + jsonBytes(value);
      if (cell?.formula !== undefined) {
        const entry = { row: rowIndex + 1, column: column + 1, formula: cell.formula };
        // Each new formula column in a block opens a run; count its overhead per row, safely.
        const size = jsonBytes(cell.formula) + 4;
        if (namesAnotherSheet(cell.formula)) {
          rowLinked.push(entry);
          rowLinkedBytes += size;
        } else {
          rowFormulas.push(entry);
          rowBytes += size;
        }
      }
      if (cell?.link !== undefined && linkWrite !== "none") {
        const link = { row: rowIndex + 1, column: column + 1, text: cell.text, target: cell.link };
        const extendsRun =
          linkWrite === "cellProperties" && lastLinkRow.get(link.column) === rowIndex;
        rowLinks.push(link);
        rowBytes += linkBytes(link, linkWrite, extendsRun);
        if (extendsRun) rowRunExtensions++;
      }
    }
    // Two array properties (formats, values) of the block, and a formula run per column at most.
    const wouldBe = (sum: number, add: number): number =>
      sum +
      add +
      RUN_OVERHEAD_BYTES * (width + 2) +
      2 * slicingBytes(values.length + 1, width) +
      slicingBytes(values.length + 1, 1) * width;
    if (
      values.length > 0 &&
      (wouldBe(bytes, rowBytes) > maxPayloadBytes ||
        wouldBe(linkedBytes, rowLinkedBytes) > maxPayloadBytes)
    ) {
      flush();
      rowBytes += rowRunExtensions * RUN_OVERHEAD_BYTES;
    }
    numberFormats.push(rowFormats);
    values.push(rowValues);
    formulaCells.push(...rowFormulas);
    linkedCells.push(...rowLinked);
    for (const link of rowLinks) {
      links.push(link);
      lastLinkRow.set(link.column, link.row);
    }
    bytes += rowBytes;
    linkedBytes += rowLinkedBytes;
  });
  flush();
  return blocks;
}

/**
 * A block in two halves by rows, each with its formula runs cut at the boundary and its share of
 * the bytes (with the fixed costs counted in full in each): for a request Excel still refused as
 * too large. Undefined for a single row, which cannot be split.
 */
export function splitRowBlock(block: RowBlock): [RowBlock, RowBlock] | undefined {
  if (block.rowCount < 2) return undefined;
  const half = Math.ceil(block.rowCount / 2);
  const boundary = block.firstRow + half;
  const cut = (runs: readonly FormulaRun[], upper: boolean): FormulaRun[] =>
    runs.flatMap((run) => {
      const skip = upper ? 0 : Math.max(0, boundary - run.firstRow);
      const keep = upper
        ? Math.min(run.formulas.length, Math.max(0, boundary - run.firstRow))
        : run.formulas.length;
      const formulas = run.formulas.slice(skip, keep);
      return formulas.length === 0
        ? []
        : [{ firstRow: run.firstRow + skip, column: run.column, formulas }];
    });
  const part = (upper: boolean): RowBlock => {
    const rows = upper ? half : block.rowCount - half;
    const share = rows / block.rowCount;
    return {
      firstRow: upper ? block.firstRow : boundary,
      rowCount: rows,
      numberFormats: upper ? block.numberFormats.slice(0, half) : block.numberFormats.slice(half),
      values: upper ? block.values.slice(0, half) : block.values.slice(half),
      formulaRuns: cut(block.formulaRuns, upper),
      links: block.links.filter((link) => link.row < boundary === upper),
      // A link run cut at the boundary is one run more: its overhead is in each half's count.
      payloadBytes: Math.ceil(block.payloadBytes * share) + 3 * RUN_OVERHEAD_BYTES,
      linkedFormulaRuns: cut(block.linkedFormulaRuns, upper),
      linkedBytes: Math.ceil(block.linkedBytes * share) + RUN_OVERHEAD_BYTES,
    };
  };
  return [part(true), part(false)];
}

/** Cells grouped into vertical runs of consecutive rows in one column, columns left to right. */
function verticalRuns<Cell extends { row: number; column: number }, Value>(
  cells: readonly Cell[],
  valueOf: (cell: Cell) => Value,
): { firstRow: number; column: number; values: Value[] }[] {
  const byColumn = new Map<number, Cell[]>();
  for (const cell of cells) {
    const list = byColumn.get(cell.column);
    if (list) list.push(cell);
    else byColumn.set(cell.column, [cell]);
  }
  const runs: { firstRow: number; column: number; values: Value[] }[] = [];
  for (const [column, list] of [...byColumn].sort((a, b) => a[0] - b[0])) {
    let run: { firstRow: number; column: number; values: Value[] } | undefined;
    for (const cell of list) {
      if (run && run.firstRow + run.values.length === cell.row) run.values.push(valueOf(cell));
      else {
        if (run) runs.push(run);
        run = { firstRow: cell.row, column, values: [valueOf(cell)] };
      }
    }
    if (run) runs.push(run);
  }
  return runs;
}

function formulaRuns(
  cells: readonly { row: number; column: number; formula: string }[],
): FormulaRun[] {
  return verticalRuns(cells, (cell) => [cell.formula]).map((run) => ({
    firstRow: run.firstRow,
    column: run.column,
    formulas: run.values,
  }));
}

/** A block's link cells in runs down each column, for one `setCellProperties` each. */
export function linkRuns(links: readonly LinkCell[]): LinkRun[] {
  return verticalRuns(links, (link) => link).map((run) => ({
    firstRow: run.firstRow,
    column: run.column,
    links: run.values,
  }));
}

/** Excel column widths are characters; Office.js takes points (about 7 px a character). */
export function columnWidthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}
