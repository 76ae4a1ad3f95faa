/**
 * Reading a sheet description back the way Excel would: a cell by its A1 address, and a
 * formula worked out from the cells it names (not from its cached `result`), so a test can
 * check that what a person sees after a recalculation is what the engine wrote.
 *
 * Only the formula language the output sheets use: numbers, text in double quotes, cell
 * references (optionally `Sheet!` or `'Sheet name'!` and `$`), `+ - * /`, brackets, SUM and
 * COUNTA over a range or a list of cells, COUNTIF with an equality, and IF with a `>` comparison.
 */
import type { CellDescription, SheetDescription } from "../../src/core/model";

export interface CellPosition {
  readonly row: number;
  readonly column: number;
}

/** `"E7"` or `"$E$7"` → row 7, column 5. */
export function positionOf(reference: string): CellPosition {
  const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(reference);
  if (!match) throw new Error(`not a cell reference: ${reference}`);
  const letters = match[1] as string;
  let column = 0;
  for (const letter of letters) column = column * 26 + (letter.charCodeAt(0) - 64);
  return { row: Number(match[2]), column };
}

export function cellAt(sheet: SheetDescription, reference: string): CellDescription | undefined {
  const { row, column } = positionOf(reference);
  return sheet.rows[row - 1]?.[column - 1];
}

/** Every non-empty cell with its A1 address, row by row. */
export function cellsOf(sheet: SheetDescription): { reference: string; cell: CellDescription }[] {
  const found: { reference: string; cell: CellDescription }[] = [];
  sheet.rows.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      if (cell !== undefined) found.push({ reference: `${letters(c + 1)}${r + 1}`, cell });
    }),
  );
  return found;
}

/** The text of each row from `fromRow` on, cells joined with ` | `, empty cells as ``. */
export function rowTexts(sheet: SheetDescription, fromRow: number, toRow: number): string[] {
  const lines: string[] = [];
  for (let row = fromRow; row <= toRow; row++) {
    const cells = sheet.rows[row - 1] ?? [];
    lines.push(
      Array.from(cells, (cell) => (cell === undefined ? "" : shown(cell)))
        .join(" | ")
        .trimEnd(),
    );
  }
  return lines;
}

function shown(cell: CellDescription): string {
  if (cell.link !== undefined) return `${cell.text} ↗ ${cell.link}`;
  if (cell.text !== undefined) return cell.text;
  if (cell.number !== undefined) return String(cell.number);
  return `${cell.formula} → ${String(cell.result)}`;
}

function letters(column: number): string {
  let text = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
  }
  return text;
}

type Value = number | string | undefined;

/** Works out formulas across a set of sheets, as Excel would after a recalculation. */
export class FormulaEvaluator {
  private readonly sheets: ReadonlyMap<string, SheetDescription>;

  constructor(sheets: readonly SheetDescription[]) {
    this.sheets = new Map(sheets.map((sheet) => [sheet.name, sheet]));
  }

  /** The value of a cell: a formula is evaluated from its inputs, never read from `result`. */
  valueOf(sheetName: string, reference: string): Value {
    const sheet = this.sheets.get(sheetName);
    if (!sheet) throw new Error(`no sheet named ${sheetName}`);
    const cell = cellAt(sheet, reference);
    if (cell === undefined) return undefined;
    if (cell.text !== undefined) return cell.text;
    if (cell.number !== undefined) return cell.number;
    return new FormulaParser(this, sheetName, cell.formula.replace(/^=/, "")).parse();
  }
}

function asNumber(value: Value): number {
  if (value === undefined) return 0;
  if (typeof value === "string") throw new Error(`#VALUE!: arithmetic on the text "${value}"`);
  return value;
}

class FormulaParser {
  private position = 0;

  constructor(
    private readonly evaluator: FormulaEvaluator,
    private readonly sheetName: string,
    private readonly source: string,
  ) {}

  parse(): Value {
    const value = this.comparison();
    if (this.position !== this.source.length) {
      throw new Error(`unexpected "${this.source.slice(this.position)}" in ${this.source}`);
    }
    return value;
  }

  /** A comparison (`>=` or `>`: what the sheets use), else an arithmetic expression. */
  private comparison(): Value {
    const left = this.expression();
    if (this.accept(">=")) return asNumber(left) >= asNumber(this.expression()) ? 1 : 0;
    if (this.accept(">")) return asNumber(left) > asNumber(this.expression()) ? 1 : 0;
    return left;
  }

  private expression(): Value {
    let value = this.term();
    for (;;) {
      if (this.accept("+")) value = asNumber(value) + asNumber(this.term());
      else if (this.accept("-")) value = asNumber(value) - asNumber(this.term());
      else return value;
    }
  }

  private term(): Value {
    let value = this.unary();
    for (;;) {
      if (this.accept("*")) value = asNumber(value) * asNumber(this.unary());
      else if (this.accept("/")) value = asNumber(value) / asNumber(this.unary());
      else return value;
    }
  }

