/**
 * Reading one cell of a use-case row (DESIGN §1). Each reader returns the value, or a
 * sentence saying what was found and what was expected; the caller adds the cell address.
 */
import {
  ambiguityText,
  readAmountText,
  readDigits,
  type AmountUnit,
  type DecimalSeparator,
  type DigitsReading,
} from "../numbers";
import { isExcelError, isUnsavedFormula, type RawCell } from "../model";

export type CellReading<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: string };

const ok = <T>(value: T): CellReading<T> => ({ ok: true, value });
const problem = <T>(text: string): CellReading<T> => ({ ok: false, problem: text });

/** True for an empty cell or one holding only spaces. */
export function isBlank(cell: RawCell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

/** How a found value is quoted back in a message. */
export function describeCell(cell: RawCell | undefined): string {
  if (isBlank(cell)) return "a blank cell";
  if (cell === undefined || cell === null) return "a blank cell";
  if (isExcelError(cell)) return `the error ${cell.error}`;
  if (isUnsavedFormula(cell)) {
    // A shared formula's later cells hold no text of their own in the file.
    if (cell.unsavedFormula.trim() === "") return "a formula with no saved value";
    const formula = `=${cell.unsavedFormula}`;
    return `the formula ${formula.length > 40 ? `${formula.slice(0, 39)}…` : formula} with no saved value`;
  }
  if (typeof cell === "string") {
    const shown = cell.length > 60 ? `${cell.slice(0, 57)}…` : cell;
    return `"${shown}"`;
  }
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return String(cell);
}

const SCORE_WORDS: ReadonlyMap<string, number> = new Map([
  ["very low", 1],
  ["low", 2],
  ["medium", 3],
  ["med", 3],
  ["moderate", 3],
  ["high", 4],
  ["very high", 5],
]);

/**
 * A formula the file holds without its value: what it would be is unknown, and the fix is in
 * Excel, not in the cell. The same words wherever such a cell is read.
 */
export const UNSAVED_FORMULA_FIX =
  "the file was saved without calculating; open it in Excel and save it, so its values are saved too";

/** The problem for a formula cell with no saved value, or undefined for any other cell. */
export function unsavedFormulaProblem(cell: RawCell | undefined): string | undefined {
  if (cell === undefined || !isUnsavedFormula(cell)) return undefined;
  return `found ${describeCell(cell)}: ${UNSAVED_FORMULA_FIX}`;
}

export const SCORE_EXPECTATION =
  'expected a score from 1 to 5 (such as 4, 4.5 or "4 - High") or one of very low, low, medium, high, very high';

// A number as people type one: digits, with `.` or `,` between them (`4.5`, `4,5`, `1,200`).
const NUMBER = String.raw`\d+(?:[.,]\d+)*`;
const PLAIN_NUMBER = new RegExp(`^${NUMBER}$`);
// A number, then one of the separators the contract allows, then a label. The label must
// not start with a digit, so "4.5" is never read as 4 labelled "5", nor with a separator, so
// a dangling "4 -" or a range "3 - 4" is not read as a score either.
const NUMBER_WITH_LABEL = new RegExp(
  `^(${NUMBER})(?:\\s+|\\s*[-–:.]\\s*)([^\\d\\s\\-–:.].*)$`,
  "s",
);
// Two numbers with `to`, `or`, `-`, `–`, `—` or `..` between them: a range, not a score (`4/5`
// is left to the general message: it may mean four out of five).
const RANGE = new RegExp(`^${NUMBER}\\s*(?:to|or|-|–|—|\\.\\.)\\s*${NUMBER}\\b`, "i");

/**
 * A score on one axis: 1 to 5, decimals allowed. A score written as text is read as numbers
 * written as text are (DESIGN §1), by `decimal` when the input declares it.
 */
export function parseScore(
  cell: RawCell | undefined,
  decimal?: DecimalSeparator,
): CellReading<number> {
  const unsaved = unsavedFormulaProblem(cell);
  if (unsaved !== undefined) return problem(unsaved);
  if (typeof cell === "string" && RANGE.test(cell.trim())) {
    return problem(`found ${describeCell(cell)}, a range; ${SCORE_EXPECTATION}, not a range`);
  }
  const number = scoreNumber(cell, decimal);
  if (number?.kind === "ambiguous") {
    return problem(`found ${describeCell(cell)}, ${ambiguityText(number)}`);
  }
  if (number?.kind !== "number") {
    return problem(`found ${describeCell(cell)}; ${SCORE_EXPECTATION}`);
  }
  if (!(number.value >= 1 && number.value <= 5)) {
    return problem(`found ${describeCell(cell)}, outside 1 to 5; ${SCORE_EXPECTATION}`);
  }
  return ok(number.value);
}

function scoreNumber(
  cell: RawCell | undefined,
  decimal: DecimalSeparator | undefined,
): DigitsReading | undefined {
  if (typeof cell === "number")
    return Number.isFinite(cell) ? { kind: "number", value: cell } : undefined;
  if (typeof cell !== "string") return undefined;
  const text = cell.trim();
  if (PLAIN_NUMBER.test(text)) return readDigits(text, decimal);
  const labelled = NUMBER_WITH_LABEL.exec(text);
  if (labelled?.[1] !== undefined && labelled[2]?.trim()) return readDigits(labelled[1], decimal);
  const word = SCORE_WORDS.get(text.toLowerCase().replace(/\s+/g, " "));
  return word === undefined ? undefined : { kind: "number", value: word };
}

const BUDGET_EXPECTATION =
  "expected an amount such as 120000, $120,000, 120k, 1.2M or EUR 50 000 (left blank when unknown)";

/** How a budget column's numbers are read: the declared decimal separator, the header's unit. */
export interface BudgetReading {
  readonly decimal?: DecimalSeparator;
  /** From the header (`Cost ($K)`): scales plain numbers, not a text with its own k or m. */
  readonly unit?: AmountUnit;
}

/** A budget: `undefined` when the cell is blank (unknown). */
export function parseBudget(
  cell: RawCell | undefined,
  reading: BudgetReading = {},
): CellReading<number | undefined> {
  if (isBlank(cell)) return ok(undefined);
  const unsaved = unsavedFormulaProblem(cell);
  if (unsaved !== undefined) return problem(`${unsaved}; counted as unknown`);
  const unit = reading.unit ?? 1;
  let amount: number | undefined;
  if (typeof cell === "number") amount = Number.isFinite(cell) ? cell * unit : undefined;
  else if (typeof cell === "string") {
    const text = readAmountText(cell, reading.decimal);
    if (text.kind === "ambiguous") {
      const scaled = {
        ...text,
        asThousands: text.asThousands * unit,
        asDecimal: text.asDecimal * unit,
      };
      return problem(`found ${describeCell(cell)}, ${ambiguityText(scaled)}; counted as unknown`);
    }
    if (text.kind === "number") amount = text.ownUnit ? text.value : text.value * unit;
  }
  if (amount === undefined) {
    return problem(`found ${describeCell(cell)}; ${BUDGET_EXPECTATION}; counted as unknown`);
  }
  if (amount < 0) {
    return problem(
      `found ${describeCell(cell)}, a negative amount; ${BUDGET_EXPECTATION}; counted as unknown`,
    );
  }
  return ok(amount);
}

/** Whole quarters a use case runs: blank means 1. */
export function parseDuration(cell: RawCell | undefined): CellReading<number> {
  if (isBlank(cell)) return ok(1);
  const unsaved = unsavedFormulaProblem(cell);
  if (unsaved !== undefined) return problem(`${unsaved}; counted as 1`);
  const number =
    typeof cell === "number"
      ? cell
      : typeof cell === "string" && /^\s*\d+\s*$/.test(cell)
        ? Number(cell)
        : NaN;
  if (Number.isInteger(number) && number >= 1 && number <= 4) return ok(number);
  return problem(
    `found ${describeCell(cell)}; expected a whole number of quarters from 1 to 4; counted as 1`,
  );
}

/**
 * Text of a cell, trimmed; a number becomes its text (`7` → `"7"`). A formula with no saved
 * value has no text: what it would show is unknown.
 */
export function cellText(cell: RawCell | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (isExcelError(cell)) return cell.error;
  if (isUnsavedFormula(cell)) return "";
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return String(cell).trim();
}

/** Dependency ids: split on `,` or `;`, trimmed, blanks dropped. */
export function parseDependsOn(cell: RawCell | undefined): string[] {
  return cellText(cell)
    .split(/[,;]/)
    .map((id) => id.trim())
    .filter((id) => id !== "");
}

export type Facing = "internal" | "customer";

/** `internal` or `customer`; blank is unknown. */
export function parseFacing(cell: RawCell | undefined): CellReading<Facing | undefined> {
  if (isBlank(cell)) return ok(undefined);
  const unsaved = unsavedFormulaProblem(cell);
  if (unsaved !== undefined) return problem(unsaved);
  const text = cellText(cell).toLowerCase();
  if (text === "internal" || text === "customer") return ok(text);
  return problem(`found ${describeCell(cell)}; expected internal or customer`);
}

/** Hours saved per week: a number from 0 up; blank is unknown. */
export const MAX_HOURS_SAVED = 1_000_000;

export function parseHoursSaved(
  cell: RawCell | undefined,
  decimal?: DecimalSeparator,
): CellReading<number | undefined> {
  if (isBlank(cell)) return ok(undefined);
  const unsaved = unsavedFormulaProblem(cell);
  if (unsaved !== undefined) return problem(unsaved);
  let number = NaN;
  if (typeof cell === "number") number = cell;
  else if (typeof cell === "string" && PLAIN_NUMBER.test(cell.trim())) {
    const reading = readDigits(cell.trim(), decimal);
    if (reading.kind === "ambiguous") {
      return problem(`found ${describeCell(cell)}, ${ambiguityText(reading)}`);
    }
    if (reading.kind === "number") number = reading.value;
  }
  // A week has 168 hours; a million a week (six thousand people's every hour) is surely a typo,
  // and would overflow the annual value.
  if (Number.isFinite(number) && number >= 0 && number <= MAX_HOURS_SAVED) return ok(number);
  return problem(
    `found ${describeCell(cell)}; expected a number of hours a week from 0 to 1,000,000`,
  );
}
