/**
 * What went wrong in Excel, said so a person knows what to do. Office.js errors carry a `code`
 * (OfficeExtension.ErrorCodes / Excel.ErrorCodes); the adapter branches on it rather than on
 * `instanceof`, which fails across Office.js copies and for the test double. The `message` and
 * `debugInfo` of an Office.js error are for developers and change between builds: never read.
 */

export type ExcelProblem =
  | "cell-edit-mode"
  /** Excel refused the operation; a cell being edited is the usual reason. */
  | "invalid-operation"
  /** A dialog in Excel is open (Format Cells, Find, …); Excel takes no changes until it closes. */
  | "dialog-open"
  /** The pane's session with Excel on the web has expired; only reloading the add-in helps. */
  | "session-expired"
  /** The adapter's own check found a protected sheet or workbook structure. */
  | "protected"
  /** Excel refused access for another reason: view-only, a read-only file, or permissions. */
  | "read-only"
  | "not-found"
  | "too-large"
  | "timeout"
  | "busy"
  | "unsupported"
  /** Excel failed inside itself (GeneralException). */
  | "internal"
  | "unexpected";

export class ExcelAdapterError extends Error {
  override readonly name = "ExcelAdapterError";

  constructor(
    readonly problem: ExcelProblem,
    message: string,
    /** True when trying again, unchanged, may well work. */
    readonly retryable: boolean,
    readonly code?: string,
  ) {
    super(message);
  }
}

const CELL_EDIT_FIX = "Press Enter or Esc in the sheet, then write again.";

const MESSAGES: Readonly<
  Record<string, { problem: ExcelProblem; message: string; retryable: boolean }>
> = {
  InvalidOperationInCellEditMode: {
    problem: "cell-edit-mode",
    message: `Excel is editing a cell, and takes no other change until that ends. ${CELL_EDIT_FIX}`,
    retryable: true,
  },
  // Excel raises the bare code for more than cell editing, but that is what people run into.
  InvalidOperation: {
    problem: "invalid-operation",
    message: `Excel refused the change, most likely because a cell is being edited. ${CELL_EDIT_FIX} If no cell was being edited, reload the add-in and write again.`,
    retryable: true,
  },
  WriteNotSupportedWhenModalDialogOpen: {
    problem: "dialog-open",
    message:
      "A dialog is open in Excel, and Excel takes no changes while it is. Close the dialog in Excel, then write again.",
    retryable: true,
  },
  InvalidOrTimedOutSession: {
    problem: "session-expired",
    message:
      "Excel ended the add-in's session (it was open a long time, or you were signed out), so nothing more reaches the workbook. Reload the add-in (close the pane and open it again, or refresh the browser page), then write again; a write never changes your own sheets, and writing again replaces Ranked, Roadmap and Summary as they stand.",
    retryable: false,
  },
  GeneralException: {
    problem: "internal",
    message:
      "Excel hit an internal error and did not finish. Write again; if it happens again, save the workbook, reload the add-in and write once more.",
    retryable: true,
  },
  // Protection is checked before writing and reported in its own words ("protected"); an
  // AccessDenied from Office.js after that is about the file or the person's access.
  AccessDenied: {
    problem: "read-only",
    message:
      "Excel refused the change: you can only view this workbook, the file is read-only, or you lack permission to edit it. Open it for editing (in Excel on the web: Viewing > Editing) or ask its owner for edit access, then write again.",
    retryable: false,
  },
  ItemNotFound: {
    problem: "not-found",
    message:
      "A sheet or table the scorer needs is no longer there; a co-author may have renamed or deleted it. Choose the source again.",
    retryable: false,
  },
  RequestPayloadSizeLimitExceeded: {
    problem: "too-large",
    message:
      "The request was too large for Excel. Try again; if it keeps failing, score fewer rows at a time.",
    retryable: true,
  },
  ResponsePayloadSizeLimitExceeded: {
    problem: "too-large",
    message:
      "The source range is too large for Excel to send at once. Select a smaller table or range.",
    retryable: false,
  },
  ActivityLimitReached: {
    problem: "busy",
    message: "Excel is busy. Wait a moment, then try again.",
    retryable: true,
  },
  ServiceNotAvailable: {
    problem: "busy",
    message: "Excel could not be reached. Check your connection, then try again.",
    retryable: true,
  },
  ConnectionFailure: {
    problem: "busy",
    message: "Excel could not be reached. Check your connection, then try again.",
    retryable: true,
  },
  ApiNotFound: {
    problem: "unsupported",
    message:
      "This version of Excel lacks a feature the scorer needs. Update Excel, or use Excel on the web.",
    retryable: false,
  },
};

function codeOf(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  return typeof error.code === "string" ? error.code : undefined;
}

/** Whether `error` is Office.js's error with `code` (by code: `instanceof` fails across copies). */
export function isOfficeError(error: unknown, code: string): boolean {
  return !(error instanceof ExcelAdapterError) && codeOf(error) === code;
}

/** Any error from inside `Excel.run`, as an `ExcelAdapterError` with an actionable message. */
export function toExcelAdapterError(error: unknown): ExcelAdapterError {
  if (error instanceof ExcelAdapterError) return error;
  const code = codeOf(error);
  const known = code === undefined ? undefined : MESSAGES[code];
  if (known) return new ExcelAdapterError(known.problem, known.message, known.retryable, code);
  const detail = error instanceof Error ? error.message : String(error);
  return new ExcelAdapterError(
    "unexpected",
    `Excel reported a problem${code ? ` (${code})` : ""}: ${detail}. Try again; if it happens again, reload the add-in.`,
    true,
    code,
  );
}

export const DEFAULT_SYNC_TIMEOUT_MS = 30_000;

/**
 * Excel left a request unanswered. The request is not withdrawn: a write may still land after
 * the pane gave up on it, which is why the pane reads the workbook before offering another.
 */
export function excelTimeoutError(timeoutMs: number = DEFAULT_SYNC_TIMEOUT_MS): ExcelAdapterError {
  return new ExcelAdapterError(
    "timeout",
    `Excel did not answer within ${Math.round(timeoutMs / 1000)} seconds. Check that Excel is responding. If the pane was writing, the write may still finish in Excel, so the pane reads the workbook again before it offers another write.`,
    true,
  );
}

/**
 * A sync (or any Excel promise) with a time limit: Excel on the web can leave a request
 * unanswered, and a pane that waits forever is worse than one that says so. Call sites write
 * `await withinTimeout(context.sync(), ms)` so the office-addins lint rules see the sync.
 */
export async function withinTimeout<T>(
  promise: Promise<T>,
  timeoutMs: number = DEFAULT_SYNC_TIMEOUT_MS,
): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(excelTimeoutError(timeoutMs)), timeoutMs);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
