/**
 * The browser test's entry for the Office.js double: webpack bundles this file for the page,
 * and an init script seeds a workbook before the pane loads and puts it behind Microsoft's
 * Office.js runtime (loaded by the same script) as its host, or, for the pane benchmark, installs
 * the double itself as `window.Excel`. The workbook state then lives in the page; Node reads it
 * back with `page.evaluate`.
 */
import {
  createWorkbookState,
  installExcelDouble,
  selection,
  sheetNames,
  sheetSnapshot,
  type WorkbookState,
} from "../excel/double";
import { attachRichApiHost, type RichApiHost } from "../excel/host/richApiHost";

const excelDouble = {
  createWorkbookState,
  installExcelDouble,
  attachRichApiHost,
  sheetSnapshot,
  selection,
  sheetNames,
};

/** What the test page's `window` carries besides the DOM (for `page.evaluate` callbacks). */
export interface PaneTestWindow {
  readonly __excelDouble: typeof excelDouble;
  /** The seeded workbook the pane reads and writes. */
  readonly __state: WorkbookState;
  /** The host behind Microsoft's runtime, when the page runs on it: every request it sent. */
  readonly __host?: RichApiHost;
}

(window as unknown as { __excelDouble: typeof excelDouble }).__excelDouble = excelDouble;
