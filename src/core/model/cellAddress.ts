/** Cell addresses written the way Excel writes them, so a person can paste one into the Name Box. */

/** `1` → `A`, `27` → `AA`. */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/**
 * A sheet name as it stands before `!`: bare when it holds only letters, digits and `_`
 * (and does not start with a digit), else in single quotes with quotes doubled.
 */
export function quoteSheetName(sheetName: string): string {
  if (/^[\p{L}_][\p{L}\p{N}_]*$/u.test(sheetName) && !looksLikeCellReference(sheetName)) {
    return sheetName;
  }
  return `'${sheetName.replace(/'/g, "''")}'`;
}

// A sheet called `A1` or `R1C1` would read as a cell reference unquoted.
function looksLikeCellReference(name: string): boolean {
  return /^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name);
}

/** `E7` for row 7, column 5. */
export function cellReference(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/** `$E$7`. */
export function absoluteCellReference(row: number, column: number): string {
  return `$${columnLetters(column)}$${row}`;
}

/** `Candidates!E7`, `'FY27 inventory'!E7`. */
export function cellAddress(sheetName: string, row: number, column: number): string {
  return `${quoteSheetName(sheetName)}!${cellReference(row, column)}`;
}

/** `E7:E30`. */
export function rangeReference(
  firstRow: number,
  firstColumn: number,
  lastRow: number,
  lastColumn: number,
): string {
  return `${cellReference(firstRow, firstColumn)}:${cellReference(lastRow, lastColumn)}`;
}

/**
 * The sheet a reference points into, unquoted; a leading `=` (as in a defined name's formula)
 * is allowed. `Ranked!$A$1` → `Ranked`; `'Bob''s list'!$A$1` → `Bob's list`.
 */
export function sheetNameOfReference(reference: string): string | undefined {
  const bare = reference.replace(/^=/, "");
  const quoted = /^'((?:[^']|'')+)'!/.exec(bare);
  if (quoted?.[1]) return quoted[1].replace(/''/g, "'");
  return /^([^'!]+)!/.exec(bare)?.[1];
}
