/**
 * `opportunity-scorer score …`: read a workbook or CSV, run the engine, write the output
 * sheets into a copy. Exit 0 when the output was written, 1 when the input cannot be used,
 * 2 for bad arguments; every failure is one line on stderr, never a stack trace.
 */
import { randomBytes } from "node:crypto";
import { rename, rm } from "node:fs/promises";
import { userInfo } from "node:os";
import * as path from "node:path";
import { Workbook } from "exceljs";
import {
  describeOutputSheets,
  scoreWorkbook,
  planScoringLog,
  PortfolioSearchLimitError,
  toJsonReport,
  withPortfolio,
  withStability,
  UnusableInputError,
  type WorkbookInput,
} from "../core";
import { ArgumentError, parseCommandLine, USAGE } from "./args";
import { createProgress } from "./progress";
import { InputFileError, readWorkbookFile, type LoadedWorkbook } from "./readWorkbook";
import { formatSummary } from "./summary";
import { writeScoringLog } from "./writeScoringLog";
import { workbookShape, writeSheets } from "./writeSheets";

export interface CliIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readonly today: Date;
}

export const EXIT_OK = 0;
export const EXIT_INPUT_UNUSABLE = 1;
export const EXIT_BAD_ARGUMENTS = 2;

/** Where the output goes by default: `plan.xlsx` → `plan-scored.xlsx`, beside the input. */
export function defaultOutputPath(inputPath: string): string {
  const extension = path.extname(inputPath);
  return `${inputPath.slice(0, inputPath.length - extension.length)}-scored.xlsx`;
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const fail = (code: number, message: string): number => {
    io.stderr.write(`opportunity-scorer: ${message}\n`);
    return code;
  };

  let command;
  try {
    command = parseCommandLine(argv, io.today, osUserName);
  } catch (error) {
    if (error instanceof ArgumentError)
      return fail(EXIT_BAD_ARGUMENTS, `${error.message} (see --help)`);
    throw error;
  }
  if (command.kind === "help") {
    io.stdout.write(`${USAGE}\n`);
    return EXIT_OK;
  }
  if (command.kind === "version") {
    io.stdout.write(`${packageVersion()}\n`);
    return EXIT_OK;
  }

  const outputPath = command.out ?? defaultOutputPath(command.input);
  if (path.extname(outputPath).toLowerCase() !== ".xlsx") {
    return fail(
      EXIT_BAD_ARGUMENTS,
      `--out must name an .xlsx file, got "${outputPath}" (see --help)`,
    );
  }
  if (path.resolve(outputPath) === path.resolve(command.input)) {
    return fail(
      EXIT_BAD_ARGUMENTS,
      "--out names the input file; the input is never written to (see --help)",
    );
  }

  for (const note of command.notes) io.stderr.write(`opportunity-scorer: note: ${note}\n`);
  const progress = createProgress(io.stderr);
  try {
    progress.step(`Reading ${command.input}`);
    const loaded = await readWorkbookFile(command.input);
    progress.step("Scoring");
    const scored = scoreWorkbook(loaded.input, command.settings, {
      ...(command.sheet !== undefined && { sheetName: command.sheet }),
      ...(command.scoresSheet !== undefined && { scoresSheet: command.scoresSheet }),
    });
    if (command.stability) progress.step(`Drawing ${command.stability.draws} rankings`);
    const stable = command.stability
      ? withStability(scored, command.stability, command.portfolio)
      : scored;
    const result = command.portfolio ? withPortfolio(stable, command.portfolio) : stable;
    progress.step(`Writing ${outputPath}`);
    const workbook = outputWorkbook(loaded);
    const sheets = describeOutputSheets(result, workbookShape(workbook));
    writeSheets(workbook, sheets);
    writeScoringLog(
      workbook,
      // The workbook as read, before the new sheets: its log (if any) is marked as such.
      planScoringLog(loaded.input, result, { time: io.today, by: command.by }),
    );
    await writeWorkbookFile(workbook, outputPath);
    progress.done();

    io.stdout.write(
      command.json
        ? `${JSON.stringify(toJsonReport(result), null, 2)}\n`
        : formatSummary(
            result,
            outputPath,
            sheets.map((sheet) => sheet.name),
          ),
    );
    return EXIT_OK;
  } catch (error) {
    progress.done();
    // A portfolio the search could not prove best in time: say so rather than guess.
    if (
      error instanceof InputFileError ||
      error instanceof UnusableInputError ||
      error instanceof PortfolioSearchLimitError
    ) {
      return fail(EXIT_INPUT_UNUSABLE, error.message);
    }
    if (error instanceof OutputFileError) return fail(EXIT_INPUT_UNUSABLE, error.message);
    throw error;
  }
}

/** An .xlsx input is copied as loaded; a CSV becomes a workbook whose one sheet is the CSV. */
function outputWorkbook(loaded: LoadedWorkbook): Workbook {
  if (loaded.kind === "xlsx") return loaded.workbook;
  const workbook = new Workbook();
  addInputSheet(workbook, loaded.sheetName, loaded.input);
  return workbook;
}

function addInputSheet(workbook: Workbook, sheetName: string, input: WorkbookInput): void {
  const worksheet = workbook.addWorksheet(sheetName);
  for (const row of input.sheets[0]?.values ?? []) {
    // CSV cells are plain text or numbers; an ExcelError cannot come from a CSV.
    worksheet.addRow(row.map((cell) => (typeof cell === "object" ? null : cell)));
  }
}

class OutputFileError extends Error {}

/** Written to a temporary file first, so a failure never leaves a half-written workbook. */
async function writeWorkbookFile(workbook: Workbook, outputPath: string): Promise<void> {
  const temporary = path.join(
    path.dirname(outputPath),
    `.${path.basename(outputPath)}.${randomBytes(4).toString("hex")}.tmp`,
  );
  try {
    // Light compression: the default level spends seconds in a JavaScript deflate on large
    // sheets for a file only slightly smaller.
    await workbook.xlsx.writeFile(temporary, {
      zip: { compressionOptions: { level: 1 } },
    } as never);
    await rename(temporary, outputPath);
  } catch (error) {
    await rm(temporary, { force: true });
    const code = (error as { code?: string }).code;
    const why =
      code === "ENOENT"
        ? "its folder does not exist"
        : code === "EACCES" || code === "EPERM" || code === "EROFS"
          ? "the folder is not writable; choose another place with --out"
          : code === "EBUSY"
            ? "the file is open in another program; close it and run again"
            : (code ?? "unknown error");
    throw new OutputFileError(`cannot write ${outputPath}: ${why}`);
  }
}

/** The signed-in user's name, the default for `--by`; empty when the system will not say. */
function osUserName(): string {
  try {
    return userInfo().username;
  } catch {
    return "";
  }
}

function packageVersion(): string {
  // The package.json beside lib/ (built) or src/ (tests).
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- JSON read at run time on purpose
  return (require("../../package.json") as { version: string }).version;
}
