/** Runs the command line in-process against copies of the fixtures, capturing its output. */
import { mkdtempSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { Writable } from "node:stream";
import { Workbook } from "exceljs";
import { main } from "../../src/cli/main";
import { JsonReportSchema, type JsonReport } from "../../src/core/report/jsonReport";

export const FIXTURES = path.join(__dirname, "..", "fixtures");

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

class Capture extends Writable {
  text = "";
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString("utf8");
    done();
  }
}

/**
 * Runs `main` in-process. The environment names no locale unless `env` does, so a test's
 * numbers read the same on every machine whatever its LANG.
 */
export async function runCli(
  args: readonly string[],
  today = new Date("2026-11-23T12:00:00Z"),
  env: Readonly<Record<string, string>> = {},
): Promise<CliRun> {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await main(args, { stdout, stderr, today, env });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** A fresh temporary folder holding a copy of the named fixture; returns the copy's path. */
export function fixtureCopy(name: string): string {
  const folder = mkdtempSync(path.join(tmpdir(), "opportunity-scorer-"));
  const copy = path.join(folder, name);
  copyFileSync(path.join(FIXTURES, name), copy);
  return copy;
}

/**
 * Scores a fresh copy of the sample from 2027-Q1 with `--json` and `flags`; the report is
 * parsed (and checked against its schema) when the run succeeds.
 */
export async function scoreSampleAsJson(
  ...flags: string[]
): Promise<{ input: string; run: CliRun; report?: JsonReport }> {
  const input = fixtureCopy("sample-use-cases.xlsx");
  const run = await runCli(["score", input, "--start", "2027-Q1", "--json", ...flags]);
  return {
    input,
    run,
    ...(run.code === 0 && { report: JsonReportSchema.parse(JSON.parse(run.stdout)) }),
  };
}

export function temporaryFolder(): string {
  return mkdtempSync(path.join(tmpdir(), "opportunity-scorer-"));
}

export async function loadWorkbook(filePath: string): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.readFile(filePath);
  return workbook;
}

/** Every cell's value of a sheet, row by row, as exceljs reads it. */
export function sheetValues(workbook: Workbook, sheetName: string): unknown[][] {
  const worksheet = workbook.getWorksheet(sheetName);
  if (!worksheet) throw new Error(`no sheet ${sheetName}`);
  const rows: unknown[][] = [];
  worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    rows[rowNumber - 1] = (row.values as unknown[]).slice(1);
  });
  return rows;
}
