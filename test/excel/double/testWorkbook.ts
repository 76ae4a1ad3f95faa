/**
 * Test builders for the double's own tests: a seeded workbook installed as the global `Excel`,
 * and a way to catch the error a batch rejects with.
 */

import {
  type WorkbookOptions,
  type WorkbookSeed,
  type WorkbookState,
  createWorkbookState,
  installExcelDouble,
} from "./index";

let uninstall: (() => void) | undefined;

/** Installs a fresh double as `globalThis.Excel`; the previous one is removed first. */
export function aWorkbook(
  seed: WorkbookSeed = { sheets: [{ name: "Sheet1" }] },
  options: WorkbookOptions = {},
): WorkbookState {
  uninstall?.();
  const state = createWorkbookState(seed, options);
  uninstall = installExcelDouble(globalThis, state);
  return state;
}

export function removeWorkbook(): void {
  uninstall?.();
  uninstall = undefined;
}

export interface CaughtOfficeError {
  readonly name: string;
  readonly code: string;
  readonly message: string;
  readonly debugInfo: {
    readonly code: string;
    readonly message: string;
    readonly errorLocation?: string;
  };
}

function isOfficeError(error: unknown): error is CaughtOfficeError {
  return typeof error === "object" && error !== null && "code" in error && "debugInfo" in error;
}

/** The Office-shaped error `work` rejects or throws with; fails the test when it succeeds. */
export async function officeErrorFrom(work: () => unknown): Promise<CaughtOfficeError> {
  try {
    await work();
  } catch (error) {
    if (isOfficeError(error)) return error;
    throw error;
  }
  throw new Error("Expected an Office.js error, but the work succeeded.");
}

/** Resolves to "pending" when `promise` has not settled within `ms` milliseconds. */
export async function settledWithin<T>(promise: Promise<T>, ms: number): Promise<T | "pending"> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<"pending">((resolve) => {
    timer = setTimeout(() => resolve("pending"), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
