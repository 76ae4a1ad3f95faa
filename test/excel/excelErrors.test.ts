// What each Office.js error code tells the person at the pane: pure mapping, Node is enough.
import {
  ExcelAdapterError,
  excelTimeoutError,
  toExcelAdapterError,
  withinTimeout,
} from "../../src/excel/excelErrors";

/**
 * An error as Office.js raises it (an OfficeExtension.Error): a `code`, a developer's `message`
 * that changes between builds, and `debugInfo`. Only the code may decide what the pane says.
 */
function anOfficeError(code: string, message = "The operation failed."): Error {
  return Object.assign(new Error(message), {
    name: "RichApi.Error",
    code,
    debugInfo: { code, message, errorLocation: "Range.values" },
  });
}

function mapped(code: string): ExcelAdapterError {
  return toExcelAdapterError(anOfficeError(code));
}

describe("an error from Excel, put so the person knows what to do", () => {
  it("tells someone editing a cell to press Enter or Esc, then write again", () => {
    const error = mapped("InvalidOperationInCellEditMode");

    expect(error).toMatchObject({ problem: "cell-edit-mode", retryable: true });
    expect(error.message).toContain("Excel is editing a cell");
    expect(error.message).toContain("Press Enter or Esc in the sheet, then write again.");
  });

  it("names a cell being edited as the likely cause when Excel only says the operation is invalid", () => {
    const error = mapped("InvalidOperation");

    expect(error).toMatchObject({ problem: "invalid-operation", retryable: true });
    expect(error.message).toContain("most likely because a cell is being edited");
    expect(error.message).toContain("Press Enter or Esc in the sheet, then write again.");
    expect(error.message).toContain("If no cell was being edited, reload the add-in");
  });

  it("asks to close the dialog in Excel when a dialog is open", () => {
    const error = mapped("WriteNotSupportedWhenModalDialogOpen");

    expect(error).toMatchObject({ problem: "dialog-open", retryable: true });
    expect(error.message).toContain("Close the dialog in Excel, then write again.");
  });

  it("asks to reload the add-in when the session has expired, as trying again cannot help", () => {
    const error = mapped("InvalidOrTimedOutSession");

    expect(error).toMatchObject({ problem: "session-expired", retryable: false });
    expect(error.message).toContain("Reload the add-in");
    expect(error.message).toContain("a write never changes your own sheets");
  });

  it("says Excel failed inside itself, to write again, and to save and reload if it repeats", () => {
    const error = mapped("GeneralException");

    expect(error).toMatchObject({ problem: "internal", retryable: true });
    expect(error.message).toBe(
      "Excel hit an internal error and did not finish. Write again; if it happens again, save the workbook, reload the add-in and write once more.",
    );
  });

  it("puts a denied change down to view-only access or a read-only file, not protection", () => {
    const error = mapped("AccessDenied");

    expect(error).toMatchObject({ problem: "read-only", retryable: false, code: "AccessDenied" });
    expect(error.message).toContain("you can only view this workbook, the file is read-only");
    expect(error.message).toContain("ask its owner for edit access");
    expect(error.message).not.toContain("protected");
  });

  it("says a sheet or table has gone, perhaps renamed by a co-author", () => {
    expect(mapped("ItemNotFound")).toMatchObject({ problem: "not-found", retryable: false });
    expect(mapped("ItemNotFound").message).toContain("Choose the source again.");
  });

  it("asks for a smaller source when Excel cannot send it at once", () => {
    expect(mapped("ResponsePayloadSizeLimitExceeded")).toMatchObject({
      problem: "too-large",
      retryable: false,
      message:
        "The source range is too large for Excel to send at once. Select a smaller table or range.",
    });
  });

  it("offers to try again when a request was too large to send", () => {
    expect(mapped("RequestPayloadSizeLimitExceeded")).toMatchObject({
      problem: "too-large",
      retryable: true,
    });
  });

  it("asks to wait when Excel is busy, and to check the connection when it cannot be reached", () => {
    expect(mapped("ActivityLimitReached")).toMatchObject({
      problem: "busy",
      retryable: true,
      message: "Excel is busy. Wait a moment, then try again.",
    });
    for (const code of ["ServiceNotAvailable", "ConnectionFailure"]) {
      expect(mapped(code)).toMatchObject({
        problem: "busy",
        retryable: true,
        message: "Excel could not be reached. Check your connection, then try again.",
      });
    }
  });

  it("asks to update Excel when it lacks a feature the scorer needs", () => {
    expect(mapped("ApiNotFound")).toMatchObject({ problem: "unsupported", retryable: false });
  });

  it("decides on the code alone, whatever Excel's own message and debug information say", () => {
    const plain = toExcelAdapterError({ code: "GeneralException" });
    const wordy = toExcelAdapterError(
      anOfficeError("GeneralException", "Cell edit mode; the sheet is protected; access denied"),
    );

    expect(wordy.message).toBe(plain.message);
    expect(wordy.problem).toBe("internal");
  });

  it("keeps the code of the Office.js error it came from", () => {
    expect(mapped("WriteNotSupportedWhenModalDialogOpen").code).toBe(
      "WriteNotSupportedWhenModalDialogOpen",
    );
  });

  it("passes on unchanged an error the adapter has already put into words", () => {
    const own = new ExcelAdapterError("protected", "Ranked is protected.", false, "AccessDenied");

    expect(toExcelAdapterError(own)).toBe(own);
  });

  it("says what Excel reported, with its code, for a code it does not know", () => {
    const error = toExcelAdapterError(anOfficeError("FilteredRangeConflict", "Range is filtered"));

    expect(error).toMatchObject({
      problem: "unexpected",
      retryable: true,
      code: "FilteredRangeConflict",
      message:
        "Excel reported a problem (FilteredRangeConflict): Range is filtered. Try again; if it happens again, reload the add-in.",
    });
  });

  it("treats something thrown that is not an error as unexpected, without a code", () => {
    const error = toExcelAdapterError("the request was rejected");

    expect(error).toMatchObject({ problem: "unexpected", retryable: true });
    expect(error.code).toBeUndefined();
    expect(error.message).toContain("the request was rejected");
  });
});

describe("a request Excel leaves unanswered", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("stops waiting at the time limit and says a write may still finish in Excel", async () => {
    const never = new Promise<never>(() => {});
    const waiting = withinTimeout(never, 30_000).catch((caught: unknown) => caught);

    await jest.advanceTimersByTimeAsync(30_000);

    const error = (await waiting) as ExcelAdapterError;
    expect(error).toBeInstanceOf(ExcelAdapterError);
    expect(error).toMatchObject({ problem: "timeout", retryable: true });
    expect(error.message).toBe(
      "Excel did not answer within 30 seconds. Check that Excel is responding. If the pane was writing, the write may still finish in Excel, so the pane reads the workbook again before it offers another write.",
    );
  });

  it("says the time limit it waited, in seconds", () => {
    expect(excelTimeoutError(2_000).message).toMatch(/^Excel did not answer within 2 seconds\./);
  });

  it("gives back Excel's answer when it comes in time, and leaves no timer behind", async () => {
    await expect(withinTimeout(Promise.resolve("read"), 30_000)).resolves.toBe("read");
    expect(jest.getTimerCount()).toBe(0);
  });
});
