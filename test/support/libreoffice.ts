/**
 * LibreOffice as a second spreadsheet engine: open a workbook headless, recalculate every
 * formula, and read back what each cell computes.
 *
 * Test support only (Node). Needs `soffice` on PATH:
 *   apt-get install -y --no-install-recommends libreoffice-calc
 */
import { spawn } from "node:child_process";
import { constants as fsConstants, promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";

export const LIBREOFFICE_MISSING =
  "LibreOffice is not installed: apt-get install -y --no-install-recommends libreoffice-calc";

/**
 * `OOXMLRecalcMode` 0 = "always recalculate" when an .xlsx is loaded. The default (1, "never")
 * would show the cached results stored in the file — and exceljs writes formulas with no cached
 * result unless given one, so there would be nothing (or something wrong) to read.
 */
const REGISTRY_MODIFICATIONS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * The CSV export filter's options, by position:
 *   44        field separator ","
 *   34        text delimiter '"'
 *   76        character set UTF-8
 *   1         (import only: first line)
 *   (empty)   (import only: column formats)
 *   0         language (not used by the export)
 *   false     do not quote every text cell — only those that need it
 *   true      (import only: detect special numbers)
 *   false     "save cell contents as shown" OFF: write the raw value, not the formatted text.
 *             We need numbers at full precision: "as shown" writes what the number format
 *             displays (`0.00` turns PI() into "3.14", `#,##0` turns 1234567.891 into
 *             "1,234,568"). Raw values ignore the number format. Note that LibreOffice 7.4 still
 *             rounds raw numbers to 15 significant digits (1/3 -> 0.333333333333333) and writes
 *             dates as MM/DD/YYYY: compare numbers with a tolerance, never as exact strings.
 *   false     write computed values, not the formulas
 *   false     (import only: remove spaces)
 *   -1        export every sheet, one file per sheet: `<input base name>-<sheet name>.csv`
 */
const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

/** The copy of the workbook is given this name, so every output file starts `book-`. */
const BOOK_BASE_NAME = "book";

/** A cold start with a fresh profile takes a couple of seconds; give slow CI machines room. */
const SOFFICE_TIMEOUT_MS = 90_000;

/**
 * Recalculates the workbook in headless LibreOffice and returns, for every sheet in workbook
 * order, the rows of its cells as text. Row 0 / column 0 is cell A1: LibreOffice writes each
 * sheet from A1 to the last used cell, empty cells as "". An empty sheet gives no rows.
 * Numbers are raw values (no number format), rounded by LibreOffice to 15 significant digits;
 * errors read as their code (`#DIV/0!`), booleans as `TRUE`/`FALSE`.
 */
export async function recalculateWithLibreOffice(
  xlsxPath: string,
): Promise<Map<string, string[][]>> {
  return convertWithLibreOffice(xlsxPath, CSV_FILTER, ".csv", async (outDir, files, stdout) => {
    const sheets = new Map<string, string[][]>();
    for (const { sheet, file } of mapFilesToSheets(stdout, outDir, files)) {
      const text = await fs.readFile(path.join(outDir, file), "utf8");
      sheets.set(sheet, parseCsv(text));
    }
    return sheets;
  });
}

/** A hyperlink as LibreOffice keeps it after opening a workbook: its text and where it leads. */
export interface LinkSeen {
  readonly text: string;
  /** `#'Use cases'.B7` for a place in the workbook (LibreOffice writes `.` for `!`). */
  readonly href: string;
}

/**
 * Every cell hyperlink of the workbook as LibreOffice reads it, in sheet order: the workbook is
 * opened headless and saved as flat OpenDocument, whose `<text:a>` elements are the links.
 */
export async function linksSeenByLibreOffice(xlsxPath: string): Promise<LinkSeen[]> {
  return convertWithLibreOffice(xlsxPath, "fods", ".fods", async (outDir, files) => {
    const text = await fs.readFile(path.join(outDir, files[0] ?? ""), "utf8");
    return [...text.matchAll(/<text:a\s[^>]*?xlink:href="([^"]*)"[^>]*>([^<]*)<\/text:a>/g)].map(
      (match) => ({ href: unescapeXml(match[1] ?? ""), text: unescapeXml(match[2] ?? "") }),
    );
  });
}

function unescapeXml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/**
 * Opens a copy of the workbook in headless LibreOffice, converts it with `convertTo`, and hands
 * the files it wrote (those ending in `extension`) to `read`.
 */
