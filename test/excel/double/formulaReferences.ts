/**
 * A formula's references to other sheets, bound to the sheet they name when the formula is
 * entered — Excel keeps a formula parsed, not as text. So, as in Excel:
 * - `=Ranked!B7` entered while a sheet "Ranked" exists points at that sheet: renaming it
 *   rewrites the formula (`='Ranked (old)'!B7`), deleting it leaves `=#REF!B7` whose value is
 *   `#REF!`, and a new sheet later given the name "Ranked" is another sheet.
 * - A sheet name is looked up without case when the formula is entered (when the queued write
 *   is applied at `sync()`, so a rename queued earlier in the same batch counts) and read back
 *   with the sheet's current name, quoted where Excel quotes it (`quoteSheetName`).
 * - Text in double quotes is never a reference: `HYPERLINK("#'Ranked'!B2","Row 2")` keeps its
 *   string exactly, because Excel does not rewrite strings either.
 *
 * Choices, made here and tested:
 * - A name no sheet has when the formula is entered binds to nothing: the formula reads back
 *   with `#REF!` in place of `Name!` and its value is `#REF!`. (Excel's UI would take such a
 *   name for a link to another workbook and ask for the file; through the API the result is a
 *   reference that cannot be resolved.) Typing `#REF!` yourself gives the same.
 * - A formula with any broken sheet reference evaluates to `#REF!` as a whole, without
 *   consulting the workbook's `evaluateFormula`: the double does not know that `IFERROR` or
 *   `ISREF` would have caught it.
 *
 * Not modelled: 3-D references (`Jan:Mar!B2`, `'Jan:Mar'!B2`) and links to other workbooks
 * (`[Book1]Sheet1!A1`) stay as typed; only the sheet part is canonicalised (a typed `ranked!b7`
 * reads back `Ranked!b7`, where Excel would also upper-case the cell); `formulasR1C1` and
 * `formulasLocal` do not exist in the double.
 */

import { quoteSheetName } from "./addresses";
import type { CellState, SheetState, WorkbookState } from "./state";

/** A sheet prefix (`Ranked!`) by the sheet's id; null when it named no sheet at entry. */
export interface SheetPrefix {
  readonly sheetId: string | null;
}

/** A formula as the double stores it: text, with each sheet prefix bound to its sheet. */
export type BoundFormula = readonly (string | SheetPrefix)[];

/** The id of the sheet a name refers to now, or null when there is none. */
export type SheetResolver = (name: string) => string | null;

const NAME_CHAR = /[\p{L}\p{N}_.]/u;
// Error literals (`#DIV/0!`, `#N/A`, `#NAME?`): their `!` ends the literal, it is no sheet prefix.
const ERROR_LITERAL = /^#[A-Za-z0-9_/]+[!?]?/;

/** The index just past a `"…"` string (doubled quotes inside), or the end of the formula. */
function endOfString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === '"' && text[i + 1] === '"') i += 2;
    else if (text[i] === '"') return i + 1;
    else i += 1;
  }
  return i;
}

/** The index past a `[…]` block (structured reference or workbook link); `'` escapes in it. */
function endOfBrackets(text: string, start: number): number {
  let depth = 0;
  let i = start;
  while (i < text.length) {
    const ch = text[i];
    if (ch === "'") i += 2;
    else {
      if (ch === "[") depth += 1;
      if (ch === "]") depth -= 1;
      i += 1;
      if (depth === 0) return i;
    }
  }
  return i;
}

/** `'Bob''s list'` from `start` (the opening quote): the name and the index past the closing quote. */
function quotedName(text: string, start: number): { name: string; end: number } {
  let name = "";
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === "'" && text[i + 1] === "'") {
      name += "'";
      i += 2;
    } else if (text[i] === "'") {
      return { name, end: i + 1 };
    } else {
      name += text[i];
      i += 1;
    }
  }
  return { name, end: i };
}

