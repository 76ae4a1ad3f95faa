/**
 * An in-memory Excel behind the Office.js surface the adapter uses. Pure TypeScript with no Node
 * imports, so webpack can bundle it for a browser page.
 *
 * The adapter's tests no longer hold these proxies: they run on Microsoft's Office.js runtime,
 * and test/excel/host replays each request it sends on these classes, which are then the host's
 * object model (the workbook's behaviour: names, protection, formula binding, charts). Two uses
 * of the proxies as `window.Excel` remain, on purpose: the double's own tests (double.*.test.ts),
 * which pin the model's behaviour statement by statement, and the pane benchmark (bench/pane.js),
 * which times our code's first view without Microsoft's 3 MB runtime script in the measurement.
 *
 *   const state = createWorkbookState({ sheets: [{ name: "Input", cells: [["Name"], ["Chatbot"]] }] });
 *   installExcelDouble(globalThis, state);
 *   await Excel.run(async (context) => { … });
 *   expect(sheetSnapshot(state, "Ranked").values).toEqual(…);
 */

import { runBatch } from "./context";
import { DoubleOfficeError } from "./errors";
import { ExcelEnums } from "./enums";
import type { WorkbookState } from "./state";

export interface InstallOptions {
  /**
   * Also define `OfficeExtension.Error` (as the double's error class) when the global has none,
   * so `error instanceof OfficeExtension.Error` holds without Office.js. Where real Office.js is
   * loaded (a browser test), its own class stays and `instanceof` fails for the double's errors:
   * the adapter should branch on `error.code`. Default true.
   */
  readonly defineOfficeExtension?: boolean;
}

/** Sets `globalObject.Excel` to the double; returns a function that restores what was there. */
export function installExcelDouble(
  globalObject: object,
  state: WorkbookState,
  options: InstallOptions = {},
): () => void {
  const target = globalObject as Record<string, unknown>;
  const previous = { Excel: target["Excel"], OfficeExtension: target["OfficeExtension"] };
  target["Excel"] = {
    ...ExcelEnums,
    run: (...args: readonly unknown[]): Promise<unknown> => runBatch(state, ...args),
  };
  const defineOfficeExtension =
    (options.defineOfficeExtension ?? true) && previous.OfficeExtension === undefined;
  if (defineOfficeExtension) {
    target["OfficeExtension"] = {
      Error: DoubleOfficeError,
      ErrorCodes: {
        accessDenied: "AccessDenied",
        generalException: "GeneralException",
        activityLimitReached: "ActivityLimitReached",
        invalidObjectPath: "InvalidObjectPath",
        propertyNotLoaded: "PropertyNotLoaded",
        valueNotLoaded: "ValueNotLoaded",
        invalidRequestContext: "InvalidRequestContext",
        invalidArgument: "InvalidArgument",
        runMustReturnPromise: "RunMustReturnPromise",
        cannotRegisterEvent: "CannotRegisterEvent",
        apiNotFound: "ApiNotFound",
        connectionFailure: "ConnectionFailure",
      },
    };
  }
  return () => {
    target["Excel"] = previous.Excel;
    if (defineOfficeExtension) target["OfficeExtension"] = previous.OfficeExtension;
  };
}

export { DoubleRequestContext, runBatch } from "./context";
export { DoubleErrorCodes, DoubleOfficeError } from "./errors";
export { ExcelEnums } from "./enums";
export { OPERATION_OVERHEAD_BYTES } from "./batch";
export {
  type CellScalar,
  type SeedCell,
  type SheetSeed,
  type OperationFault,
  type SyncRecord,
  type WorkbookOptions,
  type WorkbookSeed,
  type WorkbookState,
  DEFAULT_MAX_CELLS_PER_READ,
  DEFAULT_PAYLOAD_LIMIT_BYTES,
  createWorkbookState,
  failNextSync,
  failOperation,
  refuseNextRequest,
  hangNextSync,
  syncCount,
} from "./state";
export { type FormulaEvaluator, evaluateConstantFormula } from "./cellInput";
export { type SheetSnapshot, definedNames, selection, sheetNames, sheetSnapshot } from "./snapshot";
export type {
  ChartAxisSnapshot,
  ChartCellsSnapshot,
  ChartPointLabelSnapshot,
  ChartSeriesSnapshot,
  ChartSnapshot,
} from "./chartSnapshot";
