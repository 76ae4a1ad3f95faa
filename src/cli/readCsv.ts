/**
 * A CSV file read the way Excel opens it, so the engine sees what a person would see had
 * they opened the file in Excel: RFC 4180 fields, numbers as numbers, the rest as text.
 */
import * as path from "node:path";
import type { RawCell, SheetInput } from "../core";
import { InputFileError } from "./inputFileError";

export type CsvDelimiter = "," | ";";

export type CsvParse =
  | { readonly ok: true; readonly records: string[][] }
  | { readonly ok: false; readonly unclosedQuoteLine: number };

const QUOTE = 0x22;
const COMMA = 0x2c;
const SEMICOLON = 0x3b;
const CR = 0x0d;
const LF = 0x0a;

/** The CSV file at `filePath`, already read into `bytes`, as the one sheet it becomes. */
export function readCsvBytes(filePath: string, bytes: Uint8Array): SheetInput {
  if (isZipArchive(bytes)) {
    throw new InputFileError(
      "not-a-csv",
      filePath,
      `${filePath} is not a CSV file: it looks like an Excel workbook. Rename it to .xlsx.`,
    );
  }
  const text = decodeCsvText(bytes);
  const delimiter = csvDelimiter(text);
  const parsed = parseCsv(text, delimiter);
  if (!parsed.ok) {
    throw new InputFileError(
      "not-a-csv",
      filePath,
      `${filePath} is not a valid CSV file: the quoted field starting on line ` +
        `${parsed.unclosedQuoteLine} is never closed (a " is missing).`,
    );
  }
  const values = parsed.records.map((record) =>
    record.map((field) => csvCellValue(field, delimiter)),
  );
  // Excel saves "CSV" with `;` where `,` is the decimal separator: the file declares it
  // (DESIGN §1), so `1.200` and `€ 120.000` in it are twelve hundred and 120,000.
  return {
    name: csvSheetName(filePath),
    top: 1,
    left: 1,
    values,
    ...(delimiter === ";" && { decimalSeparator: "," as const }),
  };
}

/**
 * The file's text. UTF-8 (its BOM dropped) when the bytes are valid UTF-8; UTF-16 when a
 * BOM says so; otherwise Windows-1252, because Excel's plain "CSV (Comma delimited)" saves
 * in the Windows code page, and reading that as UTF-8 would turn every `é` into `�`.
 */
export function decodeCsvText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  try {
    // TextDecoder drops a UTF-8 BOM itself (ignoreBOM defaults to false).
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

// Windows-1252 is Latin-1 except for 0x80–0x9F, where it has `€`, curly quotes, dashes and
// so on. Node's own TextDecoder("windows-1252") decodes those bytes as Latin-1 control
// characters since 20.18.3 (nodejs/node#60888), so the difference is mapped here.
const WINDOWS_1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  return latin1.replace(/[\u0080-\u009f]/g, (character) =>
    WINDOWS_1252_HIGH.charAt(character.charCodeAt(0) - 0x80),
  );
}

/**
 * `;` when the first record has semicolons and no comma outside quotes, else `,`. Excel in
 * locales whose decimal separator is a comma (most of Europe) saves "CSV" with semicolons;
 * a comma-separated file whose first line has a `;` in some title still has commas (Excel
 * pads every line of a CSV to the same number of fields).
 */
export function csvDelimiter(text: string): CsvDelimiter {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) quoted = !quoted;
    else if (quoted) continue;
    else if (code === COMMA) commas++;
    else if (code === SEMICOLON) semicolons++;
    else if (code === CR || code === LF) break;
  }
  return commas === 0 && semicolons > 0 ? ";" : ",";
}

/**
 * RFC 4180 records: fields may be quoted, a quoted field may hold the delimiter, doubled
 * quotes and line breaks; records end with CRLF, LF or a lone CR (old Mac exports). A final
 * line break does not start an empty record. Like Excel, it is lenient about quotes that
 * RFC 4180 forbids: a `"` inside an unquoted field is kept, and text after a closing quote
 * is appended (`"5" screen` → `5 screen`). Only a quote never closed is an error, since it
 * would silently swallow the rest of the file into one cell.
 */
