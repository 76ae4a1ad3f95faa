/** What the task pane may use from the Office.js adapter. */
export {
  createOfficeExcelAdapter,
  excelApiSupports,
  type ExcelAdapter,
  type OfficeAdapterOptions,
} from "./excelAdapter";
export { ExcelAdapterError, type ExcelProblem } from "./excelErrors";
export type { SourceChoice, SourceList, SourceSheet } from "./readSources";
export type { LogRequest, WrittenSheets } from "./writeSheets";
