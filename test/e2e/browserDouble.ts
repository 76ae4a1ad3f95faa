/**
 * The browser test's entry for the Office.js double: webpack bundles this file for the page,
 * and an init script seeds a workbook and installs it as `window.Excel` before the pane loads.
 * The workbook state then lives in the page; Node reads it back with `page.evaluate`.
 */
import {
  createWorkbookState,
  installExcelDouble,
  selection,
  sheetNames,
  sheetSnapshot,
  type WorkbookState,
} from "../excel/double";

const excelDouble = {
  createWorkbookState,
  installExcelDouble,
  sheetSnapshot,
  selection,
  sheetNames,
};

/** What the test page's `window` carries besides the DOM (for `page.evaluate` callbacks). */
export interface PaneTestWindow {
  readonly __excelDouble: typeof excelDouble;
  /** The seeded workbook the pane reads and writes. */
  readonly __state: WorkbookState;
}

(window as unknown as { __excelDouble: typeof excelDouble }).__excelDouble = excelDouble;