function endOfName(text: string, start: number): number {
  let i = start;
  while (i < text.length && NAME_CHAR.test(text[i] ?? "")) i += 1;
  return i;
}

/** Parses `formula` (starting with `=`), binding every `Name!` / `'Quoted name'!` outside strings. */
export function bindFormula(formula: string, resolve: SheetResolver): BoundFormula {
  const parts: (string | SheetPrefix)[] = [];
  let text = "";
  const bind = (sheetId: string | null): void => {
    if (text !== "") parts.push(text);
    text = "";
    parts.push({ sheetId });
  };
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i] ?? "";
    const previous = formula[i - 1];
    if (ch === '"') {
      const end = endOfString(formula, i);
      text += formula.slice(i, end);
      i = end;
    } else if (ch === "[") {
      const end = endOfBrackets(formula, i);
      text += formula.slice(i, end);
      i = end;
    } else if (ch === "'") {
      const { name, end } = quotedName(formula, i);
      // A name no sheet may have (`Jan:Mar`, `[Book1]Sheet1`) is a 3-D reference or a link.
      if (formula[end] === "!" && !/[:[\]]/.test(name)) {
        bind(resolve(name));
        i = end + 1;
      } else {
        text += formula.slice(i, end);
        i = end;
      }
    } else if (ch === "#") {
      const literal = ERROR_LITERAL.exec(formula.slice(i))?.[0] ?? "#";
      if (literal.toUpperCase() === "#REF!") bind(null);
      else text += literal;
      i += literal.length;
    } else if (NAME_CHAR.test(ch)) {
      const end = endOfName(formula, i);
      const name = formula.slice(i, end);
      // `Jan:Mar!B2`: a name, a colon and a name with `!`, not the end of `Ranked!A1:B2`.
      const lastSheet =
        formula[end] === ":" && previous !== "!" ? endOfName(formula, end + 1) : end;
      if (lastSheet > end + 1 && formula[lastSheet] === "!") {
        text += formula.slice(i, lastSheet + 1);
        i = lastSheet + 1;
      } else if (formula[end] === "!" && previous !== "]") {
        bind(resolve(name));
        i = end + 1;
      } else {
        text += name;
        i = end;
      }
    } else {
      text += ch;
      i += 1;
    }
  }
  if (text !== "") parts.push(text);
  return parts;
}

function liveSheet(state: WorkbookState, prefix: SheetPrefix): SheetState | undefined {
  return prefix.sheetId === null ? undefined : state.sheets.find((s) => s.id === prefix.sheetId);
}

/** The formula as Excel shows it now: current sheet names, `#REF!` for a sheet that is gone. */
export function renderFormula(state: WorkbookState, formula: BoundFormula): string {
  return formula
    .map((part) => {
      if (typeof part === "string") return part;
      const sheet = liveSheet(state, part);
      return sheet === undefined ? "#REF!" : `${quoteSheetName(sheet.name)}!`;
    })
    .join("");
}

/** Whether a reference in the formula names no sheet (any more). */
export function hasBrokenReference(state: WorkbookState, formula: BoundFormula): boolean {
  return formula.some((part) => typeof part !== "string" && liveSheet(state, part) === undefined);
}

function refersTo(formula: BoundFormula, sheetId: string): boolean {
  return formula.some((part) => typeof part !== "string" && part.sheetId === sheetId);
}

/**
 * After a sheet is deleted: every formula that referred to it recalculates to `#REF!`, as
 * Excel recalculates dependents of a deleted sheet.
 */
export function breakReferencesTo(state: WorkbookState, sheetId: string): void {
  for (const sheet of state.sheets) {
    for (const [key, cell] of sheet.cells) {
      if (cell.formula === undefined || !refersTo(cell.formula, sheetId)) continue;
      const broken: CellState = { ...cell, error: "#REF!" };
      delete broken.value;
      sheet.cells.set(key, broken);
    }
  }
}
