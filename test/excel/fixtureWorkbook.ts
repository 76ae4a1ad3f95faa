/** A fixture workbook as the engine reads it, and as a seed for the Office.js double. */
import * as path from "node:path";
import { readWorkbookFile } from "../support/exceljsReader/readWorkbook";
import { rangeReference } from "../../src/core/model";
import type { RawCell, SheetInput, WorkbookInput } from "../../src/core";
import type { SeedCell, SheetSeed, WorkbookSeed } from "./double";

export const FIXTURES = path.join(__dirname, "..", "fixtures");

export interface FixtureWorkbook {
  readonly input: WorkbookInput;
  /** Plain data (it crosses into the page as JSON): each sheet's cells from A1, its table. */
  readonly seed: WorkbookSeed;
}

function seedCell(cell: RawCell | undefined): SeedCell {
  if (cell === undefined || cell === null) return null;
  if (typeof cell !== "object") return cell;
  return "error" in cell ? { error: cell.error } : { formula: `=${cell.unsavedFormula}` };
}

function sheetSeed(sheet: SheetInput): SheetSeed {
  const width = Math.max(0, ...sheet.values.map((row) => row.length));
  const cells: SeedCell[][] = Array.from({ length: sheet.top - 1 }, () => []);
  for (const row of sheet.values) {
    cells.push([...new Array<SeedCell>(sheet.left - 1).fill(null), ...Array.from(row, seedCell)]);
  }
  const table = sheet.tableName && {
    name: sheet.tableName,
    address: rangeReference(
      sheet.top,
      sheet.left,
      sheet.top + sheet.values.length - 1,
      sheet.left + width - 1,
    ),
  };
  return { name: sheet.name, cells, ...(table && { tables: [table] }) };
}

export async function fixtureWorkbook(fixture: string): Promise<FixtureWorkbook> {
  const loaded = await readWorkbookFile(path.join(FIXTURES, fixture));
  return { input: loaded.input, seed: { sheets: loaded.input.sheets.map(sheetSeed) } };
}
