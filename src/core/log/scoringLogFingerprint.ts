/**
 * The `Input SHA-256` of the `Scoring log`: a fingerprint of the values a person typed into
 * the source sheet (and the long-form Scores sheet, when the ratings come from one), so two
 * runs can be told apart, or shown to have read the same input, without keeping a copy.
 *
 * Both front ends must give the same fingerprint for the same cells. They already agree on
 * the values (both readers turn an empty cell, or `""`, into `null`; formulas into their
 * results; dates into ISO text), but not on the rectangle around them: a used range may or
 * may not include formatted-but-empty rows and columns, and a row may be ragged or padded
 * with blanks. So the rectangle is normalised before hashing.
 *
 * The serialisation, version 1, is the UTF-8 bytes of this JSON text, with no whitespace
 * and the keys in this order:
 *
 *     {"format":"opportunity-scorer/input/1","sheets":[SHEET, …]}
 *     SHEET = {"name":"Candidates","top":2,"left":1,"rows":[ROW, …]}
 *     ROW   = [CELL, …]
 *
 * - `sheets` holds the source sheet, then the Scores sheet when given.
 * - `top` and `left` are the 1-based sheet row and column of the first row and first column
 *   that hold anything: leading blank rows and columns are dropped and the position moves
 *   with them, so the same cells at the same place hash alike however the range was cut.
 * - Trailing blank rows are dropped, and each row's trailing blank cells; a blank row in
 *   between is `[]`. A sheet with nothing in it is `"top":1,"left":1,"rows":[]`.
 * - CELL: a blank (`null`, `""`, a missing cell, a number that is not finite) is `null`;
 *   a string is a JSON string (as `JSON.stringify` writes it; no trimming, so `" 4"` is not
 *   `"4"`); a number is a JSON number (shortest round-trip form, `-0` as `0`); a boolean is
 *   `true`/`false`; an Excel error is `{"error":"#N/A"}`. So `4`, `"4"`, `TRUE`, `"TRUE"`,
 *   `#N/A` and `"#N/A"` all differ.
 *
 * The table name, the sheet's role and the cells' formatting are not part of it.
 */
import { Sha256 } from "./sha256";
import { isExcelError, isUnsavedFormula, type RawCell, type SheetInput } from "../model";

export const INPUT_FINGERPRINT_FORMAT = "opportunity-scorer/input/1";

/** The SHA-256, as 64 hex digits, of the input values of a run (see the file comment). */
export function inputFingerprint(sheet: SheetInput, scores?: SheetInput): string {
  const hash = new Sha256();
  hash.update(`{"format":${JSON.stringify(INPUT_FINGERPRINT_FORMAT)},"sheets":[`);
  hashSheet(hash, sheet);
  if (scores !== undefined) {
    hash.update(",");
    hashSheet(hash, scores);
  }
  hash.update("]}");
  return hash.hex();
}

/**
 * The serialisation itself, as one string: for tests and for anyone checking a fingerprint
 * by hand. `inputFingerprint` hashes the same text row by row without building it.
 */
export function canonicalInputText(sheet: SheetInput, scores?: SheetInput): string {
  const sheets = scores === undefined ? [sheet] : [sheet, scores];
  return JSON.stringify({
    format: INPUT_FINGERPRINT_FORMAT,
    sheets: sheets.map((each) => {
      const trimmed = trimmedSheet(each);
      return {
        name: each.name,
        top: trimmed.top,
        left: trimmed.left,
        rows: trimmed.rows.map((row) => row.map(canonicalCell)),
      };
    }),
  });
}

function hashSheet(hash: Sha256, sheet: SheetInput): void {
  const { top, left, rows } = trimmedSheet(sheet);
  hash.update(`{"name":${JSON.stringify(sheet.name)},"top":${top},"left":${left},"rows":[`);
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index] as readonly (RawCell | undefined)[];
    hash.update(`${index === 0 ? "" : ","}${JSON.stringify(row.map(canonicalCell))}`);
  }
  hash.update("]}");
}

type CanonicalCell =
  | string
  | number
  | boolean
  | null
  | { readonly error: string }
  | { readonly unsavedFormula: string };

function canonicalCell(cell: RawCell | undefined): CanonicalCell {
  if (cell === undefined || isBlankCell(cell)) return null;
  if (isExcelError(cell)) return { error: cell.error };
  if (isUnsavedFormula(cell)) return { unsavedFormula: cell.unsavedFormula };
  return cell;
}

function isBlankCell(cell: RawCell | undefined): boolean {
  return (
    cell === null ||
    cell === undefined ||
    cell === "" ||
    (typeof cell === "number" && !Number.isFinite(cell))
  );
}

interface TrimmedSheet {
  readonly top: number;
  readonly left: number;
  /** Rows from `top`, each from `left`, without trailing blanks; the cells are not copied. */
  readonly rows: readonly (readonly (RawCell | undefined)[])[];
}

function trimmedSheet(sheet: SheetInput): TrimmedSheet {
  const values = sheet.values;
  // Per row: the offsets of its first and last non-blank cell (-1 when the row is blank).
  let firstRow = -1;
  let lastRow = -1;
  let firstColumn = Infinity;
  const ends: number[] = new Array<number>(values.length).fill(-1);
  for (let r = 0; r < values.length; r++) {
    const row = values[r] ?? [];
    let end = -1;
    for (let c = row.length - 1; c >= 0; c--) {
      if (!isBlankCell(row[c])) {
        end = c;
        break;
      }
    }
    if (end < 0) continue;
    ends[r] = end;
    if (firstRow < 0) firstRow = r;
    lastRow = r;
    for (let c = 0; c < end && c < firstColumn; c++) {
      if (!isBlankCell(row[c])) {
        firstColumn = c;
        break;
      }
    }
    if (end < firstColumn) firstColumn = end;
  }
  if (firstRow < 0) return { top: 1, left: 1, rows: [] };

  const rows: (readonly (RawCell | undefined)[])[] = [];
  for (let r = firstRow; r <= lastRow; r++) {
    const end = ends[r] as number;
    rows.push(end < 0 ? [] : (values[r] ?? []).slice(firstColumn, end + 1));
  }
  return { top: sheet.top + firstRow, left: sheet.left + firstColumn, rows };
}
