/**
 * What went wrong in Excel, said so a person knows what to do. Office.js errors carry a `code`
 * (OfficeExtension.ErrorCodes / Excel.ErrorCodes); the adapter branches on it rather than on
 * `instanceof`, which fails across Office.js copies and for the test double.
 */

export type ExcelProblem =
  | "cell-edit-mode"
  | "protected"
  | "not-found"
  | "too-large"
  | "timeout"
  | "busy"
  | "unsupported"
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

const MESSAGES: Readonly<
  Record<string, { problem: ExcelProblem; message: string; retryable: boolean }>
> = {
  InvalidOperationInCellEditMode: {
    problem: "cell-edit-mode",
    message: "Excel is editing a cell. Press Enter or Esc in the sheet, then try again.",
    retryable: true,
  },
  AccessDenied: {
    problem: "protected",
    message:
      "Excel refused the change: a sheet or the workbook is protected. Unprotect it (Review > Unprotect Sheet or Protect Workbook), then try again.",
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

/** Any error from inside `Excel.run`, as an `ExcelAdapterError` with an actionable message. */
export function toExcelAdapterError(error: unknown): ExcelAdapterError {
  if (error instanceof ExcelAdapterError) return error;
  const code = codeOf(error);
  const known = code === undefined ? undefined : MESSAGES[code];
  if (known) return new ExcelAdapterError(known.problem, known.message, known.retryable, code);
  const detail = error instanceof Error ? error.message : String(error);
  return new ExcelAdapterError(
    "unexpected",
    `Excel reported a problem${code ? ` (${code})` : ""}: ${detail}. Try again; nothing was changed unless a result was shown.`,
    true,
    code,
  );
}

export const DEFAULT_SYNC_TIMEOUT_MS = 30_000;

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
    timer = setTimeout(
      () =>
        reject(
          new ExcelAdapterError(
            "timeout",
            `Excel did not answer within ${Math.round(timeoutMs / 1000)} seconds. Check that Excel is responding, then try again.`,
            true,
          ),
        ),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
