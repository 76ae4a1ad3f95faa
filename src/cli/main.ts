/**
 * `opportunity-scorer score …`: read a workbook or CSV, run the engine, write the output
 * sheets into a copy. Exit 0 when the output was written, 1 when the input cannot be used,
 * 2 for bad arguments; every failure is one line on stderr, never a stack trace.
 */
import { randomBytes } from "node:crypto";
import { rename, rm } from "node:fs/promises";
import { userInfo } from "node:os";
import * as path from "node:path";
import {
  describeOutputSheets,
  scoreWorkbook,
  planScoringLog,
  PortfolioSearchLimitError,
  toJsonReport,
  withPortfolio,
  withStability,
  UnusableInputError,
  type WorkbookShape,
  type LocaleEnvironment,
} from "../core";
import { ArgumentError, parseCommandLine } from "./args";
import { USAGE } from "./options";
import { createProgress } from "./progress";
import { graftScorerSheets } from "./package/graftPackage";
import type { PackageParts } from "./package/packageParts";
import { packageOf, packageOfSheet } from "./package/workbookPackage";
import { readWorkbookPackage, type LoadedPackage } from "./package/readPackage";
import { writePackageFile } from "./package/writePackage";
import { InputFileError } from "./inputFileError";
import { formatSummary } from "./summary";

export interface CliIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readonly today: Date;
  /** Where LC_ALL, LC_NUMERIC and LANG are read (`--locale`'s default); process.env unless set. */
  readonly env?: LocaleEnvironment;
}

export const EXIT_OK = 0;
export const EXIT_INPUT_UNUSABLE = 1;
export const EXIT_BAD_ARGUMENTS = 2;

/**
 * Where the output goes by default: `plan.xlsx` → `plan-scored.xlsx`, beside the input. A
 * workbook with macros keeps its kind: `plan.xlsm` → `plan-scored.xlsm`.
 */
export function defaultOutputPath(inputPath: string): string {
  const extension = path.extname(inputPath);
  return `${inputPath.slice(0, inputPath.length - extension.length)}-scored${outputExtension(inputPath)}`;
}

/** `.xlsm` for a macro-enabled input, whose package stays one; else `.xlsx`. */
function outputExtension(inputPath: string): ".xlsx" | ".xlsm" {
  return path.extname(inputPath).toLowerCase() === ".xlsm" ? ".xlsm" : ".xlsx";
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const fail = (code: number, message: string): number => {
    io.stderr.write(`opportunity-scorer: ${message}\n`);
    return code;
  };

  let command;
  try {
    command = parseCommandLine(argv, io.today, osUserName, io.env);
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
  const expected = outputExtension(command.input);
  if (path.extname(outputPath).toLowerCase() !== expected) {
    // The copy is the input's own package: a workbook with macros stays one, and vice versa.
    return fail(
      EXIT_BAD_ARGUMENTS,
      `--out must name an ${expected} file for this input, got "${outputPath}" (see --help)`,
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
    const loaded = await readWorkbookPackage(command.input);
    progress.step("Scoring");
    const scored = scoreWorkbook(loaded.input, command.settings, {
      ...command.reading,
      ...(command.sheet !== undefined && { sheetName: command.sheet }),
      ...(command.scoresSheet !== undefined && { scoresSheet: command.scoresSheet }),
    });
    if (command.stability) progress.step(`Drawing ${command.stability.draws} rankings`);
    const stable = command.stability
      ? withStability(scored, command.stability, command.portfolio)
      : scored;
    const result = command.portfolio ? withPortfolio(stable, command.portfolio) : stable;
    progress.step(`Writing ${outputPath}`);
    const parts = outputPackage(loaded);
    const shape: WorkbookShape =
      loaded.kind === "xlsx"
        ? loaded.shape
        : { sheets: [{ name: loaded.sheetName }], tableNames: [] };
    const sheets = describeOutputSheets(result, shape);
    // The workbook as read, before the new sheets: its log (if any) is marked as such.
    const log = planScoringLog(loaded.input, result, { time: io.today, by: command.by });
    graftScorerSheets(parts, shape, log.newSheet ? [...sheets, log.newSheet] : sheets, log);
    await writeWorkbookFile(parts, outputPath);
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

/** An .xlsx input's own package; a CSV becomes a workbook whose one sheet is the CSV. */
function outputPackage(loaded: LoadedPackage): PackageParts {
  if (loaded.kind === "csv") {
    const [sheet] = loaded.input.sheets;
    if (sheet === undefined) throw new Error("a CSV input without its sheet");
    return packageOfSheet(sheet);
  }
  return packageOf(loaded.bytes);
}

class OutputFileError extends Error {}

/** Written to a temporary file first, so a failure never leaves a half-written workbook. */
async function writeWorkbookFile(parts: PackageParts, outputPath: string): Promise<void> {
  const temporary = path.join(
    path.dirname(outputPath),
    `.${path.basename(outputPath)}.${randomBytes(4).toString("hex")}.tmp`,
  );
  try {
    await writePackageFile(parts, temporary);
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
            : (code ?? (error instanceof Error ? error.message : "unknown error"));
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
