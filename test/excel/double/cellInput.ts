/**
 * What Excel stores when a value is assigned through `Range.values` or `Range.formulas`.
 *
 * Office.js: "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="),
 * Excel interprets this value as a formula" (@types/office-js 1.0.612, `Range.values`). A cell
 * whose number format is Text (`"@"`) keeps what is assigned as text, the way typing into a Text
 * cell does — that is the safeguard the adapter relies on, so the double honours the cell's
 * format *at the moment the write is applied* (an earlier `numberFormat` write in the same batch
 * counts, a later one does not).
 *
 * Choices the docs leave open, made here and tested:
 * - `+`/`-` followed by a number (`-5`, `+1.5e3`) is that number; followed by anything else
 *   (`-foo`, `+A1`) it becomes the formula `=-foo` / `=+A1`, as typing it into Excel does.
 * - `@` followed by anything is treated as a formula too (`=@foo`): Excel 365 reads a leading `@`
 *   as the implicit-intersection operator. Undocumented for the API; the safe assumption for
 *   anything that guards against formula injection.
 * - Plain decimal strings (`"42"`, `"3.5"`) become numbers and `TRUE`/`FALSE` become booleans,
 *   as Excel's parser does; dates, percentages and currencies are NOT converted by the double.
 * - A formula's value: the double has no calculation engine. `evaluateConstantFormula` computes
 *   formulas made only of number literals, `+ - * / ^` and parentheses (`=2*3` → 6); any other
 *   formula gets the error value `#NAME?` (valueTypes "Error") so that code which reads back a
 *   computed value fails loudly instead of seeing a plausible 0. Tests needing real values pass
 *   their own `evaluateFormula` to `createWorkbookState`.
 */

import type { CellScalar } from "./state";

export type FormulaResult = CellScalar | { readonly error: string };

export type FormulaEvaluator = (formula: string) => FormulaResult;

export type WrittenContent =
  | { readonly kind: "skip" }
  | { readonly kind: "clear" }
  | { readonly kind: "value"; readonly value: CellScalar }
  | { readonly kind: "formula"; readonly formula: string }
  | { readonly kind: "invalid"; readonly reason: string };

const NUMBER = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/;

/** Interprets one element assigned to `values` or `formulas`, given the cell's number format. */
export function interpretWrite(input: unknown, numberFormat: string | undefined): WrittenContent {
  // Office.js: null in a 2-D input leaves that cell unchanged (docs: "Blank and null values").
  if (input === null || input === undefined) return { kind: "skip" };
  if (typeof input === "boolean") return { kind: "value", value: input };
  if (typeof input === "number") {
    return Number.isFinite(input)
      ? { kind: "value", value: input }
      : { kind: "invalid", reason: `${input} is not a number Excel can store` };
  }
  if (typeof input !== "string")
    return { kind: "invalid", reason: "cell input must be a string, number or boolean" };
  // Docs: a blank string clears the cell's contents.
  if (input === "") return { kind: "clear" };
  if (numberFormat === "@") return { kind: "value", value: input };
  const first = input[0];
  if (first === "=" && input.length > 1) return { kind: "formula", formula: input };
  if (NUMBER.test(input)) return { kind: "value", value: Number(input) };
  if ((first === "+" || first === "-" || first === "@") && input.length > 1) {
    return { kind: "formula", formula: `=${input}` };
  }
  const upper = input.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { kind: "value", value: upper === "TRUE" };
  return { kind: "value", value: input };
}

/** Number literals, `+ - * / ^` and parentheses; `#NAME?` for anything else. */
export function evaluateConstantFormula(formula: string): FormulaResult {
  const tokens = formula.slice(1).match(/\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+|[-+*/^()]|\S/g) ?? [];
  let at = 0;
  const peek = (): string | undefined => tokens[at];
  const fail = (): never => {
    throw new NotConstant();
  };
  const primary = (): number => {
    const token = tokens[at++];
    if (token === "(") {
      const inner = sum();
      if (tokens[at++] !== ")") fail();
      return inner;
    }
    if (token === "-") return -primary();
    if (token === "+") return primary();
    if (token === undefined || !NUMBER.test(token)) return fail();
    return Number(token);
  };
  const power = (): number => {
    const base = primary();
    if (peek() === "^") {
      at += 1;
      return base ** power();
    }
    return base;
  };
  const product = (): number => {
    let acc = power();
    for (let op = peek(); op === "*" || op === "/"; op = peek()) {
      at += 1;
      const right = power();
      if (op === "/" && right === 0) throw new DivideByZero();
      acc = op === "*" ? acc * right : acc / right;
    }
    return acc;
  };
  const sum = (): number => {
    let acc = product();
    for (let op = peek(); op === "+" || op === "-"; op = peek()) {
      at += 1;
      acc = op === "+" ? acc + product() : acc - product();
    }
    return acc;
  };
  try {
    const result = sum();
    return at === tokens.length && tokens.length > 0 ? result : { error: "#NAME?" };
  } catch (problem) {
    if (problem instanceof DivideByZero) return { error: "#DIV/0!" };
    if (problem instanceof NotConstant) return { error: "#NAME?" };
    throw problem;
  }
}

class NotConstant extends Error {}
class DivideByZero extends Error {}
