/**
 * One exceljs cell value turned into what the engine reads: the value Excel shows in the
 * cell. exceljs hands back one of several shapes (its `CellValue` type); a value it does not
 * know arrives as whatever object it parsed, so the input is `unknown` and read by shape.
 * exceljs turns a date serial into a Date as if the serial were UTC, which is what
 * `isoDateText` expects.
 */
import type { RawCell } from "../../../src/core";
import { isoDateText } from "../../../src/cli/package/isoDateText";

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
