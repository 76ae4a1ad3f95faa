/** A small helper for building a sheet description cell by cell, with 1-based coordinates. */
import type { CellDescription, CellStyleName } from "./sheetDescription";

export class SheetGrid {
  private readonly grid: (CellDescription | undefined)[][] = [];

  set(row: number, column: number, cell: CellDescription | undefined): void {
    if (cell === undefined) return;
    const cells = (this.grid[row - 1] ??= []);
    cells[column - 1] = cell;
  }

  /** Writes cells left to right from `column`. */
  setRow(row: number, column: number, cells: readonly (CellDescription | undefined)[]): void {
    cells.forEach((cell, offset) => this.set(row, column + offset, cell));
  }

  /** Rows with holes filled as empty rows, ready for a `SheetDescription`. */
  rows(): (CellDescription | undefined)[][] {
    return Array.from(this.grid, (row) => row ?? []);
  }
}

export const text = (value: string, style?: CellStyleName): CellDescription =>
  style === undefined ? { text: value } : { text: value, style };

export const number = (
  value: number,
  numberFormat?: string,
  style?: CellStyleName,
): CellDescription => ({
  number: value,
  ...(numberFormat !== undefined && { numberFormat }),
  ...(style !== undefined && { style }),
});

export const formula = (
  expression: string,
  result: number | string,
  numberFormat?: string,
  style?: CellStyleName,
): CellDescription => ({
  formula: expression,
  result,
  ...(numberFormat !== undefined && { numberFormat }),
  ...(style !== undefined && { style }),
});
