/**
 * Excel tables as exceljs 4.4 loads them. Its typings say `getTables()` returns
 * `[Table, void][]`; what it returns is its Table wrapper, whose `table` is the model read
 * from the file: `tableRef` is the range (header first, totals row last), `name` the name.
 */
import type { Workbook, Worksheet } from "exceljs";
import * as z from "zod";
import { parseAreaReference, type SheetArea } from "../../../src/cli/sheetArea";

export { parseAreaReference, type SheetArea } from "../../../src/cli/sheetArea";

const loadedTable = z.object({
  table: z.object({
    name: z.string(),
    tableRef: z.string(),
    totalsRow: z.boolean().optional(),
  }),
});

/**
 * The first table on the sheet, without its totals row: a totals row is a sum or an average
 * of the use cases, not one of them. Its first row is taken as its header (see
 * `repairLoadedTables` for why exceljs's own flag is not trusted).
 */
export function firstTable(
  worksheet: Worksheet,
): { name: string; area: SheetArea; range: SheetArea } | undefined {
  const tables: readonly unknown[] = worksheet.getTables();
  for (const candidate of tables) {
    const parsed = loadedTable.safeParse(candidate);
    if (!parsed.success) continue;
    const area = parseAreaReference(parsed.data.table.tableRef);
    if (!area) continue;
    const bottom =
      parsed.data.table.totalsRow && area.bottom > area.top ? area.bottom - 1 : area.bottom;
    return { name: parsed.data.table.name, area: { ...area, bottom }, range: area };
  }
  return undefined;
}

/**
 * Makes loaded tables safe to write back, for the copy the command line writes.
 *
 * - exceljs sets a loaded table's `headerRow` only from `headerRowCount="1"`, which Excel
 *   leaves out because 1 is the default: every table Excel saved loads as header-less, and
 *   would be written back with `headerRowCount="0"`, its header row turned into data. A
 *   table without a header row is rare (it takes unticking "Header Row"), so every table
 *   keeps its header.
 * - A table saved without `<tableStyleInfo>` loads with no style, and exceljs then throws
 *   while writing it (`Cannot read properties of null (reading 'theme')`).
 */
export function repairLoadedTables(workbook: Workbook): void {
  for (const worksheet of workbook.worksheets) {
    const tables: readonly unknown[] = worksheet.getTables();
    for (const table of tables) {
      if (!isRecord(table) || !isRecord(table.table)) continue;
      table.table.headerRow = true;
      if (!isRecord(table.table.style)) table.table.style = {};
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}
