/** Shared by the readWorkbook tests: a scratch folder and workbooks built with exceljs. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { Workbook } from "exceljs";
import { readWorkbookFile, type LoadedWorkbook } from "../support/exceljsReader/readWorkbook";
import type { SheetInput } from "../../src/core/model";

export const FIXTURES = path.join(__dirname, "..", "fixtures");

/** A fresh folder for the calling test file, removed after it; call at the top level. */
export function useScratchFolder(): () => string {
  let folder: string | undefined;
  beforeAll(() => {
    folder = mkdtempSync(path.join(tmpdir(), "readWorkbook-"));
  });
  afterAll(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
  });
  return () => {
    if (!folder) throw new Error("the scratch folder exists only while tests run");
    return folder;
  };
}

export async function readExcel(filePath: string): Promise<LoadedWorkbook & { kind: "xlsx" }> {
  const loaded = await readWorkbookFile(filePath);
  if (loaded.kind !== "xlsx") throw new Error(`expected an Excel workbook from ${filePath}`);
  return loaded;
}

export function sheetNamed(loaded: LoadedWorkbook, name: string): SheetInput {
  const sheet = loaded.input.sheets.find((candidate) => candidate.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

let generated = 0;
/** A workbook built with exceljs, written to `folder`, and read back. */
export async function roundTrip(
  folder: string,
  build: (workbook: Workbook) => void,
): Promise<LoadedWorkbook> {
  const workbook = new Workbook();
  build(workbook);
  const filePath = path.join(folder, `generated-${++generated}.xlsx`);
  await workbook.xlsx.writeFile(filePath);
  return readWorkbookFile(filePath);
}

export async function onlySheet(
  folder: string,
  build: (workbook: Workbook) => void,
): Promise<SheetInput> {
  const loaded = await roundTrip(folder, build);
  const [sheet] = loaded.input.sheets;
  if (!sheet) throw new Error("no sheet");
  return sheet;
}
