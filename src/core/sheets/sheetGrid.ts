/** A small helper for building a sheet description cell by cell, with 1-based coordinates. */
import type { CellDescription, CellStyleName } from "../model";

// The helpers below build each cell as one object literal with its keys in a fixed order
// (value, numberFormat, style), with no spread of optional parts: a 100,000-row sheet makes
// over a million of them, and a spread costs a temporary object and a slow copy each time.

export class SheetGrid {
  private readonly grid: (CellDescription | undefined)[][] = [];

  set(row: number, column: number, cell: CellDescription | undefined): void {
    if (cell === undefined) return;
    const cells = (this.grid[row - 1] ??= []);
    cells[column - 1] = cell;
  }

  /** Writes cells left to right from `column`. */
  setRow(row: number, column: number, cells: readonly (CellDescription | undefined)[]): void {
    for (let offset = 0; offset < cells.length; offset++) {
      this.set(row, column + offset, cells[offset]);
    }
  }

  /** Rows with holes filled as empty rows, ready for a `SheetDescription`. */
  rows(): (CellDescription | undefined)[][] {
    return Array.from(this.grid, (row) => row ?? []);
  }
}

/**
 * The string as one flat piece. A formula put together from a dozen parts is, in V8, a tree of
 * a dozen joined strings until something reads its characters; reading one makes V8 copy it
 * into one piece. Done here, while the parts are still new, a long sheet's description holds
 * a third of the memory and is built in half the time (the collector copies far less).
 */
function flat(value: string): string {
  value.charCodeAt(0);
  return value;
}

/** Excel holds at most this many characters in a cell; a longer text is refused or cut. */
export const MAX_CELL_TEXT = 32_767;

/**
 * Text as a cell can hold it: cut to 32,767 characters, ending in `…`, when longer. Input cells
 * are within the limit, but a message quoting one (an ID named twice, a dependency on a long
 * ID) can be twice as long; cut here, both writers write the same cell and Excel accepts it.
 */
function fitInCell(value: string): string {
  if (value.length <= MAX_CELL_TEXT) return value;
  let end = MAX_CELL_TEXT - 1;
  const last = value.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--; // never split a surrogate pair
  return `${value.slice(0, end)}…`;
}

export const text = (value: string, style?: CellStyleName): CellDescription =>
  style === undefined ? { text: fitInCell(value) } : { text: fitInCell(value), style };

/** Text that links to `reference`, a place in this workbook (`'Use cases'!B7`). */
export const linkedText = (
  value: string,
  reference: string,
  style?: CellStyleName,
): CellDescription =>
  style === undefined
    ? { text: fitInCell(value), link: reference }
    : { text: fitInCell(value), link: reference, style };

export const number = (
  value: number,
  numberFormat?: string,
  style?: CellStyleName,
): CellDescription => {
  if (numberFormat === undefined) {
    return style === undefined ? { number: value } : { number: value, style };
  }
  return style === undefined
    ? { number: value, numberFormat }
    : { number: value, numberFormat, style };
};

export const formula = (
  expression: string,
  result: number | string,
  numberFormat?: string,
  style?: CellStyleName,
): CellDescription => {
  expression = flat(expression);
  if (numberFormat === undefined) {
    return style === undefined
      ? { formula: expression, result }
      : { formula: expression, result, style };
  }
  return style === undefined
    ? { formula: expression, result, numberFormat }
    : { formula: expression, result, numberFormat, style };
};
