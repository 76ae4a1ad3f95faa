/**
 * Shared by the hostile-input tests: workbooks written with exceljs, read back cell by cell, and
 * the same sheets seeded into the Office.js double, so each claim is checked in both front ends.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { stream, ValueType, Workbook, type CellValue } from "exceljs";
import {
  scoreWorkbook,
  type ScoringResult,
  type ScoringSettings,
  type SheetInput,
} from "../../src/core";
import type { ExcelAdapter } from "../../src/excel";
import { loadWorkbook, runCli } from "../cli/cliHarness";
import {
  createWorkbookState,
  sheetNames,
  sheetSnapshot,
  type WorkbookState,
} from "../excel/double";
import { adapterOver } from "../excel/excelHarness";

export { loadWorkbook };

export type Row = readonly (string | number | null)[];

export interface SheetRows {
  readonly name: string;
  readonly rows: readonly Row[];
}

/** The source sheet's name, unless a test is about the name. */
export const SOURCE = "Candidates";

/** A workbook of one sheet, the source, holding `rows`. */
export function candidates(rows: readonly Row[]): SheetRows[] {
  return [{ name: SOURCE, rows }];
}

/** ID, name, owner and the four axes, headed as people do; each test adds its other columns. */
export const USE_CASE_COLUMNS: Row = [
  "ID",
  "Use case",
  "Owner",
  "Business value",
  "Feasibility",
  "Data",
  "Risk",
];

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

/** The engine's answer for the sheets, each read from A1. */
export function scoreInEngine(sheets: readonly SheetRows[]): ScoringResult {
  const inputs = sheets.map(({ name, rows }): SheetInput => ({
    name,
    top: 1,
    left: 1,
    values: rows,
  }));
  return scoreWorkbook({ sheets: inputs }, SETTINGS);
}

/** The workbook the command line wrote, and what it printed. */
export interface CliScored {
  readonly scored: Workbook;
  readonly stdout: string;
}

/**
 * Scores `input` into `output` with the command line (SETTINGS_ARGS, then `args`), and reads the
 * output back; throws unless the command line exits 0.
 */
export async function scoreFile(
  input: string,
  output: string,
  args: readonly string[] = [],
): Promise<CliScored> {
  const run = await runCli(["score", input, "--out", output, ...SETTINGS_ARGS, ...args]);
  if (run.code !== 0) throw new Error(`the command line exited ${run.code}: ${run.stderr}`);
  return { scored: await loadWorkbook(output), stdout: run.stdout };
}

/** Writes the sheets to `<name>.xlsx` in `folder` and scores it into `<name>-scored.xlsx`. */
export async function scoreWithCli(
  folder: string,
  name: string,
  sheets: readonly SheetRows[],
): Promise<CliScored> {
  const input = path.join(folder, `${name}.xlsx`);
  await writeWorkbook(input, sheets);
  return scoreFile(input, path.join(folder, `${name}-scored.xlsx`));
}

export interface AddIn {
  readonly state: WorkbookState;
  readonly adapter: ExcelAdapter;
}

/** The Office.js double holding the same sheets, installed, and the adapter over it. */
export function addInOver(sheets: readonly SheetRows[], syncTimeoutMs?: number): AddIn {
  const state = createWorkbookState({
    sheets: sheets.map(({ name, rows }) => ({ name, cells: rows.map((row) => [...row]) })),
  });
  return { state, adapter: adapterOver(state, syncTimeoutMs) };
}

/** Reads the source through the adapter and scores it, as the task pane does before writing. */
export async function readAndScore(
  adapter: ExcelAdapter,
  sheetName = SOURCE,
): Promise<ScoringResult> {
  const sheet: SheetInput = await adapter.readSource({ sheetName });
  return scoreWorkbook({ sheets: [sheet] }, SETTINGS);
}

/** Reads, scores and writes the result, as the pane's Write button does. */
export async function scoreAndWrite(adapter: ExcelAdapter, sheetName = SOURCE): Promise<void> {
  await adapter.writeResult(await readAndScore(adapter, sheetName));
}

/** The double holding the sheets, after the add-in has read, scored and written the source. */
export async function writtenByAddIn(sheets: readonly SheetRows[]): Promise<WorkbookState> {
  const { state, adapter } = addInOver(sheets);
  await scoreAndWrite(adapter);
  return state;
}

/** A text in a sheet the add-in wrote, where it stands, and the type Excel gives its cell. */
export interface TextWritten {
  readonly where: string;
  readonly text: string;
  readonly type: string | undefined;
}

/** Every text in every sheet of the double but the source. */
export function textsWritten(state: WorkbookState): TextWritten[] {
  return sheetNames(state)
    .filter((sheet) => sheet !== SOURCE)
    .flatMap((sheet) => {
      const { values, valueTypes } = sheetSnapshot(state, sheet);
      return values.flatMap((row, r) =>
        row.flatMap((text, c) =>
          typeof text === "string"
            ? [{ where: `${sheet} row ${r + 1} column ${c + 1}`, text, type: valueTypes[r]?.[c] }]
            : [],
        ),
      );
    });
}
