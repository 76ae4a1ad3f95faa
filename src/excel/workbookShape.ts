/**
 * The workbook as a write finds it: its sheets (with ids and places), defined names and tables,
 * and which sheets are this product's own by their markers. Refuses a workbook whose structure
 * is protected, since no sheet could then be added or renamed.
 */
import type { OutputRole } from "../core";
import { ExcelAdapterError } from "./excelErrors";
import { ownRolesOf } from "./readSources";

export interface WorkbookShape {
  readonly worksheets: Excel.WorksheetCollection;
  readonly names: Excel.NamedItemCollection;
  readonly tables: Excel.TableCollection;
  readonly sheets: readonly Excel.Worksheet[];
  readonly roles: ReadonlyMap<string, OutputRole>;
}

/** The sheets, names and tables, and whether the workbook's structure may change. One sync. */
export async function readShape(
  context: Excel.RequestContext,
  sync: () => Promise<void>,
): Promise<WorkbookShape> {
  const workbook = context.workbook;
  const worksheets = workbook.worksheets;
  worksheets.load("items/id,items/name,items/position");
  const names = workbook.names;
  names.load("items/name,items/formula");
  const tables = workbook.tables;
  tables.load("items/name");
  const protection = workbook.protection;
  protection.load("protected");
  await sync();
  if (protection.protected) {
    throw new ExcelAdapterError(
      "protected",
      "The workbook's structure is protected, so no sheet can be added. Unprotect it (Review > Protect Workbook), then write again.",
      false,
      "AccessDenied",
    );
  }
  return { worksheets, names, tables, sheets: worksheets.items, roles: ownRolesOf(names.items) };
}
