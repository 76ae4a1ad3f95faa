/**
 * Shared by the hostile-input tests: workbooks written with exceljs, read back cell by cell, and
 * the same sheets seeded into the Office.js double, so each claim is checked in both front ends.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { stream, ValueType, Workbook, type CellValue } from "exceljs";
import { scoreWorkbook, type ScoringSettings, type SheetInput } from "../../src/core";
import type { ExcelAdapter } from "../../src/excel";
import type { SeedCell } from "../excel/double";

export type Row = readonly (string | number | null)[];

export interface SheetRows {
  readonly name: string;
  readonly rows: readonly Row[];
}

export const SETTINGS: ScoringSettings = {
  weights: { value: 25, feasibility: 25, dataReadiness: 25, regulatoryRisk: 25 },
  roadmap: { start: "2027-Q1", horizon: 4, slotsPerQuarter: 3 },
};

/** The CLI arguments that match SETTINGS. */
export const SETTINGS_ARGS = ["--start", "2027-Q1"];

/** Excel holds at most this many characters in a cell. */
export const MAX_CELL_TEXT = 32_767;

/** A fresh folder for the calling test file, removed after it; call at the top level. */
export function useScratchFolder(): () => string {
  let folder: string | undefined;
  beforeAll(() => {
    folder = mkdtempSync(path.join(tmpdir(), "opportunity-scorer-hostile-"));
  });
  afterAll(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
  });
  return () => {
    if (!folder) throw new Error("the scratch folder exists only while tests run");
    return folder;
  };
}

/** Writes the sheets, in order, to an .xlsx file with exceljs. */
export async function writeWorkbook(filePath: string, sheets: readonly SheetRows[]): Promise<void> {
  const workbook = new Workbook();
  for (const { name, rows } of sheets) {
    const worksheet = workbook.addWorksheet(name);
    for (const row of rows) worksheet.addRow([...row]);
  }
  await workbook.xlsx.writeFile(filePath);
}

/** Writes one long sheet row by row with exceljs's streaming writer (fast, little memory). */
export async function writeLongWorkbook(
  filePath: string,
  name: string,
  rows: Iterable<Row>,
): Promise<void> {
  const workbook = new stream.xlsx.WorkbookWriter({ filename: filePath });
  const worksheet = workbook.addWorksheet(name);
  for (const row of rows) worksheet.addRow([...row]).commit();
  worksheet.commit();
  await workbook.commit();
}

export async function loadWorkbook(filePath: string): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.readFile(filePath);
  return workbook;
}

/** What a person sees in a cell: a formula as `=…`, text and numbers as they are. */
export interface CellSeen {
  readonly address: string;
  readonly formula?: string;
  readonly text?: string;
  readonly value?: CellValue;
}

/** Every cell holding something, sheet by sheet, as exceljs read the file. */
export function cellsOf(workbook: Workbook, sheetName: string): CellSeen[] {
  const worksheet = workbook.getWorksheet(sheetName);
  if (!worksheet) throw new Error(`no sheet ${sheetName}`);
  const cells: CellSeen[] = [];
  worksheet.eachRow((row) => {
    row.eachCell((cell) => {
      if (cell.type === ValueType.Formula)
        cells.push({ address: cell.address, formula: `=${cell.formula}` });
      else if (cell.type === ValueType.String) {
        cells.push({ address: cell.address, text: cell.value as string });
      } else if (cell.type !== ValueType.Null && cell.type !== ValueType.Merge) {
        cells.push({ address: cell.address, value: cell.value });
      }
    });
  });
  return cells;
}

/** The characters a cell holds, for a length check: text, a formula, or a formula's text result. */
export function cellLength(cell: CellSeen): number {
  return (cell.text ?? cell.formula ?? "").length;
}

/** Names of the files inside a zip (an .xlsx), from its central directory. */
export function zipEntryNames(filePath: string): string[] {
  const bytes = readFileSync(filePath);
  let end = bytes.length - 22;
  while (end >= 0 && bytes.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error(`${filePath} is not a zip`);
  const count = bytes.readUInt16LE(end + 10);
  let entry = bytes.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const nameLength = bytes.readUInt16LE(entry + 28);
    const extraLength = bytes.readUInt16LE(entry + 30);
    const commentLength = bytes.readUInt16LE(entry + 32);
    names.push(bytes.subarray(entry + 46, entry + 46 + nameLength).toString("utf8"));
    entry += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/** Seed cells for the Office.js double from the same rows. */
export function seedCells(rows: readonly Row[]): SeedCell[][] {
  return rows.map((row) => row.map((cell) => cell));
}

/** Reads the source through the adapter and scores it, as the task pane does before writing. */
export async function readAndScore(
  adapter: ExcelAdapter,
  sheetName: string,
): Promise<ReturnType<typeof scoreWorkbook>> {
  const sheet: SheetInput = await adapter.readSource({ sheetName });
  return scoreWorkbook({ sheets: [sheet] }, SETTINGS);
}
