/**
 * Rectangles on a sheet as both workbook readers take them from a file: a table's `ref`, a
 * merged area. Kept apart from the readers so neither loads the other's libraries.
 */

/** A rectangle on a sheet, 1-based, inclusive. */
export interface SheetArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** `A1:N25` (or `$A$1:$N$25`, or one cell) as 1-based rows and columns. */
export function parseAreaReference(reference: string): SheetArea | undefined {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(reference.trim());
  if (!match?.[1] || !match[2]) return undefined;
  const first = { row: Number(match[2]), column: columnNumber(match[1]) };
  const last =
    match[3] && match[4] ? { row: Number(match[4]), column: columnNumber(match[3]) } : first;
  return {
    top: Math.min(first.row, last.row),
    left: Math.min(first.column, last.column),
    bottom: Math.max(first.row, last.row),
    right: Math.max(first.column, last.column),
  };
}

function columnNumber(letters: string): number {
  let column = 0;
  for (const letter of letters.toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return column;
}
