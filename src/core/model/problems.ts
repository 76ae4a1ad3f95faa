/** Problems found in the input, each tied to the cell a person has to fix. */
import type { Field } from "./fields";

export interface Problem {
  /** Excel-style address, e.g. `Candidates!E7` or `'FY27 inventory'!E7`. */
  readonly cell: string;
  /** What was found and what was expected, without the address. */
  readonly message: string;
  /** 1-based sheet row. */
  readonly row: number;
  readonly field?: Field;
  /** 1-based sheet column, where the field alone does not say (a rater's column). */
  readonly column?: number;
}

/** `Candidates!E7: Business value: found 7, …` — the form lists and logs use. */
export function describeProblem(problem: Problem): string {
  return `${problem.cell}: ${problem.message}`;
}

// Line and paragraph breaks, and the other control characters a cell may hold.
// eslint-disable-next-line no-control-regex -- control characters are exactly what is matched
const BREAKS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/**
 * Text from a workbook (a header, a sheet name) made fit to quote in a one-line message: line
 * breaks and runs of spaces become one space, and a long text is cut to `max` characters.
 */
export function oneLine(text: string, max = Infinity): string {
  const flat = text.replace(BREAKS, " ").replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * The input cannot be used at all (no header row, no such sheet). Its message is one line
 * a person can act on, whatever the headers it quotes hold; the CLI exits 1 with it and the
 * task pane shows it.
 */
export class UnusableInputError extends Error {
  override readonly name = "UnusableInputError";

  constructor(message: string) {
    super(oneLine(message));
  }
}
