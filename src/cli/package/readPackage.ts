/**
 * The command line's input read straight from the workbook package (DESIGN §5: "Reading takes
 * the values it needs and never expands what it does not need"). The parts are found by the
 * package's relationships — workbook, shared strings, styles, each worksheet and its tables —
 * and each is streamed; nothing else is parsed. The result is the engine's `WorkbookInput` (the
 * same as the exceljs reader's that the tests compare it with, test/support/exceljsReader) and
 * the package's bytes, which the writer copies with its sheets added.
 */
import * as path from "node:path";
import type { WorkbookShape, OutputRole, RawCell, SheetInput, WorkbookInput } from "../../core";
import type { SheetArea } from "../sheetArea";
import { EXCEL_EXTENSIONS, notAWorkbook, readInputBytes, unsupportedType } from "../inputFileError";
import { readCsvBytes } from "../readCsv";
import { readDateStyles } from "./dateStyles";
import { readRelationships, type PartRelationship } from "./packageRelationships";
import { readSharedStrings } from "./sharedStringsPart";
import { readSheetCells, type CellContext, type SheetCells } from "./sheetXml";
import { readTablePart, type TablePart } from "./tablePart";
import { readWorkbookPart, type WorkbookPart } from "./workbookPart";
import { ZipPackage } from "./zip";

export interface LoadedExcelPackage {
  readonly kind: "xlsx";
  readonly input: WorkbookInput;
  /** The file as read, untouched: the writer adds its parts to this package. */
  readonly bytes: Uint8Array;
  /**
   * Every sheet in tab order (chart sheets too: their names are taken) with the role its
   * marker gives it, and the names of the tables on sheets that are not this product's.
   */
  readonly shape: WorkbookShape;
}

export interface LoadedCsvFile {
  readonly kind: "csv";
  readonly input: WorkbookInput;
  /** The one sheet's name: the file's name without extension, made a valid sheet name. */
  readonly sheetName: string;
}

export type LoadedPackage = LoadedExcelPackage | LoadedCsvFile;

/** What the reader takes from a workbook package. */
export interface WorkbookPackageContents {
  readonly input: WorkbookInput;
  readonly shape: WorkbookShape;
}

/** Reads the file, choosing by its extension. Throws `InputFileError` when it cannot be used. */
export async function readWorkbookPackage(filePath: string): Promise<LoadedPackage> {
  const extension = path.extname(filePath).toLowerCase();
  if (extension === ".csv") {
    const sheet = readCsvBytes(filePath, await readInputBytes(filePath));
    return { kind: "csv", input: { sheets: [sheet] }, sheetName: sheet.name };
  }
  if (!EXCEL_EXTENSIONS.has(extension)) throw unsupportedType(filePath, extension);
  const bytes = await readInputBytes(filePath);
  let contents: WorkbookPackageContents | undefined;
  try {
    contents = readWorkbookPackageBytes(bytes);
  } catch {
    // A damaged zip or XML part: the library's own wording means nothing to a user.
    contents = undefined;
  }
  if (!contents) throw notAWorkbook(filePath, bytes);
  return { kind: "xlsx", bytes, ...contents };
}

/**
 * The engine's input and the workbook's shape; undefined when the package holds no workbook
 * with a worksheet. Throws when the zip or one of the parts read is damaged.
 */
export function readWorkbookPackageBytes(bytes: Uint8Array): WorkbookPackageContents | undefined {
  const zip = new ZipPackage(bytes);
  const workbookPartName =
    firstOfKind(readRelationships(zip, ""), "officeDocument")?.partName ?? "xl/workbook.xml";
  const workbook = readWorkbookPart(zip, workbookPartName);
  if (!workbook) return undefined;
  const relationships = readRelationships(zip, workbookPartName);
  const context: CellContext = {
    sharedStrings: readSharedStrings(zip, firstOfKind(relationships, "sharedStrings")?.partName),
    dateStyles: readDateStyles(zip, firstOfKind(relationships, "styles")?.partName),
    date1904: workbook.date1904,
  };
  const sheets: SheetInput[] = [];
  const tableNames: string[] = [];
  for (const entry of workbook.sheets) {
    const part = relationships.get(entry.relationshipId);
    // Chart sheets, dialog sheets and macro sheets hold no cells to score.
    if (part?.kind !== "worksheet") continue;
    const cells = readSheetCells(zip, part.partName, context);
    if (!cells) continue;
    const tables = readTables(zip, part.partName, cells);
    const ownRole = workbook.ownRoles.get(entry.name.toLowerCase());
    sheets.push(sheetInput(entry.name, cells, tables, ownRole));
    if (ownRole === undefined) {
      for (const table of tables) {
        tableNames.push(table.name, ...(table.otherName === undefined ? [] : [table.otherName]));
      }
    }
  }
  if (sheets.length === 0) return undefined;
  return { input: { sheets }, shape: { sheets: existingSheets(workbook), tableNames } };
}

