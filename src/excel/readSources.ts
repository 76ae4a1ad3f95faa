/**
 * Reading from Excel: the sheets and tables a person can pick as the source, and the chosen
 * one's cells. Each is a fixed number of `context.sync` calls whatever the row count.
 */
import {
  roleOfMarker,
  sheetNameOfReference,
  type OutputRole,
  type RawCell,
  type SheetInput,
} from "../core";
import { ExcelAdapterError, withinTimeout } from "./excelErrors";
import { askHiddenRows } from "./hiddenRows";

/** Excel refuses to read more than this many cells from one range. */
export const MAX_CELLS_PER_READ = 5_000_000;

/**
 * Cells asked for in one read request: with their types, about 4 MB of response when cells
 * average 80 characters, under Excel on the web's 5 MB limit.
 */
export const CELLS_PER_READ_REQUEST = 40_000;

export interface SourceSheet {
  readonly name: string;
  /** Tables on the sheet, in Excel's order. */
  readonly tables: readonly string[];
  /** Set when the sheet is this product's own output. */
  readonly ownRole?: OutputRole;
}

export interface SourceList {
  /** Visible sheets, in workbook order. */
  readonly sheets: readonly SourceSheet[];
  readonly activeSheet: string;
}

/** A sheet, or one table on it. */
export interface SourceChoice {
  readonly sheetName: string;
  readonly tableName?: string;
}

export interface ReadOptions {
  readonly syncTimeoutMs?: number;
  /** Whether the host supports a requirement set, e.g. `supports("1.9")` for ExcelApi 1.9. */
  readonly supports?: (excelApiVersion: string) => boolean;
}

/** Sheet name (lowercase) → the output role its marker defined name gives it. */
export function ownRolesOf(
  names: readonly { name: string; formula: unknown }[],
): Map<string, OutputRole> {
  const roles = new Map<string, OutputRole>();
  for (const { name, formula } of names) {
    const role = roleOfMarker(name);
    const sheet = typeof formula === "string" ? sheetNameOfReference(formula) : undefined;
    if (role && sheet !== undefined) roles.set(sheet.toLowerCase(), role);
  }
  return roles;
}

/** Two syncs: the sheets and names, then each sheet's tables. */
export async function listSources(
  context: Excel.RequestContext,
  options: ReadOptions = {},
): Promise<SourceList> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  const names = context.workbook.names;
  names.load("items/name,items/formula");
  const active = context.workbook.worksheets.getActiveWorksheet();
  active.load("name");
  await withinTimeout(context.sync(), options.syncTimeoutMs);

  const visible = worksheets.items.filter((sheet) => sheet.visibility === "Visible");
  const tables = visible.map((sheet) => {
    const collection = sheet.tables;
    collection.load("items/name");
    return collection;
  });
  await withinTimeout(context.sync(), options.syncTimeoutMs);

  const roles = ownRolesOf(names.items);
  return {
    activeSheet: active.name,
    sheets: visible.map((sheet, index) => {
      const ownRole = roles.get(sheet.name.toLowerCase());
      return {
        name: sheet.name,
        tables: (tables[index]?.items ?? []).map((table) => table.name),
        ...(ownRole && { ownRole }),
      };
    }),
  };
}

/**
 * The range's size first (checked against Excel's read limit), then its values with their
 * types, so an error cell (#N/A, #DIV/0!) is known as an error, not as text. The values come
 * in row blocks: Excel on the web refuses a response over 5 MB, so a long sheet takes a few
 * more syncs rather than failing. A block that is still too large is halved and asked again.
 * Hidden rows are counted in the first sync (see `askHiddenRows`).
 */
