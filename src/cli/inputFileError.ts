/**
 * Why an input file cannot be used at all (the command line exits 1 with `message`). The
 * message is one line that names the file and says what to do about it; never a stack trace
 * or a library's own wording.
 */

export type InputFileProblem =
  "not-found" | "not-a-file" | "not-readable" | "not-a-workbook" | "not-a-csv" | "unsupported-type";

export class InputFileError extends Error {
  override readonly name = "InputFileError";

  constructor(
    readonly problem: InputFileProblem,
    readonly filePath: string,
    message: string,
  ) {
    super(oneLine(message));
  }
}

// A path or a library message may carry a newline; the command line promises one line.
function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, " ");
}
