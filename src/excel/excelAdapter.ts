/**
 * The add-in's one door to Excel. The task pane receives an `ExcelAdapter` rather than
 * calling `Excel.run` itself, so its tests and the browser test can hand it a double.
 */
import type { NumberCulture, ScoringResult, SheetInput } from "../core";
import { toExcelAdapterError, withinTimeout } from "./excelErrors";
import { readCulture } from "./readCulture";
import { listSources, readSource, type SourceChoice, type SourceList } from "./readSources";
import {
  writeOutputSheets,
  type LogRequest,
  type WriteOptions,
  type WrittenSheets,
} from "./writeSheets";

export interface ExcelAdapter {
  listSources(): Promise<SourceList>;
  readSource(source: SourceChoice): Promise<SheetInput>;
  /** Writes the output sheets, and logs the run when `log` is given. */
  writeResult(result: ScoringResult, log?: LogRequest): Promise<WrittenSheets>;
  /** Selects a cell given as `Sheet!A1` or `'My sheet'!A1`, activating its sheet. */
  selectCell(address: string): Promise<void>;
  activateSheet(sheetName: string): Promise<void>;
  /** How numbers are written in the workbook (ExcelApi 1.11), else in Office's display language. */
  readCulture(): Promise<NumberCulture | undefined>;
}

type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeAdapterOptions extends WriteOptions {
  /** Defaults to the global `Excel.run`. */
  readonly run?: ExcelRun;
}

/** Whether this Excel supports ExcelApi `version`, asked of Office.js when it is loaded. */
export function excelApiSupports(version: string): boolean {
  return (
    typeof Office !== "undefined" &&
    Office.context?.requirements?.isSetSupported("ExcelApi", version) === true
  );
}

export function createOfficeExcelAdapter(options: OfficeAdapterOptions = {}): ExcelAdapter {
  const run: ExcelRun = options.run ?? ((batch) => Excel.run(batch));
  // Reads and writes both ask the host which requirement sets it has.
  const hostOptions: WriteOptions = { supports: excelApiSupports, ...options };

  // Every Excel.run is awaited inside the try, so its failures reach the catch.
  async function inExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await run(batch);
    } catch (error) {
      throw toExcelAdapterError(error);
    }
  }

  return {
    listSources: () => inExcel((context) => listSources(context, options)),
    readSource: (source) => inExcel((context) => readSource(context, source, hostOptions)),
    writeResult: (result, log) =>
      inExcel((context) => writeOutputSheets(context, result, hostOptions, log)),
    selectCell: (address) =>
      inExcel(async (context) => {
        const bang = address.lastIndexOf("!");
        const sheetPart = address.slice(0, bang);
        const sheetName = sheetPart.startsWith("'")
          ? sheetPart.slice(1, -1).replace(/''/g, "'")
          : sheetPart;
        const sheet = context.workbook.worksheets.getItem(sheetName);
        sheet.activate();
        sheet.getRange(address.slice(bang + 1)).select();
        await withinTimeout(context.sync(), options.syncTimeoutMs);
      }),
    readCulture: () => inExcel((context) => readCulture(context, options.syncTimeoutMs)),
    activateSheet: (sheetName) =>
      inExcel(async (context) => {
        context.workbook.worksheets.getItem(sheetName).activate();
        await withinTimeout(context.sync(), options.syncTimeoutMs);
      }),
  };
}