export async function readSource(
  context: Excel.RequestContext,
  source: SourceChoice,
  options: ReadOptions = {},
): Promise<SheetInput> {
  const sheet = context.workbook.worksheets.getItem(source.sheetName);
  const table = source.tableName === undefined ? undefined : sheet.tables.getItem(source.tableName);
  table?.load("showTotals");
  const range = table ? table.getRange() : sheet.getUsedRangeOrNullObject(true);
  range.load("rowCount,columnCount,rowIndex,columnIndex");
  // Beside a table, how far the sheet's values reach: columns typed next to a table, on its
  // header row, look like part of it and are not; the engine says so when a field is missing.
  const used = table ? sheet.getUsedRangeOrNullObject(true) : undefined;
  used?.load("columnIndex,columnCount");
  const hiddenRows = askHiddenRows(sheet, table, options.supports ?? (() => false));
  await withinTimeout(context.sync(), options.syncTimeoutMs);

  if (range.isNullObject) return { name: source.sheetName, top: 1, left: 1, values: [] };
  const cells = range.rowCount * range.columnCount;
  if (cells > MAX_CELLS_PER_READ) {
    throw new ExcelAdapterError(
      "too-large",
      `${source.tableName ?? source.sheetName} holds ${cells.toLocaleString("en-US")} cells, more than the ${MAX_CELLS_PER_READ.toLocaleString("en-US")} Excel can read; put the use cases in a table, or score the file with the command line.`,
      false,
    );
  }

  // A table's totals row is not a use case.
  const rowCount = table?.showTotals ? range.rowCount - 1 : range.rowCount;
  const values: RawCell[][] = [];
  // The header row's cells left and right of the table ride along with the first block; a
  // sync that fails drops what it carried, so they are asked again until one succeeds.
  const askBeside = (): BesideRange[] =>
    used && !used.isNullObject ? besideRanges(sheet, range, used) : [];
  let beside = askBeside();
  let besideRead = false;
  const readBlock = async (firstRow: number, rows: number): Promise<void> => {
    const block = sheet.getRangeByIndexes(
      range.rowIndex + firstRow,
      range.columnIndex,
      rows,
      range.columnCount,
    );
    block.load("values,valueTypes");
    try {
      await withinTimeout(context.sync(), options.syncTimeoutMs);
    } catch (error) {
      const tooLarge = (error as { code?: string }).code === "ResponsePayloadSizeLimitExceeded";
      if (!tooLarge || rows === 1) throw error;
      if (!besideRead) beside = askBeside();
      const half = Math.ceil(rows / 2);
      await readBlock(firstRow, half);
      await readBlock(firstRow + half, rows - half);
      return;
    }
    besideRead = true;
    const types = block.valueTypes;
    block.values.forEach((row, r) =>
      values.push(row.map((value: unknown, c) => rawCellOf(value, types[r]?.[c]))),
    );
  };
  const rowsPerBlock = Math.max(1, Math.floor(CELLS_PER_READ_REQUEST / range.columnCount));
  for (let firstRow = 0; firstRow < rowCount; firstRow += rowsPerBlock) {
    await readBlock(firstRow, Math.min(rowsPerBlock, rowCount - firstRow));
  }
  const hidden = hiddenRows();
  return {
    name: source.sheetName,
    top: range.rowIndex + 1,
    left: range.columnIndex + 1,
    values,
    ...(source.tableName !== undefined && {
      tableName: source.tableName,
      tableSize: { rows: range.rowCount, columns: range.columnCount },
      besideTable: beside.flatMap(besideCells),
    }),
    ...(hidden && { hiddenRows: hidden }),
  };
}

interface BesideRange {
  /** 1-based sheet column of the range's first cell. */
  readonly column: number;
  readonly range: Excel.Range;
}

/** The table's header row, left and right of the table as far as the sheet has values. */
function besideRanges(
  sheet: Excel.Worksheet,
  table: Excel.Range,
  used: Excel.Range,
): BesideRange[] {
  const spans = [
    { first: used.columnIndex, last: table.columnIndex - 1 },
    {
      first: table.columnIndex + table.columnCount,
      last: used.columnIndex + used.columnCount - 1,
    },
  ].filter(({ first, last }) => last >= first);
  return spans.map(({ first, last }) => {
    const range = sheet.getRangeByIndexes(table.rowIndex, first, 1, last - first + 1);
    range.load("values,valueTypes");
    return { column: first + 1, range };
  });
}

function besideCells({ column, range }: BesideRange): { column: number; value: RawCell }[] {
  const types = range.valueTypes[0] ?? [];
  return (range.values[0] ?? []).flatMap((value: unknown, index) => {
    const cell = rawCellOf(value, types[index]);
    return cell === null || cell === "" ? [] : [{ column: column + index, value: cell }];
  });
}

/** A cell as Office.js gives it, as the engine reads it. */
export function rawCellOf(
  value: unknown,
  type: Excel.RangeValueType | `${Excel.RangeValueType}` | undefined,
): RawCell {
  if (type === "Error") return { error: String(value) };
  if (type === "Empty" || value === null || value === undefined || value === "") return null;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string")
    return value;
  return String(value);
}
