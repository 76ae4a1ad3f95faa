/**
 * Reading one cell of a use-case row (DESIGN §1). Each reader returns the value, or a
 * sentence saying what was found and what was expected; the caller adds the cell address.
 */
import { isExcelError, type RawCell } from "./workbookInput";

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

export const SCORE_EXPECTATION =
  'expected a score from 1 to 5 (such as 4, 4.5 or "4 - High") or one of very low, low, medium, high, very high';

const PLAIN_NUMBER = /^\d+(?:\.\d+)?$/;
// A number, then one of the separators the contract allows, then a label. The label must
// not start with a digit, so "4.5" is never read as 4 labelled "5", nor with a separator, so
// a dangling "4 -" or a range "3 - 4" is not read as a score either.
const NUMBER_WITH_LABEL = /^(\d+(?:\.\d+)?)(?:\s+|\s*[-–:.]\s*)([^\d\s\-–:.].*)$/s;

/** A score on one axis: 1 to 5, decimals allowed. */
export function parseScore(cell: RawCell | undefined): CellReading<number> {
  const number = scoreNumber(cell);
  if (number === undefined) return problem(`found ${describeCell(cell)}; ${SCORE_EXPECTATION}`);
  if (!(number >= 1 && number <= 5)) {
    return problem(`found ${describeCell(cell)}, outside 1 to 5; ${SCORE_EXPECTATION}`);
  }
  return ok(number);
}

function scoreNumber(cell: RawCell | undefined): number | undefined {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : undefined;
  if (typeof cell !== "string") return undefined;
  const text = cell.trim();
  if (PLAIN_NUMBER.test(text)) return Number(text);
  const labelled = NUMBER_WITH_LABEL.exec(text);
  if (labelled?.[1] !== undefined && labelled[2]?.trim()) return Number(labelled[1]);
  return SCORE_WORDS.get(text.toLowerCase().replace(/\s+/g, " "));
}

const BUDGET_EXPECTATION =
  "expected an amount such as 120000, $120,000, 120k, 1.2M or EUR 50 000 (left blank when unknown)";

/** A budget: `undefined` when the cell is blank (unknown). */
export function parseBudget(cell: RawCell | undefined): CellReading<number | undefined> {
  if (isBlank(cell)) return ok(undefined);
  let amount: number | undefined;
  if (typeof cell === "number") amount = Number.isFinite(cell) ? cell : undefined;
  else if (typeof cell === "string") amount = budgetFromText(cell);
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

function budgetFromText(text: string): number | undefined {
  const bare = text.replace(/usd|eur|gbp/gi, "").replace(/[$€£,\s\u00a0\u202f]/g, "");
  const match = /^(-?)(\d+(?:\.\d+)?|\.\d+)([km]?)$/i.exec(bare);
  if (!match) return undefined;
  const [, sign = "", digits = "", unit = ""] = match;
  const multiplier =
    unit.toLowerCase() === "k" ? 1_000 : unit.toLowerCase() === "m" ? 1_000_000 : 1;
  // Rounded to cents so 1.2M is exactly 1,200,000 rather than 1,199,999.9999999998.
  const amount = Math.round(Number(digits) * multiplier * 100) / 100;
  return sign === "-" ? -amount : amount;
}

/** Whole quarters a use case runs: blank means 1. */
export function parseDuration(cell: RawCell | undefined): CellReading<number> {
  if (isBlank(cell)) return ok(1);
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

/** Text of a cell, trimmed; a number becomes its text (`7` → `"7"`). */
export function cellText(cell: RawCell | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (isExcelError(cell)) return cell.error;
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
  const text = cellText(cell).toLowerCase();
  if (text === "internal" || text === "customer") return ok(text);
  return problem(`found ${describeCell(cell)}; expected internal or customer`);
}

/** Hours saved per week: a number from 0 up; blank is unknown. */
export const MAX_HOURS_SAVED = 1_000_000;

export function parseHoursSaved(cell: RawCell | undefined): CellReading<number | undefined> {
  if (isBlank(cell)) return ok(undefined);
  const number =
    typeof cell === "number"
      ? cell
      : typeof cell === "string" && PLAIN_NUMBER.test(cell.trim())
        ? Number(cell)
        : NaN;
  // A week has 168 hours; a million a week (six thousand people's every hour) is surely a typo,
  // and would overflow the annual value.
  if (Number.isFinite(number) && number >= 0 && number <= MAX_HOURS_SAVED) return ok(number);
  return problem(
    `found ${describeCell(cell)}; expected a number of hours a week from 0 to 1,000,000`,
  );
}