export function parseCsv(text: string, delimiter: CsvDelimiter): CsvParse {
  const delimiterCode = delimiter.charCodeAt(0);
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  const end = text.length;
  while (i < end || record.length > 0) {
    let field = "";
    let pos = i;
    if (text.charCodeAt(i) === QUOTE) {
      pos = i + 1;
      for (;;) {
        const quote = text.indexOf('"', pos);
        if (quote < 0) return { ok: false, unclosedQuoteLine: lineNumberAt(text, i) };
        field += text.slice(pos, quote);
        if (text.charCodeAt(quote + 1) === QUOTE) {
          field += '"';
          pos = quote + 2;
        } else {
          pos = quote + 1;
          break;
        }
      }
    }
    let fieldEnd = pos;
    for (; fieldEnd < end; fieldEnd++) {
      const code = text.charCodeAt(fieldEnd);
      if (code === delimiterCode || code === CR || code === LF) break;
    }
    field += text.slice(pos, fieldEnd);
    record.push(field);

    const after = text.charCodeAt(fieldEnd);
    if (after === delimiterCode) {
      i = fieldEnd + 1;
      continue;
    }
    records.push(record);
    record = [];
    i = fieldEnd + (after === CR && text.charCodeAt(fieldEnd + 1) === LF ? 2 : 1);
  }
  return { ok: true, records };
}

function lineNumberAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) {
    const code = text.charCodeAt(i);
    if (code === LF || (code === CR && text.charCodeAt(i + 1) !== LF)) line++;
  }
  return line;
}

// A plain decimal: optional minus, no leading zero (`007` is an id, and Excel would lose the
// zeros), no exponent (`1e5` is more likely a code than 100000), no thousands separators,
// no spaces, no `+`. With `;` files the decimal separator is `,` (`4,5`), and a value with a
// `.` stays text because in those locales `1.200` is twelve hundred, not 1.2: the engine's
// own text parsing then decides.
const POINT_DECIMAL = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;
const COMMA_DECIMAL = /^-?(?:0|[1-9]\d*)(?:,\d+)?$/;
// Excel keeps 15 significant digits; a longer number (an account or card number) would
// change if stored as one, so it stays text.
const MAX_DIGITS = 15;

/** One field as Excel would show it: empty → blank, a plain number → that number, else text. */
export function csvCellValue(field: string, delimiter: CsvDelimiter): RawCell {
  if (field === "") return null;
  const pattern = delimiter === ";" ? COMMA_DECIMAL : POINT_DECIMAL;
  if (!pattern.test(field)) return field;
  if (field.replace(/\D/g, "").length > MAX_DIGITS) return field;
  const number = Number(delimiter === ";" ? field.replace(",", ".") : field);
  return number === 0 ? 0 : number; // no -0
}

const MAX_SHEET_NAME_LENGTH = 31;

/**
 * The sheet a CSV file becomes: the file's name without extension, made a name Excel
 * accepts — at most 31 characters, none of `: \ / ? * [ ]`, not starting or ending with
 * `'`, not the reserved `History`.
 */
export function csvSheetName(filePath: string): string {
  const base = path.basename(filePath, path.extname(filePath));
  // eslint-disable-next-line no-control-regex -- control characters are not allowed either
  const allowed = base.replace(/[:\\/?*[\]\u0000-\u001f]/g, "_");
  let name = "";
  for (const character of allowed) {
    if (name.length + character.length > MAX_SHEET_NAME_LENGTH) break;
    name += character;
  }
  name = name.replace(/^'+|'+$/g, "");
  if (name === "") return "Sheet1";
  if (name.toLowerCase() === "history") return `${name}_`;
  return name;
}

function isZipArchive(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