async function convertWithLibreOffice<T>(
  xlsxPath: string,
  convertTo: string,
  extension: string,
  read: (outDir: string, files: readonly string[], stdout: string) => Promise<T>,
): Promise<T> {
  const soffice = await findOnPath("soffice");
  if (soffice === undefined) throw new Error(LIBREOFFICE_MISSING);
  await fs.access(xlsxPath, fsConstants.R_OK).catch(() => {
    throw new Error(`LibreOffice: cannot read ${xlsxPath}`);
  });

  const work = await fs.mkdtemp(path.join(os.tmpdir(), "opportunity-scorer-lo-"));
  try {
    // A throw-away profile per call: it carries the recalc setting, and two runs (parallel Jest
    // workers) never share one — soffice hands its work to an instance already running on the
    // same profile instead of doing it itself.
    const profileDir = path.join(work, "profile");
    await fs.mkdir(path.join(profileDir, "user"), { recursive: true });
    await fs.writeFile(
      path.join(profileDir, "user", "registrymodifications.xcu"),
      REGISTRY_MODIFICATIONS,
    );
    // Work on a copy with a known plain name, so output names are `book-<sheet>.csv` whatever
    // the caller's file is called.
    const inDir = path.join(work, "in");
    const outDir = path.join(work, "out");
    await fs.mkdir(inDir);
    await fs.mkdir(outDir);
    const input = path.join(inDir, `${BOOK_BASE_NAME}.xlsx`);
    await fs.copyFile(xlsxPath, input);

    const run = await runProcess(soffice, [
      `-env:UserInstallation=${pathToFileURL(profileDir).href}`,
      "--headless",
      "--norestore",
      "--convert-to",
      convertTo,
      "--outdir",
      outDir,
      input,
    ]);
    const files = (await fs.readdir(outDir)).filter((name) => name.endsWith(extension));
    // soffice exits 0 even when it could not load the file: judge by what it wrote.
    if (run.code !== 0 || files.length === 0) {
      throw new Error(
        `LibreOffice did not convert ${xlsxPath} (exit ${String(run.code)}).\n` +
          `stdout: ${run.stdout.trim()}\nstderr: ${run.stderr.trim()}`,
      );
    }
    return await read(outDir, files, run.stdout);
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}

/**
 * Which CSV file holds which sheet, in workbook order.
 *
 * Files are named `book-<sheet name>.csv`, but the name is not always the sheet's name
 * verbatim: LibreOffice builds the path as a URL, so a `%xx` sequence in a sheet name is
 * decoded (sheet `100%41` is written to `book-100A.csv`). The reliable record is the line
 * soffice prints for each sheet, in workbook order:
 *   Writing sheet <sheet name> -> <outDir>/book-<file name>.csv
 * (printed in the locale's encoding — hence LC_ALL=C.UTF-8 in runProcess). Should a future
 * LibreOffice stop printing it, fall back to the file names, sorted.
 */
function mapFilesToSheets(
  stdout: string,
  outDir: string,
  files: readonly string[],
): { sheet: string; file: string }[] {
  const remaining = new Set(files);
  const mapped: { sheet: string; file: string }[] = [];
  const marker = ` -> ${outDir}${path.sep}`;
  for (const line of stdout.split(/\r?\n/)) {
    if (!line.startsWith("Writing sheet ")) continue;
    // The out dir is ours (no odd characters), so its last occurrence splits the line even
    // when a sheet name itself contains " -> ".
    const at = line.lastIndexOf(marker);
    if (at < 0) continue;
    const sheet = line.slice("Writing sheet ".length, at);
    const file = line.slice(at + marker.length);
    if (remaining.delete(file)) mapped.push({ sheet, file });
  }
  const prefix = `${BOOK_BASE_NAME}-`;
  for (const file of [...remaining].sort()) {
    const sheet = file.startsWith(prefix) ? file.slice(prefix.length, -".csv".length) : file;
    mapped.push({ sheet, file });
  }
  return mapped;
}

/**
 * Parses CSV text as LibreOffice writes it (RFC 4180): fields separated by commas, records by
 * LF or CRLF; a quoted field may hold commas, line breaks and doubled quotes (`""` is one `"`).
 * The line break after the last record does not start another one. A file holding nothing but
 * a line break (what LibreOffice writes for an empty sheet) gives no rows.
 */
export function parseCsv(text: string): string[][] {
  if (text.startsWith("\uFEFF")) text = text.slice(1);
  if (text === "" || text === "\n" || text === "\r\n") return [];

  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let inQuotes = false;
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (inQuotes) {
      if (ch === '"') {
        if (text.charAt(i + 1) === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
      } else {
        field += ch;
      }
      i += 1;
      continue;
    }
    if (ch === '"' && field === "") {
      // A quote opens a quoted field only at the field's start; elsewhere it is literal.
      inQuotes = true;
    } else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      if (ch === "\r" && text.charAt(i + 1) === "\n") i += 1;
    } else {
      field += ch;
    }
    i += 1;
  }
  if (inQuotes) throw new Error("parseCsv: unterminated quoted field");
  // Last record without a trailing line break.
  const last = text.charAt(text.length - 1);
  if (last !== "\n" && last !== "\r") {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

async function findOnPath(command: string): Promise<string | undefined> {
  for (const dir of (process.env["PATH"] ?? "").split(path.delimiter)) {
    if (dir === "") continue;
    const candidate = path.join(dir, command);
    try {
      await fs.access(candidate, fsConstants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

interface ProcessResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runProcess(command: string, args: readonly string[]): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      // No stdin: soffice must never wait for input. UTF-8 locale: under LANG=C soffice writes
      // non-ASCII sheet names to file names and stdout in a legacy encoding, mangling them.
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, LC_ALL: "C.UTF-8", LANG: "C.UTF-8" },
      // Own process group: `soffice` is a wrapper script around soffice.bin, and a timeout
      // must kill both.
      detached: true,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      if (child.pid !== undefined) {
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {
          child.kill("SIGKILL");
        }
      }
      reject(new Error(`soffice timed out after ${SOFFICE_TIMEOUT_MS} ms\nstderr: ${stderr}`));
    }, SOFFICE_TIMEOUT_MS);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
