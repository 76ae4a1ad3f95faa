/**
 * Errors shaped like the ones Office.js rejects `context.sync()` with.
 *
 * Office.js builds them as `RichApi.Error` instances carrying `code`, `message`, `debugInfo`
 * (with `code`, `message` and `errorLocation`), `traceMessages`, `innerError` and
 * `httpStatusCode` (node_modules/@microsoft/office-js/dist/excel-web-16.00.debug.js,
 * `RuntimeError`). The adapter must branch on `code` only: codes are not localized, messages are
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-error-handling).
 */

/** The codes the double raises, spelled as in `Excel.ErrorCodes` / `OfficeExtension.ErrorCodes`. */
export const DoubleErrorCodes = {
  accessDenied: "AccessDenied",
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  invalidOperation: "InvalidOperation",
  invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
  invalidReference: "InvalidReference",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  mergedRangeConflict: "MergedRangeConflict",
  propertyNotLoaded: "PropertyNotLoaded",
  rangeExceedsLimit: "RangeExceedsLimit",
  // Not in the typed `Excel.ErrorCodes` enum of @types/office-js 1.0.612, but listed in the error
  // table of the docs and raised by Excel on the web (OfficeExtension core `CoreErrorCodes`).
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  runMustReturnPromise: "RunMustReturnPromise",
  activityLimitReached: "ActivityLimitReached",
  requestAborted: "RequestAborted",
} as const;

export interface DoubleDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
}

/** Status codes Office.js attaches when the host sends none (same source as above); else 500. */
const httpStatusByCode: Readonly<Record<string, number>> = {
  AccessDenied: 401,
  InvalidArgument: 400,
  PropertyNotLoaded: 400,
  RequestPayloadSizeLimitExceeded: 400,
  ResponsePayloadSizeLimitExceeded: 400,
};

export class DoubleOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: DoubleDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: Error | null = null;
  readonly httpStatusCode: number;

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    // Office.js names its errors this way; tests and logs may print `error.name`.
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo =
      errorLocation === undefined ? { code, message } : { code, message, errorLocation };
    this.httpStatusCode = httpStatusByCode[code] ?? 500;
    Object.setPrototypeOf(this, DoubleOfficeError.prototype);
  }

  override toString(): string {
    return `${this.code}: ${this.message}`;
  }
}

/** Office.js's wording for a property read before `load` + `sync`. */
export function propertyNotLoaded(typeName: string | null, property: string): DoubleOfficeError {
  return new DoubleOfficeError(
    DoubleErrorCodes.propertyNotLoaded,
    `The property '${property}' is not available. Before reading the property's value, call the ` +
      `load method on the containing object and call "context.sync()" on the associated request context.`,
    typeName === null ? undefined : `${typeName}.${property}`,
  );
}

export function itemNotFound(location: string): DoubleOfficeError {
  return new DoubleOfficeError(
    DoubleErrorCodes.itemNotFound,
    "The requested resource doesn't exist.",
    location,
  );
}

export function invalidArgument(location: string, detail?: string): DoubleOfficeError {
  const base = "The argument is invalid or missing or has an incorrect format.";
  return new DoubleOfficeError(
    DoubleErrorCodes.invalidArgument,
    detail === undefined ? base : `${base} (${detail})`,
    location,
  );
}

export function itemAlreadyExists(location: string): DoubleOfficeError {
  return new DoubleOfficeError(
    DoubleErrorCodes.itemAlreadyExists,
    "A resource with the same name or identifier already exists.",
    location,
  );
}

export function accessDenied(location: string): DoubleOfficeError {
  return new DoubleOfficeError(
    DoubleErrorCodes.accessDenied,
    "You cannot perform the requested operation.",
    location,
  );
}

export function requestPayloadTooLarge(bytes: number, limit: number): DoubleOfficeError {
  return new DoubleOfficeError(
    DoubleErrorCodes.requestPayloadSizeLimitExceeded,
    `The request payload size has exceeded the limit (${bytes} > ${limit} bytes). See ` +
      "https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins",
  );
}

export function responsePayloadTooLarge(bytes: number, limit: number): DoubleOfficeError {
  return new DoubleOfficeError(
    DoubleErrorCodes.responsePayloadSizeLimitExceeded,
    `The response payload size has exceeded the limit (${bytes} > ${limit} bytes). See ` +
      "https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins",
  );
}

export function rangeExceedsLimit(
  location: string,
  cells: number,
  limit: number,
): DoubleOfficeError {
  return new DoubleOfficeError(
    DoubleErrorCodes.rangeExceedsLimit,
    `The cell count in the range has exceeded the maximum supported number (${cells} > ${limit}).`,
    location,
  );
}
