/**
 * Why an input file cannot be used at all (the command line exits 1 with `message`). The
 * message is one line that names the file and says what to do about it; never a stack trace
 * or a library's own wording. The package reader, the CSV reader (and the exceljs reader the
 * tests compare with) make their errors here, so the messages stay the same whichever reads.
 */
import { readFile } from "node:fs/promises";

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

export const EXCEL_EXTENSIONS: ReadonlySet<string> = new Set([".xlsx", ".xlsm"]);

export function unsupportedType(filePath: string, extension: string): InputFileError {
  const type = extension === "" ? "a file without an extension" : `a ${extension} file`;
  // Older and binary Excel formats are common enough to deserve the exact fix.
  const fix = [".xls", ".xlsb", ".ods", ".numbers"].includes(extension)
    ? `open it in Excel and save it as Excel Workbook (.xlsx)`
    : `give an Excel workbook (.xlsx, .xlsm) or a CSV file (.csv)`;
  return new InputFileError(
    "unsupported-type",
    filePath,
    `${filePath} is ${type}, which cannot be read: ${fix}.`,
  );
}

export async function readInputBytes(filePath: string): Promise<Buffer> {
  try {
    return await readFile(filePath);
  } catch (error) {
    throw fileAccessError(filePath, errorCode(error));
  }
}

function fileAccessError(filePath: string, code: string | undefined): InputFileError {
  if (code === "ENOENT" || code === "ENOTDIR") {
    return new InputFileError("not-found", filePath, `${filePath} does not exist: check the path.`);
  }
  if (code === "EISDIR") {
    return new InputFileError("not-a-file", filePath, `${filePath} is a folder, not a file.`);
  }
  const why =
    code === "EACCES" || code === "EPERM"
      ? "permission denied; check that you may read it"
      : `${code ?? "unknown error"}; check that no other program holds it locked`;
  return new InputFileError("not-readable", filePath, `${filePath} cannot be read: ${why}.`);
}

function errorCode(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "code" in error) {
    return typeof error.code === "string" ? error.code : undefined;
  }
  return undefined;
}

export function notAWorkbook(filePath: string, bytes: Uint8Array): InputFileError {
  const opening = `${filePath} is not an Excel workbook (.xlsx)`;
  let detail: string;
  if (bytes.length === 0) {
    detail = "the file is empty (0 bytes); save the workbook from Excel again";
  } else if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    detail =
      "it is an old-format .xls or a password-protected workbook; open it in Excel, " +
      "remove any password and save it as Excel Workbook (.xlsx)";
  } else if (startsWith(bytes, [0x50, 0x4b])) {
    detail = "it is a zip file without a readable workbook inside; save it from Excel as .xlsx";
  } else if (looksLikeText(bytes)) {
    detail = "it looks like a text file; if it is a CSV export, rename it to .csv";
  } else {
    detail = "save it from Excel as Excel Workbook (.xlsx)";
  }
  return new InputFileError("not-a-workbook", filePath, `${opening}: ${detail}.`);
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

function looksLikeText(bytes: Uint8Array): boolean {
  return !bytes.subarray(0, 4096).includes(0);
}
