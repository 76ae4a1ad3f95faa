/**
 * One exceljs cell value turned into what the engine reads: the value Excel shows in the
 * cell. exceljs hands back one of several shapes (its `CellValue` type); a value it does not
 * know arrives as whatever object it parsed, so the input is `unknown` and read by shape.
 */
import type { RawCell } from "../core";

const MS_PER_DAY = 86_400_000;

export function rawCellOfExcelValue(value: unknown): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  // An empty string is a blank cell to a person (and to Office.js, which reports blanks as "").
  if (typeof value === "string") return value === "" ? null : value;
  if (typeof value === "boolean") return value;
  if (value instanceof Date) return isoDateText(value);
  if (typeof value !== "object") return null;

  // Formulas (plain, shared and array) count as the result Excel cached when it last
  // calculated. A formula never calculated (written by a library, not by Excel) has none:
  // it is blank rather than a guess.
  if ("formula" in value || "sharedFormula" in value) {
    return "result" in value ? rawCellOfExcelValue(value.result) : null;
  }
  if ("error" in value && typeof value.error === "string") return { error: value.error };
  if ("richText" in value && Array.isArray(value.richText)) {
    return rawCellOfExcelValue(plainTextOfRuns(value.richText));
  }
  // Hyperlinks show their text; exceljs gives that text as rich text when it was formatted.
  if ("text" in value) return rawCellOfExcelValue(value.text);
  return null;
}

function plainTextOfRuns(runs: readonly unknown[]): string {
  let text = "";
  for (const run of runs) {
    if (typeof run === "object" && run !== null && "text" in run && typeof run.text === "string") {
      text += run.text;
    }
  }
  return text;
}

/**
 * `2026-01-15`, or `2026-01-15T09:30:00` when the cell holds a time of day. exceljs turns a
 * date serial into a Date as if the serial were UTC, so the UTC fields are the wall-clock
 * date and time Excel shows; Excel has no time zone, so none is written.
 */
export function isoDateText(date: Date): string | null {
  const time = date.getTime();
  if (Number.isNaN(time)) return null;
  const iso = date.toISOString();
  if (time % MS_PER_DAY === 0) return iso.slice(0, 10);
  return iso.endsWith(".000Z") ? iso.slice(0, 19) : iso.slice(0, 23);
}