function firstOfKind(
  relationships: ReadonlyMap<string, PartRelationship>,
  kind: string,
): PartRelationship | undefined {
  for (const relationship of relationships.values()) {
    if (relationship.kind === kind) return relationship;
  }
  return undefined;
}

/** The sheet's tables, in the order its `<tableParts>` lists them. */
function readTables(zip: ZipPackage, sheetPartName: string, cells: SheetCells): TablePart[] {
  if (cells.tableRelationshipIds.length === 0) return [];
  const relationships = readRelationships(zip, sheetPartName);
  const tables: TablePart[] = [];
  for (const id of cells.tableRelationshipIds) {
    const part = relationships.get(id);
    const table = part?.kind === "table" ? readTablePart(zip, part.partName) : undefined;
    if (table) tables.push(table);
  }
  return tables;
}

function existingSheets(workbook: WorkbookPart): WorkbookShape["sheets"] {
  return workbook.sheets.map(({ name }) => {
    const ownRole = workbook.ownRoles.get(name.toLowerCase());
    return ownRole ? { name, ownRole } : { name };
  });
}

/** One worksheet: its first Excel table if it has one, else its used range. */
function sheetInput(
  name: string,
  cells: SheetCells,
  tables: readonly TablePart[],
  ownRole: OutputRole | undefined,
): SheetInput {
  const table = tables.find((candidate) => candidate.area !== undefined);
  const area = table?.area ?? usedArea(cells);
  return {
    name,
    top: area?.top ?? 1,
    left: area?.left ?? 1,
    values: area ? areaValues(cells, area) : [],
    ...(table?.area && {
      tableName: table.name,
      tableSize: {
        rows: (table.range ?? table.area).bottom - table.area.top + 1,
        columns: table.area.right - table.area.left + 1,
      },
      besideTable: besideArea(cells, table.area),
    }),
    ...(ownRole ? { ownRole } : {}),
  };
}

/** The cells with a value on the area's top row, left or right of it. */
function besideArea(cells: SheetCells, area: SheetArea): { column: number; value: RawCell }[] {
  const row = cells.rows.get(area.top);
  if (!row) return [];
  return row.columns.flatMap((column, index) => {
    const value = row.values[index] ?? null;
    const outside = column < area.left || column > area.right;
    return outside && value !== null && value !== "" ? [{ column, value }] : [];
  });
}

/** The smallest rectangle holding every cell with a value. */
function usedArea(cells: SheetCells): SheetArea | undefined {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  for (const [rowNumber, row] of cells.rows) {
    const first = row.columns[0];
    const last = row.columns[row.columns.length - 1];
    if (first === undefined || last === undefined) continue;
    top = Math.min(top, rowNumber);
    bottom = Math.max(bottom, rowNumber);
    left = Math.min(left, first);
    right = Math.max(right, last);
  }
  return bottom === 0 ? undefined : { top, left, bottom, right };
}

const BLANK_ROW: readonly RawCell[] = Object.freeze([]);

/**
 * The area's values, one array per sheet row; each row ends at its last value (rows may be
 * ragged), so a stray cell far to the right costs nothing on the other rows.
 */
function areaValues(cells: SheetCells, area: SheetArea): (readonly RawCell[])[] {
  const values: (readonly RawCell[])[] = [];
  for (let rowNumber = area.top; rowNumber <= area.bottom; rowNumber++) {
    const row = cells.rows.get(rowNumber);
    const rowValues: RawCell[] = [];
    row?.columns.forEach((column, index) => {
      if (column < area.left || column > area.right) return;
      while (rowValues.length < column - area.left) rowValues.push(null);
      rowValues.push(row.values[index] ?? null);
    });
    values.push(rowValues.length === 0 ? BLANK_ROW : rowValues);
  }
  return values;
}
