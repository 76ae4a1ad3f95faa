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
import { ExcelAdapterError, syncWithin } from "./excelErrors";

/** Excel refuses to read more than this many cells in one request. */
export const MAX_CELLS_PER_READ = 5_000_000;

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
  await syncWithin(context, options.syncTimeoutMs);

  const visible = worksheets.items.filter((sheet) => sheet.visibility === "Visible");
  const tables = visible.map((sheet) => {
    const collection = sheet.tables;
    collection.load("items/name");
    return collection;
  });
  await syncWithin(context, options.syncTimeoutMs);

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
 * Two syncs: the range's size (checked against Excel's read limit), then its values with
 * their types, so an error cell (#N/A, #DIV/0!) is known as an error, not as text.
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
  await syncWithin(context, options.syncTimeoutMs);

  if (range.isNullObject) return { name: source.sheetName, top: 1, left: 1, values: [] };
  const cells = range.rowCount * range.columnCount;
  if (cells > MAX_CELLS_PER_READ) {
    throw new ExcelAdapterError(
      "too-large",
      `${source.tableName ?? source.sheetName} holds ${cells.toLocaleString("en-US")} cells; Excel reads at most ${MAX_CELLS_PER_READ.toLocaleString("en-US")} at once. Put the use cases in a table or a smaller sheet.`,
      false,
    );
  }
  range.load("values,valueTypes");
  await syncWithin(context, options.syncTimeoutMs);

  // A table's totals row is not a use case.
  const rowCount = table?.showTotals ? range.rowCount - 1 : range.rowCount;
  const values = range.values
    .slice(0, rowCount)
    .map((row, r) => row.map((value: unknown, c) => rawCellOf(value, range.valueTypes[r]?.[c])));
  return {
    name: source.sheetName,
    top: range.rowIndex + 1,
    left: range.columnIndex + 1,
    values,
    ...(source.tableName !== undefined && { tableName: source.tableName }),
  };
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
