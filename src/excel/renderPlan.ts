/**
 * A sheet description turned into the few large arrays and rectangles Office.js wants, so a
 * sheet of any length is written with a handful of range operations instead of one per cell.
 * Pure: no Office.js here, so it is tested directly.
 */
import type { CellDescription, CellStyleName, SheetDescription } from "../core";

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
 * The bytes a string takes in the request Office.js sends: its JSON form (quotes, and `\\` before
 * each `"` and `\\`; control characters escaped) counted in UTF-8, which is what Excel on the web
 * measures against its 5 MB limit. A CJK character is three bytes, not one.
 */
export function jsonStringBytes(text: string): number {
  let bytes = 2;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22 || code === 0x5c) bytes += 2;
    else if (code < 0x20) bytes += code === 0x0a || code === 0x0d || code === 0x09 ? 2 : 6;
    else if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4; // a surrogate pair: one code point, four bytes
      i++;
    } else bytes += 3;
  }
  return bytes;
}

// One array element in the request: its JSON and a comma.
const jsonBytes = (value: string | number | null): number =>
  typeof value === "string"
    ? jsonStringBytes(value) + 1
    : value === null
      ? 5
      : String(value).length + 1;

// The JSON around a link's two strings: a `setCellProperties` row (`[{…}],`), or the object
// a `hyperlink` assignment sends.
const CELL_PROPERTIES_LINK_BYTES = '[{"hyperlink":{"documentReference":,"textToDisplay":}}],'
  .length;
const HYPERLINK_BYTES = '{"documentReference":,"textToDisplay":}'.length;
// A `hyperlink` set on one cell: its `getCell` object path and four actions (instantiate, keep
// reference, instantiate, set), about 450 bytes measured through the runtime; with room to spare.
const CELL_LINK_OVERHEAD_BYTES = 550;

/**
 * Office.js sends a `values`, `formulas` or `numberFormat` array of more than 1,500 cells as
 * slices of about 1,500 cells, each addressed through `getRow` and `getBoundingRect` with its
 * own object paths and actions (`setRangePropertiesInBulk` in Office.js): about 600 bytes a
 * slice, measured through the runtime; counted here with room to spare.
 */
const OFFICE_SLICE_CELLS = 1_500;
const OFFICE_SLICE_BYTES = 800;
// A range operation's object paths and actions (getRangeByIndexes, instantiate, keep reference, set).
const RUN_OVERHEAD_BYTES = 400;

/** Bytes Office.js adds to one array property of `rows` × `columns` cells for its slicing. */
export function slicingBytes(rows: number, columns: number): number {
  if (rows * columns <= OFFICE_SLICE_CELLS) return 0;
  const rowsPerSlice = Math.max(1, Math.round(OFFICE_SLICE_CELLS / columns));
  return Math.ceil(rows / rowsPerSlice) * OFFICE_SLICE_BYTES;
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

/**
 * A link's bytes as `linkWrite` sends it: its strings and their JSON, and the range operation
 * that carries it (one per cell, or one per run when it does not extend the run above it).
 */
function linkBytes(link: LinkCell, linkWrite: LinkWrite, extendsRun: boolean): number {
  const strings = jsonStringBytes(link.target) + jsonStringBytes(link.text);
  if (linkWrite === "perCell") return CELL_LINK_OVERHEAD_BYTES + HYPERLINK_BYTES + strings;
  return (extendsRun ? 0 : RUN_OVERHEAD_BYTES) + CELL_PROPERTIES_LINK_BYTES + strings;
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