  private unary(): Value {
    if (this.accept("-")) return -asNumber(this.unary());
    return this.primary();
  }

  private primary(): Value {
    if (this.source.startsWith('"', this.position)) return this.textLiteral();
    if (this.accept("IF(")) {
      const condition = asNumber(this.comparison()) !== 0;
      this.expect(",");
      const whenTrue = this.comparison();
      this.expect(",");
      const whenFalse = this.comparison();
      this.expect(")");
      return condition ? whenTrue : whenFalse;
    }
    if (this.accept("(")) {
      const value = this.expression();
      this.expect(")");
      return value;
    }
    const rest = this.source.slice(this.position);
    const number = /^\d+(?:\.\d+)?/.exec(rest);
    if (number) {
      this.position += number[0].length;
      return Number(number[0]);
    }
    if (this.accept("COUNTIF(")) {
      const values = this.range();
      this.expect(",");
      const criterion = this.comparison();
      this.expect(")");
      return values.filter((value) => value === criterion).length;
    }
    const call = /^(SUM|COUNTA)\(/.exec(rest);
    if (call) {
      this.position += call[0].length;
      // A range, or a list of single cells (`SUM(A1,A5,A9)`).
      const values = this.rangeOrList();
      this.expect(")");
      return call[1] === "SUM"
        ? values.reduce<number>((sum, value) => sum + (typeof value === "number" ? value : 0), 0)
        : values.filter((value) => value !== undefined && value !== "").length;
    }
    const { sheetName, position } = this.reference();
    return this.evaluator.valueOf(sheetName, position) ?? 0;
  }

  private textLiteral(): string {
    const match = /^"((?:[^"]|"")*)"/.exec(this.source.slice(this.position));
    if (!match) throw new Error(`expected text in quotes at ${this.position} in ${this.source}`);
    this.position += match[0].length;
    return (match[1] as string).replace(/""/g, '"');
  }

  private rangeOrList(): Value[] {
    const start = this.position;
    const first = this.reference();
    if (this.source.startsWith(":", this.position)) {
      this.position = start;
      return this.range();
    }
    const values: Value[] = [this.evaluator.valueOf(first.sheetName, first.position)];
    while (this.accept(",")) {
      const next = this.reference();
      values.push(this.evaluator.valueOf(next.sheetName, next.position));
    }
    return values;
  }

  private range(): Value[] {
    const from = this.reference();
    this.expect(":");
    const to = this.reference();
    const first = positionOf(from.position);
    const last = positionOf(to.position);
    const values: Value[] = [];
    for (let row = first.row; row <= last.row; row++) {
      for (let column = first.column; column <= last.column; column++) {
        values.push(this.evaluator.valueOf(from.sheetName, `${letters(column)}${row}`));
      }
    }
    return values;
  }

  private reference(): { sheetName: string; position: string } {
    const rest = this.source.slice(this.position);
    const match = /^(?:'((?:[^']|'')+)'!|([\p{L}\p{N}_]+)!)?(\$?[A-Z]+\$?\d+)/u.exec(rest);
    if (!match) throw new Error(`expected a cell reference at "${rest}" in ${this.source}`);
    this.position += match[0].length;
    const sheetName = match[1]?.replace(/''/g, "'") ?? match[2] ?? this.sheetName;
    return { sheetName, position: (match[3] as string).replace(/\$/g, "") };
  }

  private accept(token: string): boolean {
    if (this.source.startsWith(token, this.position)) {
      this.position += token.length;
      return true;
    }
    return false;
  }

  private expect(token: string): void {
    if (!this.accept(token))
      throw new Error(`expected "${token}" at ${this.position} in ${this.source}`);
  }
}

/**
 * Every formula cell whose worked-out value differs from the `result` the engine stored,
 * as `Sheet!I7: =… gives 12 but stores 13`. Sums may differ in the last bits when Excel
 * adds in a different order than the engine did, so numbers are compared to 1e-9.
 */
export function formulaMismatches(sheets: readonly SheetDescription[]): string[] {
  const evaluator = new FormulaEvaluator(sheets);
  const mismatches: string[] = [];
  for (const sheet of sheets) {
    for (const { reference, cell } of cellsOf(sheet)) {
      if (cell.formula === undefined) continue;
      const worked = evaluator.valueOf(sheet.name, reference);
      const stored = cell.result;
      const same =
        typeof worked === "number" && typeof stored === "number"
          ? Math.abs(worked - stored) <= 1e-9 * Math.max(1, Math.abs(stored))
          : worked === stored;
      if (!same) {
        mismatches.push(
          `${sheet.name}!${reference}: ${cell.formula} gives ${String(worked)} but stores ${String(stored)}`,
        );
      }
    }
  }
  return mismatches;
}

/** The cached result of a formula cell; undefined for any other cell. */
export function resultOf(cell: CellDescription | undefined): number | string | undefined {
  return cell?.formula === undefined ? undefined : cell.result;
}
